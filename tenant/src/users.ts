// Users of the `sms` connection, created on their first successful login.
import { randomBytes } from 'node:crypto';

export interface User {
  /** `sms|<24 hex digits>`, stable for a phone number for the tenant's lifetime. */
  user_id: string;
  phone_number: string;
  phone_number_verified: true;
  name: string;
  nickname: string;
  created_at: string;
  updated_at: string;
  last_login: string;
  logins_count: number;
}

export class Users {
  readonly #byNumber = new Map<string, User>();
  // Ids handed out by /passwordless/start before the user exists, so the
  // `_id` it answers and the later `sub` agree.
  readonly #pendingIds = new Map<string, string>();

  idFor(phoneNumber: string): string {
    const existing = this.#byNumber.get(phoneNumber)?.user_id.slice('sms|'.length) ?? this.#pendingIds.get(phoneNumber);
    if (existing) return existing;
    const id = randomBytes(12).toString('hex');
    this.#pendingIds.set(phoneNumber, id);
    return id;
  }

  find(phoneNumber: string): User | undefined {
    return this.#byNumber.get(phoneNumber);
  }

  findById(userId: string): User | undefined {
    for (const user of this.#byNumber.values()) if (user.user_id === userId) return user;
    return undefined;
  }

  /** Records a successful login, creating the user on the first one. */
  login(phoneNumber: string, nowMs: number): User {
    const at = new Date(nowMs).toISOString();
    let user = this.#byNumber.get(phoneNumber);
    if (!user) {
      user = {
        user_id: `sms|${this.idFor(phoneNumber)}`,
        phone_number: phoneNumber,
        phone_number_verified: true,
        name: phoneNumber,
        nickname: phoneNumber,
        created_at: at,
        updated_at: at,
        last_login: at,
        logins_count: 0,
      };
      this.#byNumber.set(phoneNumber, user);
      this.#pendingIds.delete(phoneNumber);
    }
    user.logins_count += 1;
    user.last_login = at;
    user.updated_at = at;
    return user;
  }
}

// Users of the `sms` connection, created on their first successful login.
import { randomBytes } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';

/** Numbers with an `_id` handed out but no login yet, kept at most. */
export const MAX_PENDING_USERS = 10_000;

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
  readonly #byId = new Map<string, User>();
  // Ids handed out by /passwordless/start before the user exists, so the
  // `_id` it answers and the later `sub` agree. One lives as long as the code
  // sent with it: after that no login can follow from that start.
  readonly #pendingIds: BoundedMap<string, string>;

  constructor(
    private readonly now: () => number,
    private readonly pendingSeconds: number,
  ) {
    this.#pendingIds = new BoundedMap(MAX_PENDING_USERS, now);
  }

  get size(): { users: number; pending: number } {
    return { users: this.#byNumber.size, pending: this.#pendingIds.size };
  }

  idFor(phoneNumber: string): string {
    const user = this.#byNumber.get(phoneNumber);
    if (user) return user.user_id.slice('sms|'.length);
    const id = this.#pendingIds.get(phoneNumber) ?? randomBytes(12).toString('hex');
    this.#pendingIds.set(phoneNumber, id, this.now() + this.pendingSeconds * 1000);
    return id;
  }

  find(phoneNumber: string): User | undefined {
    return this.#byNumber.get(phoneNumber);
  }

  findById(userId: string): User | undefined {
    return this.#byId.get(userId);
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
      this.#byId.set(user.user_id, user);
      this.#pendingIds.delete(phoneNumber);
    }
    user.logins_count += 1;
    user.last_login = at;
    user.updated_at = at;
    return user;
  }
}

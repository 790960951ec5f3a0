/**
 * WebOTP: on Android Chrome the browser reads the code from an SMS whose last line is
 * `@<host> #<code>` and offers it to the page. Elsewhere this resolves to null at once.
 */
interface OtpCredential extends Credential {
  code: string;
}

export async function receiveSmsCode(signal: AbortSignal): Promise<string | null> {
  if (!('OTPCredential' in window) || !navigator.credentials?.get) return null;
  try {
    const credential = (await navigator.credentials.get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)) as OtpCredential | null;
    return credential?.code ?? null;
  } catch {
    // Aborted, dismissed by the user, or not allowed in this frame: typing still works.
    return null;
  }
}

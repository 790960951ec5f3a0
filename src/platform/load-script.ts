/**
 * The files the one-file script fetches from its own folder the first time it needs them
 * (`sms-lock-auth0.min.js`, and the language and phone-metadata files): classic scripts that
 * register themselves. A page that requires Trusted Types (`require-trusted-types-for 'script'`) gets
 * their URLs through the `sms-lock` policy, which only ever vouches for files beside the script.
 */

// Read while the one-file script runs: document.currentScript is null afterwards.
const base = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

function trustedScriptUrl(url: string): string {
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } }).trustedTypes;
  policy ??= factory
    ? factory.createPolicy('sms-lock', {
        createScriptURL: (candidate) => {
          if (!candidate.startsWith(base)) throw new TypeError(`<sms-lock> loads scripts from ${base} only, not ${candidate}`);
          return candidate;
        },
      })
    : null;
  // A TrustedScriptURL where the page asks for one; script.src takes either.
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/** Runs `name` from the one-file script's folder once; resolves when it has run. */
export function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = new URL(name, base).href;
    const script = document.createElement('script');
    script.src = trustedScriptUrl(url);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${url}`));
    document.head.append(script);
  });
}

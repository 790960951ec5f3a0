/**
 * The one-file script cannot split chunks: the slices ship beside it as classic scripts,
 * `phone/<calling code>.js`, which register themselves on a global, and are fetched from the same
 * folder as the script. (The build puts this module in place of metadata-loader.ts for the one-file script.)
 */
import type { MetadataSlice } from './metadata-slice.js';

declare global {
  interface Window {
    SmsLockPhoneMetadata?: Record<string, MetadataSlice>;
  }
}

// Read while the script runs: document.currentScript is null afterwards.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

export function loadMetadataSlice(callingCode: string): Promise<MetadataSlice> {
  return new Promise((resolve, reject) => {
    const registered = () => window.SmsLockPhoneMetadata?.[callingCode];
    const ready = registered();
    if (ready) return resolve(ready);
    const script = Object.assign(document.createElement('script'), { src: new URL(`phone/${callingCode}.js`, scriptUrl).href });
    script.onload = () => {
      script.remove();
      const slice = registered();
      if (slice) resolve(slice);
      else reject(new Error(`${script.src} did not register +${callingCode}`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`Could not load ${script.src}`));
    };
    document.head.append(script);
  });
}

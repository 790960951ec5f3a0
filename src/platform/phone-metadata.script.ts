/**
 * The one-file script cannot split chunks: the phone rules of each calling code ship beside it as
 * classic scripts, `phone/<calling code>.js`, which register themselves on `window.SmsLockPhoneMetadata`.
 * (The build puts this module in place of src/phone/metadata-loader.ts for the one-file script.)
 */
import { loadScript } from './load-script.js';

/** What src/phone/metadata-slice.ts describes (the platform layer does not import the rules). */
interface MetadataSlice {
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

declare global {
  interface Window {
    SmsLockPhoneMetadata?: Record<string, MetadataSlice>;
  }
}

export async function loadMetadataSlice(callingCode: string): Promise<MetadataSlice> {
  const registered = () => window.SmsLockPhoneMetadata?.[callingCode];
  if (!registered()) await loadScript(`phone/${callingCode}.js`);
  const slice = registered();
  if (!slice) throw new Error(`phone/${callingCode}.js did not register +${callingCode}`);
  return slice;
}

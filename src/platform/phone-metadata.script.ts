/**
 * The one-file script cannot split chunks: the phone rules ship beside it as classic scripts,
 * `phone/<slice>.js` (a slice is named after the first calling code it holds), which register
 * themselves on `window.SmsLockPhoneMetadata`.
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

export async function loadMetadataSlice(name: string): Promise<MetadataSlice> {
  const registered = () => window.SmsLockPhoneMetadata?.[name];
  if (!registered()) await loadScript(`phone/${name}.js`);
  const slice = registered();
  if (!slice) throw new Error(`phone/${name}.js did not register its phone rules`);
  return slice;
}

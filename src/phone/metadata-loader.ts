// The slices as chunks of the app's bundle: the bundler turns this import into one small file per calling code.
import type { MetadataSlice } from './metadata-slice.js';

export const loadMetadataSlice = async (callingCode: string): Promise<MetadataSlice> =>
  ((await import(`./slices/${callingCode}.js`)) as { default: MetadataSlice }).default;

// The slices as chunks of the app's bundle: the bundler turns this import into one small file per slice.
import type { MetadataSlice } from './metadata-slice.js';

export const loadMetadataSlice = async (slice: string): Promise<MetadataSlice> =>
  ((await import(`./slices/${slice}.js`)) as { default: MetadataSlice }).default;

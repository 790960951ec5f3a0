import type { Plan } from './engine.js';

/** One calling code's rules: the metadata of its regions, or its non-geographic numbering plan (a src/phone/slices/ module). */
export interface MetadataSlice {
  countries: Record<string, Plan>;
  nonGeographic?: Record<string, Plan>;
}

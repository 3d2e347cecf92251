// English words that name a SOSI KOORDSYS system around its datum (src/domain/koordsys.ts).
import type { koordsysWordsNb } from './koordsys.nb';

export const koordsysWordsEn: typeof koordsysWordsNb = {
  utm: '{datum} UTM zone {zone}',
  axis: '{datum} axis {axis}',
  geographic: '{datum} geographic (latitude, longitude)',
  list: '{code} ({name})',
};

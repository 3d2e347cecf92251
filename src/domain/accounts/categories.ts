// What a piece of land is in one plan version: business land, or the SOSI main group of its arealformål.

/** Business land, or the SOSI-Plan main group of the code (housing 1110 on its own), or not in the plan at all. */
export type LandCategory = 'business' | 'housing' | 'builtOther' | 'transport' | 'green' | 'defence' | 'lnfr' | 'sea';

/** What removed business land became; `notInPlan` is land no feature of the later version covers. */
export type BecameCategory = Exclude<LandCategory, 'business'> | 'notInPlan';

/**
 * Order in which overlapping features of the later version claim removed land: housing first (the plan's
 * "konvertering til boligformål", §5.9.2), then the other main groups by code. A piece covered by both a
 * housing and a green feature counts once, as housing.
 */
export const BECAME_ORDER: readonly Exclude<LandCategory, 'business'>[] = [
  'housing',
  'builtOther',
  'transport',
  'green',
  'defence',
  'lnfr',
  'sea',
];

export const BECAME_CATEGORIES: readonly BecameCategory[] = [...BECAME_ORDER, 'notInPlan'];

/**
 * The main group of a non-business arealformål code: 1110 boligbebyggelse; other 1xxx bebyggelse og anlegg;
 * 2xxx samferdsel; 3xxx grønnstruktur; 4xxx forsvaret; 5xxx LNFR; 6xxx bruk og vern av sjø og vassdrag.
 * Null for a number outside the SOSI main groups (the loader reports it).
 */
export function mainGroupOf(code: number): Exclude<LandCategory, 'business'> | null {
  if (code === 1110) return 'housing';
  if (code >= 1000 && code < 2000) return 'builtOther';
  if (code >= 2000 && code < 3000) return 'transport';
  if (code >= 3000 && code < 4000) return 'green';
  if (code >= 4000 && code < 5000) return 'defence';
  if (code >= 5000 && code < 6000) return 'lnfr';
  if (code >= 6000 && code < 7000) return 'sea';
  return null;
}

// SOSI KOORDSYS codes as facts: the coordinate system each names (datum, and UTM zone, NGO axis or geographic) and the
// EPSG code of the ones this project reads. Datum names are proper names and stay here; the words that join them
// ("sone"/"zone", "geografisk"/"geographic") are in src/i18n (koordsys.*.ts), so a name reads in the user's language.
import type { EpsgCode } from './types';

export type KoordsysSystem =
  | { kind: 'utm'; datum: 'EUREF89' | 'ED50'; zone: number }
  | { kind: 'axis'; datum: 'NGO1948'; axis: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' }
  | { kind: 'geographic'; datum: 'EUREF89' | 'ED50' | 'WGS84' }
  /** A system with a proper name of its own (Møre-A, Møre-B). */
  | { kind: 'named'; name: string };

/** KOORDSYS codes this project reads, with their EPSG code (the order is the order messages list them in). */
export const KOORDSYS_EPSG: ReadonlyMap<number, EpsgCode> = new Map<number, EpsgCode>([
  [22, 25832],
  [23, 25833],
  [25, 25835],
  [84, 4258],
]);

const utm = (datum: 'EUREF89' | 'ED50', zone: number): KoordsysSystem => ({ kind: 'utm', datum, zone });
const NGO_AXES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;

/** The codes one meets, read or not, so a message can say what a file is in. */
export const KOORDSYS_SYSTEMS: ReadonlyMap<number, KoordsysSystem> = new Map<number, KoordsysSystem>([
  ...NGO_AXES.map((axis, i): [number, KoordsysSystem] => [i + 1, { kind: 'axis', datum: 'NGO1948', axis }]),
  [21, utm('EUREF89', 31)],
  [22, utm('EUREF89', 32)],
  [23, utm('EUREF89', 33)],
  [24, utm('EUREF89', 34)],
  [25, utm('EUREF89', 35)],
  ...[31, 32, 33, 34, 35, 36].map((zone): [number, KoordsysSystem] => [zone, utm('ED50', zone)]),
  [50, { kind: 'geographic', datum: 'ED50' }],
  [53, { kind: 'named', name: 'Møre-A' }],
  [54, { kind: 'named', name: 'Møre-B' }],
  [84, { kind: 'geographic', datum: 'EUREF89' }],
  [85, { kind: 'geographic', datum: 'WGS84' }],
]);

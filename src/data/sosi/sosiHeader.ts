// The SOSI .HODE: coordinate system (KOORDSYS → EPSG), origin and unit, version and character set, with a clear error
// for what cannot be read.
import type { EpsgCode } from '../../domain/types.ts';
import { DataError } from '../problems.ts';
import type { SosiObject } from './sosiLex.ts';
import { unquote } from './sosiLex.ts';

export interface SosiHeader {
  koordsys: number;
  epsg: EpsgCode;
  geographic: boolean;
  /** ..ORIGO-NØ: northing, easting (or latitude, longitude) added to every coordinate. */
  origoN: number;
  origoE: number;
  /** ..ENHET: size of one coordinate unit (0.01 = centimetres). */
  enhet: number;
  version: string | undefined;
  charset: string | undefined;
}

/** SOSI KOORDSYS codes read by this project, with the EPSG code and a name for messages. */
const KOORDSYS: ReadonlyMap<number, { epsg: EpsgCode; name: string }> = new Map([
  [22, { epsg: 25832 as EpsgCode, name: 'EUREF89 UTM zone 32' }],
  [23, { epsg: 25833 as EpsgCode, name: 'EUREF89 UTM zone 33' }],
  [25, { epsg: 25835 as EpsgCode, name: 'EUREF89 UTM zone 35' }],
  [84, { epsg: 4258 as EpsgCode, name: 'EUREF89 geographic (latitude, longitude)' }],
]);

/** Names of other codes one meets, so the error can say what the file is in. */
const OTHER: ReadonlyMap<number, string> = new Map([
  [1, 'NGO1948 axis I'],
  [2, 'NGO1948 axis II'],
  [3, 'NGO1948 axis III'],
  [4, 'NGO1948 axis IV'],
  [5, 'NGO1948 axis V'],
  [6, 'NGO1948 axis VI'],
  [7, 'NGO1948 axis VII'],
  [8, 'NGO1948 axis VIII'],
  [21, 'EUREF89 UTM zone 31'],
  [24, 'EUREF89 UTM zone 34'],
  [31, 'ED50 UTM zone 31'],
  [32, 'ED50 UTM zone 32'],
  [33, 'ED50 UTM zone 33'],
  [34, 'ED50 UTM zone 34'],
  [35, 'ED50 UTM zone 35'],
  [36, 'ED50 UTM zone 36'],
  [50, 'ED50 geographic'],
  [53, 'Møre-A'],
  [54, 'Møre-B'],
  [85, 'WGS84 geographic'],
]);

export const SUPPORTED_KOORDSYS = [...KOORDSYS.entries()].map(([code, k]) => `${code} (${k.name})`).join(', ');

export function koordsysName(code: number): string | undefined {
  return KOORDSYS.get(code)?.name ?? OTHER.get(code);
}

function find(head: SosiObject, name: string): { value: string; line: number } | undefined {
  const e = head.elements.find((el) => el.name === name);
  return e ? { value: unquote(e.value.trim()), line: e.line } : undefined;
}

/** Reads the header; throws DataError naming the element and line when the coordinates cannot be placed. */
export function readSosiHeader(head: SosiObject | null, file: string): SosiHeader {
  if (!head) {
    throw new DataError({ file, code: 'sosi-no-header' });
  }
  const at = { headLine: String(head.line) };
  const k = find(head, 'KOORDSYS');
  if (!k) {
    throw new DataError({
      file,
      code: 'sosi-no-koordsys',
      params: at,
    });
  }
  const code = Number(k.value.split(/\s+/)[0]);
  const known = KOORDSYS.get(code);
  if (!known) {
    const name = koordsysName(code);
    throw new DataError({
      file,
      code: 'sosi-koordsys-unsupported',
      ...(name ? { variant: 'named' } : {}),
      params: { line: String(k.line), value: k.value, name: name ?? '', supported: SUPPORTED_KOORDSYS },
    });
  }
  const o = find(head, 'ORIGO-NØ');
  const origo = o ? o.value.split(/\s+/).map(Number) : [0, 0];
  const [origoN, origoE] = [origo[0] ?? NaN, origo[1] ?? NaN];
  if (!Number.isFinite(origoN) || !Number.isFinite(origoE) || origo.length !== 2) {
    throw new DataError({
      file,
      code: 'sosi-origo-invalid',
      params: { line: String(o?.line), value: JSON.stringify(o?.value) ?? '' },
    });
  }
  const u = find(head, 'ENHET');
  if (!u)
    throw new DataError({
      file,
      code: 'sosi-no-enhet',
      params: at,
    });
  const enhet = Number(u.value);
  if (!Number.isFinite(enhet) || enhet <= 0) {
    throw new DataError({
      file,
      code: 'sosi-enhet-invalid',
      params: { line: String(u.line), value: JSON.stringify(u.value) },
    });
  }
  return {
    koordsys: code,
    epsg: known.epsg,
    geographic: code === 84,
    origoN,
    origoE,
    enhet,
    version: find(head, 'SOSI-VERSJON')?.value,
    charset: find(head, 'TEGNSETT')?.value,
  };
}

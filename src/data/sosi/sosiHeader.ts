// The SOSI .HODE: coordinate system (KOORDSYS → EPSG), origin and unit, version and character set, with a clear error
// for what cannot be read.
import { KOORDSYS_EPSG, KOORDSYS_SYSTEMS } from '../../domain/koordsys.ts';
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

/** True when messages can name the code's system (the names are made in src/i18n/koordsys.ts from the facts). */
export function isKnownKoordsys(code: number): boolean {
  return KOORDSYS_SYSTEMS.has(code);
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
  const epsg = KOORDSYS_EPSG.get(code);
  if (epsg === undefined) {
    // The system's name and the supported list are words: src/i18n makes them from `koordsys`.
    throw new DataError({
      file,
      code: 'sosi-koordsys-unsupported',
      ...(isKnownKoordsys(code) ? { variant: 'named' } : {}),
      params: { line: String(k.line), value: k.value, ...(Number.isInteger(code) ? { koordsys: String(code) } : {}) },
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
    epsg,
    geographic: code === 84,
    origoN,
    origoE,
    enhet,
    version: find(head, 'SOSI-VERSJON')?.value,
    charset: find(head, 'TEGNSETT')?.value,
  };
}

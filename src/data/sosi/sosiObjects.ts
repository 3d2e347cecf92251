// Reading one SOSI object: its coordinates (..NØ / ..NØH integers × ENHET + origin) and its attributes as nested
// properties.
import { detached } from '../textChunks.ts';
import type { Pt } from '../arcs.ts';
import type { SafeRecord } from '../loadGeoJson.ts';
import type { SosiHeader } from './sosiHeader.ts';
import { unquote, type SosiElement, type SosiObject } from './sosiLex.ts';

/** Elements that carry geometry, not attributes. */
const GEOMETRY_ELEMENTS = new Set(['NØ', 'NØH', 'NØD', 'REF', 'KP']);
/** Numbers per position for each coordinate element: ..NØH and ..NØD add a height or depth. */
const DIMS: Readonly<Record<string, number>> = { NØ: 2, NØH: 3, NØD: 3 };

/** Coordinates read, or why not: a variant (`not-a-number`, `pairs`, `triples`) and its params (src/i18n words them). */
export type CoordsRead =
  { ok: true; pts: Pt[] } | { ok: false; variant: string; params: Readonly<Record<string, string>> };

/**
 * The object's positions in file order, as [easting, northing] (or [longitude, latitude] for KOORDSYS 84,
 * whose ..NØ gives latitude first). `...KP` node marks between the numbers are skipped.
 */
export function readCoords(obj: SosiObject, header: SosiHeader, skipFirstOf?: string): CoordsRead {
  const pts: Pt[] = [];
  const { enhet, origoN, origoE } = header;
  for (const el of obj.elements) {
    const dims = DIMS[el.name];
    if (dims === undefined || el.name === skipFirstOf) continue;
    // Scans the value token by token (no split into an array of strings: a big file has millions of numbers).
    const value = el.value;
    let count = 0;
    let north = 0;
    let east = 0;
    let skipNext = false;
    for (let i = 0; i < value.length;) {
      while (i < value.length && isSpace(value.charCodeAt(i))) i++;
      if (i >= value.length) break;
      let j = i + 1;
      while (j < value.length && !isSpace(value.charCodeAt(j))) j++;
      const t = value.slice(i, j);
      i = j;
      if (skipNext) {
        skipNext = false; // `...KP 1`: the node mark's number
        continue;
      }
      if (t.charCodeAt(0) === 46 /* . */) {
        skipNext = true;
        continue;
      }
      const v = Number(t);
      if (!Number.isFinite(v))
        return {
          ok: false,
          variant: 'not-a-number',
          params: { element: el.name, elementLine: String(el.line), value: JSON.stringify(t.slice(0, 20)) },
        };
      const k = count % dims;
      if (k === 0) north = v;
      else if (k === 1) east = v;
      count++;
      if (count % dims === 0) pts.push([origoE + east * enhet, origoN + north * enhet]);
    }
    if (count % dims !== 0) {
      return {
        ok: false,
        variant: dims === 2 ? 'pairs' : 'triples',
        params: { element: el.name, elementLine: String(el.line), count: String(count) },
      };
    }
  }
  return { ok: true, pts };
}

/** The characters `\s` matches in a regular expression (ASCII and Unicode spaces, line ends, BOM). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

function put(target: Record<string, unknown>, name: string, value: unknown): void {
  if (Object.hasOwn(target, name)) {
    const seen = target[name];
    value = Array.isArray(seen) ? [...(seen as unknown[]), value] : [seen, value];
  }
  // defineProperty for "__proto__", which must stay plain data; plain assignment otherwise, which keeps the object's
  // fast shape (defineProperty on every name made 100 000 attribute objects slow and large).
  if (name === '__proto__')
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}

/**
 * Attributes as properties: `..AREALFORMÅL 1300` → `{ AREALFORMÅL: '1300' }`; a group such as
 * `..IDENTIFIKASJON` with `...LOKALID "x"` below it → `{ IDENTIFIKASJON: { LOKALID: 'x' } }`. Repeated
 * names become arrays. Values keep their text (quotes removed); the loaders read codes from text.
 */
export function readProperties(elements: readonly SosiElement[]): SafeRecord {
  const root = Object.create(null) as Record<string, unknown>;
  const open: Record<string, unknown>[] = [root];
  const attrs = elements.filter((e) => !GEOMETRY_ELEMENTS.has(e.name));
  attrs.forEach((el, i) => {
    const depth = Math.max(1, Math.min(el.level - 1, open.length));
    open.length = depth;
    const parent = open[depth - 1] as Record<string, unknown>;
    const next = attrs[i + 1];
    if (next !== undefined && next.level > el.level) {
      const group = Object.create(null) as Record<string, unknown>;
      const own = detached(unquote(el.value.trim()));
      if (own !== '') put(group, 'VERDI', own);
      put(parent, el.name, group);
      open.push(group);
    } else {
      put(parent, el.name, detached(unquote(el.value.trim())));
    }
  });
  return root;
}

// CRS names without proj4: the supported EPSG codes, parsing GeoJSON crs members and CRS overrides, their errors.
// Kept apart from crs.ts so the code that only reads a CRS name does not pull proj4 into the page.
import type { EpsgCode } from './types.ts';

/**
 * A crs member or CRS text that names something we cannot use, as facts (the words are in src/i18n): `kind` is
 * `not-object` (`value`), `unsupported` (`what`: the name or EPSG code), `link` or `unreadable` (`value`). The
 * Error.message is technical, not for people.
 */
export class CrsError extends Error {
  constructor(
    readonly kind: 'not-object' | 'unsupported' | 'link' | 'unreadable',
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`crs ${kind}${params['what'] === undefined ? '' : ` ${params['what']}`}`);
    this.name = 'CrsError';
  }
}

export const SUPPORTED_EPSG: readonly EpsgCode[] = [25832, 25833, 25835, 4326, 4258, 3857, 32632, 32633];

/** Codes that name one of ours under another number (ESRI/Google aliases of Web Mercator). */
const ALIASES: Record<number, EpsgCode> = { 900913: 3857, 3785: 3857, 102100: 3857, 102113: 3857 };

function isSupported(code: number): code is EpsgCode {
  return (SUPPORTED_EPSG as readonly number[]).includes(code);
}

/** Reads a number out of the common spellings; `undefined` = not a CRS name at all, a number = some EPSG code. */
function codeFromText(text: string): number | undefined {
  const t = text.trim();
  if (
    /^(urn:ogc:def:crs:ogc:(1\.3)?:crs84|ogc:crs84|crs84|https?:\/\/www\.opengis\.net\/def\/crs\/ogc\/1\.3\/crs84)$/i.test(
      t,
    )
  ) {
    return 4326;
  }
  const patterns = [
    /^(?:epsg|esri)\s*:\s*(\d+)$/i,
    /^urn:ogc:def:crs:epsg:[\d.]*:(\d+)$/i,
    /^https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/[\d.]+\/(\d+)$/i,
    /^(\d+)$/,
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return undefined;
}

function resolveCode(n: number): EpsgCode | null {
  if (isSupported(n)) return n;
  return ALIASES[n] ?? null;
}

/** Parses a CRS override such as `EPSG:25833`, `25833` or `urn:ogc:def:crs:EPSG::25833`; null when not usable. */
export function parseEpsg(text: string): EpsgCode | null {
  const n = codeFromText(text);
  return n === undefined ? null : resolveCode(n);
}

function unsupported(what: string): CrsError {
  return new CrsError('unsupported', { what, supported: SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ') });
}

/**
 * Reads a GeoJSON `crs` member (the 2008 GeoJSON form). Null when absent (RFC 7946 files have none);
 * throws CrsError when present but not one we support.
 */
export function parseCrsMember(crs: unknown): EpsgCode | null {
  if (crs === undefined || crs === null) return null;
  if (typeof crs !== 'object') throw new CrsError('not-object', { value: JSON.stringify(crs) ?? String(crs) });
  const { type, properties } = crs as { type?: unknown; properties?: unknown };
  const props = (typeof properties === 'object' && properties !== null ? properties : {}) as Record<string, unknown>;
  if (type === 'name' && typeof props.name === 'string') {
    const n = codeFromText(props.name);
    if (n === undefined) throw unsupported(`"${props.name}"`);
    const code = resolveCode(n);
    if (code === null) throw unsupported(`EPSG:${n}`);
    return code;
  }
  // The pre-2008 draft spelled it {type: 'EPSG', properties: {code: 25832}}.
  if (type === 'EPSG' && (typeof props.code === 'number' || typeof props.code === 'string')) {
    const n = Number(props.code);
    const code = Number.isInteger(n) ? resolveCode(n) : null;
    if (code === null) throw unsupported(`EPSG:${String(props.code)}`);
    return code;
  }
  if (type === 'link') throw new CrsError('link');
  throw new CrsError('unreadable', { value: JSON.stringify(crs).slice(0, 120) });
}

/** Default reference area for detection: Asker kommune, [minLon, minLat, maxLon, maxLat]. */
export const ASKER_LNGLAT_BBOX = [10.2, 59.45, 10.75, 59.92] as const;

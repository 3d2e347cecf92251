// Reads and writes the shareable part of the state as query parameters, e.g. `?site=S07&abc=A&map=10.43,59.83,12.5`.
import { ABC_TYPES, type AbcFitVerdict, type AbcType, type Readiness, type SiteStatus } from '../domain/types';
import { isLang } from '../i18n';
import type { LinkState } from './actions';
import {
  ALL_FILTERS,
  DEFAULT_SORT,
  FIT_VERDICTS,
  type AppState,
  type Basemap,
  type Filters,
  type SortDir,
  type SortKey,
} from './store';

/** Our parameter names; anything else in the query (e.g. `e2e`, `synthetic`) is left as it is. */
export const PARAM = {
  site: 'site',
  lang: 'lang',
  query: 'q',
  status: 'status',
  abc: 'abc',
  region: 'region',
  readiness: 'readiness',
  minDaa: 'min_daa',
  maxDaa: 'max_daa',
  maxHubM: 'max_hub_m',
  /** ABC fit verdicts to keep, comma-separated: `fit=mismatch,partial` (the CLI's `abc_fit` words). */
  fit: 'fit',
  /** `colour=fit` colours the sites by ABC fit instead of ABC type. */
  colourBy: 'colour',
  sort: 'sort',
  basemap: 'bg',
  /** The map camera, `lng,lat,zoom`. */
  camera: 'map',
  /** Which page is shown (`investor`, `compare`); absent for the map explorer. */
  view: 'view',
} as const;

export type ParamName = (typeof PARAM)[keyof typeof PARAM];
export const PARAM_NAMES: readonly ParamName[] = Object.values(PARAM);

/** The value of `view` that opens the investor presentation. */
export const INVESTOR_VIEW = 'investor';
/** The value of `view` that opens the scenario comparison (issue 5's test hook). */
export const COMPARE_VIEW = 'compare';
/** The value of `view` that opens the land accounts (issue 11). */
export const ACCOUNTS_VIEW = 'accounts';

const STATUSES: readonly SiteStatus[] = ['eksisterende', 'fremtidig'];
const ABCS: readonly (AbcType | 'none')[] = [...ABC_TYPES, 'none'];
const READINESS: readonly Readiness[] = ['byggeklar', 'må reguleres', 'må omreguleres'];
const SORT_KEYS: readonly SortKey[] = ['name', 'area', 'jobs', 'hub', 'fit'];
const BASEMAPS: readonly Basemap[] = ['none', 'topo', 'grey'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function nonNegative(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The written form of "keep no verdict" (every box unticked), so the link does not read as "no filter". */
const NO_FIT = 'none';

/**
 * `ok,partial` → those verdicts in their fixed order; unknown words are dropped; nothing readable, or all four, is no
 * filter. `none` keeps nothing.
 */
export function parseFit(text: string | null): Filters['fit'] {
  if (text === null) return 'all';
  if (text.trim() === NO_FIT) return [];
  const words = new Set(text.split(',').map((w) => w.trim()));
  const kept = FIT_VERDICTS.filter((v) => words.has(v));
  return kept.length === 0 || kept.length === FIT_VERDICTS.length ? 'all' : kept;
}

/** The verdicts to keep in their fixed order; all four (or 'all') is no filter. */
export function normaliseFit(verdicts: Filters['fit'] | readonly AbcFitVerdict[]): Filters['fit'] {
  if (verdicts === 'all') return 'all';
  const kept = FIT_VERDICTS.filter((v) => verdicts.includes(v));
  return kept.length === FIT_VERDICTS.length ? 'all' : kept;
}

/** `lng,lat,zoom`; null when malformed or off the map. */
export function parseView(text: string | null): LinkState['view'] {
  if (!text) return null;
  const parts = text.split(',').map((p) => Number(p));
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lng, lat, zoom };
}

/** Five decimals of a degree is about a metre here; two decimals of zoom is finer than a wheel step. */
export function formatView(view: NonNullable<LinkState['view']>): string {
  const round = (n: number, d: number) => String(Number(n.toFixed(d)));
  return `${round(view.lng, 5)},${round(view.lat, 5)},${round(view.zoom, 2)}`;
}

function readSort(text: string | null): LinkState['sort'] {
  const [key, dir] = (text ?? '').split('-');
  const k = oneOf(key ?? null, SORT_KEYS);
  const d = oneOf<SortDir>(dir ?? null, ['asc', 'desc']);
  return k && d ? { key: k, dir: d } : DEFAULT_SORT;
}

/** The link state a query string describes; missing or unreadable parameters take their defaults. */
export function readUrl(search: string): LinkState {
  const p = new URLSearchParams(search);
  const site = p.get(PARAM.site)?.trim();
  const lang = p.get(PARAM.lang);
  const filters: Filters = {
    status: oneOf(p.get(PARAM.status), STATUSES) ?? 'all',
    abc: oneOf(p.get(PARAM.abc), ABCS) ?? 'all',
    region: p.get(PARAM.region)?.trim() || 'all',
    readiness: oneOf(p.get(PARAM.readiness), READINESS) ?? 'all',
    query: p.get(PARAM.query) ?? '',
    minDaa: nonNegative(p.get(PARAM.minDaa)),
    maxDaa: nonNegative(p.get(PARAM.maxDaa)),
    maxHubM: nonNegative(p.get(PARAM.maxHubM)),
    fit: parseFit(p.get(PARAM.fit)),
  };
  return {
    lang: isLang(lang) ? lang : 'nb',
    selectedSiteId: site ? site : null,
    filters,
    sort: readSort(p.get(PARAM.sort)),
    basemap: oneOf(p.get(PARAM.basemap), BASEMAPS) ?? 'auto',
    view: parseView(p.get(PARAM.camera)),
    ...(p.get(PARAM.colourBy) === 'fit' ? { colourBy: 'fit' as const } : {}),
    // `view=` names a page (the investor presentation, the scenario comparison); the map camera is `map=`.
    ...(p.get(PARAM.view) === INVESTOR_VIEW ? { page: 'investor' as const } : {}),
    ...(p.get(PARAM.view) === COMPARE_VIEW ? { page: 'compare' as const } : {}),
    ...(p.get(PARAM.view) === ACCOUNTS_VIEW ? { page: 'accounts' as const } : {}),
  };
}

/** The parameters for a link state, in a fixed order, leaving out every default. */
function linkParams(link: LinkState): [ParamName, string][] {
  const out: [ParamName, string][] = [];
  const f = link.filters;
  if (link.selectedSiteId) out.push([PARAM.site, link.selectedSiteId]);
  if (link.lang !== 'nb') out.push([PARAM.lang, link.lang]);
  if (f.query !== ALL_FILTERS.query) out.push([PARAM.query, f.query]);
  if (f.status !== 'all') out.push([PARAM.status, f.status]);
  if (f.abc !== 'all') out.push([PARAM.abc, f.abc]);
  if (f.region !== 'all') out.push([PARAM.region, f.region]);
  if (f.readiness !== 'all') out.push([PARAM.readiness, f.readiness]);
  if (f.minDaa !== null) out.push([PARAM.minDaa, String(f.minDaa)]);
  if (f.maxDaa !== null) out.push([PARAM.maxDaa, String(f.maxDaa)]);
  if (f.maxHubM !== null) out.push([PARAM.maxHubM, String(f.maxHubM)]);
  if (f.fit !== 'all') out.push([PARAM.fit, f.fit.length === 0 ? NO_FIT : f.fit.join(',')]);
  if (link.sort.key !== DEFAULT_SORT.key || link.sort.dir !== DEFAULT_SORT.dir) {
    out.push([PARAM.sort, `${link.sort.key}-${link.sort.dir}`]);
  }
  if (link.basemap !== 'auto') out.push([PARAM.basemap, link.basemap]);
  if (link.colourBy === 'fit') out.push([PARAM.colourBy, 'fit']);
  if (link.page === 'investor') out.push([PARAM.view, INVESTOR_VIEW]);
  else if (link.page === 'compare') out.push([PARAM.view, COMPARE_VIEW]);
  else if (link.page === 'accounts') out.push([PARAM.view, ACCOUNTS_VIEW]);
  else if (link.view) out.push([PARAM.camera, formatView(link.view)]);
  return out;
}

/** Percent-encoding that leaves commas readable (`map=10.43,59.83,12`); a comma is legal in a query value. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** The query string for a link state, keeping the parameters we do not own (before ours). */
export function writeUrl(search: string, link: LinkState): string {
  const foreign = new URLSearchParams(search);
  for (const name of PARAM_NAMES) foreign.delete(name);
  const parts = [
    foreign.toString(),
    ...linkParams(link).map(([name, value]) => `${name}=${encodeValue(value)}`),
  ].filter((p) => p !== '');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function linkStateOf(state: AppState): LinkState {
  const v = state.mapView;
  return {
    lang: state.lang,
    selectedSiteId: state.selectedSiteId,
    filters: state.filters,
    sort: state.sort,
    basemap: state.basemap,
    view: v ? { lng: v.lng, lat: v.lat, zoom: v.zoom } : null,
    ...(state.page !== 'explorer' ? { page: state.page } : {}),
    ...(state.colourBy !== 'abc' ? { colourBy: state.colourBy } : {}),
  };
}

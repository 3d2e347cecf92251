// A kommune profile: which kommune the product is about (name, number, boundary, sub-regions, hubs, example sites,
// plan figures with sources, default assumptions), as one data file. Pure: parsing and checking only, no file reading.
import type { AreaTargets, JobTargets, PlanFigure } from './planTargets.ts';
import type { SummaryTargets } from './summaryViews.ts';

/** The two languages every text of a profile is written in. */
export type ProfileLang = 'nb' | 'en';

/** A text of the profile file in bokmål and English (`{"nb": "…", "en": "…"}`), shown in the page's language. */
export type LocalText = Readonly<Record<ProfileLang, string>>;

/** The text in the language asked for. */
export const inLang = (text: LocalText, lang: ProfileLang): string => text[lang];

/**
 * The sources to cite for several figures, each once: a source that another one starts with is the same place cited
 * less exactly ("…, §5.9.2" beside "…, §5.9.2 (kommuneplan 2020–2032)") and is left out; the rest keep their order.
 */
export function distinctSources(sources: readonly string[]): string[] {
  const unique = [...new Set(sources.map((s) => s.trim()).filter((s) => s !== ''))];
  return unique.filter((s) => !unique.some((other) => other !== s && other.startsWith(s)));
}

/**
 * A figure's source as the comparison code knows it: the bundled Asker figure keeps its fixed source text (which the
 * texts cite as "Temaplan næring §5.9.2"), any other source is given in the language asked for.
 */
export const citedSource = (source: LocalText, askerSource: string, lang: ProfileLang): string =>
  source.en === askerSource ? askerSource : source[lang];

/**
 * True when the land per job used to estimate jobs today is the kommune's own figure for today (its profile knows the
 * figure and the value is the same). Only then may an estimate from it be called "as today"; otherwise it is an
 * assumption (e.g. Asker's 420 m² under a profile that has no figure of its own).
 */
export const isKommuneToday = (landPerJobTodayM2: number, today: ProfileFigure<number>): boolean =>
  today.known && today.value === landPerJobTodayM2;

/** A layer of a profile: a file beside the profile, GeoJSON written into it, or missing with the reason. */
export type ProfileLayer =
  | { kind: 'file'; file: string; note?: LocalText }
  | { kind: 'inline'; geojson: unknown; note?: LocalText }
  | { kind: 'missing'; reason: LocalText };

/** A plan figure with its label and source in both languages. */
export interface ProfilePlanFigure<T> extends Omit<PlanFigure<T>, 'label' | 'source'> {
  label: LocalText;
  source: LocalText;
}

/** A plan figure, or the reason it is not known (never a made-up number). */
export type ProfileFigure<T> =
  ({ known: true } & ProfilePlanFigure<T>) | { known: false; label: LocalText; reason: LocalText };

/**
 * Who presents the kommune's land to investors (Asker: Invest in Asker), or null when the profile names no one; then
 * the investor page speaks of the kommune only and names no contact.
 */
export interface ProfileInvestor {
  organisation: LocalText;
  note?: LocalText;
  /** The main roads an investor asks about (Asker: E18, E134); empty when the profile names none. */
  mainRoads: readonly string[];
}

export interface ProfileTargets {
  existingDaa: ProfileFigure<number>;
  futureDaa: ProfileFigure<number>;
  newJobs20Years: ProfileFigure<{ low: number; high: number }>;
  newJobsPerYear: ProfileFigure<{ low: number; high: number }>;
  landPerJobM2: ProfileFigure<number>;
}

export interface KommuneProfile {
  id: string;
  name: string;
  kommunenummer: string;
  /** Where the name, number and boundary come from. */
  source: LocalText;
  /** [minLon, minLat, maxLon, maxLat]: where data for this kommune lies, for telling UTM 32 from 33 when guessing. */
  referenceLngLatBbox: readonly [number, number, number, number];
  boundary: ProfileLayer;
  regions: ProfileLayer;
  /** How the sub-regions are made, in one sentence (drawn, built from former kommuner, or the whole kommune). */
  regionsHow: LocalText;
  /** Kommune boundary files: which kommunenummer becomes which region (e.g. 0220 → Asker nord). */
  regionsFromKommuner: ReadonlyMap<string, string>;
  hubs: ProfileLayer;
  sites: ProfileLayer;
  /** True when the bundled sites are illustrative examples, not the kommune's registered areas. */
  sitesIllustrative: boolean;
  assumptions: ProfileLayer;
  planTargets: ProfileTargets;
  investor: ProfileInvestor | null;
  /**
   * The scenario presets made for this kommune (ids in geodata/scenarios/, e.g. Asker's satsing-syd), shown beside
   * the generic ones; empty when it has none.
   */
  scenarioPresets: readonly string[];
}

/** Every way a profile file can be refused (the words for each, nb and en, are in src/i18n/profileErrors.*.ts). */
export const PROFILE_ERROR_CODES = [
  'version',
  'id-pattern',
  'text-empty',
  'local-missing',
  'local-not-object',
  'local-lang-missing',
  'local-other-keys',
  'layer-not-object',
  'layer-none',
  'figure-not-object',
  'figure-value',
  'figure-value-missing',
  'kommune-number',
  'bbox',
  'regions-not-object',
  'regions-entry',
  'investor-shape',
  'investor-roads',
  'presets-shape',
] as const;
export type ProfileErrorCode = (typeof PROFILE_ERROR_CODES)[number];

/**
 * A profile file that cannot be used, as facts: the `code` and `params` (`field`: the dotted path such as
 * `profile.kommune.number`; `value`: the value as JSON text). Its Error.message is a technical string; the words for
 * people come from src/i18n (profileErrorText), for the app and the CLIs alike.
 */
export class ProfileError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(params['field'] === undefined ? `profile: ${code}` : `${params['field']}: ${code}`);
    this.name = 'ProfileError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: unknown, key: string): unknown => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);

function text(o: unknown, key: string, at: string): string {
  const v = own(o, key);
  if (typeof v !== 'string' || v.trim() === '') throw new ProfileError('text-empty', { field: `${at}.${key}` });
  return v;
}

const LANGS: readonly ProfileLang[] = ['nb', 'en'];

/** A text in both languages: `{"nb": "…", "en": "…"}`, each non-empty, nothing else. */
function local(o: unknown, key: string, at: string): LocalText {
  const v = own(o, key);
  const field = `${at}.${key}`;
  if (v === undefined) throw new ProfileError('local-missing', { field });
  if (!isObject(v)) throw new ProfileError('local-not-object', { field, value: JSON.stringify(v) });
  for (const lang of LANGS) {
    const t = own(v, lang);
    if (typeof t !== 'string' || t.trim() === '') throw new ProfileError('local-lang-missing', { field, lang });
  }
  const other = Object.keys(v).filter((k) => !LANGS.includes(k as ProfileLang));
  if (other.length > 0)
    throw new ProfileError('local-other-keys', { field, keys: other.map((k) => JSON.stringify(k)).join(', ') });
  return { nb: v.nb as string, en: v.en as string };
}

/** `local` for an optional text: absent is undefined, anything else must be well formed. */
const optionalLocal = (o: unknown, key: string, at: string): LocalText | undefined =>
  own(o, key) === undefined ? undefined : local(o, key, at);

function layer(o: unknown, key: string): ProfileLayer {
  const at = `profile.${key}`;
  const v = own(o, key);
  if (!isObject(v)) throw new ProfileError('layer-not-object', { field: at });
  const noteText = optionalLocal(v, 'note', at);
  const note = noteText ? { note: noteText } : {};
  if (typeof v.file === 'string' && v.file !== '') return { kind: 'file', file: v.file, ...note };
  if (isObject(v.geojson)) return { kind: 'inline', geojson: v.geojson, ...note };
  if (v.missing !== undefined) return { kind: 'missing', reason: local(v, 'missing', at) };
  throw new ProfileError('layer-none', { field: at });
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

function figure<T>(o: unknown, key: keyof ProfileTargets, check: (v: unknown) => v is T): ProfileFigure<T> {
  const at = `profile.planTargets.${key}`;
  const v = own(own(o, 'planTargets'), key);
  if (!isObject(v)) throw new ProfileError('figure-not-object', { field: at });
  const label = local(v, 'label', at);
  if (v.missing !== undefined) return { known: false, label, reason: local(v, 'missing', at) };
  if (!check(v.value)) {
    const value = JSON.stringify(v.value);
    throw value === undefined
      ? new ProfileError('figure-value-missing', { field: `${at}.value` })
      : new ProfileError('figure-value', { field: `${at}.value`, value });
  }
  return { known: true, value: v.value, unit: text(v, 'unit', at), label, source: local(v, 'source', at) };
}

const range = (v: unknown): v is { low: number; high: number } =>
  isObject(v) && positive(v.low) && positive(v.high) && v.low <= v.high;

/** Checks a parsed profile file. Throws ProfileError naming the field. */
export function parseProfile(json: unknown): KommuneProfile {
  if (own(json, 'profileVersion') !== 1) throw new ProfileError('version', { field: 'profile.profileVersion' });
  const id = text(json, 'id', 'profile');
  if (!/^[a-z0-9-]+$/.test(id)) throw new ProfileError('id-pattern', { field: 'profile.id' });
  const kommune = own(json, 'kommune');
  const kommunenummer = text(kommune, 'number', 'profile.kommune');
  if (!/^\d{4}$/.test(kommunenummer))
    throw new ProfileError('kommune-number', { field: 'profile.kommune.number', value: JSON.stringify(kommunenummer) });
  const bbox = own(json, 'referenceLngLatBbox');
  if (
    !Array.isArray(bbox) ||
    bbox.length !== 4 ||
    !bbox.every((n) => typeof n === 'number' && Number.isFinite(n)) ||
    bbox[0] >= bbox[2] ||
    bbox[1] >= bbox[3]
  ) {
    throw new ProfileError('bbox', { field: 'profile.referenceLngLatBbox' });
  }
  const regionsJson = own(json, 'regions');
  const from = own(regionsJson, 'fromKommuner');
  const regionsFromKommuner = new Map<string, string>();
  if (from !== undefined) {
    if (!isObject(from)) throw new ProfileError('regions-not-object', { field: 'profile.regions.fromKommuner' });
    // Sorted by number: JSON puts "3024" before "0219" (integer-like keys first), which would read oddly in messages.
    for (const [k, v] of Object.entries(from).sort(([a], [b]) => a.localeCompare(b))) {
      if (!/^\d{4}$/.test(k) || typeof v !== 'string' || v === '')
        throw new ProfileError('regions-entry', {
          field: 'profile.regions.fromKommuner',
          key: JSON.stringify(k),
          // JSON.stringify(undefined) is undefined; as text it is what the file's reader sees.
          value: String(JSON.stringify(v)),
        });
      regionsFromKommuner.set(k, v);
    }
  }
  const investorJson = own(json, 'investor');
  let investor: ProfileInvestor | null = null;
  if (investorJson !== undefined) {
    if (!isObject(investorJson)) throw new ProfileError('investor-shape', { field: 'profile.investor' });
    const note = optionalLocal(investorJson, 'note', 'profile.investor');
    const roads = own(investorJson, 'mainRoads') ?? [];
    if (!Array.isArray(roads) || !roads.every((r) => typeof r === 'string' && r.trim() !== ''))
      throw new ProfileError('investor-roads', { field: 'profile.investor.mainRoads' });
    investor = {
      organisation: local(investorJson, 'organisation', 'profile.investor'),
      ...(note ? { note } : {}),
      mainRoads: [...(roads as string[])],
    };
  }
  const presetsJson = own(json, 'scenarioPresets');
  const presetIds = own(presetsJson, 'ids');
  if (
    presetsJson !== undefined &&
    (!Array.isArray(presetIds) || !presetIds.every((p) => typeof p === 'string' && /^[a-z0-9-]+$/.test(p)))
  )
    throw new ProfileError('presets-shape', { field: 'profile.scenarioPresets' });
  if (presetsJson !== undefined) optionalLocal(presetsJson, 'note', 'profile.scenarioPresets');
  return {
    id,
    name: text(kommune, 'name', 'profile.kommune'),
    kommunenummer,
    source: local(kommune, 'source', 'profile.kommune'),
    referenceLngLatBbox: bbox as [number, number, number, number],
    boundary: layer(json, 'boundary'),
    regions: layer(json, 'regions'),
    regionsHow: local(regionsJson, 'how', 'profile.regions'),
    regionsFromKommuner,
    hubs: layer(json, 'hubs'),
    sites: layer(json, 'sites'),
    sitesIllustrative: own(own(json, 'sites'), 'illustrative') === true,
    assumptions: layer(json, 'assumptions'),
    planTargets: {
      existingDaa: figure(json, 'existingDaa', positive),
      futureDaa: figure(json, 'futureDaa', positive),
      newJobs20Years: figure(json, 'newJobs20Years', range),
      newJobsPerYear: figure(json, 'newJobsPerYear', range),
      landPerJobM2: figure(json, 'landPerJobM2', positive),
    },
    investor,
    scenarioPresets: presetsJson === undefined ? [] : [...(presetIds as string[])],
  };
}

/** The profile's job figures for the plan measures, or null when any of them is missing (then none is used). */
export function profileJobTargets(t: ProfileTargets): JobTargets | null {
  if (!t.newJobs20Years.known || !t.newJobsPerYear.known || !t.landPerJobM2.known) return null;
  return {
    newJobs20Years: { ...t.newJobs20Years.value },
    newJobsPerYear: { ...t.newJobsPerYear.value },
    landPerJobM2: t.landPerJobM2.value,
  };
}

/** The profile's existing and future business land (daa); null for a figure it does not have. */
export function profileAreaTargets(t: ProfileTargets): AreaTargets {
  return {
    existingDaa: t.existingDaa.known ? t.existingDaa.value : null,
    futureDaa: t.futureDaa.known ? t.futureDaa.value : null,
  };
}

/** The figures the region summary and its chart compare with. */
export function profileSummaryTargets(p: KommuneProfile): SummaryTargets {
  return { area: profileAreaTargets(p.planTargets), jobs: profileJobTargets(p.planTargets) };
}

/** The plan figures the profile does not have, with the reason it gives (in the profile's order). */
export function missingFigures(
  t: ProfileTargets,
): { key: keyof ProfileTargets; label: LocalText; reason: LocalText }[] {
  return (Object.keys(t) as (keyof ProfileTargets)[]).flatMap((key) => {
    const f = t[key];
    return f.known ? [] : [{ key, label: f.label, reason: f.reason }];
  });
}

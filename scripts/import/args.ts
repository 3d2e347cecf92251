// Command-line arguments of the import CLI: strict parsing, validation, and the usage/help texts.
import { parseArgs } from 'node:util';
import { SUPPORTED_EPSG } from '../../src/domain/crs.ts';
import { cliTranslator, crsOf, LANG_OPTION, langOf, stringOf, type Lang, type Translate } from '../cli/options.ts';
import type { EpsgCode, HubType } from '../../src/domain/types.ts';
import { DEFAULT_HUB_RULE, type HubRule } from '../../src/data/gtfsHubs.ts';

export const KINDS = ['sites', 'hubs', 'regions'] as const;
export type ImportKind = (typeof KINDS)[number];

export interface ImportOptions {
  input: string;
  kind: ImportKind;
  out?: string;
  crs?: EpsgCode;
  strict: boolean;
  /** Rebuild invalid polygons as ST_MakeValid would (with a warning) instead of skipping them. */
  repair: boolean;
  otherKommuner: 'skip' | 'keep';
  /** A kommune profile (its kommune→region rule and where its data lies); default geodata/profiles/asker.json. */
  profile?: string;
  serviceDate?: string;
  rule: HubRule;
  /** Language of the stderr messages (--lang); default nb. */
  lang: Lang;
}

export const USAGE = `usage: npm run --silent import -- --in FILE|DIR --kind sites|hubs|regions [--out FILE] [--crs EPSG:N] [--strict] [--repair] [--profile FILE] [--lang nb|en]
       npm run --silent import -- --help`;

const rule = DEFAULT_HUB_RULE;

export const HELP = `${USAGE}

Converts an official export into this project's geodata format (GeoJSON in EPSG:25832 with a crs
member and normalised properties) and prints an account of what was mapped and what was skipped.

Options
  --in FILE|DIR    the export: a GeoJSON FeatureCollection; for --kind hubs also a GTFS folder or
                   its stops.txt (routes.txt, trips.txt, stop_times.txt, calendar.txt and
                   calendar_dates.txt beside it are read when present)
  --kind K         sites: business sites. Plan data (kommuneplan/reguleringsplan, fields such as
                   KPAREALFORMAL, arealformål, AREALST, arealbruksstatus) keeps only business-land
                   codes, each with a default ABC type (docs/plan-data.md).
                   hubs: public-transport hubs. regions: named polygons, or kommune boundaries with a
                   kommunenummer (0220 → Asker nord; 0627 + 0628 → Asker syd).
  --out FILE       write the result here and the account to stdout; without it the GeoJSON goes to
                   stdout and the account to stderr
  --crs EPSG:N     the input's CRS, overriding its crs member. Supported: ${SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ')}.
  --strict         fail (exit 1) on the first unusable feature instead of skipping it
  --repair         rebuild polygons that are not OGC-valid (a ring crossing itself, a hole outside
                   its outer ring, overlapping parts …) the way PostGIS ST_MakeValid does
                   ('structure' method) and list the area before and after, instead of skipping them
  --other-kommuner skip|keep   regions from kommune boundaries: kommuner outside the profile's
                   regions (Asker: 0220/0627/0628) are skipped (default) or kept under their own name
  --profile FILE   the kommune profile (docs/kommune-profile.md): which kommunenummer makes which region,
                   and where the data lies when the CRS is guessed. Default: geodata/profiles/asker.json
  GTFS hubs (the rule that makes a stop place a hub):
  --date YYYYMMDD  service day to count (default: the busiest day of the feed)
  --window H-H     hours counted, default ${rule.fromHour}-${rule.toHour}
  --min-per-hour tog=N,buss=N,båt=N   departures per hour needed, default tog=${rule.minDeparturesPerHour.tog},buss=${rule.minDeparturesPerHour.buss},båt=${rule.minDeparturesPerHour.båt}
  --lang L         nb (default) or en: the language of the account and of the error messages
  -h, --help       show this text

Exit status: 0 imported (skipped features, if any, are listed in the account);
             1 bad input (unreadable, invalid, or nothing usable): one "error: ..." line;
             2 usage error; 3 internal error.`;

export type ParsedArgs =
  { ok: true; options: ImportOptions; help: false } | { ok: true; help: true } | { ok: false; error: string };

const HUB_TYPES: ReadonlyMap<string, HubType> = new Map([
  ['tog', 'tog'],
  ['buss', 'buss'],
  ['båt', 'båt'],
  ['baat', 'båt'],
  ['bat', 'båt'],
]);

function parseMinPerHour(text: string, t: Translate): Record<HubType, number> | string {
  const out = { ...rule.minDeparturesPerHour };
  for (const part of text.split(',')) {
    const m = /^\s*([a-zå]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/i.exec(part);
    const type = m?.[1] === undefined ? undefined : HUB_TYPES.get(m[1].toLowerCase());
    if (!m || type === undefined) {
      return t('cliMinPerHourFormat', { given: JSON.stringify(text) });
    }
    out[type] = Number(m[2]);
  }
  return out;
}

/** Parses argv (without node and script). Never throws. */
export function parseImportArgs(argv: readonly string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: 'string' },
        kind: { type: 'string' },
        out: { type: 'string' },
        crs: { type: 'string' },
        strict: { type: 'boolean' },
        repair: { type: 'boolean' },
        'other-kommuner': { type: 'string' },
        profile: { type: 'string' },
        date: { type: 'string' },
        window: { type: 'string' },
        'min-per-hour': { type: 'string' },
        ...LANG_OPTION,
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (values['help'] === true) return { ok: true, help: true };
  const t = cliTranslator(argv);
  const lang = langOf(values, t);
  if (!lang.ok) return lang;
  const str = (k: string): string | undefined => stringOf(values, k);
  const input = str('in');
  if (!input) return { ok: false, error: t('cliInRequired') };
  const kind = str('kind');
  if (kind === undefined) return { ok: false, error: t('cliKindRequired') };
  if (!(KINDS as readonly string[]).includes(kind))
    return { ok: false, error: t('cliKindChoice', { given: JSON.stringify(kind) }) };
  const other = str('other-kommuner') ?? 'skip';
  if (other !== 'skip' && other !== 'keep')
    return { ok: false, error: t('cliOtherKommunerChoice', { given: JSON.stringify(other) }) };
  const options: ImportOptions = {
    input,
    kind: kind as ImportKind,
    strict: values['strict'] === true,
    repair: values['repair'] === true,
    otherKommuner: other,
    rule: { ...rule },
    lang: lang.value,
  };
  const profile = str('profile');
  if (profile === '') return { ok: false, error: t('cliNeedsFile', { option: 'profile' }) };
  if (profile !== undefined) options.profile = profile;
  const out = str('out');
  if (out === '') return { ok: false, error: t('cliNeedsFile', { option: 'out' }) };
  if (out !== undefined) options.out = out;
  const crs = crsOf(values, t);
  if (!crs.ok) return crs;
  if (crs.value !== undefined) options.crs = crs.value;
  const date = str('date');
  if (date !== undefined) {
    if (!/^\d{8}$/.test(date)) return { ok: false, error: t('cliDateFormat', { given: JSON.stringify(date) }) };
    options.serviceDate = date;
  }
  const window = str('window');
  if (window !== undefined) {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(window);
    const from = Number(m?.[1]);
    const to = Number(m?.[2]);
    if (!m || !(from < to) || to > 30)
      return { ok: false, error: t('cliWindowFormat', { given: JSON.stringify(window) }) };
    options.rule = { ...options.rule, fromHour: from, toHour: to };
  }
  const min = str('min-per-hour');
  if (min !== undefined) {
    const parsed = parseMinPerHour(min, t);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    options.rule = { ...options.rule, minDeparturesPerHour: parsed };
  }
  return { ok: true, options, help: false };
}

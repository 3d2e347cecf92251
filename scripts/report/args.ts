// Command-line arguments of the report CLI: strict parsing, validation, and the usage/help texts.
import { SUPPORTED_EPSG } from '../../src/domain/crs.ts';
import {
  cliTranslator,
  crsOf,
  filesOf,
  formatOf,
  LANG_OPTION,
  langOf,
  parseStrict,
  stringOf,
  type Lang,
} from '../cli/options.ts';
import type { EpsgCode } from '../../src/domain/types.ts';
import { PRESET_IDS } from '../../src/domain/presets.ts';
import { checkScenarioSpec } from './scenarioSpec.ts';

export const FORMATS = ['csv', 'json', 'md'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface ReportOptions {
  sites?: string;
  hubs?: string;
  regions?: string;
  /** A kommune profile file; default geodata/profiles/asker.json. */
  profile?: string;
  crs?: EpsgCode;
  /** A scenario file, or `preset:<id>`. */
  scenario?: string;
  format: ReportFormat;
  /** Years new jobs are counted over (--horizon); undefined = 20, or the scenario's own horizon. */
  horizon?: number;
  /** Rebuild invalid polygons as ST_MakeValid would (with a warning) instead of failing. */
  repair: boolean;
  /** Language of the Markdown and of the stderr messages (--lang); default nb. */
  lang: Lang;
  help: boolean;
}

export const USAGE = `usage: npm run --silent report -- [--profile FILE] [--sites FILE] [--hubs FILE] [--regions FILE] [--crs EPSG:N] [--scenario FILE|preset:ID] [--horizon YEARS] [--format csv|json|md] [--lang nb|en] [--repair]
       npm run --silent report -- --help`;

export const HELP = `${USAGE}

Reports area, job capacity (build-out), jobs today, new jobs, nearest public-transport hub, region and
ABC fit for every business site.

Options
  --profile FILE   the kommune profile (docs/kommune-profile.md): name, regions, hubs, example sites,
                   plan figures               default: geodata/profiles/asker.json (geodata/profiles/baerum.json
                   is a second, built from Kartverket's boundary; it has no hubs or sites of its own)
  --sites FILE     site polygons (GeoJSON, SOSI or GML)          default: the profile's (geodata/sites.geojson)
  --hubs FILE      hub points (properties id, name, type)         default: the profile's (geodata/hubs.geojson)
  --regions FILE   region polygons (properties name)              default: the profile's (geodata/regions.geojson)
  --crs EPSG:N     CRS of every file given with --sites/--hubs/--regions; overrides their
                   crs member (with a warning when it disagrees). Bundled files are not affected.
                   Supported: ${SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ')}.
                   Without --crs: the file's crs member, else a guess from the coordinates (with a warning).
  --scenario S     apply a scenario (docs/scenarios.md): a scenario JSON file, or a preset
                   (${PRESET_IDS.map((id) => `preset:${id}`).join(', ')}). Excluded sites are
                   left out of every format (with a warning); json gets a "scenario" section and md a
                   scenario section, each comparing the scenario with preset:basis.
  --horizon YEARS  years (1–100, whole) over which new jobs are counted from 2026 (or the scenario's
                   start year); default 20, the plan's period, or the scenario's own horizonYears.
                   Sites become available after the lead time for their readiness and are then taken
                   up at the take-up share a year in geodata/assumptions.json.
  --format F       csv (default), json or md (a Markdown report)
  --lang L         nb (default) or en: the language of the md report and of the messages on stderr
                   (csv and json are data and do not change)
  --repair         rebuild polygons that are not OGC-valid (a ring crossing itself, a hole outside
                   its outer ring, overlapping parts …) the way PostGIS ST_MakeValid does
                   ('structure' method), with a warning giving the area before and after.
                   Without it such a site or region is bad input (exit 1).
  -h, --help       show this text

Defaults are the bundled files in the repository's geodata/ folder (illustrative data), found
relative to the repository, not the current directory. FILE paths are relative to the current directory.

CSV: one header line, then one row per site in input order; LF line ends; '.' decimal mark;
RFC 4180 quoting (fields with a comma, double quote, CR or LF are quoted, quotes doubled).
Columns: id,name,status,abc,region,area_m2,area_daa,hub_id,hub_name,hub_distance_m,
hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit,jobs_today,new_jobs_low,
new_jobs_mid,new_jobs_high
  area_m2, distances: 2 decimals; area_daa: 3 decimals; jobs: whole numbers (rounded);
  jobs_low/mid/high: build-out capacity on the net land (includes the jobs already there);
  jobs_today: the data's jobs_today / arbeidsplasser / ansatte when present, else
  round(area_m2 / 420) for an eksisterende site, else 0;
  new_jobs_X = max(0, jobs_X - jobs_today) (new-job capacity, not limited by --horizon);
  abc_fit: ok | partial | mismatch | unknown; empty field = no value (e.g. no region overlaps).
  Text is written as found in the data: a name starting with = + - @ is NOT neutralised, so
  escape such fields yourself before opening the CSV in a spreadsheet.
JSON: { sites, summary, assumptions, assumptionSources, planTargets, inputs, warnings } with the
  CSV fields per site (plus jobs today's source and new jobs within the horizon); summary.newJobs,
  summary.newJobsWithinHorizon ({low, mid, high}), summary.horizonYears, summary.planMeasures;
  plus "scenario" (last) with --scenario.

Exit status: 0 success (warnings, if any, on stderr as "warning: ..." lines);
             1 bad input (unreadable file, invalid GeoJSON, unusable feature, invalid scenario file):
               one "error: ..." line naming the file (and the feature or scenario field);
             2 usage error (unknown option, missing value, bad --format, --crs or preset name);
             3 internal error (a bug): one "error: internal error: ..." line.`;

export type ParsedArgs = { ok: true; options: ReportOptions } | { ok: false; error: string };

/** Parses argv (without node and script). Never throws. */
export function parseReportArgs(argv: readonly string[]): ParsedArgs {
  const parsed = parseStrict(argv, {
    sites: { type: 'string' },
    hubs: { type: 'string' },
    regions: { type: 'string' },
    profile: { type: 'string' },
    crs: { type: 'string' },
    scenario: { type: 'string' },
    format: { type: 'string' },
    horizon: { type: 'string' },
    repair: { type: 'boolean' },
    ...LANG_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return parsed;
  const t = cliTranslator(argv);
  const values = parsed.value;
  const str = (k: string): string | undefined => stringOf(values, k);
  const lang = langOf(values, t);
  if (!lang.ok) return lang;
  const format = formatOf(values, FORMATS, t);
  if (!format.ok) return format;
  const options: ReportOptions = {
    format: format.value,
    repair: values['repair'] === true,
    lang: lang.value,
    help: values['help'] === true,
  };
  const fileProblem = filesOf(values, ['sites', 'hubs', 'regions', 'profile'] as const, options, t);
  if (fileProblem !== null) return { ok: false, error: fileProblem };
  const scenario = str('scenario');
  if (scenario === '') return { ok: false, error: t('cliScenarioNeedsName') };
  if (scenario !== undefined) {
    const problem = checkScenarioSpec(scenario, t);
    if (problem !== null) return { ok: false, error: problem };
    options.scenario = scenario;
  }
  const horizonText = str('horizon');
  if (horizonText !== undefined) {
    const horizon = /^\d{1,3}$/.test(horizonText.trim()) ? Number(horizonText.trim()) : Number.NaN;
    if (!(Number.isInteger(horizon) && horizon >= 1 && horizon <= 100)) {
      return { ok: false, error: t('cliHorizon', { given: JSON.stringify(horizonText) }) };
    }
    options.horizon = horizon;
  }
  const crs = crsOf(values, t);
  if (!crs.ok) return crs;
  if (crs.value !== undefined) options.crs = crs.value;
  return { ok: true, options };
}

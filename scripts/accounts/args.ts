// Command-line arguments of the land-accounts CLI: strict parsing, validation, and the usage/help texts.
import { SUPPORTED_EPSG } from '../../src/domain/crs.ts';
import {
  cliTranslator,
  crsOf,
  filesOf,
  formatOf,
  LANG_OPTION,
  langOf,
  parseStrict,
  type Lang,
} from '../cli/options.ts';
import type { EpsgCode } from '../../src/domain/types.ts';

export const FORMATS = ['csv', 'json', 'md'] as const;
export type AccountsFormat = (typeof FORMATS)[number];

export interface AccountsOptions {
  before?: string;
  after?: string;
  regions?: string;
  farmland?: string;
  crs?: EpsgCode;
  /** Rebuild polygons that are not OGC-valid as ST_MakeValid would (with a warning) instead of failing. */
  repair: boolean;
  format: AccountsFormat;
  /** Language of the stderr messages (--lang); default nb. */
  lang: Lang;
  help: boolean;
}

export const USAGE = `usage: npm run --silent accounts -- --before FILE --after FILE [--regions FILE] [--farmland FILE] [--crs EPSG:N] [--format csv|json|md] [--lang nb|en] [--repair]
       npm run --silent accounts -- --help`;

export const HELP = `${USAGE}

Land accounts (næringsarealregnskap): business land added and removed between two versions of the
land-use plan, what removed land became, land realised, and the farmland added business land takes.

Options
  --before FILE    the earlier plan version (e.g. gjeldende kommuneplan)            required
  --after FILE     the later plan version (e.g. the new proposal)                   required
                   Plan exports with arealformål/arealbruksstatus: business land is what the
                   arealformål table keeps (docs/plan-data.md), every other code counts as its SOSI
                   main group. This project's site format counts every feature as business land.
  --regions FILE   region polygons (properties name)            default: geodata/regions.geojson
  --farmland FILE  farmland polygons (AR5; with arealtype only 21, 22 and 23 count)
  --crs EPSG:N     CRS of every file given on the command line; overrides their crs member.
                   Supported: ${SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ')}.
  --format F       csv (default), json or md (a Markdown report, in the language of --lang)
  --lang L         nb (default) or en: the language of the md report and of the messages on stderr
  --repair         rebuild polygons that are not OGC-valid (overlapping parts, a ring crossing itself …)
                   the way PostGIS ST_MakeValid does ('structure' method), with a warning giving the
                   area before and after; without it such a feature is bad input (exit 1)
  -h, --help       show this text

Areas are planar in EUREF89 UTM 32N (EPSG:25832), in daa, from a polygon overlay: each version's
business land is unioned first, so overlapping features in one file count once.

CSV: header, one row per region in the regions file's order, then a row whose region is "total";
'.' decimal mark, 3 decimals, LF line ends, RFC 4180 quoting. Land outside every region counts only
in total. Columns:
region,before_daa,after_daa,added_daa,removed_daa,net_daa,to_housing_daa,realised_daa,farmland_added_daa
  added = after − before (as land), removed = before − after, net = after_daa − before_daa (may be
  negative), to_housing = removed land that became housing (1110), realised = fremtidig before and
  eksisterende after, farmland_added = farmland inside added land (empty without --farmland).
JSON: the same figures plus removed land by every category and the change in job capacity by ABC type.

Exit status: 0 success (warnings on stderr as "warning: ..." lines);
             1 bad input: one "error: ..." line naming the file and the feature;
             2 usage error (unknown option, missing --before/--after, bad --format or --crs);
             3 internal error (a bug).`;

export type ParsedArgs = { ok: true; options: AccountsOptions } | { ok: false; error: string };

/** Parses argv (without node and script). Never throws. */
export function parseAccountsArgs(argv: readonly string[]): ParsedArgs {
  const parsed = parseStrict(argv, {
    before: { type: 'string' },
    after: { type: 'string' },
    regions: { type: 'string' },
    farmland: { type: 'string' },
    crs: { type: 'string' },
    format: { type: 'string' },
    repair: { type: 'boolean' },
    ...LANG_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return parsed;
  const t = cliTranslator(argv);
  const values = parsed.value;
  const lang = langOf(values, t);
  if (!lang.ok) return lang;
  const format = formatOf(values, FORMATS, t);
  if (!format.ok) return format;
  const options: AccountsOptions = {
    format: format.value,
    repair: values['repair'] === true,
    lang: lang.value,
    help: values['help'] === true,
  };
  if (options.help) return { ok: true, options };
  const fileProblem = filesOf(values, ['before', 'after', 'regions', 'farmland'] as const, options, t);
  if (fileProblem !== null) return { ok: false, error: fileProblem };
  if (options.before === undefined) return { ok: false, error: t('cliBeforeRequired') };
  if (options.after === undefined) return { ok: false, error: t('cliAfterRequired') };
  const crs = crsOf(values, t);
  if (!crs.ok) return crs;
  if (crs.value !== undefined) options.crs = crs.value;
  return { ok: true, options };
}

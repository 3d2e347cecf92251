// English words of the CLIs' usage lines, --help texts and argument errors (`--lang en`); typed against bokmål.
// The tags "error: " and "warning: ", option names, file names and CSV/JSON field names are the same in every
// language: scripts look for them.
import type { cliArgsNb } from './cliArgs.nb';

export const cliArgsEn: Record<keyof typeof cliArgsNb, string> = {
  cliArgUnknownOption: 'unknown option {option} (see --help for the options there are)',
  cliArgMissingValue: '{option} needs a value',
  cliArgAmbiguousValue:
    '{option} needs a value, but the next argument {given} looks like an option; write {option}={given} if it is the value',
  cliArgTakesNoValue: '{option} does not take a value',
  cliArgUnexpected: 'unexpected argument {given}: every argument is an option, such as --name VALUE',

  cliReportUsage: `usage: npm run --silent report -- [--profile FILE] [--sites FILE] [--hubs FILE] [--regions FILE] [--crs EPSG:N] [--scenario FILE|preset:ID] [--horizon YEARS] [--format csv|json|md] [--lang nb|en] [--repair]
       npm run --silent report -- --help`,
  cliReportHelp: `{usage}

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
                   Supported: {supported}.
                   Without --crs: the file's crs member, else a guess from the coordinates (with a warning).
  --scenario S     apply a scenario (docs/scenarios.md): a scenario JSON file, or a preset
                   ({presets}). Excluded sites are
                   left out of every format (with a warning); json gets a "scenario" section and md a
                   scenario section, each comparing the scenario with preset:basis.
  --horizon YEARS  years (1–100, whole) over which new jobs are counted from 2026 (or the scenario's
                   start year); default 20, the plan's period, or the scenario's own horizonYears.
                   Sites become available after the lead time for their readiness and are then taken
                   up at the take-up share a year in geodata/assumptions.json.
  --format F       csv (default), json or md (a Markdown report)
  --lang L         nb (default) or en: the language of the md report, of --help and of the messages on
                   stderr (csv and json are data and do not change)
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
             3 internal error (a bug): one "error: internal error: ..." line.`,

  cliImportUsage: `usage: npm run --silent import -- --in FILE|DIR --kind sites|hubs|regions [--out FILE] [--crs EPSG:N] [--strict] [--repair] [--profile FILE] [--lang nb|en]
       npm run --silent import -- --help`,
  cliImportHelp: `{usage}

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
  --crs EPSG:N     the input's CRS, overriding its crs member. Supported: {supported}.
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
  --window H-H     hours counted, default {window}
  --min-per-hour tog=N,buss=N,båt=N   departures per hour needed, default {minPerHour}
  --lang L         nb (default) or en: the language of the account, of --help and of the error messages
  -h, --help       show this text

Exit status: 0 imported (skipped features, if any, are listed in the account);
             1 bad input (unreadable, invalid, or nothing usable): one "error: ..." line;
             2 usage error; 3 internal error.`,

  cliAccountsUsage: `usage: npm run --silent accounts -- --before FILE --after FILE [--regions FILE] [--farmland FILE] [--crs EPSG:N] [--format csv|json|md] [--lang nb|en] [--repair]
       npm run --silent accounts -- --help`,
  cliAccountsHelp: `{usage}

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
                   Supported: {supported}.
  --format F       csv (default), json or md (a Markdown report, in the language of --lang)
  --lang L         nb (default) or en: the language of the md report, of --help and of the messages
                   on stderr
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
             3 internal error (a bug).`,
};

// The import CLI as a function: argv and I/O in, exit status out (the entry script and the tests both call it).
import { loadProfile } from '../cli/profile.ts';
import { isAbsolute, resolve } from 'node:path';
import type { LoadResult } from '../../src/data/featurePipeline.ts';
import { loadGtfsHubs } from '../../src/data/gtfsHubs.ts';
import { loadHubs, loadRegions, loadSites } from '../../src/data/loaders.ts';
import { ERROR_TAG, EXIT, oneLine, reportFailure, showHelp, usageError } from '../cli/common.ts';
import { cliTranslator } from '../cli/options.ts';
import { translator } from '../../src/i18n/index.ts';
import { hubsToGeoJson, regionsToGeoJson, sitesToGeoJson } from '../../src/data/writeGeoJson.ts';
import type { Hub, Region } from '../../src/domain/types.ts';
import type { LoadedSite } from '../../src/data/siteReader.ts';
import { siteNoteText } from '../../src/i18n/siteNotes.ts';
import { formatAccount, MODE_KEY } from './account.ts';
import { helpText, parseImportArgs, usageText, type ImportOptions } from './args.ts';
import { isGtfs, readInput, type InputIo } from './readInput.ts';

export interface ImportIo extends InputIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  writeFile(path: string, text: string): Promise<void>;
}

export { EXIT };

interface Converted {
  result: LoadResult<unknown[]>;
  geojson: string;
  read?: string[];
}

async function convert(o: ImportOptions, io: ImportIo, gtfs: boolean): Promise<Converted> {
  const input = await readInput(io, o.input, gtfs);
  const common = { onUnusable: o.strict ? ('error' as const) : ('skip' as const), repair: o.repair };
  // The metadata note and the sites' notes are for the people and GIS tools that open the file: words in --lang.
  const t = translator(o.lang);
  const meta = (how: string) => ({ source: o.input, note: t('impMetaNote', { kind: o.kind, how }) });
  const readAs = (mode: keyof typeof MODE_KEY) => t('impMetaReadAs', { mode: t(MODE_KEY[mode]) });
  if (input.format === 'gtfs') {
    const result = loadGtfsHubs(input.files, { ...common, file: input.file, rule: o.rule, serviceDate: o.serviceDate });
    return {
      result,
      geojson: hubsToGeoJson(result.value, meta(t('impMetaGtfs'))),
      read: input.read,
    };
  }
  const lp = await loadProfile(o.profile, (p) => io.readFile(p), io.cwd ?? process.cwd(), translator(o.lang));
  const opts = { ...common, file: input.file, crs: o.crs, referenceLngLatBbox: lp.profile.referenceLngLatBbox };
  if (o.kind === 'sites') {
    const result: LoadResult<LoadedSite[]> = loadSites(input.text, opts);
    const note = (s: LoadedSite) => siteNoteText(s, o.lang);
    return { result, geojson: sitesToGeoJson(result.value, meta(readAs(result.mapping.mode)), note) };
  }
  if (o.kind === 'hubs') {
    const result: LoadResult<Hub[]> = loadHubs(input.text, opts);
    return { result, geojson: hubsToGeoJson(result.value, meta(t('impMetaHubPoints'))) };
  }
  // The bundled Asker profile keeps the loader's own Asker rule (and its "whole of Asker" message); another profile
  // brings its own.
  const kommuneRegions = lp.bundled ? undefined : { name: lp.profile.name, regions: lp.profile.regionsFromKommuner };
  const result: LoadResult<Region[]> = loadRegions(input.text, {
    ...opts,
    otherKommuner: o.otherKommuner,
    kommuneRegions,
  });
  return { result, geojson: regionsToGeoJson(result.value, meta(readAs(result.mapping.mode))) };
}

/**
 * Runs `import` with argv (no node/script). Writes the GeoJSON to --out (account on stdout) or to
 * stdout (account on stderr). Returns 0 ok, 1 bad input, 2 usage error, 3 internal error. Never throws.
 */
export async function runImport(argv: readonly string[], io: ImportIo): Promise<number> {
  const parsed = parseImportArgs(argv);
  const t = cliTranslator(argv);
  if (!parsed.ok) return usageError(io.stderr, parsed.error, usageText(t));
  if (parsed.help) return showHelp(io.stdout, helpText(t));
  const o = parsed.options;
  let gtfs = false;
  try {
    gtfs = await isGtfs(io, o.input);
    if (gtfs && o.kind !== 'hubs') {
      return usageError(io.stderr, t('cliGtfsKind', { input: o.input }), usageText(t));
    }
    if (gtfs && o.crs !== undefined) {
      return usageError(io.stderr, t('cliGtfsCrs'), usageText(t));
    }
    const { result, geojson, read } = await convert(o, io, gtfs);
    if (o.out !== undefined) {
      const path = isAbsolute(o.out) ? o.out : resolve(io.cwd ?? process.cwd(), o.out);
      try {
        await io.writeFile(path, geojson);
      } catch (e) {
        io.stderr.write(
          `${ERROR_TAG}${oneLine(t('cliCannotWrite', { file: o.out, why: e instanceof Error ? e.message : String(e) }))}\n`,
        );
        return EXIT.badInput;
      }
    } else io.stdout.write(geojson);
    const account = formatAccount({
      kind: o.kind,
      input: o.input,
      result,
      items: result.value,
      out: o.out ?? null,
      read,
      lang: o.lang,
    });
    (o.out !== undefined ? io.stdout : io.stderr).write(account);
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, io.stderr, o.lang, { gtfs });
  }
}

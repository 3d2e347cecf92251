// The report CLI as a function: argv and I/O in, exit status out (the entry script and the tests both call it).
import { EXIT, oneLine, reportFailure, showHelp, usageError, WARNING_TAG } from '../cli/common.ts';
import { cliTranslator, langFromArgv } from '../cli/options.ts';
import { withWords } from '../cli/problemLine.ts';
import { helpText, parseReportArgs, usageText, type ReportOptions } from './args.ts';
import { formatCsv, formatCsvFromResults } from './csv.ts';
import { presetNotOffered } from './scenarioSpec.ts';
import { loadInputs, type FileReader } from './inputs.ts';
import { formatJson } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import { buildReportModel, type ReportModel } from './model.ts';
import { buildScenarioReportModel, loadScenario } from './scenario.ts';
import type { Lang } from '../../src/i18n/index.ts';

export interface ReportIo extends FileReader {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export { EXIT };

function render(model: ReportModel, options: ReportOptions): string {
  if (options.format === 'json') return formatJson(model);
  if (options.format === 'md') return formatMarkdown(model, options.lang);
  return model.engine
    ? formatCsvFromResults(model.engine.sites, model.engine.results, model.engine.hubs)
    : formatCsv(model.sites);
}

/**
 * Runs `report` with argv (no node/script). Writes the report to stdout, warnings and errors to stderr,
 * and returns the exit status: 0 ok, 1 bad input, 2 usage error, 3 internal error. Never throws.
 */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  const parsed = parseReportArgs(argv);
  const t = cliTranslator(argv);
  if (!parsed.ok) return usageError(io.stderr, parsed.error, usageText(t));
  const { options } = parsed;
  if (options.help) return showHelp(io.stdout, helpText(t));
  try {
    // The language of the scenario's problems and warnings: `--lang`, as for everything else the CLI says.
    const lang: Lang = options.lang;
    // The scenario first: a bad scenario file is found without loading the data.
    const scenario = options.scenario === undefined ? undefined : await loadScenario(options.scenario, io, lang);
    const loaded = await loadInputs(options, io);
    // A preset whose rules name regions (satsing-syd: Asker syd) belongs to the profiles that list it, as in the app.
    const notOffered = scenario && presetNotOffered(scenario.source, loaded.profile);
    if (notOffered) return usageError(io.stderr, notOffered(t), usageText(t));
    if (options.crs !== undefined && !options.sites && !options.hubs && !options.regions) {
      loaded.warnings.unshift({ file: '', code: 'crs-unused', text: t('cliCrsUnused') });
    }
    const model = scenario
      ? buildScenarioReportModel(loaded, scenario, options.horizon, lang)
      : buildReportModel(loaded, options.horizon);
    model.warnings = withWords(model.warnings, lang);
    for (const w of model.warnings) io.stderr.write(`${WARNING_TAG}${oneLine(w.text ?? w.code)}\n`);
    io.stdout.write(render(model, options));
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, io.stderr, langFromArgv(argv));
  }
}

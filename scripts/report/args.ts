// Command-line arguments of the report CLI: strict parsing, validation, and the usage/help texts.
import { SUPPORTED_EPSG } from '../../src/domain/crsNames.ts';
import { crsOf, filesOf, optionTable, parseCommon, stringOf, type Lang, type Translate } from '../cli/options.ts';
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

/** The usage lines, in the language argv asks for. */
export function usageText(t: Translate): string {
  return t('cliReportUsage');
}

/** The --help text: usage, options, formats and exit statuses. */
export function helpText(t: Translate): string {
  return t('cliReportHelp', {
    usage: usageText(t),
    supported: SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', '),
    presets: PRESET_IDS.map((id) => `preset:${id}`).join(', '),
  });
}

export type ParsedArgs = { ok: true; options: ReportOptions } | { ok: false; error: string };

/** Parses argv (without node and script). Never throws. */
export function parseReportArgs(argv: readonly string[]): ParsedArgs {
  const common = parseCommon(
    argv,
    optionTable(['sites', 'hubs', 'regions', 'profile', 'crs', 'scenario', 'format', 'horizon'], ['repair']),
    FORMATS,
  );
  if (!common.ok) return common;
  const { values, t, lang, format, help } = common.value;
  const str = (k: string): string | undefined => stringOf(values, k);
  const options: ReportOptions = {
    format,
    repair: values['repair'] === true,
    lang,
    help,
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

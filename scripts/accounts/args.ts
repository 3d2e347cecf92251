// Command-line arguments of the land-accounts CLI: strict parsing, validation, and the usage/help texts.
import { SUPPORTED_EPSG } from '../../src/domain/crsNames.ts';
import { crsOf, filesOf, optionTable, parseCommon, type Lang, type Translate } from '../cli/options.ts';
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

/** The usage lines, in the language argv asks for. */
export function usageText(t: Translate): string {
  return t('cliAccountsUsage');
}

/** The --help text: usage, options, the CSV columns and exit statuses. */
export function helpText(t: Translate): string {
  return t('cliAccountsHelp', { usage: usageText(t), supported: SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ') });
}

export type ParsedArgs = { ok: true; options: AccountsOptions } | { ok: false; error: string };

/** Parses argv (without node and script). Never throws. */
export function parseAccountsArgs(argv: readonly string[]): ParsedArgs {
  const common = parseCommon(
    argv,
    optionTable(['before', 'after', 'regions', 'farmland', 'crs', 'format'], ['repair']),
    FORMATS,
  );
  if (!common.ok) return common;
  const { values, t, lang, format, help } = common.value;
  const options: AccountsOptions = {
    format,
    repair: values['repair'] === true,
    lang,
    help,
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

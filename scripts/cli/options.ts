// Argument checks every CLI shares (report, import, accounts): strict parsing, --lang, --format, --crs and file
// options. The error texts come from the message catalogue (src/i18n/cli.*.ts) in the language of --lang.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseEpsg, SUPPORTED_EPSG } from '../../src/domain/crsNames.ts';
import type { EpsgCode } from '../../src/domain/types.ts';
import { isLang, translator, type Lang, type Translate } from '../../src/i18n/index.ts';

export type { Lang, Translate };

export type Values = Record<string, string | boolean | undefined>;
type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The parse errors node's strict parseArgs throws that we say in our own words (by their code, not their text). */
const PARSE_ERROR_CODES: ReadonlySet<string> = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
]);

/**
 * The first argument node's strict parse refuses, found from the tokens of a lenient parse of the same argv (node
 * stops at the first bad token, so this is the one its error is about), in the catalogue's words.
 */
function sayParseError(argv: readonly string[], options: OptionsConfig, t: Translate): string | null {
  const { tokens } = parseArgs({ args: [...argv], strict: false, allowPositionals: true, tokens: true, options });
  for (const token of tokens) {
    if (token.kind === 'positional') return t('cliArgUnexpected', { given: JSON.stringify(token.value) });
    if (token.kind !== 'option') continue;
    const option = token.rawName;
    const type = Object.prototype.hasOwnProperty.call(options, token.name) ? options[token.name]?.type : undefined;
    if (type === undefined) return t('cliArgUnknownOption', { option });
    if (type === 'boolean' && token.value !== undefined) return t('cliArgTakesNoValue', { option });
    if (type !== 'string') continue;
    const value = token.value;
    if (value === undefined) return t('cliArgMissingValue', { option });
    if (!token.inlineValue && value.startsWith('-')) return t('cliArgAmbiguousValue', { option, given: value });
  }
  return null;
}

/**
 * node's strict parseArgs without positionals; an unknown option, a missing value or a stray argument becomes an
 * error text in the words of `t` (naming the option), and any other failure keeps node's own text.
 */
export function parseStrict(argv: readonly string[], options: OptionsConfig, t: Translate): Checked<Values> {
  try {
    const { values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options });
    return { ok: true, value: values as Values };
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const ours = PARSE_ERROR_CODES.has(code) ? sayParseError(argv, options, t) : null;
    return { ok: false, error: ours ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/** A string option's value; undefined when absent (a boolean option never counts). */
export function stringOf(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

/** A CLI's own options: the string options (each takes a value) and the boolean ones (flags); --lang and -h/--help
 * are added by parseCommon. */
export function optionTable(strings: readonly string[], booleans: readonly string[] = []): OptionsConfig {
  const table: OptionsConfig = {};
  for (const name of strings) table[name] = { type: 'string' };
  for (const name of booleans) table[name] = { type: 'boolean' };
  return table;
}

/** -h/--help, which every CLI takes (parseCommon adds it). */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionsConfig;

/** The --lang option every CLI takes: nb (default) or en (parseCommon adds it). */
export const LANG_OPTION = { lang: { type: 'string' } } as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * The language argv asks for, read before the strict parse so that even an unknown option is reported in it: the
 * value of the last `--lang X` or `--lang=X` (the one node's parser keeps) when it is nb or en, else nb (a bad value
 * is then reported by langOf).
 */
export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'nb';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg !== '--lang' && !arg?.startsWith('--lang=')) continue;
    const value = arg === '--lang' ? argv[i + 1] : arg.slice('--lang='.length);
    lang = isLang(value) ? value : 'nb';
  }
  return lang;
}

/** The message lookup for the language argv asks for. */
export function cliTranslator(argv: readonly string[]): Translate {
  return translator(langFromArgv(argv));
}

/** --lang, nb or en; nb when absent. */
export function langOf(values: Values, t: Translate): Checked<Lang> {
  const lang = stringOf(values, 'lang') ?? 'nb';
  if (isLang(lang)) return { ok: true, value: lang };
  return { ok: false, error: t('cliLangChoice', { given: JSON.stringify(lang) }) };
}

/** --format, one of `formats`; the first is the default. */
export function formatOf<F extends string>(values: Values, formats: readonly F[], t: Translate): Checked<F> {
  const format = stringOf(values, 'format') ?? formats[0];
  if (format !== undefined && (formats as readonly string[]).includes(format)) return { ok: true, value: format as F };
  return {
    ok: false,
    error: t('cliFormatChoice', {
      choices: formats.slice(0, -1).join(', '),
      last: formats.at(-1) ?? '',
      given: JSON.stringify(format),
    }),
  };
}

/** What every CLI reads first: the parsed values, the words of --lang, the language and (when it has one) --format. */
export interface CommonArgs<F> {
  values: Values;
  t: Translate;
  lang: Lang;
  format: F;
  help: boolean;
}

/** How a CLI takes --help: `first` shows it before --lang and --format are checked (the import CLI's way). */
export interface CommonRules {
  help?: 'first' | 'after-checks';
}

/**
 * The steps every CLI starts with (`options`: its own, see optionTable): the strict parse (its errors in the language argv asks for, even when --lang
 * comes after the bad argument), then --lang, then --format when `formats` is given (the first is the default).
 */
export function parseCommon(
  argv: readonly string[],
  options: OptionsConfig,
  formats?: undefined,
  rules?: CommonRules,
): Checked<CommonArgs<undefined>>;
export function parseCommon<F extends string>(
  argv: readonly string[],
  options: OptionsConfig,
  formats: readonly F[],
  rules?: CommonRules,
): Checked<CommonArgs<F>>;
export function parseCommon<F extends string>(
  argv: readonly string[],
  options: OptionsConfig,
  formats?: readonly F[],
  rules: CommonRules = {},
): Checked<CommonArgs<F | undefined>> {
  const t = cliTranslator(argv);
  const parsed = parseStrict(argv, { ...options, ...LANG_OPTION, ...HELP_OPTION }, t);
  if (!parsed.ok) return parsed;
  const values = parsed.value;
  const help = values['help'] === true;
  if (help && rules.help === 'first') {
    return { ok: true, value: { values, t, lang: langFromArgv(argv), format: formats?.[0], help } };
  }
  const lang = langOf(values, t);
  if (!lang.ok) return lang;
  let format: F | undefined;
  if (formats !== undefined) {
    const checked = formatOf(values, formats, t);
    if (!checked.ok) return checked;
    format = checked.value;
  }
  return { ok: true, value: { values, t, lang: lang.value, format, help } };
}

/** --crs EPSG:N when given (undefined when absent); an unsupported code is an error naming the supported ones. */
export function crsOf(values: Values, t: Translate): Checked<EpsgCode | undefined> {
  const text = stringOf(values, 'crs');
  if (text === undefined) return { ok: true, value: undefined };
  const crs = parseEpsg(text);
  if (crs !== null) return { ok: true, value: crs };
  return {
    ok: false,
    error: t('cliCrsUnsupported', {
      given: JSON.stringify(text),
      supported: SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', '),
    }),
  };
}

/** File options copied onto `target` when given; an empty value is an error ("--sites needs a file name"). */
export function filesOf<K extends string>(
  values: Values,
  keys: readonly K[],
  target: Partial<Record<K, string>>,
  t: Translate,
): string | null {
  for (const key of keys) {
    const v = stringOf(values, key);
    if (v === '') return t('cliNeedsFile', { option: key });
    if (v !== undefined) target[key] = v;
  }
  return null;
}

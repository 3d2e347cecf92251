// Argument checks every CLI shares (report, import, accounts): strict parsing, --lang, --format, --crs and file
// options. The error texts come from the message catalogue (src/i18n/cli.*.ts) in the language of --lang.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseEpsg, SUPPORTED_EPSG } from '../../src/domain/crs.ts';
import type { EpsgCode } from '../../src/domain/types.ts';
import { isLang, translator, type Lang, type Translate } from '../../src/i18n/index.ts';

export type { Lang, Translate };

export type Values = Record<string, string | boolean | undefined>;
type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** node's strict parseArgs without positionals; an unknown option or missing value becomes an error text. */
export function parseStrict(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): Checked<Values> {
  try {
    const { values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options });
    return { ok: true, value: values as Values };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A string option's value; undefined when absent (a boolean option never counts). */
export function stringOf(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

/** The --lang option every CLI takes: nb (default) or en. */
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

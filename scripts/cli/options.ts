// Argument checks every CLI shares (report, import, accounts): strict parsing, --format, --crs and file options.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseEpsg, SUPPORTED_EPSG } from '../../src/domain/crs.ts';
import type { EpsgCode } from '../../src/domain/types.ts';

export type Values = Record<string, string | boolean | undefined>;
type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** node's strict parseArgs without positionals; an unknown option or missing value becomes an error text. */
export function parseStrict(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): Checked<Values> {
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

/** --format, one of `formats`; the first is the default. */
export function formatOf<F extends string>(values: Values, formats: readonly F[]): Checked<F> {
  const format = stringOf(values, 'format') ?? formats[0];
  if (format !== undefined && (formats as readonly string[]).includes(format)) return { ok: true, value: format as F };
  return { ok: false, error: `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, not ${JSON.stringify(format)}` };
}

/** --crs EPSG:N when given (undefined when absent); an unsupported code is an error naming the supported ones. */
export function crsOf(values: Values): Checked<EpsgCode | undefined> {
  const text = stringOf(values, 'crs');
  if (text === undefined) return { ok: true, value: undefined };
  const crs = parseEpsg(text);
  if (crs !== null) return { ok: true, value: crs };
  return { ok: false, error: `--crs ${JSON.stringify(text)} is not a supported CRS; use one of ${SUPPORTED_EPSG.map((c) => `EPSG:${c}`).join(', ')}` };
}

/** File options copied onto `target` when given; an empty value is an error ("--sites needs a file name"). */
export function filesOf<K extends string>(values: Values, keys: readonly K[], target: Partial<Record<K, string>>): string | null {
  for (const key of keys) {
    const v = stringOf(values, key);
    if (v === '') return `--${key} needs a file name`;
    if (v !== undefined) target[key] = v;
  }
  return null;
}

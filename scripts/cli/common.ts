// What the report and import CLIs share: exit codes, one-line messages, reading input files, and turning a failure
// into one stderr line with the right exit code (never a stack trace). The CLIs' own words come from the message
// catalogue (src/i18n/cli.*.ts); "error: " and "warning: " stay as they are in every language: they are the tags
// scripts look for (see each CLI's --help), not prose.
import { open } from 'node:fs/promises';
// Every word, both languages, installed before any CLI prints one.
import '../../src/i18n/allWords.ts';
import { DataError, type Problem } from '../../src/data/problems.ts';
import { translator, type Lang, type MessageKey, type Translate } from '../../src/i18n/index.ts';
import { firstProblemText } from '../../src/i18n/problemText.ts';
import { problemLine } from './problemLine.ts';
import { loadCrs } from '../../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

/** The tags that start a failure and a warning line on stderr. */
export const ERROR_TAG = 'error: ';
export const WARNING_TAG = 'warning: ';

export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

/**
 * One line, whatever the message holds (data-derived text is already quoted, but be sure), with every other control
 * character shown as \xNN: a file name holding terminal escape codes must not recolour or rewrite the user's terminal.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
  );
}

type Writer = { write(text: string): unknown };

/** A usage error: one "error: " line, then the usage lines, on stderr; returns the exit status (2). */
export function usageError(stderr: Writer, error: string, usage: string): number {
  stderr.write(`${ERROR_TAG}${oneLine(error)}\n${usage}\n`);
  return EXIT.usage;
}

/** --help: the text on stdout; returns the exit status (0). */
export function showHelp(stdout: Writer, help: string): number {
  stdout.write(`${help}\n`);
  return EXIT.ok;
}

const READ_FAILURE_KEY: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cliReadNoFile',
  EISDIR: 'cliReadIsDir',
  EACCES: 'cliReadPermission',
  EPERM: 'cliReadPermission',
  ENOTDIR: 'cliReadNotDir',
  ELOOP: 'cliReadLoop',
  ENAMETOOLONG: 'cliReadTooLong',
  ENOTREG: 'cliReadNotRegular',
  EFBIG: 'cliReadTooBig',
};

/** A short, plain reason for a failed read, without Node's error-code jargon where we know it. */
function readFailure(e: unknown, t: Translate): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const key = READ_FAILURE_KEY[code];
  if (key === undefined) return e instanceof Error ? e.message : String(e);
  return t(key, e instanceof ReadRefused ? e.vars : undefined);
}

/** Largest file read at all, in bytes: the GTFS table limit (200 M characters); the loaders then apply their own. */
export const MAX_READ_BYTES = 200 * 1024 * 1024;

class ReadRefused extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    /** The figures the message names (the file's size and the limit, in MB). */
    readonly vars: Readonly<Record<string, number>> = {},
  ) {
    super(translator('en')(code === 'ENOTREG' ? 'cliReadNotRegular' : 'cliReadTooBig', vars));
  }
}

/**
 * Reads a file from disk as UTF-8, but looks first: only a regular file (not a device such as /dev/zero, a pipe or
 * a socket, which can be endless), and only up to MAX_READ_BYTES, checked on the open file before a byte is read.
 */
export async function readBoundedFile(path: string): Promise<string> {
  // ignoreBOM keeps a BOM in the text, as Node's readFile(…, 'utf8') does, so the loaders see and report it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBoundedBytes(path));
}

/** The same checks as readBoundedFile, returning the bytes (SOSI and GML declare their own encodings). */
export async function readBoundedBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(translator('en')('cliReadIsDir')), { code: 'EISDIR' });
    if (!info.isFile()) throw new ReadRefused('ENOTREG');
    if (info.size > MAX_READ_BYTES)
      throw new ReadRefused('EFBIG', { mb: Math.round(info.size / 1024 / 1024), max: MAX_READ_BYTES / 1024 / 1024 });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * A file that could not be read: a DataError (its message in English, as the loaders' are) that keeps the cause, so
 * reportFailure can say it in the language of --lang.
 */
/** A DataError whose words a CLI makes itself from the catalogue, in the language it is asked to speak. */
export class WordedDataError extends DataError {
  constructor(
    problem: Omit<Problem, 'severity'>,
    /** The message in the given language. */
    readonly say: (t: Translate) => string,
    problems: readonly Problem[] = [],
  ) {
    super(problem, problems);
  }
}

export class FileUnreadable extends WordedDataError {
  constructor(
    readonly shown: string,
    readonly failure: unknown,
    /** The sentence: `{file}: cannot read the file ({why})` unless the caller names the kind of file. */
    readonly key: MessageKey = 'cliCannotRead',
  ) {
    super({ file: shown, code: 'file-unreadable' }, (t) => t(key, { file: shown, why: readFailure(failure, t) }));
  }
}

/** Reads `path`; a failure becomes a DataError that names the file as the user wrote it (`shown`). */
export async function readTextFile<T = string>(
  readFile: (path: string) => Promise<T>,
  path: string,
  shown: string,
  key?: MessageKey,
): Promise<T> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new FileUnreadable(shown, e, key);
  }
}

/**
 * A feature file as the loaders want it: its bytes when the IO can read bytes (SOSI declares its own 8-bit
 * character set, GML its encoding, so they must not be decoded as UTF-8 first), else its UTF-8 text.
 */
export function readFeatureInput(
  io: { readFile(path: string): Promise<string>; readBytes?: ((path: string) => Promise<Uint8Array>) | undefined },
  path: string,
  shown: string,
): Promise<string | Uint8Array> {
  const { readBytes } = io;
  return readBytes ? readTextFile((p) => readBytes(p), path, shown) : readTextFile((p) => io.readFile(p), path, shown);
}

/**
 * Bad input → exit 1 with the first problem in the app's words (and a count of the rest); anything else is a bug →
 * exit 3. `lang`: the language of the words (the CLIs' default is bokmål, as the app's).
 */
export function reportFailure(
  e: unknown,
  stderr: { write(text: string): unknown },
  lang: Lang = 'nb',
  opts: { gtfs?: boolean } = {},
): number {
  const t = translator(lang);
  if (e instanceof DataError) {
    const more = e.problems.filter((p) => p.severity === 'error').length - 1;
    const tail = more > 1 ? t('cliMoreProblemsMany', { count: more }) : more === 1 ? t('cliMoreProblemsOne') : '';
    let message = e instanceof WordedDataError ? e.say(t) : problemLine({ ...e.problem, file: e.file }, lang, opts);
    // Nothing usable: the reasons are counted, and the first feature's problem is named.
    const first =
      e.code === 'nothing-usable' ? e.problems.find((p) => p.severity === 'error' && p !== e.problem) : undefined;
    if (first !== undefined) message = `${message} ${firstProblemText(problemLine(first, lang, opts), lang)}`;
    stderr.write(`${ERROR_TAG}${oneLine(message)}${tail}
`);
    return EXIT.badInput;
  }
  stderr.write(
    `${ERROR_TAG}${oneLine(t('cliInternalError', { message: e instanceof Error ? e.message : String(e) }))}\n`,
  );
  return EXIT.internal;
}

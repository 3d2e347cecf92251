// What the report and import CLIs share: exit codes, one-line messages, reading input files, and turning a failure
// into one stderr line with the right exit code (never a stack trace).
import { open } from 'node:fs/promises';
import { DataError } from '../../src/data/problems.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { moreProblemsText, problemLine } from './problemLine.ts';

export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

/**
 * One line, whatever the message holds (data-derived text is already quoted, but be sure), with every other control
 * character shown as \xNN: a file name holding terminal escape codes must not recolour or rewrite the user's terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A short, plain reason for a failed read, without Node's error-code jargon where we know it. */
function readFailure(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'ELOOP') return 'the path goes round in a loop of symbolic links';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  if (code === 'ENOTREG' || code === 'EFBIG') return e instanceof Error ? e.message : String(e);
  return e instanceof Error ? e.message : String(e);
}

/** Largest file read at all, in bytes: the GTFS table limit (200 M characters); the loaders then apply their own. */
export const MAX_READ_BYTES = 200 * 1024 * 1024;

class ReadRefused extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    message: string,
  ) {
    super(message);
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
    if (info.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new ReadRefused('ENOTREG', 'it is not a regular file (a device, pipe or socket); give a file');
    if (info.size > MAX_READ_BYTES) {
      throw new ReadRefused('EFBIG', `it is ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${MAX_READ_BYTES / 1024 / 1024} MB that is read at all; cut it to the area you need`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads `path`; a failure becomes a DataError that names the file as the user wrote it (`shown`). */
export async function readTextFile<T = string>(readFile: (path: string) => Promise<T>, path: string, shown: string): Promise<T> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new DataError({ file: shown, code: 'file-unreadable', message: `${shown}: cannot read the file (${readFailure(e)})` });
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
export function reportFailure(e: unknown, stderr: { write(text: string): unknown }, lang: Lang = 'nb', opts: { gtfs?: boolean } = {}): number {
  if (e instanceof DataError) {
    const tail = moreProblemsText(e.problems.filter((p) => p.severity === 'error').length - 1, lang);
    const main = e.problems.find((p) => p.severity === 'error' && p.code === e.code && p.message === e.message) ?? e;
    stderr.write(`error: ${oneLine(problemLine({ ...main, file: e.file }, lang, opts))}${tail}\n`);
    return EXIT.badInput;
  }
  stderr.write(`error: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
  return EXIT.internal;
}

// Test helper: runs the import CLI in-process with captured output, the real file system for reading, and writes kept
// in memory.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runImport } from '../../../scripts/import/run.ts';

export const REPO = resolve(import.meta.dirname, '../../..');

export interface ImportOutput {
  code: number;
  stdout: string;
  stderr: string;
  /** Files written, by absolute path. */
  written: Map<string, string>;
}

/** `virtualFiles`: path suffix → content, served instead of the disk. */
export async function importCli(argv: string[], virtualFiles: Record<string, string> = {}): Promise<ImportOutput> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const hit = (p: string): string | undefined => Object.keys(virtualFiles).find((suffix) => p.endsWith(suffix));
  const code = await runImport(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: async (p) => {
      const h = hit(p);
      return h === undefined ? readFile(p, 'utf8') : (virtualFiles[h] as string);
    },
    readBytes: async (p) => {
      const h = hit(p);
      return h === undefined ? readFile(p) : new TextEncoder().encode(virtualFiles[h] as string);
    },
    isDirectory: async (p) => {
      if (hit(p) !== undefined) return false;
      try {
        return (await stat(p)).isDirectory();
      } catch {
        return null;
      }
    },
    writeFile: async (p, text) => {
      written.set(p, text);
    },
    cwd: REPO,
  });
  return { code, stdout, stderr, written };
}

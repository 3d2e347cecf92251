// Test helper: runs the report CLI in-process with captured stdout/stderr and real file reading.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runReport } from '../../../scripts/report/run.ts';
import { parseStrictCsv } from '../../helpers/strictCsv.ts';

export const REPO = resolve(import.meta.dirname, '../../..');
export const GOOD = 'tests/fixtures/good';
export const BAD = 'tests/fixtures/bad';

export function goodArgs(crs: '25832' | '4326'): string[] {
  return [
    '--sites',
    `${GOOD}/sites_${crs}.geojson`,
    '--hubs',
    `${GOOD}/hubs_${crs}.geojson`,
    '--regions',
    `${GOOD}/regions_${crs}.geojson`,
  ];
}

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** `virtualFiles`: path suffix → content, served instead of the disk (for one-off inputs). */
export async function report(argv: string[], virtualFiles: Record<string, string> = {}): Promise<RunOutput> {
  let stdout = '';
  let stderr = '';
  const code = await runReport(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: async (p) => {
      const hit = Object.keys(virtualFiles).find((suffix) => p.endsWith(suffix));
      return hit === undefined ? readFile(p, 'utf8') : (virtualFiles[hit] as string);
    },
    // Bytes as the real CLI reads them (SOSI files declare their own character set); virtual files are UTF-8.
    readBytes: async (p) => {
      const hit = Object.keys(virtualFiles).find((suffix) => p.endsWith(suffix));
      return hit === undefined ? readFile(p) : new TextEncoder().encode(virtualFiles[hit] as string);
    },
    cwd: REPO,
  });
  return { code, stdout, stderr };
}

/** Parses the report's CSV (',' separator, LF line ends, RFC 4180 quoting) into rows of fields. */
export function parseCsv(text: string): string[][] {
  return parseStrictCsv(text, { separator: ',', lineEnd: '\n' });
}

// The bad-input corpus (tests/fixtures/bad/expected.json) through the loaders, the preview and the CLIs: one clear
// message each.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGtfsHubs, type GtfsFiles } from '../../../src/data/gtfsHubs.ts';
import { DataError, loadHubs, loadRegions, loadSites, type LoadResult } from '../../../src/data/loaders.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { previewGtfsHubs, previewHubs, previewRegions, previewSites } from '../../../src/data/preview.ts';
import { problemText, type ProblemLike } from '../../../src/i18n/problemText.ts';
import { formatDaa } from '../../../src/ui/format.ts';
import { bigCrossingSite } from '../../helpers/badGenerated.ts';
import { importCli } from '../import/importHarness.ts';
import { BAD, GOOD, REPO, report } from './reportHarness.ts';

interface BadCase {
  as: 'sites' | 'hubs' | 'regions';
  exit: 0 | 1;
  message: string;
  cli?: 'report' | 'import';
  generate?: 'too-large' | 'big-crossing';
  /** Loaded with repair (--repair). */
  repair?: boolean;
}

const expected = JSON.parse(readFileSync(resolve(REPO, BAD, 'expected.json'), 'utf8')) as {
  cases: Record<string, BadCase>;
};
const cases = Object.entries(expected.cases);

/** 51 MB: a valid start, then spaces; the size check must fire before any parsing. */
const generated = (kind: 'too-large' | 'big-crossing'): string =>
  kind === 'too-large'
    ? `{"type": "FeatureCollection", "features": [${' '.repeat(51 * 1024 * 1024)}`
    : bigCrossingSite();

/** SOSI and GML files as bytes, as the CLIs read them (they declare their own character set). */
function textOf(file: string, c: BadCase): string | Uint8Array | null {
  if (c.generate) return generated(c.generate);
  try {
    return /\.(sos|gml)$/.test(file)
      ? readFileSync(resolve(REPO, BAD, file))
      : readFileSync(resolve(REPO, BAD, file), 'utf8');
  } catch {
    return null;
  }
}

function gtfsOf(folder: string): GtfsFiles {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(resolve(REPO, BAD, folder, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    stops: read('stops.txt') ?? '',
    routes: read('routes.txt'),
    trips: read('trips.txt'),
    stopTimes: read('stop_times.txt'),
    calendar: read('calendar.txt'),
    calendarDates: read('calendar_dates.txt'),
  };
}

/** A problem's words in English, as the load dialog shows them: the headline and the detail with the facts. */
function words(p: ProblemLike, file: string, gtfs: boolean): string {
  const text = problemText(p, { file, gtfs }, 'en', { daa: formatDaa });
  return text.detail === null ? text.headline : `${text.headline}\n${text.detail}`;
}

/** An error as the load dialog shows it: the problem that made the file unusable, then the other errors. */
function errorWords(e: { problem: ProblemLike; problems: readonly Problem[] }, file: string, gtfs: boolean): string {
  const others = e.problems.filter((p) => p.severity === 'error' && p !== e.problem);
  return [e.problem, ...others].map((p) => words(p, file, gtfs)).join('\n');
}

describe('there are enough cases', () => {
  it('at least 25, with errors and usable-with-warning files, for every role and both CLIs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter(([, c]) => c.exit === 0).length).toBeGreaterThanOrEqual(5);
    for (const role of ['sites', 'hubs', 'regions']) expect(cases.some(([, c]) => c.as === role)).toBe(true);
    expect(cases.some(([, c]) => c.cli === 'import')).toBe(true);
  });
});

describe('each case through the loader and the preview', () => {
  it.each(cases)(
    '%s',
    (file, c) => {
      const path = `${BAD}/${file}`;
      const isFolder = c.cli === 'import';
      const text = isFolder ? null : textOf(file, c);
      if (!isFolder && text === null) return; // does-not-exist: only the CLI can say so
      const load = (): LoadResult<unknown[]> => {
        if (isFolder) return loadGtfsHubs(gtfsOf(file), { file: path });
        const opts = { file: path, repair: c.repair === true };
        const input = text as string | Uint8Array;
        return c.as === 'hubs'
          ? loadHubs(input, opts)
          : c.as === 'regions'
            ? loadRegions(input, opts)
            : loadSites(input, opts);
      };
      if (c.exit === 1) {
        let error: unknown;
        try {
          load();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(DataError);
        // The loader gives facts; the words come from the catalogue (src/i18n), as the app and the CLIs render them.
        expect(errorWords(error as DataError, path, isFolder)).toContain(c.message);
      } else {
        expect(
          load()
            .warnings.map((w) => words(w, path, isFolder))
            .join('\n'),
        ).toContain(c.message);
      }
      // The preview never throws; it says the same thing, as an error or (when the feature is skipped) a warning.
      const preview = isFolder
        ? previewGtfsHubs(gtfsOf(file), { file: path })
        : (c.as === 'hubs' ? previewHubs : c.as === 'regions' ? previewRegions : previewSites)(
            text as string | Uint8Array,
            { file: path, repair: c.repair === true },
          );
      expect(
        [
          preview.error ? errorWords(preview.error, path, isFolder) : '',
          ...preview.warnings.map((w) => words(w, path, isFolder)),
        ].join('\n'),
      ).toContain(c.message);
    },
    60_000,
  ); // generous for the generated big cases on a loaded machine
});

// The corpus's messages are English (the catalogue's words, in the app and in the CLI with --lang en).
describe('each case through its CLI (in-process)', () => {
  it.each(cases)(
    '%s',
    async (file, c) => {
      const path = `${BAD}/${file}`;
      const virtual = c.generate ? { [path]: generated(c.generate) } : {};
      if (c.cli === 'import') {
        const out = await importCli(['--in', path, '--kind', c.as, '--lang', 'en'], virtual);
        expect(out.code).toBe(c.exit);
        expect(out.stdout).toBe('');
        expect(out.stderr).toBe(`${out.stderr.split('\n')[0]}\n`);
        // The app's words for the code first (tests/unit/cli/problemWords.test.ts), the loader's text naming the file
        // after.
        expect(out.stderr).toMatch(/^error: .*tests\/fixtures\/bad\//);
        expect(out.stderr).toContain(c.message);
        return;
      }
      const inputs = {
        sites: `${GOOD}/sites_25832.geojson`,
        hubs: `${GOOD}/hubs_25832.geojson`,
        regions: `${GOOD}/regions_25832.geojson`,
      };
      inputs[c.as] = path;
      const out = await report(
        [
          '--sites',
          inputs.sites,
          '--hubs',
          inputs.hubs,
          '--regions',
          inputs.regions,
          ...(c.repair ? ['--repair'] : []),
          '--lang',
          'en',
        ],
        virtual,
      );
      expect(out.code).toBe(c.exit);
      const lines = out.stderr.trimEnd().split('\n');
      expect(out.stderr).not.toMatch(/\n\s+at /);
      if (c.exit === 1) {
        expect(out.stdout).toBe('');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^error: .*tests\/fixtures\/bad\//);
        expect(lines[0]).toContain(c.message);
      } else {
        expect(out.stdout.split('\n')[0]).toMatch(/^id,name,status/);
        expect(lines.every((l) => l.startsWith('warning: '))).toBe(true);
        expect(lines.some((l) => l.includes(c.message))).toBe(true);
      }
    },
    60_000,
  );
});

it('every file in the corpus folder has an expected message', () => {
  const onDisk = readdirSync(resolve(REPO, BAD)).filter((name) => name !== 'expected.json');
  expect(onDisk.filter((name) => !Object.hasOwn(expected.cases, name))).toEqual([]);
});

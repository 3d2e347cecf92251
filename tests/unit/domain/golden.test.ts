// Golden engine fixtures: sites in (tests/fixtures/golden/<case>.input.json) → results out (<case>.expected.json).
// The expected files are written by the engine itself and only on purpose:
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/domain/golden.test.ts
// then read the diff (git diff tests/fixtures/golden) before committing it. Hand-checked values stay in their own
// tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { analyse } from '../../../src/domain/analyse.ts';
import type { Hub, Region, Site, SiteResult } from '../../../src/domain/types.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const DIR = resolve(REPO, 'tests/fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenInput {
  description: string;
  /** Engine-shaped input (EPSG:25832 metres) … */
  sites?: Site[];
  hubs?: Hub[];
  regions?: Region[];
  /** … or files in the repository read with the loaders. */
  files?: { sites: string; hubs: string; regions: string };
}

/** Figures rounded to 1e-6 so the comparison does not hang on the last bit of a square root. */
const round = (v: number): number => Math.round(v * 1e6) / 1e6;
const round3 = (j: { low: number; mid: number; high: number }) => ({
  low: round(j.low),
  mid: round(j.mid),
  high: round(j.high),
});

/** What a golden holds per site: the figures people read, and the fit as codes (no sentences). */
function goldenRow(site: Site, r: SiteResult) {
  return {
    id: site.id,
    areaDaa: round(r.areaDaa),
    region: r.region,
    capacity: round3(r.jobs),
    jobsToday: r.jobsToday,
    jobsTodaySource: r.jobsTodaySource,
    newJobs: round3(r.newJobs),
    availableYear: r.availableYear,
    newJobsWithinHorizon: round3(r.newJobsWithinHorizon),
    hubId: r.hubId,
    hubDistanceM: r.hubDistanceM === null ? null : round(r.hubDistanceM),
    hubCentroidDistanceM: r.hubCentroidDistanceM === null ? null : round(r.hubCentroidDistanceM),
    fit: { access: r.fit.access, verdict: r.fit.verdict },
  };
}

function readInput(input: GoldenInput): { sites: Site[]; hubs: Hub[]; regions: Region[] } {
  if (input.files) {
    const read = (p: string) => readFileSync(resolve(REPO, p), 'utf8');
    return {
      sites: loadSites(read(input.files.sites), { file: 'sites' }).value,
      hubs: loadHubs(read(input.files.hubs), { file: 'hubs' }).value,
      regions: loadRegions(read(input.files.regions), { file: 'regions' }).value,
    };
  }
  return { sites: input.sites ?? [], hubs: input.hubs ?? [], regions: input.regions ?? [] };
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.slice(0, -'.input.json'.length))
  .sort();

describe('golden engine fixtures (tests/fixtures/golden)', () => {
  it('has cases to compare', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of cases) {
    it(`${name}: the engine's results equal ${name}.expected.json`, () => {
      const input = JSON.parse(readFileSync(resolve(DIR, `${name}.input.json`), 'utf8')) as GoldenInput;
      const { sites, hubs, regions } = readInput(input);
      expect(sites.length).toBeGreaterThan(0);
      const { results } = analyse({ sites, hubs, regions });
      const actual = { description: input.description, sites: sites.map((s, i) => goldenRow(s, results[i]!)) };
      const expectedPath = resolve(DIR, `${name}.expected.json`);
      if (UPDATE) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 1)}\n`);
        console.log(
          `golden: wrote ${name}.expected.json (${actual.sites.length} sites) — read the diff before committing`,
        );
      }
      expect(
        existsSync(expectedPath),
        `${name}.expected.json is missing: make it on purpose with UPDATE_GOLDEN=1`,
      ).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

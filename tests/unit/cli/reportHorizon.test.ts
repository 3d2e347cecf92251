// `report --horizon YEARS`: new jobs within the horizon, the plan target scaled to it, and bad values as usage errors.
import { describe, expect, it } from 'vitest';
import { goodArgs, report } from './reportHarness.ts';

const json = async (args: string[]) => {
  const out = await report([...args, '--format', 'json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
};

describe('report --horizon', () => {
  it('defaults to 20 years; 10 years gives fewer new jobs on the same data, and the same capacity', async () => {
    const d20 = await json(goodArgs('25832'));
    const d10 = await json([...goodArgs('25832'), '--horizon', '10']);
    expect(d20.summary.horizonYears).toBe(20);
    expect(d10.summary.horizonYears).toBe(10);
    // S1 (from 2026): 50 % of 352 / 652 / 1 169.4; S2 (from 2030): 6 × 5 % = 30 % of 30.4 / 60.8 / 108.6.
    expect(d10.summary.newJobsWithinHorizon).toEqual({ low: 185, mid: 344, high: 617 });
    expect(d10.summary.newJobsWithinHorizon.mid).toBeLessThan(d20.summary.newJobsWithinHorizon.mid);
    expect(d10.summary.newJobs).toEqual(d20.summary.newJobs);
    expect(d10.summary.capacity).toEqual(d20.summary.capacity);
    expect(d10.summary.planMeasures.target).toEqual({ low: 7500, high: 10000 });
  });

  it('the bundled data: 10 years < 20 years, and the csv does not change with the horizon', async () => {
    const d20 = await json([]);
    const d10 = await json(['--horizon', '10']);
    expect(d10.summary.newJobsWithinHorizon.mid).toBeLessThan(d20.summary.newJobsWithinHorizon.mid);
    expect((await report(['--horizon', '10'])).stdout).toBe((await report([])).stdout);
  });

  it('md says the horizon and scales the target', async () => {
    const out = await report([...goodArgs('25832'), '--horizon', '10', '--format', 'md']);
    expect(out.stdout).toContain(
      '| **Nye arbeidsplasser innen 2035** (2026–2035, lav–middels–høy) | **185–344–617** | 7\u00a0500–10\u00a0000 nye på 10 år (15\u00a0000–20\u00a0000 på 20 år, skalert) |',
    );
  });

  it('replaces a scenario’s own horizon', async () => {
    const d = await json([
      ...goodArgs('25832'),
      '--scenario',
      'tests/unit/cli/fixtures/scenario-good.json',
      '--horizon',
      '5',
    ]);
    expect(d.scenario).toMatchObject({ startYear: 2030, endYear: 2034, horizonYears: 5 });
    expect(d.summary.horizonYears).toBe(5);
  });

  it.each(['0', '101', '2.5', 'ti', ''])('--horizon %j is a usage error (exit 2)', async (value) => {
    const out = await report(['--horizon', value]);
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n')[0]).toMatch(/^error: --horizon må være et helt antall år fra 1 til 100/);
    const en = await report(['--horizon', value, '--lang', 'en']);
    expect(en.stderr.split('\n')[0]).toMatch(/^error: --horizon must be a whole number of years from 1 to 100/);
  });

  it('--horizon -3 is read as an option by the argument parser: still a usage error naming --horizon', async () => {
    const out = await report(['--horizon', '-3']);
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n')[0]).toMatch(/^error: .*--horizon/);
  });
});

// The land-accounts overlay on hand-drawn squares: every figure checked against areas worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeAccounts } from '../../../src/domain/accounts/accounts.ts';
import { capacityChange } from '../../../src/domain/accounts/capacityChange.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { area, handCase, rect } from './handCases.ts';

describe('computeAccounts on the hand case', () => {
  const input = handCase();
  const r = computeAccounts(input);
  const [nord, syd] = r.regions.map((x) => x.figures);

  it('unions each version before comparing (overlapping before features counted once)', () => {
    expect(r.total.beforeM2).toBeCloseTo(45000, 6);
    expect(r.total.afterM2).toBeCloseTo(40000, 6);
    expect(nord?.beforeM2).toBeCloseTo(25000, 6);
    expect(syd?.beforeM2).toBeCloseTo(10000, 6);
  });

  it('finds added and removed land, split by region by intersection', () => {
    expect(r.total.addedM2).toBeCloseTo(20000, 6);
    expect(r.total.removedM2).toBeCloseTo(25000, 6);
    // a4 straddles x = 350: half in each region.
    expect(nord?.addedM2).toBeCloseTo(5000, 6);
    expect(syd?.addedM2).toBeCloseTo(15000, 6);
    expect(nord?.afterM2).toBeCloseTo(25000, 6);
    expect(syd?.afterM2).toBeCloseTo(15000, 6);
    // b5 lies outside both regions: only in the total.
    expect(nord?.removedM2).toBeCloseTo(5000, 6);
    expect(syd?.removedM2).toBeCloseTo(10000, 6);
  });

  it('says what removed land became, housing first', () => {
    expect(r.total.removedBy.housing).toBeCloseTo(5000, 6);
    expect(r.total.removedBy.lnfr).toBeCloseTo(5000, 6);
    expect(r.total.removedBy.notInPlan).toBeCloseTo(15000, 6);
    expect(nord?.removedBy.housing).toBeCloseTo(5000, 6);
    expect(syd?.removedBy.notInPlan).toBeCloseTo(5000, 6);
    expect(r.total.removedBy.green).toBe(0);
  });

  it('counts realised land (fremtidig before, eksisterende after)', () => {
    expect(r.total.realisedM2).toBeCloseTo(10000, 6);
    expect(nord?.realisedM2).toBeCloseTo(10000, 6);
    expect(syd?.realisedM2).toBe(0);
  });

  it('counts farmland inside added land only', () => {
    expect(r.total.farmlandAddedM2).toBeCloseTo(5000, 6);
    expect(syd?.farmlandAddedM2).toBeCloseTo(5000, 6);
    expect(nord?.farmlandAddedM2).toBe(0);
  });

  it('splits added and removed land by ABC type and prices it in jobs', () => {
    expect(r.total.addedByAbc).toMatchObject({ A: 0, B: 10000, C: 10000, unknown: 0 });
    expect(r.total.removedByAbc.A).toBeCloseTo(10000, 6);
    expect(r.total.removedByAbc.B).toBeCloseTo(5000, 6);
    expect(r.total.removedByAbc.C).toBeCloseTo(10000, 6);
    // All removed land was existing (built-up) before; added land was not business land.
    expect(r.total.removedExistingByAbc).toMatchObject({ A: 10000, B: 5000, C: 10000, unknown: 0 });
    const rows = capacityChange(r.total, DEFAULT_ASSUMPTIONS);
    // New-job capacity (landJobs): net land × %BRA ÷ m² per job, less jobs today on existing land (area ÷ 420).
    // B added: 10 000 × 0.75 × 0.9 ÷ 87.5 = 77.143 mid. B removed: 5 000 m² → 38.571 − round(11.9) = 26.571.
    const b = rows.find((x) => x.abc === 'B');
    expect(b?.added.mid).toBeCloseTo(77.143, 3);
    expect(b?.removed.mid).toBeCloseTo(26.571, 3);
    expect(b?.net.mid).toBeCloseTo(50.571, 3);
    // A removed: 10 000 × 0.7 × 1.5 ÷ 30 = 350 − round(23.8) = 326 lost. C: 32 added; removed 32 − 24 = 8: net +24.
    expect(rows.find((x) => x.abc === 'A')?.net.mid).toBeCloseTo(-326, 6);
    expect(rows.find((x) => x.abc === 'C')?.net.mid).toBeCloseTo(24, 6);
  });

  it('keeps map pieces that tile the change', () => {
    const sum = (kind: string) => r.pieces.filter((p) => p.kind === kind).reduce((s, p) => s + p.areaM2, 0);
    expect(sum('added')).toBeCloseTo(20000, 6);
    expect(sum('removed')).toBeCloseTo(25000, 6);
    expect(sum('unchanged')).toBeCloseTo(20000, 6);
    const housing = r.pieces.find((p) => p.became === 'housing');
    expect(housing?.areaM2).toBeCloseTo(5000, 6);
  });
});

describe('computeAccounts edge cases', () => {
  it('without farmland the farmland figure is null, not 0', () => {
    const { before, after, regions } = handCase();
    expect(computeAccounts({ before, after, regions, farmland: null }).total.farmlandAddedM2).toBeNull();
  });

  it('identical versions give no change', () => {
    const v = [area('business', rect(0, 0, 100, 100), 'B'), area('business', rect(50, 50, 160, 120), 'A')];
    const r = computeAccounts({ before: v, after: v, regions: [], farmland: null });
    expect(r.total.addedM2).toBe(0);
    expect(r.total.removedM2).toBe(0);
    // 10 000 + 110 × 70 − 50 × 50 overlap = 15 200 m².
    expect(r.total.beforeM2).toBeCloseTo(15200, 6);
  });

  it('a hole in business land is not business land', () => {
    const withHole = [
      [
        ...(rect(0, 0, 100, 100)[0] as never),
        [
          [590025, 6630025],
          [590025, 6630075],
          [590075, 6630075],
          [590075, 6630025],
          [590025, 6630025],
        ],
      ],
    ];
    const r = computeAccounts({
      before: [area('business', withHole as never, 'B')],
      after: [area('business', rect(0, 0, 100, 100), 'B')],
      regions: [],
      farmland: null,
    });
    expect(r.total.beforeM2).toBeCloseTo(7500, 6);
    expect(r.total.addedM2).toBeCloseTo(2500, 6);
  });

  it('reports progress to the end', () => {
    const { before, after, regions } = handCase();
    const seen: number[] = [];
    const r = computeAccounts({ before, after, regions, farmland: null }, { onProgress: (d) => seen.push(d) });
    expect(seen[seen.length - 1]).toBe(r.clusterCount);
  });
});

// The investor view's availability rule: fremtidig, or existing with vacant land; checked by hand against the bundled
// table.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { isAvailableLand } from '../../../src/domain/availability';

describe('isAvailableLand', () => {
  it.each([
    ['fremtidig', 'må reguleres', true],
    ['fremtidig', 'må omreguleres', true],
    ['fremtidig', null, true],
    // Existing land is built up: zoned or not, it counts only with vacant land.
    ['eksisterende', 'byggeklar', false],
    [null, 'byggeklar', false],
    ['eksisterende', 'må omreguleres', false],
    ['eksisterende', 'må reguleres', false],
    ['eksisterende', null, false],
    [null, null, false],
  ] as const)('status %s, readiness %s → %s', (status, readiness, expected) => {
    expect(isAvailableLand({ status, readiness })).toBe(expected);
  });

  it('counts an existing site with vacant land, and only that land', async () => {
    const { availableAreaDaa } = await import('../../../src/domain/availability');
    expect(isAvailableLand({ status: 'eksisterende', readiness: 'byggeklar', vacantDaa: 12 })).toBe(true);
    expect(isAvailableLand({ status: 'eksisterende', readiness: 'byggeklar', vacantDaa: 0 })).toBe(false);
    expect(availableAreaDaa({ status: 'eksisterende', readiness: 'byggeklar', vacantDaa: 12 }, 40)).toBe(12);
    expect(availableAreaDaa({ status: 'eksisterende', readiness: null, vacantDaa: 99 }, 40)).toBe(40);
    expect(availableAreaDaa({ status: 'fremtidig', readiness: 'må reguleres' }, 40)).toBe(40);
    expect(availableAreaDaa({ status: 'eksisterende', readiness: 'byggeklar' }, 40)).toBe(0);
  });

  it('in the bundled data keeps exactly the 17 future sites: no existing site states vacant land', () => {
    const { sites } = loadBundledDataset();
    const available = sites.filter(isAvailableLand);
    expect(available).toHaveLength(17);
    expect(available.every((s) => s.status === 'fremtidig')).toBe(true);
  });
});

// The investor view's availability rule: byggeklar, or fremtidig; checked by hand against the bundled table.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { isAvailableLand } from '../../../src/domain/availability';

describe('isAvailableLand', () => {
  it.each([
    ['fremtidig', 'må reguleres', true],
    ['fremtidig', 'må omreguleres', true],
    ['fremtidig', null, true],
    ['eksisterende', 'byggeklar', true],
    [null, 'byggeklar', true],
    ['eksisterende', 'må omreguleres', false],
    ['eksisterende', 'må reguleres', false],
    ['eksisterende', null, false],
    [null, null, false],
  ] as const)('status %s, readiness %s → %s', (status, readiness, expected) => {
    expect(isAvailableLand({ status, readiness })).toBe(expected);
  });

  it('in the bundled data leaves out exactly the five existing sites that must be re-zoned (geodata/README.md table)', () => {
    const { sites } = loadBundledDataset();
    expect(sites.filter((s) => !isAvailableLand(s)).map((s) => s.id)).toEqual(['S01', 'S07', 'S10', 'S11', 'S17']);
    expect(sites.filter(isAvailableLand)).toHaveLength(29);
  });
});

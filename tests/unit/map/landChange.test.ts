// Map layers of the land accounts: pieces to lon/lat features with their hatch, valid layer specs, hatch tiles.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { computeAccounts } from '../../../src/domain/accounts/accounts';
import { buildLandChangeData, hatchImage, LAND_CHANGE_SOURCE, landChangeLayers } from '../../../src/map/landChange';
import { handCase } from '../accounts/handCases';

describe('land-change map layers', () => {
  const data = buildLandChangeData(computeAccounts(handCase()).pieces);

  it('gives removed housing land the diagonal hatch, land not in the plan none', () => {
    const removed = data.collection.features.filter((f) => f.properties.kind === 'removed');
    expect(removed.map((f) => f.properties.hatch).sort()).toEqual(['', '', 'hatch-cross', 'hatch-diagonal']);
    expect(data.bounds?.[0][0]).toBeGreaterThan(10);
    expect(data.bounds?.[1][1]).toBeLessThan(60);
  });

  it('builds layers that pass the style spec', () => {
    const style = {
      version: 8 as const,
      sources: { [LAND_CHANGE_SOURCE]: { type: 'geojson' as const, data: data.collection } },
      layers: landChangeLayers(),
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('draws hatch tiles with the lines where they belong', () => {
    const d = hatchImage('diagonal');
    expect(d.width * d.height * 4).toBe(d.data.length);
    // (0, 0) is on the diagonal, (5, 0) is not.
    expect(d.data[3]).toBe(255);
    expect(d.data[5 * 4 + 3]).toBe(0);
  });
});

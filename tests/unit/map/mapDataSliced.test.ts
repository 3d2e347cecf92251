// The map data built in slices (large data, so the page never stops for long) is the map data built in one go, and
// gives up when asked to.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { buildMapData, buildMapDataSliced, SLICE_MS } from '../../../src/map/mapData.ts';
import { hub, rect, site } from '../domain/helpers.ts';

const X0 = 580000;
const Y0 = 6630000;
const sites = Array.from({ length: 1500 }, (_, i) =>
  site(
    `S${i}`,
    rect(X0 + (i % 50) * 40, Y0 + Math.floor(i / 50) * 40, X0 + (i % 50) * 40 + 25, Y0 + Math.floor(i / 50) * 40 + 30),
    {
      abc: i % 3 === 0 ? 'A' : null,
    },
  ),
);
const hubs = [hub('H1', [X0 - 100, Y0 - 100]), hub('H2', [X0 + 3000, Y0 + 2000], 'tog')];
const regions = [{ name: 'Nord', geometry: rect(X0 - 500, Y0 - 500, X0 + 5000, Y0 + 5000) }];
const { results } = analyse({ sites, hubs, regions, assumptions: DEFAULT_ASSUMPTIONS });

describe('buildMapDataSliced', () => {
  it('gives the same map data as buildMapData, in several slices', async () => {
    // A clock that moves SLICE_MS every 100 sites' check: one slice per 100 sites.
    let t = 0;
    const now = () => (t += SLICE_MS / 2);
    let pauses = 0;
    const sliced = await buildMapDataSliced(sites, hubs, regions, results, async () => (++pauses, true), now);
    expect(pauses).toBeGreaterThan(5);
    expect(sliced).toEqual(buildMapData(sites, hubs, regions, results));
    expect(sliced?.sites.features).toHaveLength(1500);
    expect(sliced?.siteMarkers.features[3]?.properties).toMatchObject({ id: 'S3', key: 3, abc: 'A' });
  });

  it('gives up (null) when pause() says the data changed', async () => {
    let t = 0;
    let pauses = 0;
    const sliced = await buildMapDataSliced(
      sites,
      hubs,
      regions,
      results,
      async () => ++pauses < 2,
      () => (t += SLICE_MS),
    );
    expect(sliced).toBeNull();
    expect(pauses).toBe(2);
  });
});

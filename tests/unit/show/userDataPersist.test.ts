// The kept-data record: what is read back, and what counts as damaged (so it is set aside, not shown half-broken).
import { describe, expect, it } from 'vitest';
import { readStoredUserData, toStored } from '../../../src/state/userDataPersist';
import { handMadeDataset } from '../../component/fixtures';

describe('readStoredUserData', () => {
  const dataset = { ...handMadeDataset(), origin: 'user' as const, userFiles: { sites: 'kp.geojson' } };
  const stored = JSON.parse(JSON.stringify(toStored(dataset, new Date('2026-12-01T20:00:00Z')))) as unknown;

  it('reads back what was kept, after a structured copy', () => {
    const back = readStoredUserData(stored);
    expect(back?.savedAt).toBe('2026-12-01T20:00:00.000Z');
    expect(back?.sites.map((s) => s.id)).toEqual(dataset.sites.map((s) => s.id));
    expect(back?.sites[0]?.geometry).toEqual(dataset.sites[0]?.geometry);
    expect(back?.userFiles).toEqual({ sites: 'kp.geojson' });
  });

  it('treats a wrong format, a broken site, a NaN coordinate or no own files as damaged', () => {
    const s = stored as Record<string, unknown>;
    const sites = s.sites as Record<string, unknown>[];
    expect(readStoredUserData('text')).toBeNull();
    expect(readStoredUserData({ ...s, format: 2 })).toBeNull();
    expect(readStoredUserData({ ...s, sites: [{ ...sites[0], id: 7 }] })).toBeNull();
    expect(readStoredUserData({ ...s, sites: [{ ...sites[0], abc: 'D' }] })).toBeNull();
    expect(
      readStoredUserData({
        ...s,
        sites: [
          {
            ...sites[0],
            geometry: [
              [
                [
                  [0, 0],
                  [1, Number.NaN],
                  [1, 1],
                ],
              ],
            ],
          },
        ],
      }),
    ).toBeNull();
    expect(readStoredUserData({ ...s, userFiles: {} })).toBeNull();
    expect(readStoredUserData({ ...s, hubs: [{ id: 'h', name: 'H', type: 'fly', xy: [0, 0] }] })).toBeNull();
  });
});

describe('allOutsideRegions', () => {
  const square = (x: number, y: number, id: string) => ({
    id,
    name: id,
    status: null,
    abc: null,
    readiness: null,
    note: '',
    geometry: [
      [
        [
          [x, y],
          [x + 100, y],
          [x + 100, y + 100],
          [x, y + 100],
          [x, y],
        ] as [number, number][],
      ],
    ],
  });
  it('warns for sites in the fjord east of Asker (x≈585 000, y≈6 630 000), not for one in Asker', async () => {
    const { loadBundledDataset } = await import('../../../src/app/defaultData');
    const { allOutsideRegions } = await import('../../../src/domain/previewPlacement');
    const regions = loadBundledDataset().regions;
    const fjord = [square(585000, 6630000, 'a'), square(585200, 6630100, 'b'), square(584900, 6629800, 'c')];
    expect(allOutsideRegions('sites', fjord, regions)).toBe(true);
    // Asker stasjon's coordinates (geodata/hubs.geojson) lie in Asker nord.
    expect(allOutsideRegions('sites', [...fjord, square(580407, 6633751, 'asker')], regions)).toBe(false);
    expect(allOutsideRegions('hubs', [{ id: 'h', name: 'H', type: 'båt', xy: [585000, 6630000] }], regions)).toBe(true);
    expect(allOutsideRegions('regions', fjord, regions)).toBe(false);
    expect(allOutsideRegions('sites', [], regions)).toBe(false);
  });
});

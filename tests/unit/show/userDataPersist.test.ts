// The kept-data record: what is read back, and what counts as damaged (so it is set aside, not shown half-broken).
import { describe, expect, it } from 'vitest';
import { readStoredUserData, toStored } from '../../../src/state/userDataPersist';
import { siteNoteText } from '../../../src/i18n/siteNotes';
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

describe("readStoredUserData: a site's note, kept before and after the note became facts", () => {
  const dataset = { ...handMadeDataset(), origin: 'user' as const, userFiles: { sites: 'kp.geojson' } };
  const stored = JSON.parse(JSON.stringify(toStored(dataset, new Date('2026-12-01T20:00:00Z')))) as Record<
    string,
    unknown
  >;
  const site0 = (stored.sites as Record<string, unknown>[])[0];
  // What an earlier version kept for a plan site: the derived words in English inside `note`, no `derived`.
  const OLD_NOTE =
    'arealformål 1300 Næringsvirksomhet/næringsbebyggelse; ABC type B is the default for this code (business land of unspecified kind: the middle type until the plan says more)';

  it('an old record with the words in `note` still loads, and the card shows that text as it is', () => {
    const old: Record<string, unknown> = { ...site0, note: OLD_NOTE };
    delete old.derived;
    const back = readStoredUserData({ ...stored, sites: [old] });
    expect(back?.sites[0]?.note).toBe(OLD_NOTE);
    expect(back?.sites[0]?.derived).toBeUndefined();
    expect(siteNoteText(back?.sites[0] ?? { note: '' }, 'nb')).toBe(OLD_NOTE);
  });

  it('a new record keeps the facts and shows them in the language asked for', () => {
    const derived = [
      { code: 'arealformal', params: { code: '1300' } },
      { code: 'abc-default', params: { abc: 'B', code: '1300' } },
    ];
    const back = readStoredUserData({ ...stored, sites: [{ ...site0, note: '', derived }] });
    expect(back?.sites[0]?.derived).toEqual(derived);
    expect(siteNoteText(back?.sites[0] ?? { note: '' }, 'en')).toBe(
      'arealformål 1300 Business; ABC type B is the default for this code (business land of unspecified kind: the middle type until the plan says more)',
    );
  });

  it('derived facts of the wrong shape make the record damaged', () => {
    for (const derived of ['arealformål 1300', [{ code: 'nope', params: {} }], [{ code: 'arealformal' }]])
      expect(readStoredUserData({ ...stored, sites: [{ ...site0, derived }] }), JSON.stringify(derived)).toBeNull();
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

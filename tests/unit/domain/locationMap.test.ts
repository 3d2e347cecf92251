// The one-pager's location map: the view holds the site and its key hubs, the scale bar matches the drawing, names
// do not overlap, and regions are clipped to the view.
import { describe, expect, it } from 'vitest';
import { locationMap, LABEL_FONT_PX } from '../../../src/domain/locationMap.ts';
import { hub, rect } from './helpers.ts';

const BOX = { widthPx: 480, heightPx: 340 };
// A 100 × 100 m site near Asker (EPSG:25832) and a region far larger than the view.
const SITE = rect(585_000, 6_630_000, 585_100, 6_630_100);
const REGION = { name: 'Nord', geometry: rect(570_000, 6_620_000, 600_000, 6_650_000) };
const OTHER_REGION = { name: 'Syd', geometry: rect(570_000, 6_600_000, 600_000, 6_620_000) };

describe('locationMap', () => {
  it('spans at least 2 km and keeps a key hub 3 km east inside the drawing, with its name', () => {
    const station = hub('st', [585_050 + 3000, 6_630_050], 'tog', 'Stasjon (NSR:StopPlace:1)');
    const map = locationMap(
      { site: SITE, regionName: 'Nord', regions: [REGION], hubs: [station], keyHubIds: ['st'] },
      BOX,
    );
    // 3 km from the centre with 30 % room: 7.8 km across (the grid is ~1° off true north, so allow a few metres).
    expect(map.spanM).toBeGreaterThan(7_700);
    expect(map.spanM).toBeLessThan(7_900);
    const h = map.hubs[0];
    expect(Math.abs((h?.x ?? 0) - (BOX.widthPx / 2 + (3000 * BOX.widthPx) / map.spanM))).toBeLessThan(3);
    expect(h?.x).toBeLessThan(BOX.widthPx);
    expect(Math.abs((h?.y ?? 0) - BOX.heightPx / 2)).toBeLessThan(10);
    // The register id is not part of the name on the map.
    expect(h?.label?.text).toBe('Stasjon');
    // A name that repeats the type drops the word: the marker's colour and the legend say it.
    const boat = locationMap(
      {
        site: SITE,
        regionName: null,
        regions: [],
        hubs: [hub('b', [585_650, 6_630_050], 'båt', 'Vollen (båt, landsbypunkt)')],
        keyHubIds: ['b'],
      },
      BOX,
    );
    expect(boat.hubs[0]?.label?.text).toBe('Vollen (landsbypunkt)');
    expect(h?.key).toBe(true);
  });

  it('a scale bar whose pixels per metre are the drawing’s, at a round length', () => {
    const map = locationMap({ site: SITE, regionName: null, regions: [], hubs: [], keyHubIds: [] }, BOX);
    // Nothing but a 100 m site: the minimum view of 2 km across.
    expect(map.spanM).toBeCloseTo(2000, 6);
    expect(map.scaleBar.lengthM).toBe(500); // the largest round length within a quarter of 2 000 m
    expect(map.scaleBar.lengthPx).toBeCloseTo((500 * BOX.widthPx) / 2000, 6);
    // The 100 m site is about 24 px wide on the drawing: no marker ring needed.
    expect(map.siteCentre.smallPx).toBe(false);
    expect(map.siteCentre.x).toBeCloseTo(BOX.widthPx / 2, 0);
  });

  it('marks a tiny site with a ring when the view is wide', () => {
    const tiny = rect(585_000, 6_630_000, 585_010, 6_630_010);
    const far = hub('far', [585_000, 6_630_000 + 9000], 'buss');
    const map = locationMap({ site: tiny, regionName: null, regions: [], hubs: [far], keyHubIds: ['far'] }, BOX);
    expect(map.siteCentre.smallPx).toBe(true);
  });

  it('draws the site’s region stronger and clips both regions to the view', () => {
    const map = locationMap(
      { site: SITE, regionName: 'Nord', regions: [REGION, OTHER_REGION], hubs: [], keyHubIds: [] },
      BOX,
    );
    // Syd begins 10 km south: outside a 2 km view, so it is left out.
    expect(map.regions.map((r) => [r.name, r.containsSite])).toEqual([['Nord', true]]);
    // The 30 km region is clipped: no coordinate on its path lies kilometres off the drawing.
    const numbers = (map.regions[0]?.pathD.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(Math.max(...numbers.map(Math.abs))).toBeLessThan(3000);
  });

  it('names several hubs without overlap, key hubs first, and leaves out a name that has no room', () => {
    // Five hubs in a tight cluster 300 m north: not every name fits, but the key hub keeps its name.
    const cluster = [0, 1, 2, 3, 4].map((i) =>
      hub(`h${i}`, [585_050 + i * 15, 6_630_350], 'buss', `Holdeplass nummer ${i}`),
    );
    const map = locationMap({ site: SITE, regionName: null, regions: [], hubs: cluster, keyHubIds: ['h3'] }, BOX);
    expect(map.hubs[0]?.id).toBe('h3');
    expect(map.hubs[0]?.label).not.toBeNull();
    const named = map.hubs.filter((h) => h.label);
    expect(named.length).toBeLessThan(5);
    const boxes = named.map((h) => {
      const l = h.label!;
      const w = l.text.length * LABEL_FONT_PX * 0.58;
      const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [left, l.y - LABEL_FONT_PX * 0.8, left + w, l.y + LABEL_FONT_PX * 0.3];
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
      }
  });

  it('draws loaded road lines only where they cross the view', () => {
    const near: [number, number][] = [
      [584_000, 6_630_300],
      [586_000, 6_630_300],
    ];
    const away: [number, number][] = [
      [560_000, 6_600_000],
      [561_000, 6_600_000],
    ];
    const map = locationMap(
      { site: SITE, regionName: null, regions: [], hubs: [], keyHubIds: [], roads: [near, away] },
      BOX,
    );
    expect(map.roadsPathD.match(/M/g)?.length).toBe(1);
  });
});

// ABC fit made visible: the hub a fit is judged against, the line's site end, hub names, the fit URL words, filter and
// sort.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { judgedHub, nearestPointOnSite } from '../../../src/domain/fitHub';
import { hubDisplayName, hubNameWithoutType } from '../../../src/domain/hubName';
import type { AccessibilityThresholds, Meters, SiteGeometryMetrics, SquareMeters, XY } from '../../../src/domain/types';
import { boundsWithLink, fitLinkGeoJson, type FitLink } from '../../../src/map/fitLink';
import { placeLabels, regionLabelBox } from '../../../src/map/labelPlacement';
import { FIT_COLOUR } from '../../../src/map/palette';
import { buildStyle, LAYER, siteColour } from '../../../src/map/style';
import { normaliseFit, parseFit, readUrl, writeUrl } from '../../../src/state/urlCodec';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { indexDataset } from '../../../src/domain/dataset';
import { visibleItems } from '../../../src/state/selectors';
import { ALL_FILTERS } from '../../../src/state/store';

const T: AccessibilityThresholds = { aMaxRailM: 800, bMaxRailM: 1500, bMaxAnyHubM: 1000 };
const m = (over: Partial<SiteGeometryMetrics>): SiteGeometryMetrics => ({
  siteId: 'S',
  areaM2: 1 as SquareMeters,
  centroid: [0, 0],
  hubId: null,
  hubDistanceM: null,
  hubCentroidDistanceM: null,
  nearestByType: {},
  region: null,
  ...over,
});
const d = (n: number) => n as Meters;

describe('judgedHub', () => {
  it('takes the rail station when it decides the class (A or B by rail)', () => {
    const metrics = m({
      hubId: 'bus',
      hubDistanceM: d(100),
      nearestByType: { tog: { hubId: 'rail', distanceM: d(1200) }, buss: { hubId: 'bus', distanceM: d(100) } },
    });
    expect(judgedHub(metrics, T)).toEqual({ hubId: 'rail', distanceM: 1200 });
  });

  it('takes the nearer bus stop when the station is beyond the rail limit but the stop makes it B', () => {
    const metrics = m({
      hubId: 'bus',
      hubDistanceM: d(600),
      nearestByType: { tog: { hubId: 'rail', distanceM: d(2400) }, buss: { hubId: 'bus', distanceM: d(600) } },
    });
    expect(judgedHub(metrics, T)).toEqual({ hubId: 'bus', distanceM: 600 });
  });

  it('names the station the reason names on a C location, the nearest hub without a station, nothing without hubs', () => {
    const far = m({
      hubId: 'boat',
      hubDistanceM: d(1300),
      nearestByType: { tog: { hubId: 'rail', distanceM: d(4000) }, båt: { hubId: 'boat', distanceM: d(1300) } },
    });
    expect(judgedHub(far, T)?.hubId).toBe('rail');
    const noRail = m({
      hubId: 'boat',
      hubDistanceM: d(1300),
      nearestByType: { båt: { hubId: 'boat', distanceM: d(1300) } },
    });
    expect(judgedHub(noRail, T)?.hubId).toBe('boat');
    expect(judgedHub(m({}), T)).toBeNull();
  });
});

describe('nearestPointOnSite', () => {
  // A 100 m square from (0,0) to (100,100), unclosed ring: the last edge must still count.
  const square: XY[][][] = [
    [
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
      ],
    ],
  ];
  it('finds the closest edge point, including the closing edge of an unclosed ring', () => {
    expect(nearestPointOnSite([250, 40], square)).toEqual([100, 40]);
    expect(nearestPointOnSite([-30, 70], square)).toEqual([0, 70]);
    expect(nearestPointOnSite([130, 140], square)).toEqual([100, 100]);
  });
  it('is the hub itself when the hub lies inside', () => {
    expect(nearestPointOnSite([20, 30], square)).toEqual([20, 30]);
  });
});

describe('hub names', () => {
  it('takes the register id out of the name, for the details', () => {
    expect(hubDisplayName('Asker bussterminal (NSR:StopPlace:3247)')).toEqual({
      name: 'Asker bussterminal',
      registerId: 'NSR:StopPlace:3247',
    });
    expect(hubDisplayName('Asker stasjon')).toEqual({ name: 'Asker stasjon', registerId: null });
    expect(hubDisplayName('(NSR:Quay:7)').name).toBe('(NSR:Quay:7)');
  });
  it('drops the type word the UI prints next to the name', () => {
    expect(hubNameWithoutType('Vollen (båt, landsbypunkt)', 'båt')).toBe('Vollen (landsbypunkt)');
    expect(hubNameWithoutType('Sætre (buss)', 'buss')).toBe('Sætre');
    expect(hubNameWithoutType('Sætre (buss, landsbypunkt)', 'båt')).toBe('Sætre (buss, landsbypunkt)');
  });
});

describe('fit in the URL', () => {
  it('reads the CLI words in any order and writes them in the fixed order', () => {
    expect(parseFit('mismatch,ok')).toEqual(['ok', 'mismatch']);
    expect(parseFit('ok,partial,mismatch,unknown')).toBe('all');
    expect(parseFit('bad')).toBe('all');
    expect(parseFit('none')).toEqual([]);
    expect(normaliseFit(['unknown', 'partial'])).toEqual(['partial', 'unknown']);
    const link = readUrl('?fit=mismatch,partial&colour=fit');
    expect(link.filters.fit).toEqual(['partial', 'mismatch']);
    expect(link.colourBy).toBe('fit');
    expect(writeUrl('', link)).toBe('?fit=partial,mismatch&colour=fit');
    expect(writeUrl('', { ...link, filters: { ...link.filters, fit: [] } })).toBe('?fit=none&colour=fit');
  });
});

describe('fit filter and sort', () => {
  // The bundled data, where the report CLI gives S23 as the one mismatch and S14, S16, S24, S26, S28, S31, S33 as
  // partial.
  const dataset = loadBundledDataset();
  const index = indexDataset(dataset);

  it('keeps only the chosen verdicts, and sorts the worst fit first with unknown last', () => {
    const ids = (fit: typeof ALL_FILTERS.fit) =>
      visibleItems(index, { ...ALL_FILTERS, fit }, { key: 'name', dir: 'asc' }, 'nb')
        .map((i) => i.site.id)
        .sort();
    expect(ids(['mismatch'])).toEqual(['S23']);
    expect(ids(['partial', 'mismatch'])).toEqual(['S14', 'S16', 'S23', 'S24', 'S26', 'S28', 'S31', 'S33']);
    expect(ids([])).toEqual([]);
    const rank = { mismatch: 0, partial: 1, ok: 2, unknown: 3 } as const;
    const worst = visibleItems(index, ALL_FILTERS, { key: 'fit', dir: 'desc' }, 'nb').map(
      (i) => rank[i.result.fit.verdict],
    );
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    const best = visibleItems(index, ALL_FILTERS, { key: 'fit', dir: 'asc' }, 'nb').map((i) => i.result.fit.verdict);
    expect(best.at(-1) === 'unknown' || !best.includes('unknown')).toBe(true);
  });

  it('judges S23 (C, 479,50 m from Spikkestad stasjon in the CLI) against that station', () => {
    const result = index.resultById.get('S23');
    expect(result && judgedHub(result, dataset.assumptions.accessibility)).toEqual({
      hubId: 'tog-spikkestad',
      distanceM: expect.closeTo(479.5, 2),
    });
  });
});

describe('fit on the map', () => {
  it('builds a valid style coloured by fit, with the line layers', () => {
    const style = buildStyle({ ringsVisible: false, basemap: 'none', colourBy: 'fit' });
    expect(validateStyleMin(style)).toEqual([]);
    const fill = style.layers.find((l) => l.id === LAYER.siteFill) as { paint: Record<string, unknown> };
    expect(fill.paint['fill-color']).toEqual(siteColour('fit'));
    expect(siteColour('fit')).toContain(FIT_COLOUR.mismatch);
    expect(style.layers.map((l) => l.id)).toContain(LAYER.fitLink);
  });

  it('draws the link as one line and grows the zoom bounds to the hub', () => {
    const link: FitLink = {
      siteId: 'S',
      hubId: 'H',
      hubName: 'H',
      distanceM: d(10),
      from: [10.4, 59.8],
      to: [10.5, 59.7],
      label: '',
    };
    expect(fitLinkGeoJson(link).features[0]?.geometry.coordinates).toEqual([
      [10.4, 59.8],
      [10.5, 59.7],
    ]);
    expect(fitLinkGeoJson(null).features).toEqual([]);
    expect(
      boundsWithLink(
        [
          [10.3, 59.75],
          [10.41, 59.81],
        ],
        link,
      ),
    ).toEqual([
      [10.3, 59.7],
      [10.5, 59.81],
    ]);
  });

  it('keeps labels off the region names and puts hub names above their point', () => {
    const region = regionLabelBox('Asker syd', 200, 200);
    const placed = placeLabels(
      [
        { id: 'site', name: 'Sted', x: 200, y: 190, priority: 5 },
        { id: 'hub', name: 'Stasjon', x: 100, y: 100, priority: 9, offsetY: -16 },
      ],
      500,
      400,
      undefined,
      [region],
    );
    expect(placed.map((p) => p.id)).toEqual(['hub']);
    expect(placed[0]?.y).toBe(84);
  });
});

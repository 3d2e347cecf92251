// The parts of an applied dataset cross from the load worker packed (typed arrays for coordinates and figures, JSON text
// for the rest when that loses nothing) and come back as the very same sites and geometry metrics; the page's
// assessment of them is the worker's, value for value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { analyse, assessSites, computeGeometryMetrics } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { searchKey } from '../../../src/domain/nameSearch.ts';
import type { Hub, Region, Site } from '../../../src/domain/types.ts';
import { decodePart, encodePart, partTransfer, type DatasetPart } from '../../../src/state/partCodec.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';

const read = (name: string) => readFileSync(`geodata/${name}.geojson`, 'utf8');
const bundled = {
  sites: loadSites(read('sites'), { file: 'sites' }).value,
  hubs: loadHubs(read('hubs'), { file: 'hubs' }).value,
  regions: loadRegions(read('regions'), { file: 'regions' }).value,
};
const border = makeBorderData(600, 40, 7);
const borderLayers = {
  sites: loadSites(JSON.stringify(border.sites), { file: 'border' }).value,
  hubs: loadHubs(JSON.stringify(border.hubs), { file: 'hubs' }).value,
  regions: bundled.regions,
};

function partOf(layers: { sites: Site[]; hubs: Hub[]; regions: Region[] }): DatasetPart {
  return {
    sites: layers.sites,
    metrics: computeGeometryMetrics(layers.sites, layers.hubs, layers.regions),
    nameKeys: layers.sites.map((s) => searchKey(s.name)),
  };
}

/** As the page gets it: a structured clone with the typed arrays' buffers moved. */
const sent = (part: DatasetPart) => {
  const packed = encodePart(part);
  return structuredClone(packed, { transfer: partTransfer(packed) });
};

describe('encodePart / decodePart', () => {
  it.each([
    ['the bundled data', bundled],
    ['600 border-heavy sites (holes, two-part sites, many hubs)', borderLayers],
  ])('%s: the same sites, metrics and name keys back, and the same results when assessed', (_, layers) => {
    expect(layers.sites.length).toBeGreaterThan(10);
    const part = partOf(layers);
    const back = decodePart(sent(part));
    expect(back).toStrictEqual(part);
    // Key for key in the same order, so anything that writes the sites out writes the same text.
    expect(JSON.stringify(back.sites)).toBe(JSON.stringify(layers.sites));
    const { results } = analyse({ ...layers, assumptions: DEFAULT_ASSUMPTIONS });
    expect(assessSites(back.sites, back.metrics, layers.hubs, DEFAULT_ASSUMPTIONS)).toStrictEqual(results);
  });

  it('keeps the nulls of sites without hubs or regions', () => {
    const part = partOf({ sites: bundled.sites.slice(0, 5), hubs: [], regions: [] });
    expect(part.metrics[0]?.hubId).toBeNull();
    expect(part.metrics[0]?.region).toBeNull();
    expect(decodePart(sent(part))).toStrictEqual(part);
  });

  it('moves the coordinates and figures instead of copying them', () => {
    const packed = encodePart(partOf(bundled));
    const points = bundled.sites.reduce((n, s) => n + s.geometry.flat(2).length, 0);
    expect(packed.coords.length).toBe(2 * points);
    structuredClone(packed, { transfer: partTransfer(packed) });
    expect(packed.coords.byteLength).toBe(0);
    expect(packed.numbers.byteLength).toBe(0);
  });

  it('keeps a part with a number JSON cannot carry as objects (structured clone keeps Infinity)', () => {
    const part = partOf({ ...bundled, sites: bundled.sites.slice(0, 3) });
    part.sites[1] = { ...(part.sites[1] as Site), vacantDaa: Number.POSITIVE_INFINITY };
    const packed = sent(part);
    expect(typeof packed.text).toBe('object');
    expect(decodePart(packed).sites[1]?.vacantDaa).toBe(Number.POSITIVE_INFINITY);
  });
});

// The parts of an applied dataset cross from the load worker as JSON text only when the text gives back the same values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { analyse } from '../../../src/domain/analyse.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { searchKey } from '../../../src/domain/nameSearch.ts';
import { decodePart, encodePart, type DatasetPart } from '../../../src/state/partCodec.ts';

const read = (name: string) => readFileSync(`geodata/${name}.geojson`, 'utf8');
const sites = loadSites(read('sites'), { file: 'sites' }).value;
const hubs = loadHubs(read('hubs'), { file: 'hubs' }).value;
const regions = loadRegions(read('regions'), { file: 'regions' }).value;
const { results } = analyse({ sites, hubs, regions, assumptions: DEFAULT_ASSUMPTIONS });
const part: DatasetPart = { sites, results, nameKeys: sites.map((s) => searchKey(s.name)) };

describe('encodePart / decodePart', () => {
  it('sends the bundled sites and their results as text that parses back to the very same values', () => {
    const sent = encodePart(part);
    expect(typeof sent).toBe('string');
    expect(decodePart(structuredClone(sent))).toStrictEqual(structuredClone(part));
  });

  it('keeps a part with a number JSON cannot carry as objects (structured clone keeps NaN and Infinity)', () => {
    const odd = structuredClone(part);
    (odd.results[0] as { areaDaa: number }).areaDaa = Number.POSITIVE_INFINITY;
    const sent = encodePart(odd);
    expect(typeof sent).toBe('object');
    expect(decodePart(structuredClone(sent)).results[0]?.areaDaa).toBe(Number.POSITIVE_INFINITY);
  });
});

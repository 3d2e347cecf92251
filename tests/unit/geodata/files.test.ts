// The committed default data files: format, CRS member, metadata and per-feature properties.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Fc = { type: string; crs: unknown; metadata: Record<string, unknown>; features: Array<{ type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }> };
const read = (name: string): Fc => JSON.parse(readFileSync(resolve(repoRoot, 'geodata', name), 'utf8')) as Fc;

const files = ['sites.geojson', 'hubs.geojson', 'regions.geojson'] as const;

/** Number of decimals actually used by a coordinate. */
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
const flatNumbers = (c: unknown): number[] => (Array.isArray(c) ? c.flatMap(flatNumbers) : [c as number]);

describe.each(files)('%s', (name) => {
  const fc = read(name);

  it('is a FeatureCollection in EPSG:25832 with a crs member', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } });
  });

  it('carries the metadata foreign member', () => {
    for (const key of ['title', 'source', 'licence', 'generated', 'note']) {
      expect(typeof fc.metadata[key], key).toBe('string');
      expect((fc.metadata[key] as string).length, key).toBeGreaterThan(5);
    }
    expect(typeof fc.metadata.illustrative).toBe('boolean');
    // A fixed data date, not a timestamp of the run.
    expect(fc.metadata.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has UTM 32N coordinates around Asker, rounded as documented', () => {
    const maxDecimals = name === 'hubs.geojson' ? 2 : 1;
    for (const f of fc.features) {
      const nums = flatNumbers(f.geometry.coordinates);
      for (let i = 0; i < nums.length; i += 2) {
        expect(nums[i]).toBeGreaterThan(560_000);
        expect(nums[i]).toBeLessThan(600_000);
        expect(nums[i + 1]).toBeGreaterThan(6_590_000);
        expect(nums[i + 1]).toBeLessThan(6_650_000);
      }
      expect(Math.max(...nums.map(decimals))).toBeLessThanOrEqual(maxDecimals);
    }
  });
});

describe('sites.geojson', () => {
  const fc = read('sites.geojson');
  const props = fc.features.map((f) => f.properties);

  it('is marked illustrative, file and features alike', () => {
    expect(fc.metadata.illustrative).toBe(true);
    expect(props.every((p) => p.illustrative === true)).toBe(true);
  });

  it('has 30–40 sites with unique ids S01…', () => {
    expect(fc.features.length).toBeGreaterThanOrEqual(30);
    expect(fc.features.length).toBeLessThanOrEqual(40);
    const ids = props.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^S\d{2}$/);
  });

  it('has valid status, abc, readiness, a name and a Norwegian note on every site', () => {
    for (const p of props) {
      expect(['eksisterende', 'fremtidig']).toContain(p.status);
      expect(['A', 'B', 'C']).toContain(p.abc);
      expect(['byggeklar', 'må reguleres', 'må omreguleres']).toContain(p.readiness);
      expect(typeof p.name === 'string' && p.name.length > 3).toBe(true);
      expect(p.note).toMatch(/Illustrasjon/);
      expect(p.note).toMatch(/omtrentlige/);
    }
  });

  it('mixes every status, ABC type and readiness value', () => {
    for (const key of ['status', 'abc', 'readiness']) {
      const values = new Set(props.map((p) => p[key]));
      expect(values.size, key).toBe(key === 'status' ? 2 : 3);
    }
  });

  it('stores every site as a MultiPolygon, with at least one two-part site and one site with a hole', () => {
    const coords = fc.features.map((f) => {
      expect(f.geometry.type).toBe('MultiPolygon');
      return f.geometry.coordinates as number[][][][];
    });
    expect(coords.some((mp) => mp.length > 1)).toBe(true);
    expect(coords.some((mp) => mp.some((polygon) => polygon.length > 1))).toBe(true);
    for (const mp of coords) for (const polygon of mp) for (const ring of polygon) expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});

describe('hubs.geojson', () => {
  const fc = read('hubs.geojson');

  it('gives every hub a stable id, a type, a source address and a precision note', () => {
    const ids = fc.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('Point');
      expect(f.properties.id).toMatch(/^(tog|buss|bat)-[a-z]+$/);
      expect(['tog', 'buss', 'båt']).toContain(f.properties.type);
      expect(f.properties.source).toMatch(/^https?:\/\/\S+$/);
      expect(String(f.properties.precision).length).toBeGreaterThan(10);
    }
  });

  it('leaves out the stations that have no citable coordinates, and says so', () => {
    const names = fc.features.map((f) => String(f.properties.name)).join(' ');
    for (const missing of ['Heggedal', 'Bondivann', 'Gullhella']) {
      expect(names).not.toContain(missing);
      expect(fc.metadata.note).toContain(missing);
    }
  });

  it('labels proxy points as village points', () => {
    for (const f of fc.features.filter((x) => ['bat-vollen', 'bat-slemmestad', 'buss-saetre', 'buss-tofte'].includes(String(x.properties.id)))) {
      expect(f.properties.name).toMatch(/landsbypunkt/);
      expect(f.properties.precision).toMatch(/Stedfortreder/);
    }
  });
});

describe('regions.geojson', () => {
  const fc = read('regions.geojson');

  it('has exactly Asker nord (0220) and Asker syd (0627, 0628) as MultiPolygons', () => {
    expect(fc.features.map((f) => [f.properties.name, f.properties.formerKommuner, f.geometry.type])).toEqual([
      ['Asker nord', '0220 Asker', 'MultiPolygon'],
      ['Asker syd', '0627 Røyken, 0628 Hurum', 'MultiPolygon'],
    ]);
    expect(fc.metadata.illustrative).toBe(false);
    expect(fc.metadata.licence).toContain('Kartverket');
  });
});

// Where the committed sites and hubs lie relative to the committed regions, with our own planar helpers.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  multiPolygonAreaM2, multiPolygonCentroid, multiPolygonGapM, pointInMultiPolygon, type MultiPolygon,
} from '../../../scripts/geodata/planarGeometry.ts';
import type { Position } from '../../../scripts/geodata/projection.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
type Feature = { properties: Record<string, string>; geometry: { coordinates: unknown } };
const features = (name: string): Feature[] => (JSON.parse(readFileSync(resolve(repoRoot, 'geodata', name), 'utf8')) as { features: Feature[] }).features;

const regions = features('regions.geojson').map((f) => ({ name: f.properties.name, g: f.geometry.coordinates as MultiPolygon }));
const sites = features('sites.geojson').map((f) => ({ id: f.properties.id, g: f.geometry.coordinates as MultiPolygon }));
const hubs = new Map(features('hubs.geojson').map((f) => [f.properties.id, f.geometry.coordinates as Position]));

const regionOf = (p: readonly [number, number]) => regions.find((r) => pointInMultiPolygon(p, r.g))?.name ?? null;
const site = (id: string) => {
  const s = sites.find((x) => x.id === id);
  if (!s) throw new Error(`no site ${id}`);
  return s.g;
};

describe('sites and regions', () => {
  it('puts every site centroid inside a region', () => {
    const outside = sites.filter((s) => regionOf(multiPolygonCentroid(s.g)) === null).map((s) => s.id);
    expect(outside).toEqual([]);
  });

  it('puts the named places in the expected region', () => {
    const r = (id: string) => regionOf(multiPolygonCentroid(site(id)));
    for (const id of ['S01', 'S07', 'S09', 'S12', 'S14', 'S16']) expect(r(id), id).toBe('Asker nord');
    for (const id of ['S19', 'S22', 'S25', 'S29', 'S33']) expect(r(id), id).toBe('Asker syd');
  });

  it('keeps every site apart from every other', () => {
    for (let i = 0; i < sites.length; i++) {
      for (let j = i + 1; j < sites.length; j++) {
        expect(multiPolygonGapM(sites[i]!.g, sites[j]!.g), `${sites[i]!.id}/${sites[j]!.id}`).toBeGreaterThan(0);
      }
    }
  });

  // Hand-checked: the table's shapes are exact rectangles/L-shapes, so the areas follow from their sides.
  // Rounding vertices to 0.1 m moves an area by at most perimeter × 0.05 m, well under 0.1 %.
  it('has the areas the table describes (to rounding, 0.1 %)', () => {
    const within = (id: string, m2: number) => expect(Math.abs(multiPolygonAreaM2(site(id)) - m2) / m2, id).toBeLessThan(0.001);
    within('S01', 240 * 150);
    within('S03', 300 * 200 - 70 * 50);
    within('S07', 320 * 220 - 120 * 90);
    within('S29', 700 * 500);
  });

  it('keeps site sizes in the documented ranges (10–400 daa)', () => {
    for (const s of sites) {
      const daa = multiPolygonAreaM2(s.g) / 1000;
      expect(daa, s.id).toBeGreaterThan(10);
      expect(daa, s.id).toBeLessThan(400);
    }
  });
});

describe('hubs and regions', () => {
  it('finds the stations where they are', () => {
    const r = (id: string) => {
      const p = hubs.get(id);
      if (!p) throw new Error(`no hub ${id}`);
      return regionOf(p);
    };
    expect(r('tog-asker')).toBe('Asker nord');
    expect(r('tog-billingstad')).toBe('Asker nord');
    expect(r('tog-royken')).toBe('Asker syd');
    expect(r('tog-spikkestad')).toBe('Asker syd');
    // In Bærum: outside both regions, kept because it serves the Slependen business area.
    expect(r('tog-slependen')).toBeNull();
  });

  it('keeps the Asker rail station 52 m from the NSR bus terminal (the reason that value was chosen)', () => {
    const a = hubs.get('tog-asker')!;
    const b = hubs.get('buss-asker')!;
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeCloseTo(52.4, 0);
  });
});

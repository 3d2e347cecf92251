// CRS handling: crs member spellings, overrides, detection from coordinate ranges, projection to EPSG:25832.
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  CrsError,
  detectCrs,
  fromLngLat,
  makeProjector,
  parseCrsMember,
  parseEpsg,
  toLngLat,
} from '../../../src/domain/crs.ts';
import { multiPolygonAreaM2 } from '../../../src/domain/geometry.ts';
import type { EpsgCode, LngLat, MultiPolygonXY, XY } from '../../../src/domain/types.ts';

const named = (name: string) => ({ type: 'name', properties: { name } });

describe('parseCrsMember', () => {
  it.each([
    ['EPSG:25832', 25832],
    ['urn:ogc:def:crs:EPSG::25832', 25832],
    ['urn:ogc:def:crs:EPSG:6.6:25833', 25833],
    ['EPSG:25833', 25833],
    ['urn:ogc:def:crs:EPSG::4326', 4326],
    ['EPSG:4326', 4326],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 4326],
    ['urn:ogc:def:crs:OGC::CRS84', 4326],
    ['EPSG:4258', 4258],
    ['urn:ogc:def:crs:EPSG::4258', 4258],
    ['EPSG:3857', 3857],
    ['urn:ogc:def:crs:EPSG::3857', 3857],
    ['EPSG:900913', 3857],
    ['EPSG:32632', 32632],
    ['urn:ogc:def:crs:EPSG::32633', 32633],
    ['http://www.opengis.net/def/crs/EPSG/0/25832', 25832],
    ['epsg:25832', 25832],
  ])('%s → %i', (name, code) => {
    expect(parseCrsMember(named(name))).toBe(code);
  });

  it('reads the old {type: "EPSG", properties: {code}} form', () => {
    expect(parseCrsMember({ type: 'EPSG', properties: { code: 25833 } })).toBe(25833);
  });

  it('is null when absent', () => {
    expect(parseCrsMember(undefined)).toBeNull();
    expect(parseCrsMember(null)).toBeNull();
  });

  it('throws CrsError naming the code when the CRS is unsupported', () => {
    expect(() => parseCrsMember(named('EPSG:5972'))).toThrow(CrsError);
    expect(() => parseCrsMember(named('EPSG:5972'))).toThrow(
      expect.objectContaining({ kind: 'unsupported', params: expect.objectContaining({ what: 'EPSG:5972' }) }),
    );
    expect(() => parseCrsMember(named('urn:ogc:def:crs:EPSG::3006'))).toThrow(/EPSG:3006/);
    expect(() => parseCrsMember(named('Swiss grid'))).toThrow(CrsError);
    expect(() => parseCrsMember({ type: 'link', properties: { href: 'x' } })).toThrow(CrsError);
    expect(() => parseCrsMember('EPSG:25832')).toThrow(CrsError);
  });
});

describe('parseEpsg', () => {
  it('reads overrides and rejects the rest', () => {
    expect(parseEpsg('25833')).toBe(25833);
    expect(parseEpsg(' EPSG:4326 ')).toBe(4326);
    expect(parseEpsg('urn:ogc:def:crs:EPSG::25832')).toBe(25832);
    expect(parseEpsg('CRS84')).toBe(4326);
    expect(parseEpsg('5972')).toBeNull();
    expect(parseEpsg('utm')).toBeNull();
  });
});

// Asker stasjon (en-wiki point, places.md) and its EPSG:25832 value in
// ../shared/geodata-sources/asker-nord-syd/hubs_25832.geojson.
const ASKER_ST_LL: LngLat = [10.43444, 59.83361];
const ASKER_ST_25832: XY = [580407.01, 6633751.228];

describe('projection', () => {
  it('projects WGS84 to EPSG:25832 as the shared hub file has it (within 2 cm)', () => {
    const xy = makeProjector(4326)(ASKER_ST_LL);
    expect(Math.abs(xy[0] - ASKER_ST_25832[0])).toBeLessThan(0.02);
    expect(Math.abs(xy[1] - ASKER_ST_25832[1])).toBeLessThan(0.02);
    expect(fromLngLat(ASKER_ST_LL)).toEqual(xy);
  });

  it('round-trips EPSG:25832 → WGS84 → EPSG:25832 within 1 mm', () => {
    const ll = toLngLat(ASKER_ST_25832);
    expect(ll[0]).toBeCloseTo(ASKER_ST_LL[0], 6);
    expect(ll[1]).toBeCloseTo(ASKER_ST_LL[1], 6);
    const back = fromLngLat(ll);
    expect(Math.hypot(back[0] - ASKER_ST_25832[0], back[1] - ASKER_ST_25832[1])).toBeLessThan(0.001);
  });

  it('is the identity for EPSG:25832', () => {
    expect(makeProjector(25832)([1, 2, 3])).toEqual([1, 2]);
  });

  it('gives the same area (within 0.01 %) for one site in every supported CRS', () => {
    // A 12-sided 25832 site of about 0.1 km² near Asker; converted out with proj4 definitions written here
    // independently of the engine's, then back through makeProjector.
    const defs: Record<EpsgCode, string> = {
      25832: '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs',
      25833: '+proj=utm +zone=33 +ellps=GRS80 +units=m +no_defs',
      25835: '+proj=utm +zone=35 +ellps=GRS80 +units=m +no_defs',
      32632: '+proj=utm +zone=32 +datum=WGS84 +units=m +no_defs',
      32633: '+proj=utm +zone=33 +datum=WGS84 +units=m +no_defs',
      4326: 'EPSG:4326',
      4258: '+proj=longlat +ellps=GRS80 +no_defs',
      3857: 'EPSG:3857',
    };
    const ring: XY[] = [];
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * 2 * Math.PI;
      const r = i % 2 ? 200 : 150;
      ring.push([579800 + r * Math.cos(a), 6632500 + r * Math.sin(a)]);
    }
    ring.push(ring[0] as XY);
    const site: MultiPolygonXY = [[ring]];
    const areaM2 = multiPolygonAreaM2(site);
    expect(areaM2).toBeGreaterThan(80000);
    for (const code of [4326, 4258, 25833, 25835, 32632, 32633, 3857] as EpsgCode[]) {
      const out = ring.map((p) => proj4(defs[25832], defs[code], [p[0], p[1]]));
      const project = makeProjector(code);
      const back: MultiPolygonXY = [[out.map((p) => project(p))]];
      expect(Math.abs(multiPolygonAreaM2(back) / areaM2 - 1), `EPSG:${code}`).toBeLessThan(1e-4);
    }
  });
});

describe('detectCrs', () => {
  const asker25832 = [575000, 6598000, 592000, 6640000] as const; // the shared nord/syd regions' extent
  it('longitude/latitude → 4326', () => {
    const r = detectCrs([10.2, 59.45, 10.75, 59.92]);
    expect(r).toMatchObject({ code: 4326, basis: 'degrees', params: { minX: '10.200', maxY: '59.920' } });
  });

  it('UTM 32 Asker data → 25832', () => {
    const r = detectCrs(asker25832);
    expect(r).toMatchObject({ code: 25832, basis: 'utm', params: { zone: '32', d32Km: '0' } });
    expect(r.params['far']).toBeUndefined();
  });

  it('the same Asker data in UTM 33 → 25833', () => {
    const [x0, y0] = proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m', '+proj=utm +zone=33 +ellps=GRS80 +units=m', [
      asker25832[0],
      asker25832[1],
    ]);
    const [x1, y1] = proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m', '+proj=utm +zone=33 +ellps=GRS80 +units=m', [
      asker25832[2],
      asker25832[3],
    ]);
    expect(x0).toBeLessThan(300000); // zone 33 eastings of Asker are around 240–270 km
    const r = detectCrs([x0 as number, y0 as number, x1 as number, y1 as number]);
    expect(r).toMatchObject({ code: 25833, basis: 'utm', params: { zone: '33' } });
  });

  it('Web Mercator Asker data → 3857', () => {
    const [x0, y0] = proj4('EPSG:4326', 'EPSG:3857', [10.2, 59.45]);
    const [x1, y1] = proj4('EPSG:4326', 'EPSG:3857', [10.75, 59.92]);
    const r = detectCrs([x0 as number, y0 as number, x1 as number, y1 as number]);
    expect(r).toMatchObject({ code: 3857, basis: 'mercator' });
  });

  it('warns in the reason when even the best guess is far from the reference area', () => {
    // UTM-like numbers around Trondheim are ~400 km from Asker.
    const r = detectCrs([560000, 7030000, 580000, 7040000]);
    expect(r.code).toBe(25832);
    expect(Number(r.params['far'])).toBeGreaterThan(50);
    // ...but not when the reference area is Trondheim.
    expect(detectCrs([560000, 7030000, 580000, 7040000], [10.2, 63.3, 10.6, 63.5]).params['far']).toBeUndefined();
  });
});

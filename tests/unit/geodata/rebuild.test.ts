// The committed files are exactly what the build code makes now, and agree with an independent GDAL reprojection.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { haveSharedSources } from '../../helpers/sharedSources.ts';
import { stringifyCollection } from '../../../scripts/geodata/featureCollection.ts';
import { buildHubs } from '../../../scripts/geodata/hubs.ts';
import { multiPolygonAreaM2, type MultiPolygon } from '../../../scripts/geodata/planarGeometry.ts';
import { buildRegions, REGION_SOURCE_PATH } from '../../../scripts/geodata/regions.ts';
import { buildSites } from '../../../scripts/geodata/sites.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const committed = (name: string) => readFileSync(resolve(repoRoot, 'geodata', name), 'utf8');
const shared = (relative: string) => resolve(repoRoot, relative);
const regionSource = shared(REGION_SOURCE_PATH);
const gdalRegions = shared('../shared/geodata-sources/asker-nord-syd/regions_nord_syd_25832.geojson');
const gdalHubs = shared('../shared/geodata-sources/asker-nord-syd/hubs_25832.geojson');

describe('tables → committed files', () => {
  it('sites.geojson is byte-identical to a fresh build', () => {
    expect(committed('sites.geojson')).toBe(stringifyCollection(buildSites()));
  });
  it('hubs.geojson is byte-identical to a fresh build', () => {
    expect(committed('hubs.geojson')).toBe(stringifyCollection(buildHubs()));
  });
});

describe.skipIf(!haveSharedSources([regionSource]))('regions from ../shared (skipped when the folder is missing, failing in CI)', () => {
  it('regions.geojson is byte-identical to a rebuild from the source file', () => {
    expect(committed('regions.geojson')).toBe(stringifyCollection(buildRegions(readFileSync(regionSource, 'utf8'))));
  });

  it.skipIf(!haveSharedSources([gdalRegions]))('matches the GDAL (ogr2ogr) reprojection of the same source to 0.1 m and 0.01 % of area', () => {
    const ours = JSON.parse(committed('regions.geojson')) as { features: Array<{ properties: { name: string }; geometry: { coordinates: MultiPolygon } }> };
    const gdal = JSON.parse(readFileSync(gdalRegions, 'utf8')) as typeof ours;
    for (const f of ours.features) {
      const g = gdal.features.find((x) => x.properties.name === f.properties.name);
      expect(g, f.properties.name).toBeDefined();
      const a = multiPolygonAreaM2(f.geometry.coordinates);
      const b = multiPolygonAreaM2(g!.geometry.coordinates);
      expect(Math.abs(a - b) / b).toBeLessThan(1e-4);
      // Every vertex we kept is one of GDAL's (GDAL keeps the undissolved 0627/0628 border as well).
      const theirs = g!.geometry.coordinates.flat(2);
      for (const v of f.geometry.coordinates.flat(2)) {
        const nearest = Math.min(...theirs.map((w) => Math.hypot(w[0]! - v[0]!, w[1]! - v[1]!)));
        expect(nearest).toBeLessThan(0.1);
      }
    }
  });

  it.skipIf(!haveSharedSources([gdalHubs]))('puts hubs taken from the same source value where GDAL puts them (< 0.01 m)', () => {
    type Pt = { features: Array<{ properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }> };
    const ours = JSON.parse(committed('hubs.geojson')) as Pt;
    const gdal = JSON.parse(readFileSync(gdalHubs, 'utf8')) as Pt;
    // Only hubs with digit-for-digit the same WGS84 input in both files (others differ in source or decimals).
    const pairs: Array<[string, string]> = [
      ['tog-asker', 'Asker stasjon'], ['buss-asker', 'Asker stasjon (bussterminal, NSR:StopPlace:3247)'], ['tog-vakas', 'Vakås stasjon'],
      ['tog-royken', 'Røyken stasjon'], ['tog-spikkestad', 'Spikkestad stasjon'],
    ];
    for (const [id, name] of pairs) {
      const a = ours.features.find((f) => f.properties.id === id)!.geometry.coordinates;
      const b = gdal.features.find((f) => f.properties.name === name)!.geometry.coordinates;
      expect(Math.hypot(a[0] - b[0], a[1] - b[1]), id).toBeLessThan(0.01);
    }
  });
});

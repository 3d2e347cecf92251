// Builds geodata/sites_before_illustrative.geojson: a made-up EARLIER version of the bundled illustrative sites, so
// the land-accounts page (?view=accounts) has two versions to compare on first open. Deterministic: run it again
// after geodata/sites.geojson changes (`npx tsx scripts/build-illustrative-before.ts`).
//
// Rules, by the site's position i in sites.geojson (made up to show each figure once, not taken from any plan):
// - a future site with i % 3 === 0 is not in the earlier version (it shows as added land);
// - an existing site with i % 4 === 1 was future in the earlier version (realised land);
// - i % 5 === 2: the earlier outline is the site scaled to 80 % about its centre (the later version added a ring);
// - i % 7 === 3: the earlier outline is scaled to 115 % (the later version removed a ring).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type P = [number, number];
const root = resolve(import.meta.dirname, '..');
const src = JSON.parse(readFileSync(resolve(root, 'geodata/sites.geojson'), 'utf8'));

function scaled(polys: P[][][], k: number): P[][][] {
  const outer = polys[0]?.[0] ?? [];
  const pts = outer.slice(0, -1);
  const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const r1 = (v: number): number => Math.round(v * 10) / 10;
  return polys.map((poly) =>
    poly.map((ring) => ring.map(([x, y]) => [r1(cx + (x - cx) * k), r1(cy + (y - cy) * k)] as P)),
  );
}

const features = [];
for (const [i, f] of (
  src.features as { properties: Record<string, unknown>; geometry: { coordinates: P[][][] } }[]
).entries()) {
  const p = f.properties;
  if (p['status'] === 'fremtidig' && i % 3 === 0) continue;
  const status = p['status'] === 'eksisterende' && i % 4 === 1 ? 'fremtidig' : p['status'];
  const k = i % 5 === 2 ? 0.8 : i % 7 === 3 ? 1.15 : 1;
  features.push({
    type: 'Feature',
    properties: { id: p['id'], name: p['name'], status, abc: p['abc'], illustrative: true },
    geometry: {
      type: 'MultiPolygon',
      coordinates: k === 1 ? f.geometry.coordinates : scaled(f.geometry.coordinates, k),
    },
  });
}
const out = {
  type: 'FeatureCollection',
  name: 'sites_before_illustrative',
  crs: src.crs,
  metadata: {
    title: 'Illustrative earlier version of the bundled sites (for the land accounts)',
    source: 'derived by scripts/build-illustrative-before.ts from geodata/sites.geojson',
    licence: 'project data',
    generated: '2026-12-01 (rules written)',
    illustrative: true,
    note: 'ILLUSTRATIVE: a made-up earlier plan version, not a real plan. Sites are dropped, resized and given another status by fixed rules so that the land-accounts page shows added, removed and realised land.',
  },
  features,
};
writeFileSync(resolve(root, 'geodata/sites_before_illustrative.geojson'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote geodata/sites_before_illustrative.geojson: ${features.length} of ${src.features.length} sites`);

// Timing benchmark (not a test) for the big geometry cases of issue 15: the validity check alone on comb-shaped
// rings (the shape that made the old sweep quadratic), and whole loads of very large polygons through the loader.
//   npx tsx scripts/bench-validity.ts          (also run by npm run bench)
import { loadSites } from '../src/data/loaders.ts';
import { findInvalidity } from '../src/domain/validity.ts';
import type { XY } from '../src/domain/types.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

/** A valid comb: `teeth` teeth 1 m wide and 1 km tall on a 10 m base; 4 × teeth + 1 positions. */
function comb(teeth: number): XY[] {
  const p: XY[] = [
    [0, -10],
    [2 * teeth - 1, -10],
  ];
  for (let i = teeth - 1; i >= 0; i--) {
    if (i < teeth - 1) p.push([2 * i + 1, 0]);
    p.push([2 * i + 1, 1000], [2 * i, 1000]);
    if (i > 0) p.push([2 * i, 0]);
  }
  p.push([0, -10]);
  return p.map(([x, y]) => [575_000 + x / 100, 6_625_000 + y]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(label: string, runs: number, f: () => unknown): void {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  const mb = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `${label.padEnd(58)} median ${median(ms).toFixed(0).padStart(6)} ms (${runs} runs), rss ${mb.toFixed(0)} MB`,
  );
}

console.log('Validity check (findInvalidity), valid comb rings:');
for (const teeth of [5_000, 12_500, 50_000]) {
  const ring = comb(teeth);
  time(`  ${ring.length} points`, 3, () => findInvalidity([[ring]]));
}

console.log('Whole load (parse, read, project, check) of one site, GeoJSON text in EPSG:25832:');
for (const teeth of [50_000, 500_000]) {
  const ring = comb(teeth);
  const text = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:25832' } },
    features: [
      { type: 'Feature', properties: { id: 'comb', name: 'comb' }, geometry: { type: 'Polygon', coordinates: [ring] } },
    ],
  });
  time(`  ${ring.length} points (${(text.length / 2 ** 20).toFixed(1)} MB)`, teeth > 100_000 ? 1 : 3, () =>
    loadSites(text, { file: 'comb.geojson' }),
  );
}

console.log('Ids: 20 000 features that all have the id "same" (renamed same-2 … same-20000):');
{
  const square = (i: number): number[][] => {
    const x = 580_000 + (i % 200) * 10,
      y = 6_630_000 + Math.floor(i / 200) * 10;
    return [
      [x, y],
      [x + 5, y],
      [x + 5, y + 5],
      [x, y],
    ];
  };
  const features = Array.from({ length: 20_000 }, (_, i) => ({
    type: 'Feature',
    properties: { id: 'same', name: 'n' },
    geometry: { type: 'Polygon', coordinates: [square(i)] },
  }));
  const text = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:25832' } },
    features,
  });
  time('  whole load', 3, () => loadSites(text, { file: 'same-ids.geojson' }));
}

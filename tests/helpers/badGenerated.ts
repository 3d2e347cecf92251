// Corpus cases made in the test rather than stored (tests/fixtures/bad/expected.json, "generate").

/**
 * A comb-shaped site of 200 002 positions (50 000 teeth 0.1 m wide, 1 km tall, over 10 km of base) whose
 * ring crosses itself once, three quarters of the way round: just above the old 200 000-point check limit,
 * and the shape that made the old sweep quadratic.
 */
export function bigCrossingSite(): string {
  const teeth = 50_000;
  const ox = 575_000;
  const oy = 6_625_000;
  const p: [number, number][] = [
    [0, -10],
    [2 * teeth - 1, -10],
  ];
  for (let i = teeth - 1; i >= 0; i--) {
    if (i < teeth - 1) p.push([2 * i + 1, 0]);
    p.push([2 * i + 1, 1000], [2 * i, 1000]);
    if (i > 0) p.push([2 * i, 0]);
  }
  // Swap two tops of one tooth: its two long sides now cross halfway up.
  const k = Math.floor(p.length * 0.75) - (Math.floor(p.length * 0.75) % 4) + 2;
  [p[k], p[k + 1]] = [p[k + 1] as [number, number], p[k] as [number, number]];
  p.push([0, -10]);
  const ring = p.map(([x, y]) => [ox + x / 10, oy + y]);
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:25832' } },
    features: [
      {
        type: 'Feature',
        properties: { id: 'BIG', name: 'Stor kam' },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
  });
}

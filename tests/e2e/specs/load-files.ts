// Files made in the load tests (browser and component): a site file whose text carries HTML and script payloads.

/** Payloads that would run if any text from a file reached innerHTML: an image error handler and a script element. */
export const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
export const PAYLOAD_SCRIPT = '<script>window.__pwned=1</script>';

const square = (x: number, y: number, sideM: number): number[][][] => [
  [
    [x, y],
    [x + sideM, y],
    [x + sideM, y + sideM],
    [x, y + sideM],
    [x, y],
  ],
];

/**
 * Two 100 m × 100 m sites (10 000 m² = 10,0 daa each) near Asker sentrum in EPSG:25832, with the payloads in
 * names, ids and notes, and a property key that is a payload too (it appears in the field mapping).
 */
export function hostileSitesGeoJson(): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:25832' } },
    features: [
      {
        type: 'Feature',
        properties: {
          id: 'X1',
          name: PAYLOAD_IMG,
          status: 'eksisterende',
          abc: 'A',
          note: PAYLOAD_SCRIPT,
          [PAYLOAD_IMG]: 1,
        },
        geometry: { type: 'Polygon', coordinates: square(580000, 6633000, 100) },
      },
      {
        type: 'Feature',
        properties: { id: PAYLOAD_SCRIPT, name: PAYLOAD_SCRIPT, status: 'fremtidig', abc: 'B', note: PAYLOAD_IMG },
        geometry: { type: 'Polygon', coordinates: square(580300, 6633000, 100) },
      },
    ],
  });
}

export const HOSTILE_FILE_NAME = '<img src=x onerror=window.__pwned=1>.geojson';

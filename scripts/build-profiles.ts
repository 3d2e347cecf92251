// Builds geodata/profiles/baerum.json, the second kommune profile, from the real Kartverket-derived boundary in
// ../shared/geodata-sources/robhop-fylker-og-kommuner/ (read here, never copied; the built file is our derived data).
// Usage: npx tsx scripts/build-profiles.ts [--check]   (--check: compare with the committed file)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRS_MEMBER_25832 } from './geodata/featureCollection.ts';
import { lonLatTo25832, roundPosition } from './geodata/projection.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = '../shared/geodata-sources/robhop-fylker-og-kommuner/kommuner2024_M_in_asker_bbox_epsg4326.geojson';
const OUT = resolve(root, 'geodata/profiles/baerum.json');

type Ring = number[][];
const source = resolve(root, SOURCE);
if (!existsSync(source)) {
  console.error(`build-profiles: source file not found: ${source}`);
  process.exit(1);
}
const fc = JSON.parse(readFileSync(source, 'utf8')) as {
  features: { properties: { kommunenummer: string; navn: string }; geometry: { type: string; coordinates: unknown } }[];
};
const baerum = fc.features.find((f) => f.properties.kommunenummer === '3201');
if (!baerum) {
  console.error('build-profiles: kommune 3201 (Bærum) is not in the source file');
  process.exit(1);
}
const polygons = (
  baerum.geometry.type === 'Polygon' ? [baerum.geometry.coordinates] : baerum.geometry.coordinates
) as Ring[][];
// 0.1 m steps, as the bundled regions: far finer than the ~0.5–1 km between the source's vertices.
const projected = polygons.map((p) =>
  p.map((r) => r.map((c) => roundPosition(lonLatTo25832(c[0] as number, c[1] as number), 1))),
);
let minLon = Infinity,
  minLat = Infinity,
  maxLon = -Infinity,
  maxLat = -Infinity;
for (const p of polygons)
  for (const r of p)
    for (const [lon, lat] of r as [number, number][]) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
const r2 = (v: number): number => Math.round(v * 100) / 100;
const geometry = { type: 'MultiPolygon', coordinates: projected };
const region = (name: string) => ({
  type: 'FeatureCollection',
  crs: CRS_MEMBER_25832,
  features: [{ type: 'Feature', properties: { name, kommunenummer: '3201' }, geometry }],
});
/** A text of the profile in both languages (the app shows the page's language; the schema asks for both). */
const both = (nb: string, en: string) => ({ nb, en });
const missingTarget = (nb: string, en: string) => ({
  label: both(nb, en),
  missing: both(
    'Ikke samlet inn: prosjektet har ikke noe tall med kilde fra Bærums egne planer (kommuneplanens arealdel, næringsstrategi), og ingen tall er funnet på',
    "Not collected: no figure from Bærum's own plans (kommuneplanens arealdel, næringsstrategi) is in this project with a source, and none is made up",
  ),
});
const profile = {
  profileVersion: 1,
  id: 'baerum',
  kommune: {
    name: 'Bærum',
    number: '3201',
    source: both(
      `Kommunenummer og grense: Kartverket (CC BY 4.0) via robhop/fylker-og-kommuner, Kommuner-M 2024, klippet mot kystlinjen, ~1 punkt per 0,5–1 km; bygd av scripts/build-profiles.ts fra ${SOURCE}. Kommunenummer 3201 fra 2024, 3024 i 2020–2023, 0219 før 2020`,
      `Kommunenummer and boundary: Kartverket (CC BY 4.0) via robhop/fylker-og-kommuner, Kommuner-M 2024, coastline-clipped, ~1 vertex per 0.5–1 km; built by scripts/build-profiles.ts from ${SOURCE}. Kommunenummer 3201 since 2024, 3024 in 2020–2023, 0219 before 2020`,
    ),
  },
  referenceLngLatBbox: [r2(minLon - 0.05), r2(minLat - 0.05), r2(maxLon + 0.05), r2(maxLat + 0.05)],
  boundary: { geojson: region('Bærum') },
  regions: {
    geojson: region('Bærum'),
    how: both(
      'Bærum har ingen delområder her (ingen tidligere kommuner siden 1838, og prosjektet har ingen tegnede bydeler), så hele kommunen er ett område',
      'No sub-regions are defined for Bærum (it has no former kommuner since 1838 and this project has no drawn districts), so the whole kommune is one region',
    ),
    // The same kommune under each number it has had: 0219 until 2019, 3024 in Viken 2020–2023, 3201 in Akershus from
    // 2024 (Kartverket / SSB's kommune numbering); a boundary file of any of those years becomes the one region.
    fromKommuner: { '0219': 'Bærum', 3024: 'Bærum', 3201: 'Bærum' },
  },
  hubs: {
    missing: both(
      'prosjektets datagrunnlag har ingen kollektivknutepunkter i Bærum med koordinater fra en kilde (bare én stasjon nær kommunegrensen, og den ligger utenfor Bærum)',
      "the project's data has no public-transport hubs in Bærum with citable coordinates (only one station near the boundary, and it lies outside Bærum)",
    ),
  },
  sites: {
    missing: both(
      'prosjektets datagrunnlag har ingen kommuneplan for Bærum',
      "the project's data has no kommuneplan for Bærum",
    ),
  },
  assumptions: {
    file: '../assumptions.json',
    note: both(
      'Prosjektets standardantakelser for kapasitet og tilgjengelighet; ikke kontrollert mot Bærums planer',
      "The project's default capacity and accessibility assumptions; not checked against Bærum's plans",
    ),
  },
  planTargets: {
    existingDaa: missingTarget('Areal regulert til næring, nåværende', 'Land zoned for business, existing'),
    futureDaa: missingTarget('Areal avsatt til framtidig næring', 'Land reserved for future business use'),
    newJobs20Years: missingTarget(
      'Nye arbeidsplasser kommuneplanen åpner næringsareal for over 20 år',
      'New jobs the municipal plan opens business land for over 20 years',
    ),
    newJobsPerYear: missingTarget('Gjennomsnittlig vekst i arbeidsplasser per år', 'Average job growth per year'),
    landPerJobM2: missingTarget(
      'Brutto flateareal per arbeidsplass i dag, i snitt',
      'Gross land per workplace today, on average',
    ),
  },
  // No investor organisation and no Bærum-made scenario presets are known to this project: the investor page speaks
  // of the kommune and names no contact, and the scenario page offers the generic presets only.
};
const text = `${JSON.stringify(profile, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
  console.log(
    same
      ? 'build-profiles: geodata/profiles/baerum.json is up to date'
      : 'build-profiles: geodata/profiles/baerum.json differs from a fresh build',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(
  `build-profiles: wrote ${OUT} (${projected.length} polygons, ${projected.flat().reduce((n, r) => n + r.length, 0)} vertices)`,
);

// The report on the bundled sites with the independently built hub/region files from ../shared/geodata-sources.
import { describe, expect, it } from 'vitest';
import { haveSharedSources, sharedSource } from '../../helpers/sharedSources.ts';
import { parseCsv, report } from './reportHarness.ts';

const SOURCES = '../shared/geodata-sources/asker-nord-syd';
const available = haveSharedSources([
  sharedSource('asker-nord-syd/hubs_25832.geojson'),
  sharedSource('asker-nord-syd/regions_nord_syd_25832.geojson'),
]);

describe.skipIf(!available)('bundled sites × shared hubs and nord/syd regions', () => {
  it('every site lands in a region and gets a hub; the Asker station site is next to Asker stasjon', async () => {
    const out = await report([
      '--hubs',
      `${SOURCES}/hubs_25832.geojson`,
      '--regions',
      `${SOURCES}/regions_nord_syd_25832.geojson`,
      '--repair',
    ]);
    expect(out.code).toBe(0);
    // The shared nord/syd file's Asker syd is not OGC-valid (PostGIS agrees: its parts cross near 582060 6615806).
    expect(out.stderr).toMatch(
      /^warning: .*Asker syd.*var ikke en gyldig polygon .*reparert slik ST_MakeValid ville gjort: areal 273\s993\s018,5 m² slik den er tegnet, 273\s993\s018,5 m² etter reparasjon\)\n$/,
    );
    const [header, ...rows] = parseCsv(out.stdout);
    const col = (name: string): number => header?.indexOf(name) ?? -1;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(['Asker nord', 'Asker syd']).toContain(row[col('region')]);
      expect(row[col('hub_id')]).toMatch(/^H\d\d$/);
    }
    const nearAsker = rows.filter((r) => r[col('hub_name')] === 'Asker stasjon');
    expect(nearAsker.length).toBeGreaterThan(0);
    for (const r of nearAsker) expect(r[col('region')]).toBe('Asker nord');
  });
});

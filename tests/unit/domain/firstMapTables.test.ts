// The first page load's build-time tables (src/domain/bundledLngLat.ts, src/data/norwayXyBox.ts) are what proj4 gives
// today: regenerated in memory and compared with the files, so a change to the bundled data, the map's data or the
// CRS code fails here until `npx tsx scripts/build-first-map-tables.ts` is run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { BUNDLED_LNGLAT } from '../../../src/domain/bundledLngLat';
import { toLngLat } from '../../../src/domain/crs';
import { NORWAY_XY_BBOX } from '../../../src/data/norwayXyBox';
import { firstMapTableFiles, norwayXyBox } from '../../../scripts/firstMapTables';

const root = resolve(import.meta.dirname, '../../..');

describe('first-map tables', () => {
  it('the generated files are up to date', async () => {
    const files = await firstMapTableFiles(loadBundledDataset());
    for (const [path, text] of Object.entries(files)) {
      const expected = await format(text, { filepath: resolve(root, path), printWidth: 120, singleQuote: true });
      expect(readFileSync(resolve(root, path), 'utf8'), path).toBe(expected);
    }
  });

  it('every lon/lat in the table is exactly what proj4 gives for its point', () => {
    expect(BUNDLED_LNGLAT.length % 4).toBe(0);
    expect(BUNDLED_LNGLAT.length).toBeGreaterThan(4 * 300);
    for (let i = 0; i < BUNDLED_LNGLAT.length; i += 4) {
      const ll = toLngLat([BUNDLED_LNGLAT[i] as number, BUNDLED_LNGLAT[i + 1] as number]);
      expect([BUNDLED_LNGLAT[i + 2], BUNDLED_LNGLAT[i + 3]]).toEqual(ll);
    }
  });

  it("Norway's EPSG:25832 box is the projected lon/lat box", async () => {
    expect(NORWAY_XY_BBOX).toEqual(await norwayXyBox());
    // Mainland Norway in UTM 32: eastings about 0.1–1.9 million m, northings 6.4–8.1 million m.
    expect(NORWAY_XY_BBOX[0]).toBeGreaterThan(1e5);
    expect(NORWAY_XY_BBOX[3]).toBeLessThan(8.1e6);
  });
});

// @vitest-environment jsdom
// SOSI and GML files dropped into "Last inn data": read as bytes (ISO8859-10 æøå intact), previewed with SOSI object
// names, loaded through the engine.
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseFiles, fixtureFile, plain, renderApp } from './helpers';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

afterEach(cleanup);

describe('plan files in the load dialog', () => {
  it('a SOSI file in ISO8859-10: counts, names with æøå, areas, and the skipped object named by line and serial number', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile('plan/plan_22_iso8859-10.sos')]);
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '5 objekter i filen: 4 leses inn, 1 hoppes over.',
    );
    expect(plain(within(d).getByTestId('load-crs').textContent)).toBe(
      'EUREF89 / UTM sone 32N (EPSG:25832), fra filens crs-angivelse.',
    );
    const first = plain(within(d).getByTestId('load-first-items').textContent);
    expect(first).toContain('Næringsområde Åsløkka (sq-1): Eksisterende, B, 10,0 daa');
    expect(first).toContain('Industri med hull (hole-2): Fremtidig, C, 17,5 daa');
    expect(first).toContain('Halvsirkel ved sjøen (arc-4): Fremtidig, A, 15,7 daa');
    expect(plain(within(d).getByTestId('load-skipped').textContent)).toContain('linje 104, .FLATE 5 (id «bolig-5»)');
  });

  it('a GML file in EPSG:4258 (latitude first) gives the area GDAL gives', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile('plan/plan_4258.gml')]);
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '1 objekter i filen: 1 leses inn, 0 hoppes over.',
    );
    expect(plain(within(d).getByTestId('load-first-items').textContent)).toContain(
      'BKB2 Åsløkka kontor (rp.ll.1): Fremtidig, A, 12,5 daa',
    );
  });

  it('a broken SOSI file names the object in bokmål', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile('bad/sosi-ring-open.sos')]);
    expect(plain(d.textContent)).toContain('linje 8, .FLATE 1 (id «1») har en grense som ikke lukker seg');
  });
});

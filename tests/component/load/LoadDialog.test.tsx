// @vitest-environment jsdom
// The "Last inn data" dialog in the app: keyboard, the preview of a plan export, confirm, back to the example data,
// errors, remapping.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actions } from '../../../src/state/actions';
import { useLoadStore } from '../../../src/state/loadStore';
import { useAppStore } from '../../../src/state/store';
import { chooseFiles, dialog, fixtureFile, plain, renderApp, settled } from './helpers';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

afterEach(cleanup);

const KP = 'good/kp_arealformal_25832.geojson';

describe('the load dialog', () => {
  it('opens from the header, takes focus, closes with Esc and gives focus back', () => {
    renderApp();
    expect(screen.queryByRole('dialog')).toBeNull();
    const open = screen.getByRole('button', { name: 'Last inn data' });
    expect(open).toHaveAttribute('aria-haspopup', 'dialog');
    open.focus();
    fireEvent.click(open);
    const d = dialog();
    expect(d).toHaveAccessibleDescription(/Ingenting endres før du trykker «Bruk dataene»/);
    expect(document.activeElement).toBe(within(d).getByTestId('file-input'));
    expect(within(d).getByRole('button', { name: 'Bruk dataene' })).toBeDisabled();

    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('previews a kommuneplan export: counts, CRS with its reason, field mapping, what is skipped and why', async () => {
    renderApp();
    const before = useAppStore.getState().dataset;
    const d = await chooseFiles([fixtureFile(KP)]);
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '7 objekter i filen: 3 leses inn, 4 hoppes over.',
    );
    expect(within(d).getByTestId('load-guess')).toHaveTextContent(
      'Gjettet: næringsarealer (filen har flater uten kommunenummer)',
    );
    expect(within(d).getByRole('radio', { name: 'Næringsarealer' })).toBeChecked();
    expect(within(d).getByText(/^Plandata \(arealformål\)/)).toBeInTheDocument();
    expect(plain(within(d).getByTestId('load-crs').textContent)).toBe(
      'EUREF89 / UTM sone 32N (EPSG:25832), fra filens crs-angivelse.',
    );
    expect(within(d).getByLabelText('Bruk koordinatsystem')).toHaveValue('auto');

    // Field mapping: the upper-case ArcGIS names of the fixture, each a choice among the file's own properties.
    const fields = within(d).getByTestId('load-fields');
    expect(within(fields).getByLabelText('ID')).toHaveValue('p:LOKALID');
    expect(within(fields).getByLabelText('Navn')).toHaveValue('p:FELTNAVN');
    expect(within(fields).getByLabelText('Arealformål')).toHaveValue('p:KPAREALFORMAL');
    expect(within(fields).getByLabelText('Arealbruksstatus')).toHaveValue('p:AREALST');
    expect(within(fields).getByLabelText('Status')).toHaveValue('none');
    expect(within(fields).getByLabelText('Navn').querySelectorAll('option')).toHaveLength(2 + 8);

    const skipped = within(d).getByTestId('load-skipped');
    expect(within(skipped).getByRole('heading')).toHaveTextContent('Hoppes over (4)');
    const text = plain(skipped.textContent);
    expect(text).toContain('1 × 1110 Boligbebyggelse: ikke næringsareal');
    expect(text).toContain('1 × 2070 Kollektivknutepunkt: ikke næringsareal');
    expect(text).toContain('1 × 5100 LNFR: ikke næringsareal');
    expect(text).toContain('1 × objekttypen "KpHensynSone" er ikke et arealformålsområde');
    expect(text).toContain('features[6] (id «a3f1c2d0-0007»)');

    // The first sites as they will be loaded, areas by the engine's own planar formula.
    const first = plain(within(d).getByTestId('load-first-items').textContent);
    expect(first).toContain('N1 (a3f1c2d0-0001): Eksisterende, B, 20,0 daa');
    expect(first).toContain('KB2 (a3f1c2d0-0003): Fremtidig, B, 14,0 daa');
    expect(first).toContain('Sentrumsformål (1130) (a3f1c2d0-0005): Eksisterende, A, 30,0 daa');
    // Nothing changed yet.
    expect(useAppStore.getState().dataset).toBe(before);
  });

  it('"Bruk dataene" replaces the sites through the engine; "Tilbake til eksempeldata" restores the 34 example sites', async () => {
    renderApp();
    act(() => actions.setLang('nb'));
    const filtersBefore = useAppStore.getState().filters;
    const d = await chooseFiles([fixtureFile(KP)]);
    fireEvent.click(within(d).getByRole('button', { name: 'Bruk dataene' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const dataset = useAppStore.getState().dataset;
    expect(dataset?.origin).toBe('user');
    expect(dataset?.userFiles).toEqual({ sites: 'kp_arealformal_25832.geojson' });
    const area = (id: string) => dataset?.results.find((r) => r.siteId === id)?.areaM2;
    expect(area('a3f1c2d0-0001')).toBeCloseTo(20000, 6);
    expect(area('a3f1c2d0-0003')).toBeCloseTo(14000, 6);
    expect(area('a3f1c2d0-0005')).toBeCloseTo(30000, 6);
    expect(within(screen.getByTestId('site-list')).getAllByRole('button')).toHaveLength(3);
    expect(screen.getByRole('note')).toHaveTextContent(/^Egne data: kp_arealformal_25832\.geojson\.$/);
    expect(screen.getByTestId('load-announcement')).toHaveTextContent(
      'Lest inn 3 næringsarealer fra kp_arealformal_25832.geojson.',
    );
    // Hubs and regions stay the bundled ones, and other state is left alone.
    expect(dataset?.hubs.length).toBeGreaterThan(0);
    expect(useAppStore.getState().filters).toBe(filtersBefore);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Last inn data' }));
    // Beside the note that names the own data, not in the header (which then stays as it was).
    const notes = screen.getByRole('region', { name: 'Om dataene som vises' });
    expect(within(notes).getByRole('button', { name: 'Tilbake til eksempeldata' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Tilbake til eksempeldata' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tilbake til eksempeldata' }));
    expect(useAppStore.getState().dataset?.origin).toBe('bundled');
    expect(within(screen.getByTestId('site-list')).getAllByRole('button')).toHaveLength(34);
    expect(screen.getByRole('note')).toHaveTextContent('Eksempeldata: næringsområdene er illustrasjoner');
    expect(screen.queryByRole('button', { name: 'Tilbake til eksempeldata' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Last inn data' }));
  });

  it('a file that cannot be used shows why in bokmål and leaves the data as it was', async () => {
    renderApp();
    const before = useAppStore.getState().dataset;
    const d = await chooseFiles([fixtureFile('bad/not-json.geojson')]);
    const alert = within(d).getByRole('alert');
    expect(alert).toHaveTextContent('Filen kan ikke brukes');
    expect(alert).toHaveTextContent('not-json.geojson er ikke gyldig JSON. Sjekk at det er en hel GeoJSON-fil');
    expect(alert).toHaveTextContent('Dataene du har nå, er ikke endret.');
    // The exact facts (line and column) stay available for support, in the same language.
    expect(alert).toHaveTextContent('not-json.geojson: er ikke gyldig JSON på linje 1, kolonne 1');
    expect(within(d).getByRole('button', { name: 'Bruk dataene' })).toBeDisabled();
    fireEvent.click(within(d).getByRole('button', { name: 'Avbryt' }));
    expect(useAppStore.getState().dataset).toBe(before);
    expect(within(screen.getByTestId('site-list')).getAllByRole('button')).toHaveLength(34);
  });

  it('remapping a field runs the preview again with that field', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile(KP)]);
    fireEvent.change(within(d).getByLabelText('Navn'), { target: { value: 'p:PLANNAVN' } });
    await settled();
    expect(useLoadStore.getState().fields).toEqual({ name: 'PLANNAVN' });
    expect(plain(within(d).getByTestId('load-first-items').textContent)).toContain(
      'Kommuneplan for Asker 2020–2032 (a3f1c2d0-0001)',
    );

    // Without arealformål the file is read as the project's own format: nothing is filtered out.
    fireEvent.change(within(d).getByLabelText('Arealformål'), { target: { value: 'none' } });
    await settled();
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '7 objekter i filen: 7 leses inn, 0 hoppes over.',
    );
    expect(within(d).getByText('Lest som prosjektets eget format.')).toBeInTheDocument();

    // "Find automatically" goes back to the detected field.
    fireEvent.change(within(d).getByLabelText('Arealformål'), { target: { value: 'auto' } });
    await settled();
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '7 objekter i filen: 3 leses inn, 4 hoppes over.',
    );
  });

  it('a chosen coordinate system overrides the file and says so', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile(KP)]);
    // WGS 84 / UTM 32N: another code than the file's, and still in Norway (read as UTM 33 the file would land in
    // Sweden).
    fireEvent.change(within(d).getByLabelText('Bruk koordinatsystem'), { target: { value: '32632' } });
    await settled();
    expect(plain(within(d).getByTestId('load-crs').textContent)).toBe(
      'WGS 84 / UTM sone 32N (EPSG:32632), valgt av deg.',
    );
    expect(within(d).getByTestId('load-warnings')).toHaveTextContent(
      'kp_arealformal_25832.geojson oppgir et annet koordinatsystem enn det du har valgt; ditt valg brukes.',
    );
  });
});

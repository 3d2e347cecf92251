// @vitest-environment jsdom
// The load dialog with other inputs: dropped files, hubs and regions guessed, a GTFS feed with its rule, refused
// choices, hostile text.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSelection, selectFiles, type FileLike } from '../../../src/state/loadFiles';
import { useLoadStore } from '../../../src/state/loadStore';
import { useAppStore } from '../../../src/state/store';
import { HOSTILE_FILE_NAME, hostileSitesGeoJson, PAYLOAD_IMG, PAYLOAD_SCRIPT } from '../../e2e/specs/load-files';
import { chooseFiles, dialog, fixtureFile, gtfsFiles, plain, renderApp, settled, textFile } from './helpers';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

afterEach(cleanup);

describe('other kinds of input', () => {
  it('files dropped on the page open the dialog with their preview', async () => {
    renderApp();
    const file = fixtureFile('good/kommuner_25833.geojson');
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(document.querySelector('.load-drop-overlay')).toHaveTextContent('Slipp filene for å lese dem inn');
    fireEvent.drop(document.body, { dataTransfer: { types: ['Files'], files: [file] } });
    await settled();
    const d = dialog();
    expect(within(d).getByTestId('load-guess')).toHaveTextContent('Gjettet: regioner (filen har kommunenummer)');
    expect(within(d).getByRole('radio', { name: 'Regioner' })).toBeChecked();
    expect(within(d).getByText(/^Kommunegrenser: 0220 \(Asker\) blir Asker nord/)).toBeInTheDocument();
    // 0220, 0627 and 0628 (a MultiPolygon with its island) kept; Bærum and today's Asker (3025) skipped.
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '5 objekter i filen: 3 leses inn, 2 hoppes over.',
    );
    expect(plain(within(d).getByTestId('load-crs').textContent)).toContain('EPSG:25833');
    const skipped = plain(within(d).getByTestId('load-skipped').textContent);
    expect(skipped).toContain('1 × 0219 Bærum: ikke en av de tidligere Asker-kommunene');
    expect(skipped).toContain(': dagens Asker i ett stykke');

    fireEvent.click(within(d).getByRole('button', { name: 'Bruk dataene' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const dataset = useAppStore.getState().dataset;
    expect(dataset?.regions.map((r) => r.name).sort()).toEqual(['Asker nord', 'Asker syd']);
    expect(dataset?.sites).toHaveLength(34);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Egne data: kommuner_25833.geojson (regioner). Næringsområdene er fortsatt eksempeldata (illustrasjoner).',
    );
  });

  it('a points file is guessed as hubs, and the kind can be changed by hand', async () => {
    renderApp();
    const d = await chooseFiles([fixtureFile('good/hubs_25832.geojson')]);
    expect(within(d).getByRole('radio', { name: 'Knutepunkter' })).toBeChecked();
    expect(within(d).getByTestId('load-guess')).toHaveTextContent('Gjettet: knutepunkter (filen har punkter)');
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '2 objekter i filen: 2 leses inn, 0 hoppes over.',
    );
    fireEvent.click(within(d).getByRole('radio', { name: 'Næringsarealer' }));
    await settled();
    // Points cannot be sites: the preview says so in bokmål, naming each feature.
    const alert = within(d).getByRole('alert');
    expect(alert).toHaveTextContent('features[0] (id «H1») har feil geometritype');
    expect(within(d).getByRole('button', { name: 'Bruk dataene' })).toBeDisabled();
  });

  it('a GTFS feed becomes hubs by the visible rule, which the user can change', async () => {
    renderApp();
    const d = await chooseFiles(gtfsFiles('good/gtfs-asker'));
    expect(within(d).queryByRole('radio')).toBeNull();
    // Per the fixture README: Spikkestad, Røyken, Asker stasjon (tog), Asker bussterminal (buss), Slemmestad brygge
    // (båt).
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '8 stoppesteder i filene: 5 blir knutepunkter, 3 hoppes over.',
    );
    expect(within(d).getByLabelText('Buss per time')).toHaveValue(6);
    fireEvent.change(within(d).getByLabelText('Buss per time'), { target: { value: '7' } });
    await settled();
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '8 stoppesteder i filene: 4 blir knutepunkter, 4 hoppes over.',
    );
    expect(plain(within(d).getByTestId('load-skipped').textContent)).toContain('stoppested «NSR:StopPlace:2»');
    fireEvent.click(within(d).getByRole('button', { name: 'Bruk dataene' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      useAppStore
        .getState()
        .dataset?.hubs.map((h) => h.name)
        .sort(),
    ).toEqual(['Asker stasjon', 'Røyken stasjon', 'Slemmestad brygge', 'Spikkestad stasjon']);
  });

  it('text from the file is shown as text: no element is made from it and nothing runs', async () => {
    renderApp();
    const d = await chooseFiles([textFile(HOSTILE_FILE_NAME, hostileSitesGeoJson())]);
    expect(plain(within(d).getByTestId('load-first-items').textContent)).toContain(`${PAYLOAD_IMG} (X1)`);
    expect(
      within(within(d).getByTestId('load-fields')).getAllByRole('option', { name: PAYLOAD_IMG }).length,
    ).toBeGreaterThan(0);
    fireEvent.click(within(d).getByRole('button', { name: 'Bruk dataene' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const list = screen.getByTestId('site-list');
    expect(within(list).getByText(PAYLOAD_IMG)).toBeInTheDocument();
    expect(within(list).getByText(PAYLOAD_SCRIPT)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(`Egne data: ${HOSTILE_FILE_NAME}.`);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('choosing files', () => {
  const fake = (name: string, size: number): FileLike & { read: ReturnType<typeof vi.fn> } => {
    const read = vi.fn(async () => '');
    return { name, size, text: read, read };
  };

  it('refuses a zip, two GeoJSON files, GeoJSON with GTFS, and GTFS without stops.txt, saying what to choose', () => {
    const code = (files: FileLike[]) => {
      const s = selectFiles(files);
      return s.type === 'error' ? s.problem.code : s.type;
    };
    expect(code([fake('gtfs.zip', 10)])).toBe('zip-file');
    expect(code([fake('a.geojson', 10), fake('b.json', 10)])).toBe('load-too-many-files');
    expect(code([fake('a.geojson', 10), fake('stops.txt', 10)])).toBe('load-too-many-files');
    expect(code([fake('routes.txt', 10), fake('trips.txt', 10)])).toBe('gtfs-no-stops-file');
    expect(code([fake('stopp.csv', 10)])).toBe('gtfs');
    expect(code([fake('export.txt', 10)])).toBe('geojson');
    expect(code([fake('stops.txt', 10), fake('agency.txt', 10), fake('shapes.txt', 10)])).toBe('gtfs');
  });

  it('a file far over the limit is refused without reading it, with the limit in the message', async () => {
    const big = fake('kommuneplan.geojson', 120 * 1024 * 1024);
    const selection = selectFiles([big]);
    if (selection.type === 'error') throw new Error('unexpected');
    const result = await readSelection(selection);
    expect(result).toMatchObject({ code: 'file-too-large', file: 'kommuneplan.geojson' });
    expect(big.read).not.toHaveBeenCalled();
  });

  it('a zip chosen in the dialog is explained in bokmål', async () => {
    renderApp();
    const d = await chooseFiles([textFile('rutedata.zip', 'PK')]);
    expect(within(d).getByRole('alert')).toHaveTextContent(
      'rutedata.zip er en zip-fil. Pakk den ut, og velg filene i den',
    );
    expect(useLoadStore.getState().reply).toBeNull();
  });
});

// @vitest-environment jsdom
// The investor view on the bundled data (map mocked): only available land, the rule, cards, filters, one-pager,
// exports.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import type { Dataset } from '../../../src/domain/dataset';
import { buildSyntheticDataset } from '../../../src/app/syntheticDataset';
import { actions } from '../../../src/state/actions';
import { useAppStore } from '../../../src/state/store';
import { useRoadStore } from '../../../src/state/roadStore';
import { bboxOf } from '../../../src/domain/geometry';
import { formatDistance } from '../../../src/ui/format';
import { CARD_PAGE_SIZE, InvestorView } from '../../../src/ui/investor/InvestorView';
import { plain } from '../fixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

/**
 * Hand-checked from the table in geodata/README.md: the 17 future sites are available; no existing site states vacant
 * land (ledig_daa), so every existing one is built up and left out, byggeklar or not.
 */
const AVAILABLE = [
  'S03',
  'S04',
  'S06',
  'S08',
  'S13',
  'S14',
  'S16',
  'S18',
  'S20',
  'S21',
  'S22',
  'S24',
  'S25',
  'S28',
  'S29',
  'S32',
  'S33',
];

let dataset: Dataset;
beforeAll(() => {
  dataset = loadBundledDataset();
});
beforeEach(() => {
  actions.reset();
  act(() => actions.datasetLoaded(dataset));
  act(() => actions.setPage('investor'));
});
afterEach(() => {
  cleanup();
  useRoadStore.getState().clear();
});

const cardIds = () => screen.getAllByTestId('investor-card').map((c) => c.getAttribute('data-site-id'));
const card = (id: string) =>
  screen.getAllByTestId('investor-card').find((c) => c.getAttribute('data-site-id') === id) as HTMLElement;
const fact = (root: HTMLElement, name: string) => plain(root.querySelector(`[data-fact="${name}"] dd`)?.textContent);

describe('InvestorView', () => {
  it('lists only the available sites: the 17 future ones (no existing site states vacant land), and tells the rule', () => {
    render(<InvestorView />);
    expect(screen.getByTestId('investor-view')).toBeInTheDocument();
    const expected = [...AVAILABLE];
    expect(cardIds().sort()).toEqual(expected.sort());
    expect(cardIds()).toHaveLength(17);
    for (const id of ['S01', 'S02', 'S19']) expect(cardIds()).not.toContain(id);
    expect(screen.getByTestId('investor-rule')).toHaveTextContent('ledig_daa');
    expect(screen.getByTestId('investor-rule')).toHaveTextContent('fremtidig næring');
    // The map shows the same 17 and nothing else.
    expect(screen.getByTestId('map').getAttribute('data-visible')).toBe([...expected].sort().join(','));
  });

  it('the lead sums the listed area: 3 091,9 daa in all minus the 1 078,5 daa of existing sites = 2 013,4 daa', () => {
    render(<InvestorView />);
    // The report CLI: 3 091,905 daa in all, 1 078,473 daa existing (the region summary's "Eksisterende"), 2 013,432
    // future.
    expect(plain(screen.getByTestId('investor-lead').textContent)).toBe('17 områder, til sammen 2 013,4 daa.');
  });

  it('a card shows area, suitable businesses in plain words, station and hub distances, readiness, road gap and contact', () => {
    render(<InvestorView />);
    const c = card('S21');
    const row = dataset.results.find((r) => r.siteId === 'S21');
    const station = row?.nearestByType.tog;
    expect(within(c).getByRole('heading', { level: 3 })).toHaveTextContent('Bjørnstad – ved E134/fv. 165');
    expect(plain(within(c).getByTestId('investor-card-area').textContent)).toBe('199,2 daa');
    expect(c).toHaveTextContent('C · Lager, logistikk, produksjon og annen arealkrevende virksomhet');
    expect(fact(c, 'station')).toMatch(/^.+, .+$/);
    expect(fact(c, 'station')).toContain(plain(formatDistance(station?.distanceM ?? Number.NaN, 'nb')));
    expect(fact(c, 'road')).toBe('mangler data');
    expect(fact(c, 'readiness')).toBe('Må reguleres');
    expect(c).toHaveTextContent('Kontakt: Invest in Asker');
    // No invented contact details.
    expect(c.textContent).not.toMatch(/@|\+47|\d{8}/);
  });

  it('follows the explorer filters (a filtered link) and can show all available again', () => {
    act(() => actions.setFilter('abc', 'C'));
    render(<InvestorView />);
    // C sites in the table: 12; S15, S19, S23, S30, S34 are existing (built up), the other 7 future and available.
    expect(cardIds()).toHaveLength(7);
    expect(screen.getByTestId('investor-filtered')).toHaveTextContent('7 av 17 ledige områder');
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle ledige områder' }));
    expect(cardIds()).toHaveLength(17);
    expect(screen.queryByTestId('investor-filtered')).toBeNull();
  });

  it('opens a one-pager with the outline, the figures, the note, the data notice, contact and a print button', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<InvestorView />);
    fireEvent.click(within(card('S03')).getByRole('button', { name: /Ettsides presentasjon/ }));
    expect(useAppStore.getState().selectedSiteId).toBe('S03');
    const page = screen.getByTestId('one-pager');
    expect(screen.queryByTestId('investor-list')).toBeNull();
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('Asker sentrum vest – transformasjon');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveFocus();
    // The outline has the outer ring and its hole.
    const outline = within(page).getByTestId('site-outline');
    expect(outline.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(outline).toHaveAccessibleName(/Omriss av Asker sentrum vest/);
    // Future land: no jobs today, so the new jobs are the capacity on its net land (56 499 m² × 0.7 × 1.0/35, 1.5/30,
    // 2.0/23).
    expect(fact(page, 'newJobs')).toBe(
      '1 130–1 977–3 439Kapasitet ferdig utbygd 1 130–1 977–3 439; arbeidsplasser i dag: 0 (fremtidig areal).',
    );
    expect(fact(page, 'road')).toContain('mangler data');
    expect(page).toHaveTextContent('bevaringsverdig bygg');
    expect(screen.getByTestId('one-pager-notice')).toHaveTextContent('Eksempeldata');
    expect(page).toHaveTextContent('Kontakt: Invest in Asker');
    expect(page).toHaveTextContent('?view=investor&site=S03');
    expect(screen.getByTestId('map').getAttribute('data-zoom')).toBe('S03');
    fireEvent.click(within(page).getByRole('button', { name: 'Skriv ut / lagre som PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(within(page).getByRole('button', { name: 'Tilbake til oversikten' }));
    expect(cardIds()).toHaveLength(17);
  });

  it('the one-pager has a location map: the site, its region, the hubs by name (as text) and a scale bar', () => {
    act(() => actions.selectSite('S03'));
    render(<InvestorView />);
    const map = within(screen.getByTestId('one-pager')).getByTestId('location-map');
    const svg = map.querySelector('svg') as SVGSVGElement;
    expect(svg).toHaveAccessibleName('Kart over Asker sentrum vest – transformasjon med omgivelser');
    // S03's nearest hub is Asker stasjon, 290 m away (the report's figure): named on the map and in the description.
    expect(svg).toHaveAccessibleDescription(/Nærmeste knutepunkt: Asker stasjon, 290 m/);
    const names = within(map)
      .getAllByTestId('location-map-hub')
      .map((el) => el.textContent);
    expect(names).toContain('Asker stasjon');
    // Names are text, never with the stop register id.
    expect(names.every((n) => n && !n.includes('NSR:'))).toBe(true);
    expect(within(map).getByTestId('location-map-site').getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(map.querySelector('[data-region="Asker nord"]')).not.toBeNull();
    expect(within(map).getByTestId('location-map-scale')).toHaveTextContent(/^\d+ m$/);
    expect(map).toHaveTextContent('Regionen Asker nord');
  });

  it('a road layer the user loads gives measured distances on the cards, the one-pager and the CSV; removing it brings back "mangler data"', async () => {
    // A test line (not a real road) 500 m north of S21's northernmost vertex, running 10 km east–west: the planar
    // distance from the site to it is exactly 500 m. A junction point 2 km further north is farther and not chosen.
    const s21 = dataset.sites.find((s) => s.id === 'S21');
    expect(s21).toBeDefined();
    const [minX, , maxX, maxY] = bboxOf(s21!.geometry);
    const mid = (minX + maxX) / 2;
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        {
          type: 'Feature',
          properties: { vegnummer: 'Testvei 1' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [mid - 5000, maxY + 500],
              [mid + 5000, maxY + 500],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { navn: 'Testkryss' },
          geometry: { type: 'Point', coordinates: [mid, maxY + 2500] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } },
      ],
    });
    render(<InvestorView />);
    expect(fact(card('S21'), 'road')).toBe('mangler data');
    const input = screen.getByLabelText('Velg veinett (GeoJSON)');
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File([text], 'testveier.geojson', { type: 'application/geo+json' })] },
      });
    });
    const preview = await screen.findByTestId('road-preview');
    expect(preview).toHaveTextContent('testveier.geojson: veilinjer 1 (10,0 km), kryss 1');
    expect(preview).toHaveTextContent('Utelatt fordi de ikke er linjer eller punkter: 1.');
    expect(preview).toHaveTextContent('Testvei 1, Testkryss');
    // Nothing is measured before the user says so.
    expect(fact(card('S21'), 'road')).toBe('mangler data');
    fireEvent.click(screen.getByRole('button', { name: 'Bruk veinettet' }));
    expect(fact(card('S21'), 'road')).toBe(`${formatDistance(500, 'nb')} til Testvei 1`);
    expect(screen.getByTestId('road-in-use')).toHaveTextContent('testveier.geojson (veilinjer 1, kryss 1)');

    act(() => actions.selectSite('S21'));
    const page = screen.getByTestId('one-pager');
    expect(fact(page, 'road')).toBe(
      '500 m til Testvei 1Avstand i planet (EPSG:25832) fra kanten av området til nærmeste veilinje i testveier.geojson.',
    );
    expect(within(page).getByTestId('location-map')).toHaveTextContent('Hovedvei (lastet inn)');
    act(() => actions.selectSite(null));

    fireEvent.click(screen.getByRole('button', { name: 'Fjern veinettet' }));
    expect(fact(card('S21'), 'road')).toBe('mangler data');
  });

  it('a road file that is not usable says why and measures nothing', async () => {
    render(<InvestorView />);
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }],
    });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Velg veinett (GeoJSON)'), {
        target: { files: [new File([bad], 'flater.geojson')] },
      });
    });
    expect(
      await screen.findByText(/Kunne ikke lese veinettet: flater.geojson: har ingen veglinjer eller kryss/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bruk veinettet' })).toBeNull();
    expect(fact(card('S21'), 'road')).toBe('mangler data');
  });

  it('a link to a site that is not available says so instead of presenting it', () => {
    act(() => actions.selectSite('S01'));
    render(<InvestorView />);
    expect(screen.queryByTestId('one-pager')).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent('Asker sentrum – stasjonsområdet');
    expect(screen.getByRole('note')).toHaveTextContent('ikke blant de ledige arealene');
  });

  it('switches to English with the app language', () => {
    act(() => actions.setLang('en'));
    render(<InvestorView />);
    expect(screen.getByRole('heading', { level: 2, name: 'Available business land in Asker' })).toBeInTheDocument();
    const c = card('S21');
    expect(plain(within(c).getByTestId('investor-card-area').textContent)).toBe('199.2 daa');
    expect(c).toHaveTextContent('Warehousing, logistics, production');
    expect(fact(c, 'road')).toBe('no data yet');
    expect(c).toHaveTextContent('Contact: Invest in Asker');
  });

  it('shows large selections a page of cards at a time (300 synthetic sites)', () => {
    const synthetic = buildSyntheticDataset(300);
    const available = synthetic.sites.filter((s) => s.status === 'fremtidig').length;
    expect(available).toBeGreaterThan(2 * CARD_PAGE_SIZE);
    act(() => actions.datasetLoaded(synthetic));
    render(<InvestorView />);
    expect(cardIds()).toHaveLength(CARD_PAGE_SIZE);
    fireEvent.click(
      screen.getByRole('button', { name: `Vis ${CARD_PAGE_SIZE} flere (${CARD_PAGE_SIZE} av ${available} vises)` }),
    );
    expect(cardIds()).toHaveLength(2 * CARD_PAGE_SIZE);
    // The map still shows every available site, not just the cards on screen.
    expect(screen.getByTestId('map').getAttribute('data-visible')?.split(',')).toHaveLength(available);
    expect(screen.getByTestId('export-bar')).toHaveTextContent(`(${available} områder)`);
  });

  it('downloads the shown selection as an Excel CSV with the 17 rows', async () => {
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<InvestorView />);
    fireEvent.click(screen.getByRole('button', { name: 'Regneark (CSV)' }));
    // The CSV writer is fetched on the first press (not part of the first page load).
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('export-bar')).toHaveTextContent('ledige-naeringsarealer-asker.csv er lastet ned.');
    const bytes = new Uint8Array(await (blob as unknown as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(18);
    expect(lines.slice(1).every((l) => l.split(';')[5] === 'ja')).toBe(true);
  });
});

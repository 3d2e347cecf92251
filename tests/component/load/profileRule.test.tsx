// @vitest-environment jsdom
// The load dialog reads a kommune boundary file by the active kommune profile's rule (issue 14): the bundled Asker
// profile makes Asker nord / syd of 0220, 0627 and 0628; the Bærum profile makes one region of 3201 and skips the rest.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import baerumJson from '../../../geodata/profiles/baerum.json';
import { parseProfile } from '../../../src/domain/kommuneProfile';
import { DEFAULT_PROFILE, setProfile } from '../../../src/state/profileStore';
import { useAppStore } from '../../../src/state/store';
import { chooseFiles, FIXTURES, plain, renderApp, textFile } from './helpers';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

afterEach(() => {
  cleanup();
  setProfile(DEFAULT_PROFILE);
});

const BAERUM = parseProfile(baerumJson);
const KOMMUNER = readFileSync(join(FIXTURES, 'good/kommuner_25833.geojson'), 'utf8');
/** The same five kommuner, with the square east of Asker numbered as today's Bærum (3201) instead of 0219. */
const WITH_3201 = KOMMUNER.replace('"0219"', '"3201"');

async function applyAndRegions(d: HTMLElement): Promise<string[]> {
  fireEvent.click(within(d).getByRole('button', { name: 'Bruk dataene' }));
  await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return (useAppStore.getState().dataset?.regions ?? []).map((r) => r.name).sort();
}

describe('kommune boundaries in the load dialog follow the kommune profile', () => {
  it('Asker (the default): 0220 → Asker nord, 0627 + 0628 → Asker syd; 3201 and 3025 are skipped', async () => {
    renderApp();
    const d = await chooseFiles([textFile('kommuner.geojson', WITH_3201)]);
    expect(plain(within(d).getByTestId('load-mode').textContent)).toBe(
      'Kommunegrenser: 0220 (Asker) blir Asker nord; 0627 (Røyken) og 0628 (Hurum) blir Asker syd; andre kommuner hoppes over.',
    );
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '5 objekter i filen: 3 leses inn, 2 hoppes over.',
    );
    const skipped = plain(within(d).getByTestId('load-skipped').textContent);
    expect(skipped).toContain('1 × 3201 Bærum: ikke en av de tidligere Asker-kommunene');
    expect(skipped).toContain(': dagens Asker i ett stykke');
    expect(await applyAndRegions(d)).toEqual(['Asker nord', 'Asker syd']);
  });

  it('Bærum: its own rule (3201 → Bærum, one region); the former Asker kommuner are skipped, not made Asker nord/syd', async () => {
    setProfile(BAERUM);
    renderApp();
    const d = await chooseFiles([textFile('kommuner.geojson', WITH_3201)]);
    expect(plain(within(d).getByTestId('load-mode').textContent)).toBe(
      'Kommunegrenser etter profilen for Bærum: 0219, 3024 og 3201 blir Bærum; andre kommuner hoppes over.',
    );
    expect(d).not.toHaveTextContent('Asker nord');
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '5 objekter i filen: 1 leses inn, 4 hoppes over.',
    );
    const skipped = plain(within(d).getByTestId('load-skipped').textContent);
    expect(skipped).toContain('Hoppes over (4)');
    expect(skipped).toContain('1 × 0220 Asker: ikke en av kommunene i regionene til Bærum (0219, 3024, 3201)');
    expect(skipped).not.toContain('Asker-kommune');
    expect(await applyAndRegions(d)).toEqual(['Bærum']);
  });

  it('Bærum: its number before 2020 (0219) is Bærum too', async () => {
    setProfile(BAERUM);
    renderApp();
    const d = await chooseFiles([textFile('kommuner.geojson', KOMMUNER)]);
    expect(plain(within(d).getByTestId('load-counts').textContent)).toBe(
      '5 objekter i filen: 1 leses inn, 4 hoppes over.',
    );
    expect(await applyAndRegions(d)).toEqual(['Bærum']);
  });

  it('Bærum: a file without any of its numbers keeps nothing and says which kommuner the profile wants', async () => {
    setProfile(BAERUM);
    renderApp();
    const d = await chooseFiles([textFile('kommuner.geojson', KOMMUNER.replace('"0219"', '"0301"'))]);
    expect(d).toHaveTextContent('0219, 3024, 3201');
    expect(within(d).getByRole('button', { name: 'Bruk dataene' })).toBeDisabled();
  });

  /** One square in UTM metres without a declared CRS, named `name`: guessed as a region by name, its UTM zone detected.
   * */
  const named = (name: string) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [585000, 6640000],
                [590000, 6640000],
                [590000, 6645000],
                [585000, 6645000],
                [585000, 6640000],
              ],
            ],
          },
        },
      ],
    });

  it('named regions and the UTM zone are guessed by the profile: Asker nord / syd near Asker, Bærum near Bærum', async () => {
    renderApp();
    let d = await chooseFiles([textFile('regioner.geojson', named('Asker nord'))]);
    expect(plain(within(d).getByTestId('load-guess').textContent)).toContain(
      'Gjettet: regioner (objektene heter Asker nord / Asker syd)',
    );
    expect(plain(within(d).getByTestId('load-crs').textContent)).toContain(
      'sonen som legger dataene nærmest Asker, er valgt',
    );
    cleanup();

    setProfile(BAERUM);
    renderApp();
    d = await chooseFiles([textFile('regioner.geojson', named('Bærum'))]);
    expect(plain(within(d).getByTestId('load-guess').textContent)).toContain(
      'Gjettet: regioner (objektene heter Bærum)',
    );
    expect(plain(within(d).getByTestId('load-crs').textContent)).toContain(
      'sonen som legger dataene nærmest Bærum, er valgt',
    );
    expect(await applyAndRegions(d)).toEqual(['Bærum']);
  });
});

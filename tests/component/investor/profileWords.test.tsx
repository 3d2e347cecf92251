// @vitest-environment jsdom
// The investor page and the scenario presets take their kommune words from the profile (issue 14): Asker's profile
// names Invest in Asker, its main roads and its own preset; under Bærum's, which names none of them, the page speaks
// of Bærum, says it has no organisation to contact, and the preset made for Asker syd is not offered.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import baerumJson from '../../../geodata/profiles/baerum.json';
import { loadBundledDataset } from '../../../src/app/defaultData';
import type { Dataset } from '../../../src/domain/dataset';
import { parseProfile } from '../../../src/domain/kommuneProfile';
import { presetsFor } from '../../../src/domain/presets';
import { actions } from '../../../src/state/actions';
import { DEFAULT_PROFILE, setProfile } from '../../../src/state/profileStore';
import { INITIAL_WORKSPACE } from '../../../src/state/scenarioWorkspace';
import { InvestorView } from '../../../src/ui/investor/InvestorView';
import { ScenarioPicker } from '../../../src/ui/scenarios/ScenarioPicker';
import { plain } from '../fixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

const BAERUM = parseProfile(baerumJson);
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
  setProfile(DEFAULT_PROFILE);
});

const heroText = () => plain(screen.getByTestId('investor-view').querySelector('.inv-hero')?.textContent);

describe('investor words from the profile', () => {
  it('Asker: Invest in Asker, Asker in the title, E18/E134 for the roads', () => {
    render(<InvestorView />);
    expect(heroText()).toContain('Invest in Asker');
    expect(heroText()).toContain('Ledige næringsarealer i Asker');
    expect(heroText()).toContain('Avstand til hovedvei (E18/E134): mangler data. Kryssene på E18 og E134');
    expect(plain(screen.getAllByTestId('contact-line')[0]?.textContent)).toContain('Kontakt: Invest in Asker');
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`Bærum (${lang}): no Asker word on the page; it says there is no organisation to contact`, () => {
      setProfile(BAERUM);
      act(() => actions.setLang(lang));
      render(<InvestorView />);
      const hero = heroText();
      expect(hero).toContain(lang === 'nb' ? 'Næringsareal i Bærum' : 'Business land in Bærum');
      expect(hero).toContain(lang === 'nb' ? 'Ledige næringsarealer i Bærum' : 'Available business land in Bærum');
      expect(hero).toContain(
        lang === 'nb' ? 'Avstand til hovedvei: mangler data' : 'Distance to the main roads: no data yet',
      );
      expect(hero).not.toMatch(/E18|E134/);
      const contact = plain(screen.getAllByTestId('contact-line')[0]?.textContent);
      expect(contact).toBe(
        lang === 'nb'
          ? 'Kommuneprofilen for Bærum nevner ingen organisasjon som tar imot investorer, så her står ingen kontakt.'
          : 'The kommune profile for Bærum names no organisation that receives investors, so no contact is given here.',
      );
      // The bundled sites are Asker's, so their names may say Asker; the page's own words may not.
      expect(hero).not.toContain('Asker');
      expect(contact).not.toContain('Asker');
    });
  }
});

describe('scenario presets from the profile', () => {
  it('Asker offers its own preset; Bærum only the generic ones, and says so', () => {
    expect(presetsFor(DEFAULT_PROFILE.scenarioPresets).map((p) => p.id)).toEqual([
      'basis',
      'fortetting',
      'satsing-syd',
      'jordvern',
    ]);
    expect(presetsFor(BAERUM.scenarioPresets).map((p) => p.id)).toEqual(['basis', 'fortetting', 'jordvern']);
    const { unmount } = render(<ScenarioPicker lang="nb" workspace={INITIAL_WORKSPACE} />);
    expect(screen.getAllByRole('option', { name: 'Satsing Asker syd' }).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('scen-presets-note')).toBeNull();
    unmount();
    setProfile(BAERUM);
    render(<ScenarioPicker lang="nb" workspace={INITIAL_WORKSPACE} />);
    expect(screen.queryAllByRole('option', { name: 'Satsing Asker syd' })).toHaveLength(0);
    expect(screen.getAllByRole('option', { name: 'Jordvern' }).length).toBeGreaterThan(0);
    expect(plain(screen.getByTestId('scen-presets-note').textContent)).toContain(
      'Kommuneprofilen for Bærum har ingen egne ferdige scenarioer',
    );
  });
});

// @vitest-environment jsdom
// The comparison page names the active kommune profile's plan (issue 14): Asker's targets, source and density figure
// as before; under the Bærum profile, which has no plan figures, the page says they are missing and never shows
// Asker's.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import baerumJson from '../../../geodata/profiles/baerum.json';
import { App } from '../../../src/App';
import { parseProfile } from '../../../src/domain/kommuneProfile';
import { actions } from '../../../src/state/actions';
import { DEFAULT_PROFILE, setProfile } from '../../../src/state/profileStore';
import { openComparison, plain } from './scenarioFixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

const BAERUM = parseProfile(baerumJson);

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  setProfile(DEFAULT_PROFILE);
});

const page = () => plain(screen.getByTestId('scenario-compare').textContent);

describe('the comparison page under a kommune profile', () => {
  it('Asker (the default): the plan’s targets, their source and the density warning citing Temaplan næring', () => {
    act(() => openComparison());
    render(<App />);
    const text = page();
    expect(text).toContain('for regionene i Asker og for kommunens mål');
    expect(text).toContain('Mål: 15 000–20 000 på 20 år, skalert');
    expect(text).toContain('Mål: 500–550 i året × år');
    expect(text).toContain('År med arealtilgang (nye ÷ 500–550 i året)');
    expect(text).toContain('Areal per ny arbeidsplass, m² (i dag: 420 m²)');
    expect(text).toContain('Mål for Asker: 15 000–20 000 nye arbeidsplasser på 20 år og 500–550 i året');
    // One source, the fuller of the two the job figures give (not the same Temaplan twice, joined by «;»).
    expect(text).toContain(
      'Kilde: Asker kommune, Temaplan næring 2020–2032 (høringsutkast 15.12.2020), §5.9.2 (kommuneplan 2020–2032).',
    );
    expect(text).not.toContain('§5.9.2; Asker kommune');
    expect(text).not.toContain('hearing draft');
    expect(text).toContain('Asker nord og Asker syd');
    expect(plain(screen.getByTestId('scenario-density-warning-0').textContent)).toBe(
      'Advarsel: ferdig utbygd gir forutsetningene 120 m² areal per arbeidsplass, 3,5 ganger tettere enn dagens 420 m² (Temaplan næring §5.9.2). Sjekk %BRA og m² per arbeidsplass før tallene brukes.',
    );
    expect(plain(screen.getByTestId(`scen-cell-target-0`).textContent)).toBe('15 000–20 000');
  });

  it('Bærum: the figures are missing, with the profile’s reason; no Asker target, source or density figure', () => {
    setProfile(BAERUM);
    act(() => openComparison());
    render(<App />);
    const text = page();
    expect(text).toContain('for regionene i Bærum og for kommunens mål');
    expect(text).toContain(
      'Kommuneprofilen for Bærum har ikke planens mål for nye arbeidsplasser (Ikke samlet inn: prosjektet har ikke noe tall med kilde fra Bærums egne planer',
    );
    expect(text).toContain('Mål: mangler på 20 år, skalert');
    expect(text).toContain('Areal per ny arbeidsplass, m² (i dag: mangler i profilen)');
    expect(text).toContain('År med arealtilgang (nye ÷ planens vekst i året, mangler)');
    for (const asker of ['15 000', '500–550', '420 m²', 'Temaplan', '§5.9.2']) expect(text).not.toContain(asker);
    expect(screen.queryByTestId('scenario-density-warning-0')).toBeNull();
    expect(plain(screen.getByTestId(`scen-cell-target-0`).textContent)).toBe('–');
  });

  it('English: the same texts in English for Bærum', () => {
    setProfile(BAERUM);
    act(() => openComparison());
    render(<App />);
    act(() => actions.setLang('en'));
    const text = page();
    expect(text).toContain('for the regions of Bærum');
    expect(text).toContain('The kommune profile for Bærum has no plan targets for new jobs');
    expect(text).not.toContain('15,000');
  });
});

// @vitest-environment jsdom
// The site card formats the engine's figures the Norwegian (or British) way and wires its buttons.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteCard } from '../../src/ui/SiteCard';
import baerumJson from '../../geodata/profiles/baerum.json';
import { DEFAULT_ASSUMPTIONS } from '../../src/domain/assumptions';
import { parseProfile } from '../../src/domain/kommuneProfile';
import { DEFAULT_PROFILE, useProfileStore } from '../../src/state/profileStore';
import { HUB, plain, RESULT, SITE } from './fixtures';

afterEach(cleanup);

function renderCard(lang: 'nb' | 'en', handlers = { onZoom: vi.fn(), onClose: vi.fn() }) {
  render(<SiteCard site={SITE} result={RESULT} hub={HUB} lang={lang} {...handlers} />);
  return handlers;
}

describe('SiteCard', () => {
  it('shows 20 000 m² as "20,0 daa" and "20 000 m²" in bokmål', () => {
    renderCard('nb');
    expect(plain(screen.getByTestId('site-card-area-daa').textContent)).toBe('20,0 daa');
    expect(plain(screen.getByTestId('site-card-area').textContent)).toContain('(20 000 m²)');
  });

  it('shows jobs low–mid–high as whole numbers with Norwegian grouping', () => {
    renderCard('nb');
    expect(plain(screen.getByTestId('site-card-jobs').textContent)).toBe('400–1 000–2 500');
  });

  it('gives the nearest hub with the distance from the edge and from the centre', () => {
    renderCard('nb');
    const hub = plain(screen.getByTestId('site-card-hub').textContent);
    expect(hub).toContain('Asker stasjon (tog)');
    expect(hub).toContain('340 m fra kanten av området');
    expect(hub).toContain('1,2 km fra midtpunktet');
  });

  it('shows status, ABC type, readiness, region, verdict with reason, and the note as text', () => {
    renderCard('nb');
    const card = screen.getByTestId('site-card');
    expect(card).toHaveTextContent('Eksisterende');
    expect(card).toHaveTextContent('Må reguleres');
    expect(card).toHaveTextContent('Asker nord');
    expect(plain(screen.getByTestId('site-card-fit').textContent)).toBe(
      'Passer – A-område 340 m fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer A-område – passer.',
    );
    // Markup in a data file stays literal text.
    expect(card).toHaveTextContent('En <b>merknad</b> som skal vises som tekst.');
    expect(card.querySelector('b')).toBeNull();
  });

  it('uses British number formats and English words in English', () => {
    renderCard('en');
    expect(screen.getByTestId('site-card-area-daa')).toHaveTextContent('20.0 daa');
    expect(screen.getByTestId('site-card-area')).toHaveTextContent('(20,000 m²)');
    expect(screen.getByTestId('site-card-jobs')).toHaveTextContent('400–1,000–2,500');
    expect(screen.getByTestId('site-card-hub')).toHaveTextContent('1.2 km from the centre');
    expect(screen.getByTestId('site-card-fit')).toHaveTextContent(
      'Fits – A-type site 340 m from the nearest rail station (Asker stasjon): the location matches an A-type site – fits.',
    );
  });

  it('calls back with the site id on "Zoom til" and closes on "Lukk"', () => {
    const handlers = renderCard('nb');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom til' }));
    expect(handlers.onZoom).toHaveBeenCalledWith('S1');
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(handlers.onClose).toHaveBeenCalledOnce();
  });
});

describe('SiteCard: what the jobs-today estimate is made from', () => {
  afterEach(() => useProfileStore.setState({ profile: DEFAULT_PROFILE }));

  it("under Asker the 420 m² per job is the plan's figure for today: the card says «som i dag»", () => {
    renderCard('nb');
    expect(plain(screen.getByTestId('site-card-jobs-today').textContent)).toBe(
      `${RESULT.jobsToday} (anslag: 420 m² areal per arbeidsplass, som i dag)`,
    );
  });

  it("under Bærum (no figure of its own) the same 420 m² is an assumption, not Bærum's today", () => {
    useProfileStore.setState({ profile: parseProfile(baerumJson) });
    renderCard('nb');
    expect(plain(screen.getByTestId('site-card-jobs-today').textContent)).toBe(
      `${RESULT.jobsToday} (anslag: 420 m² areal per arbeidsplass – en forutsetning, ikke et tall for Bærum i dag)`,
    );
    cleanup();
    renderCard('en');
    expect(plain(screen.getByTestId('site-card-jobs-today').textContent)).toBe(
      `${RESULT.jobsToday} (estimate: 420 m² land per job – an assumption, not a figure for Bærum today)`,
    );
  });

  it('an assumption changed away from the kommune figure is not called «som i dag» either', () => {
    const changed = { ...DEFAULT_ASSUMPTIONS, landPerJobTodayM2: 300 };
    render(
      <SiteCard
        site={SITE}
        result={RESULT}
        hub={HUB}
        lang="nb"
        assumptions={changed}
        onZoom={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(plain(screen.getByTestId('site-card-jobs-today').textContent)).toContain(
      '300 m² areal per arbeidsplass – en forutsetning, ikke et tall for Asker i dag',
    );
  });
});

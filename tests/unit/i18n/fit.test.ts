// The one ABC-fit renderer: the engine's facts in bokmål and English, one verdict vocabulary in label and sentence
// form.
import { describe, expect, it } from 'vitest';
import { assessAbcFit } from '../../../src/domain/abcFit.ts';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import type { AbcFitVerdict, Hub, Meters, SiteGeometryMetrics, SquareMeters } from '../../../src/domain/types.ts';
import { fitReasonsBoth, fitReasonText, fitVerdictText, fitWords } from '../../../src/i18n/fit.ts';
import { formatDistance } from '../../../src/i18n/format.ts';
import { hub } from '../domain/helpers.ts';

const T = DEFAULT_ASSUMPTIONS.accessibility;
const HUBS = new Map<string, Hub>([
  ['H01', hub('H01', [580407, 6633751], 'tog', 'Asker stasjon')],
  ['H02', hub('H02', [580367, 6633717], 'buss', 'Asker bussterminal')],
  ['H10', hub('H10', [583322, 6630907], 'båt', 'Vollen')],
]);

function metrics(railM: number | null, busM: number | null = null, boatM: number | null = null): SiteGeometryMetrics {
  const byType: SiteGeometryMetrics['nearestByType'] = {};
  const all: [string, number][] = [];
  if (railM !== null) {
    byType.tog = { hubId: 'H01', distanceM: railM as Meters };
    all.push(['H01', railM]);
  }
  if (busM !== null) {
    byType.buss = { hubId: 'H02', distanceM: busM as Meters };
    all.push(['H02', busM]);
  }
  if (boatM !== null) {
    byType['båt'] = { hubId: 'H10', distanceM: boatM as Meters };
    all.push(['H10', boatM]);
  }
  all.sort((a, b) => a[1] - b[1]);
  const best = all[0];
  return {
    siteId: 's',
    areaM2: 20000 as SquareMeters,
    centroid: [0, 0],
    hubId: best?.[0] ?? null,
    hubDistanceM: (best?.[1] ?? null) as Meters | null,
    hubCentroidDistanceM: null,
    nearestByType: byType,
    region: null,
  };
}

describe('fitVerdictText: one vocabulary, the first letter by position', () => {
  const nbLabels: Record<AbcFitVerdict, string> = {
    ok: 'Passer',
    partial: 'Passer delvis',
    mismatch: 'Passer ikke',
    unknown: 'Kan ikke vurderes',
  };
  it.each(Object.entries(nbLabels))('%s → "%s" as a label, lower case inside a sentence', (verdict, label) => {
    const v = verdict as AbcFitVerdict;
    expect(fitVerdictText(v, 'nb')).toBe(label);
    expect(fitVerdictText(v, 'nb', 'inline')).toBe(label.charAt(0).toLowerCase() + label.slice(1));
  });

  it('never uses the old words "passer dårlig", "delvis:" alone or "samsvar"', () => {
    const texts = [metrics(500), metrics(1200), metrics(2400)].flatMap((m) =>
      (['A', 'B', 'C', null] as const).map((abc) => fitReasonText(assessAbcFit(abc, m, HUBS, T), 'nb')),
    );
    for (const text of texts) {
      expect(text).not.toMatch(/dårlig|samsvar|– delvis/);
      expect(text).toMatch(/– (passer|passer delvis|passer ikke|kan ikke vurderes)[.:\s]/);
    }
  });
});

describe('fitReasonText', () => {
  it('A-type site 2.4 km from Asker stasjon, in Norwegian and English', () => {
    const fit = assessAbcFit('A', metrics(2432), HUBS, T);
    expect(fitReasonText(fit, 'nb')).toBe(
      'A-område 2,4 km fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer C-område – passer ikke: persontett virksomhet bør ligge ved et kollektivknutepunkt.',
    );
    expect(fitReasonText(fit, 'en')).toBe(
      'A-type site 2.4 km from the nearest rail station (Asker stasjon): the location matches a C-type site – does not fit: people-intensive use belongs at a public-transport hub.',
    );
    expect(fitReasonsBoth(fit)).toEqual({ nb: fitReasonText(fit, 'nb'), en: fitReasonText(fit, 'en') });
  });

  it('names a nearer hub of another type, in metres rounded to 10', () => {
    const fit = assessAbcFit('C', metrics(1900, 343), HUBS, T);
    expect(fitReasonText(fit, 'nb')).toBe(
      'C-område 1,9 km fra nærmeste togstasjon (Asker stasjon), 340 m fra nærmeste knutepunkt (Asker bussterminal, buss): beliggenheten tilsvarer B-område – passer delvis: arealkrevende virksomhet nær et kollektivknutepunkt.',
    );
    expect(fitReasonText(fit, 'en')).toContain('340 m from the nearest hub (Asker bussterminal, bus)');
    expect(fitReasonText(fit, 'en')).toContain('– partly fits: area-demanding use close to a public-transport hub.');
  });

  it('says so when there is no rail station in the data', () => {
    const fit = assessAbcFit('B', metrics(null, null, 600), HUBS, T);
    expect(fitReasonText(fit, 'nb')).toBe(
      'B-område; ingen togstasjon i datagrunnlaget, 600 m fra nærmeste knutepunkt (Vollen, båt): beliggenheten tilsvarer B-område – passer.',
    );
    expect(fitReasonText(fit, 'en')).toBe(
      'B-type site; no rail station in the data, 600 m from the nearest hub (Vollen, boat): the location matches a B-type site – fits.',
    );
  });

  it('a site without a planned type: the access class, and that the fit cannot be assessed', () => {
    const fit = assessAbcFit(null, metrics(1200), HUBS, T);
    expect(fitReasonText(fit, 'nb')).toBe(
      'Område uten ABC-type, 1,2 km fra nærmeste togstasjon (Asker stasjon): beliggenheten tilsvarer B-område – kan ikke vurderes uten planlagt type.',
    );
    expect(fitReasonText(fit, 'en')).toBe(
      'Site without an ABC type, 1.2 km from the nearest rail station (Asker stasjon): the location matches a B-type site – cannot be assessed without a planned type.',
    );
  });

  it('a hub the lookup lacks is named by its id and called a hub', () => {
    const fit = assessAbcFit('B', metrics(1900, 343), new Map(), T);
    expect(fitReasonText(fit, 'nb')).toContain(
      '1,9 km fra nærmeste togstasjon (H01), 340 m fra nærmeste knutepunkt (H02, knutepunkt)',
    );
  });

  it('leaves placeholders in a hub name as they are (names are data, not templates)', () => {
    const fit = assessAbcFit('A', metrics(500), new Map([['H01', hub('H01', [0, 0], 'tog', '{distance} {why}')]]), T);
    expect(fitReasonText(fit, 'nb')).toBe(
      'A-område 500 m fra nærmeste togstasjon ({distance} {why}): beliggenheten tilsvarer A-område – passer.',
    );
  });

  it('fitWords gives an export the label and the reason of one language', () => {
    const fit = assessAbcFit('A', metrics(1200), HUBS, T);
    const words = fitWords('en');
    expect(words.verdict(fit)).toBe('Partly fits');
    expect(words.reason(fit)).toBe(fitReasonText(fit, 'en'));
  });
});

describe('formatDistance', () => {
  it('metres to 10 m below 1 km, else km with one decimal', () => {
    expect(formatDistance(0, 'nb')).toBe('0 m');
    expect(formatDistance(343, 'nb')).toBe('340 m');
    expect(formatDistance(994, 'en')).toBe('990 m');
    expect(formatDistance(996, 'nb')).toBe('1,0 km');
    expect(formatDistance(2432, 'en')).toBe('2.4 km');
    expect(formatDistance(1234567, 'nb')).toBe('1\u00a0234,6 km');
    expect(formatDistance(1234567, 'en')).toBe('1,234.6 km');
  });
});

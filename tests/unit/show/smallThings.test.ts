// Issue 10's smaller fixes: field names in words, the basis tag not said twice, "an A-type site".
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { fitReasonText } from '../../../src/i18n/fit';
import { needsBasisTag } from '../../../src/ui/scenarios/basisTag';
import { scenarioProblem } from '../../../src/domain/scenarioProblem';
import { scenarioFieldWords, scenarioProblemText } from '../../../src/i18n/scenarioProblems';

describe('scenario problems name the field in words', () => {
  it('turns schema paths into the words on the page', () => {
    expect(scenarioFieldWords(['assumptions', 'capacity', 'C', 'm2PerJob'], 'nb')).toBe(
      'Arealbehov per arbeidsplass, C',
    );
    expect(scenarioFieldWords(['assumptions', 'capacity', 'A', 'bra', 'mid'], 'nb')).toBe(
      'Utnyttelse (%BRA), A (middels)',
    );
    expect(scenarioFieldWords(['assumptions', 'accessibility', 'bMaxAnyHubM'], 'en')).toBe(
      'Limit for B: distance to any hub',
    );
    expect(scenarioFieldWords(['sites', 'S07', 'bra'], 'nb')).toBe('Område S07: utnyttelse (%BRA)');
    expect(scenarioFieldWords(['rules', 2, 'when'], 'nb')).toBe('Regel 3: hvilke områder den gjelder (when)');
    expect(scenarioFieldWords(['rules', 2, 'then'], 'nb')).toBe('Feltet «rules[2].then»');
  });
  it('puts the words first in both languages', () => {
    expect(
      scenarioProblemText(scenarioProblem(['assumptions', 'capacity', 'C', 'm2PerJob'], 'range-order'), 'nb'),
    ).toBe('Arealbehov per arbeidsplass, C: må oppfylle lav ≤ middels ≤ høy');
    expect(
      scenarioProblemText(scenarioProblem(['horizonYears'], 'whole-between', { min: 1, max: 100, got: '500' }), 'en'),
    ).toBe('Horizon (years): must be a whole number between 1 and 100, not 500');
  });
});

describe('the basis tag', () => {
  it('is left out when the name already says it', () => {
    expect(needsBasisTag('Kommuneplan (basis)', 'basis')).toBe(false);
    expect(needsBasisTag('Kopi av Kommuneplan', 'basis')).toBe(true);
  });
});

describe('English fit reasons', () => {
  it('say "an A-type site", never "a A-type"', () => {
    const reasons = loadBundledDataset().results.map((r) => fitReasonText(r.fit, 'en'));
    expect(reasons.some((r) => r.includes('matches an A-type site'))).toBe(true);
    expect(reasons.some((r) => /\ba A-type/.test(r))).toBe(false);
  });
});

describe('the default background map', () => {
  it('asks for Kartverket topo under auto but looks offline until a tile has arrived; bg=none is the offline map', async () => {
    const { basemapVisibility, regionFillOpacity } = await import('../../../src/map/basemap');
    const { readUrl, writeUrl } = await import('../../../src/state/urlCodec');
    expect(basemapVisibility('topo', 'auto')).toBe('visible');
    expect(basemapVisibility('grey', 'auto')).toBe('none');
    expect(regionFillOpacity('auto', false)).toBe(1);
    expect(regionFillOpacity('auto', true)).toBeLessThan(0.5);
    expect(readUrl('').basemap).toBe('auto');
    expect(readUrl('?bg=none').basemap).toBe('none');
    expect(writeUrl('', readUrl('?bg=none'))).toBe('?bg=none');
    expect(writeUrl('', readUrl(''))).toBe('');
  });
});

describe('the contact line', () => {
  it('is a placeholder unless the file is marked sourced and names its source', async () => {
    const { readContact } = await import('../../../src/domain/contact');
    const file = (await import('../../../config/contact.json')).default;
    expect(readContact(file)).toMatchObject({ organisation: 'Invest in Asker', sourced: false, ways: [] });
    expect(readContact({ sourced: true, email: 'a@b.no', source: null }).sourced).toBe(false);
    expect(
      readContact({ sourced: true, organisation: 'X', email: 'a@b.no', source: 'https://example.org/kontakt' }),
    ).toEqual({
      organisation: 'X',
      ways: ['a@b.no'],
      sourced: true,
      source: 'https://example.org/kontakt',
    });
    expect(readContact('junk').organisation).toBe('Invest in Asker');
  });
});

describe('vacant land in the site files', () => {
  it('reads ledig_daa (number or decimal-comma text), warns on nonsense, and makes an existing site available', async () => {
    const { loadSites } = await import('../../../src/data/loaders');
    const { isAvailableLand } = await import('../../../src/domain/availability');
    const square = (x: number) => [
      [
        [x, 6633000],
        [x + 100, 6633000],
        [x + 100, 6633100],
        [x, 6633100],
        [x, 6633000],
      ],
    ];
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        {
          type: 'Feature',
          properties: { id: 'a', name: 'A', status: 'eksisterende', ledig_daa: 4 },
          geometry: { type: 'Polygon', coordinates: square(580000) },
        },
        {
          type: 'Feature',
          properties: { id: 'b', name: 'B', status: 'eksisterende', ledig_daa: '2,5' },
          geometry: { type: 'Polygon', coordinates: square(581000) },
        },
        {
          type: 'Feature',
          properties: { id: 'c', name: 'C', status: 'eksisterende', ledig_daa: 'mye' },
          geometry: { type: 'Polygon', coordinates: square(582000) },
        },
      ],
    };
    const { value, warnings } = loadSites(JSON.stringify(fc), { file: 'ledig.geojson' });
    expect(value.map((s) => s.vacantDaa)).toEqual([4, 2.5, null]);
    expect(value.map((s) => isAvailableLand(s))).toEqual([true, true, false]);
    expect(warnings.some((w) => w.code === 'vacant-unknown')).toBe(true);
  });
});

// Jobs today from the data: jobs_today, arbeidsplasser or ansatte, which field was used, and bad values.
import { describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/data/loaders.ts';
import { sitesToGeoJson } from '../../../src/data/writeGeoJson.ts';
import { analyse } from '../../../src/domain/analyse.ts';
import { collection, feature, polygon, rectRing } from './geojsonText.ts';
import { messageOf } from '../../helpers/problemWords.ts';

// 200 m × 210 m = 42 000 m² = 42 daa.
const RECT = polygon(rectRing(580_000, 6_630_000, 200, 210));
const load = (props: Record<string, unknown>[]) =>
  loadSites(
    collection(
      props.map((p, i) => feature(RECT, { id: `S${i + 1}`, name: 'n', status: 'eksisterende', abc: 'B', ...p })),
    ),
    { file: 's.geojson' },
  );

describe('jobs today from site properties', () => {
  it('reads jobs_today, arbeidsplasser or ansatte and says which field', () => {
    expect(load([{ jobs_today: 250 }]).value[0]).toMatchObject({ jobsToday: 250, jobsTodayField: 'jobs_today' });
    expect(load([{ Arbeidsplasser: '1 200' }]).value[0]).toMatchObject({
      jobsToday: 1200,
      jobsTodayField: 'Arbeidsplasser',
    });
    expect(load([{ ansatte: 12.6 }]).value[0]).toMatchObject({ jobsToday: 13, jobsTodayField: 'ansatte' });
    expect(load([{ jobs_today: 250 }]).mapping.fields.jobsToday).toBe('jobs_today');
  });

  it('a site without the field has none, and the engine estimates it: 42 daa existing → 100', () => {
    const r = load([{}, { jobs_today: 250 }]);
    expect(r.value[0]?.jobsToday).toBeUndefined();
    const { results } = analyse({ sites: r.value, hubs: [], regions: [] });
    expect(results[0]).toMatchObject({ jobsToday: 100, jobsTodaySource: 'estimate', jobsTodayField: null });
    expect(results[1]).toMatchObject({ jobsToday: 250, jobsTodaySource: 'data', jobsTodayField: 'jobs_today' });
  });

  it('the import writes jobs today as jobs_today, and it loads back the same', () => {
    const sites = load([{ Arbeidsplasser: 250 }, {}]).value;
    const text = sitesToGeoJson(sites, { source: 's.geojson', note: 'test' });
    expect(
      JSON.parse(text).features.map((f: { properties: Record<string, unknown> }) => f.properties['jobs_today']),
    ).toEqual([250, undefined]);
    const back = loadSites(text, { file: 'back' }).value;
    expect(back.map((s) => [s.jobsToday, s.jobsTodayField])).toEqual([
      [250, 'jobs_today'],
      [undefined, undefined],
    ]);
  });

  it('a value that is not a number of jobs is ignored with a warning naming the feature, and the site is estimated', () => {
    const r = load([{ jobs_today: 'mange' }, { jobs_today: -5 }, { jobs_today: 5e7 }, { jobs_today: '' }]);
    expect(r.value.map((s) => s.jobsToday)).toEqual([undefined, undefined, undefined, undefined]);
    const w = r.warnings.filter((x) => x.code === 'jobs-today-invalid');
    expect(w).toHaveLength(3);
    expect(messageOf(w[0])).toMatch(
      /jobs_today "mange" is not a number of jobs from 0 to 1000000; ignored \(jobs today is estimated instead\)/,
    );
    expect(w[0]?.featureId).toBe('S1');
  });
});

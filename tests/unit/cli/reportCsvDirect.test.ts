// The report writes its CSV straight from the engine's results (formatCsvFromResults); it must give the same bytes
// as the SiteRow path (formatCsv over siteRows), which the app's exports and the json/md reports use.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvFromResults } from '../../../scripts/report/csv.ts';
import { analyse } from '../../../src/domain/analyse.ts';
import { siteRows } from '../../../src/domain/siteRows.ts';
import type { Hub, Region, Site } from '../../../src/domain/types.ts';
import { makeBorderData } from '../../../scripts/bench/borderData.ts';
import { loadHubs, loadRegions, loadSites } from '../../../src/data/loaders.ts';
import { hub, rect, site } from '../domain/helpers.ts';

function both(sites: Site[], hubs: Hub[], regions: Region[]): [string, string] {
  const { results } = analyse({ sites, hubs, regions });
  return [formatCsv(siteRows(sites, results, hubs)), formatCsvFromResults(sites, results, hubs)];
}

const X0 = 580000;
const Y0 = 6630000;

describe('formatCsvFromResults = formatCsv(siteRows(…))', () => {
  it('on 1 500 border-heavy sites (holes, two-part sites, outside every region)', () => {
    const d = makeBorderData(1500, 400, 3);
    const sites = loadSites(JSON.stringify(d.sites), { file: 'sites' }).value;
    const hubs = loadHubs(JSON.stringify(d.hubs), { file: 'hubs' }).value;
    const regions = loadRegions(JSON.stringify(d.regions), { file: 'regions' }).value;
    const [a, b] = both(sites, hubs, regions);
    expect(a.split('\n')).toHaveLength(1502);
    expect(b).toBe(a);
  });

  it('with text that needs quoting, no status or ABC type, jobs today from the data, and with no hubs at all', () => {
    const region: Region = { name: 'Nord, "gamle" Asker', geometry: rect(X0 - 1000, Y0 - 1000, X0 + 1000, Y0 + 1000) };
    const sites: Site[] = [
      site('a,1', rect(X0, Y0, X0 + 100, Y0 + 100), { name: 'Sti "ved" sjøen,\nnord' }),
      site('b', rect(X0 + 200, Y0, X0 + 260, Y0 + 90), { status: null, abc: null }),
      site('c', rect(X0 + 900, Y0, X0 + 1300, Y0 + 50), { status: 'eksisterende', abc: 'C', jobsToday: 12 }),
      site('d', rect(X0 + 5000, Y0, X0 + 5100, Y0 + 100), { status: 'eksisterende', abc: 'A' }),
    ];
    const hubs = [hub('H,1', [X0 + 150, Y0 + 50], 'tog', 'Stasjon "Syd"'), hub('H2', [X0 + 400, Y0 - 300], 'buss')];
    const [a, b] = both(sites, hubs, [region]);
    expect(a).toContain('"a,1"');
    expect(b).toBe(a);
    const [c, d] = both(sites, [], [region]);
    expect(c).toContain('5400.00,5.400,,,,,0,0,0,unknown');
    expect(d).toBe(c);
  });

  it('refuses results that do not belong to the sites, as siteRows does', () => {
    const sites = [site('x', rect(X0, Y0, X0 + 10, Y0 + 10)), site('y', rect(X0 + 20, Y0, X0 + 30, Y0 + 10))];
    const { results } = analyse({ sites, hubs: [], regions: [] });
    expect(() => formatCsvFromResults(sites, [...results].reverse(), [])).toThrow(/does not belong/);
  });
});

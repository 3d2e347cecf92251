// @vitest-environment jsdom
// A site's derived notes on the card, in bokmål and English, and the same words as the import CLI writes for the site.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSites } from '../../src/data/loaders';
import type { DerivedNote } from '../../src/domain/siteNotes';
import { SiteCard } from '../../src/ui/SiteCard';
import { HUB, RESULT, SITE } from './fixtures';

afterEach(cleanup);

const noteOnCard = (): string | null => screen.queryByTestId('site-card-note')?.textContent ?? null;

describe('the site card shows what the loader derived, in the chosen language', () => {
  const derived: DerivedNote[] = [
    { code: 'arealformal', params: { code: '1501' } },
    { code: 'status-from-arealbruksstatus', params: { value: '3', status: 'eksisterende' } },
    { code: 'abc-default', params: { abc: 'C', code: '1501' } },
  ];
  const cases: [DerivedNote, string, string][] = [
    [derived[0] as DerivedNote, 'arealformål 1501 Godsterminal', 'arealformål 1501 Freight terminal'],
    [
      derived[1] as DerivedNote,
      'arealbruksstatus 3 (videreutvikling av nåværende) lest som eksisterende',
      'arealbruksstatus 3 (videreutvikling av nåværende) read as eksisterende',
    ],
    [
      derived[2] as DerivedNote,
      'ABC-type C er standard for denne koden (godsterminal: logistikk langs hovedveiene)',
      'ABC type C is the default for this code (freight terminal: logistics by main roads)',
    ],
  ];

  it.each(cases)('%j', (note, nb, en) => {
    const site = { ...SITE, note: '', derived: [note] };
    render(<SiteCard site={site} result={RESULT} hub={HUB} lang="nb" onZoom={() => {}} onClose={() => {}} />);
    expect(noteOnCard()).toBe(nb);
    cleanup();
    render(<SiteCard site={site} result={RESULT} hub={HUB} lang="en" onZoom={() => {}} onClose={() => {}} />);
    expect(noteOnCard()).toBe(en);
  });

  it("the file's own note comes first, as text; a site with neither has no note row", () => {
    render(
      <SiteCard site={{ ...SITE, derived }} result={RESULT} hub={HUB} lang="en" onZoom={() => {}} onClose={() => {}} />,
    );
    expect(noteOnCard()).toBe(
      `${SITE.note}; arealformål 1501 Freight terminal; arealbruksstatus 3 (videreutvikling av nåværende) read as eksisterende; ABC type C is the default for this code (freight terminal: logistics by main roads)`,
    );
    expect(screen.getByTestId('site-card').querySelector('b')).toBeNull();
    cleanup();
    render(
      <SiteCard
        site={{ ...SITE, note: '' }}
        result={RESULT}
        hub={HUB}
        lang="nb"
        onZoom={() => {}}
        onClose={() => {}}
      />,
    );
    expect(noteOnCard()).toBeNull();
  });
});

// process.cwd(): under jsdom, import.meta paths are not file paths.
const ROOT = process.cwd();

/** The import CLI as a user runs it (its own process): the GeoJSON it writes to stdout. */
function importCli(args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout };
}

describe('the import CLI and the app say a derived note in the same words', () => {
  const FILE = 'tests/fixtures/good/kp_arealformal_25832.geojson';
  const sites = loadSites(readFileSync(resolve(ROOT, FILE), 'utf8'), { file: FILE }).value;

  it.each(['nb', 'en'] as const)(
    '%s: every site of a plan file, on the card and in the GeoJSON the CLI writes',
    (lang) => {
      const out = importCli(['--lang', lang, '--in', FILE, '--kind', 'sites']);
      expect(out.code).toBe(0);
      const written = (JSON.parse(out.stdout) as { features: { properties: { id: string; note: string } }[] }).features;
      expect(written.map((f) => f.properties.id)).toEqual(sites.map((s) => s.id));
      expect(sites.every((s) => (s.derived ?? []).length > 0)).toBe(true);
      for (const [i, site] of sites.entries()) {
        render(<SiteCard site={site} result={RESULT} hub={HUB} lang={lang} onZoom={() => {}} onClose={() => {}} />);
        expect(noteOnCard(), site.id).toBe(written[i]?.properties.note);
        cleanup();
      }
      // Not the same words in both languages: the comparison above would not pass for the wrong one.
      expect(written[0]?.properties.note).toContain(
        lang === 'nb' ? 'ABC-type B er standard' : 'ABC type B is the default',
      );
    },
  );
});

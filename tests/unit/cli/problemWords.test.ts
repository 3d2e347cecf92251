// The CLIs and the app's load dialog say the same words for the same load problem: for every code in the catalogue
// (src/i18n/problemText.ts), and for every problem the bad-input corpus really gives, in bokmål and English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFailure } from '../../../scripts/cli/common.ts';
import { problemLine } from '../../../scripts/cli/problemLine.ts';
import { collectHubs, collectRegions, collectSites, DataError } from '../../../src/data/loaders.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { LANGS } from '../../../src/i18n';
import { translator } from '../../../src/i18n/index.ts';
import { problemCodes } from '../../../src/i18n/problemText.ts';
import { describeProblem } from '../../../src/ui/load/problemText.ts';
import { BAD, REPO } from './reportHarness.ts';

const ctx = (p: { file?: string | undefined }) => ({ file: p.file ?? '', gtfs: false });

/** What the CLI writes for a DataError (the first problem), through the real reportFailure. */
function cliError(p: Omit<Problem, 'severity'>, lang: (typeof LANGS)[number]): string {
  let text = '';
  reportFailure(new DataError(p), { write: (t: string) => (text += t) }, lang);
  return text;
}

// The one difference on purpose: where another coordinate system is chosen (the dialog's control, the CLI's --crs).
const onCli = (headline: string, lang: 'nb' | 'en'): string =>
  headline.replace(translator(lang)('problemCrsChoiceApp'), translator(lang)('problemCrsChoiceCli'));

describe('every code in the catalogue', () => {
  const codes = problemCodes().map((k) => k.replace(/:file$/, ''));
  it('has templates (the list is not empty)', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const c of ['geometry-null', 'nothing-usable', 'crs-detected', 'preview-failed', 'ring-self-intersects'])
      expect(codes).toContain(c);
  });

  it('the coordinate-system advice names the dialog in the app and --crs in the CLI', () => {
    const p = { code: 'crs-detected', variant: 'none', file: 'plan.geojson' };
    expect(describeProblem(p, ctx(p), 'nb').headline).toContain('under «Bruk koordinatsystem»');
    expect(problemLine(p, 'nb')).toContain('Velg et annet med --crs hvis dataene havner feil');
    expect(problemLine(p, 'en')).toContain('Choose another with --crs if the data lands in the wrong place');
  });

  it.each([...new Set(codes)])("%s: the CLI line is the dialog's headline, then its technical message", (code) => {
    const params = {
      region: 'Asker syd',
      regions: 'Asker nord, Asker syd',
      areaDaa: '12.5',
      detail: 'boom',
      name: 'X',
    };
    const cases = [
      { code, file: 'plan.geojson', params },
      { code, file: 'plan.geojson', featureIndex: 3, featureId: 'S3', params },
    ];
    for (const lang of LANGS) {
      for (const p of cases) {
        const shown = describeProblem(p, ctx(p), lang);
        expect(shown.headline).not.toBe('');
        expect(shown.headline).not.toMatch(/\{(file|feature|limitMb|crsChoice)\}/);
        const ui = {
          headline: onCli(shown.headline, lang),
          detail: shown.detail === null ? null : onCli(shown.detail, lang),
        };
        const line = cliError(p, lang);
        expect(line).toBe(
          `error: ${ui.detail === null ? ui.headline : `${ui.headline} (${lang === 'nb' ? 'Teknisk melding' : 'Technical message'}: ${ui.detail})`}\n`,
        );
        expect(problemLine(p, lang)).toBe(line.slice('error: '.length, -1));
      }
    }
  });
});

interface BadCase {
  as: 'sites' | 'hubs' | 'regions';
  cli?: 'report' | 'import';
  generate?: string;
  repair?: boolean;
}
const expected = JSON.parse(readFileSync(resolve(REPO, BAD, 'expected.json'), 'utf8')) as {
  cases: Record<string, BadCase>;
};

describe('every problem the bad-input corpus gives', () => {
  const problems: Problem[] = [];
  for (const [file, c] of Object.entries(expected.cases)) {
    if (c.cli === 'import' || c.generate) continue;
    let input: string | Uint8Array;
    try {
      input = /\.(sos|gml)$/.test(file)
        ? readFileSync(resolve(REPO, BAD, file))
        : readFileSync(resolve(REPO, BAD, file), 'utf8');
    } catch {
      continue;
    }
    const opts = { file: `${BAD}/${file}`, repair: c.repair === true };
    try {
      const collected =
        c.as === 'hubs'
          ? collectHubs(input, opts)
          : c.as === 'regions'
            ? collectRegions(input, opts)
            : collectSites(input, opts);
      problems.push(...collected.problems);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(...e.problems);
    }
  }

  it('covers many codes, errors and warnings', () => {
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(20);
    expect(problems.some((p) => p.severity === 'warning')).toBe(true);
  });

  it('each reads the same in the CLI as in the dialog, in both languages', () => {
    for (const p of problems) {
      for (const lang of LANGS) {
        const ui = describeProblem(p, ctx(p), lang);
        const line = problemLine(p, lang);
        expect(line.startsWith(onCli(ui.headline, lang)), `${p.code} (${lang})`).toBe(true);
        if (ui.detail !== null) expect(line).toContain(onCli(ui.detail, lang));
      }
    }
  });
});

// @vitest-environment jsdom
// Every scenario problem code, made by the real reader (or the code that raises it), said on the page and by the
// report CLI in the same words, in nb and in en; and no code without words in either language.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions';
import { checkScenarioAssumptions } from '../../../src/domain/scenarioAssumptions';
import { ScenarioError } from '../../../src/domain/scenarioError';
import {
  SCENARIO_FIELD_KEYS,
  SCENARIO_PROBLEM_CODES,
  unexpectedProblem,
  type ScenarioProblem,
  type ScenarioProblemCode,
} from '../../../src/domain/scenarioProblem';
import { parseScenarioText } from '../../../src/domain/scenarioSchema';
import type { Lang } from '../../../src/i18n';
import { scenarioFieldsEn } from '../../../src/i18n/scenarioFields.en';
import { scenarioFieldsNb } from '../../../src/i18n/scenarioFields.nb';
import { scenarioProblemsEn } from '../../../src/i18n/scenarioProblems.en';
import { scenarioProblemsNb } from '../../../src/i18n/scenarioProblems.nb';
import { decodePlainScenarioParam } from '../../../src/state/scenarioLink';
import { scenarioActions } from '../../../src/state/scenarioStore';
import { ScenarioNotices } from '../../../src/ui/scenarios/ScenarioNotices';
import { loadScenario, ScenarioDataError, scenarioDataError } from '../../../scripts/report/scenario';

const FILE = 'v.json';
const ok = { schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20 };
const json = (extra: Record<string, unknown>): string => JSON.stringify({ ...ok, ...extra });

/**
 * How each code comes about: scenario file text (read by the schema, the UI's import and the CLI alike), or, for
 * the codes no file can raise, the code that raises it. A Record, so a new code without a case fails the type check.
 */
const CASES: Record<ScenarioProblemCode, { file: string } | { raise: () => ScenarioProblem[] }> = {
  'not-json': { file: '{"schemaVersion": 2, "id": ' },
  utf16: { file: '\uFFFD\uFFFD{\u0000"\u0000' },
  'root-not-object': { file: '[1, 2]' },
  'version-missing': { file: '{"id": "x"}' },
  'version-not-whole': { file: json({ schemaVersion: '2' }) },
  'version-newer': { file: json({ schemaVersion: 3 }) },
  'version-unknown': { file: json({ schemaVersion: 0 }) },
  'migrated-v1': { file: JSON.stringify({ schemaVersion: 1, name: 'Gammel plan', horizonYears: 15 }) },
  'not-object': { file: json({ sites: [] }) },
  'not-list': { file: json({ rules: {} }) },
  'not-text': { file: json({ name: 7 }) },
  'not-boolean': { file: json({ sites: { S1: { include: 'no' } } }) },
  'not-choice': { file: json({ sites: { 'Nesbru sør': { abc: 'D' } } }) },
  'key-not-allowed': { file: '{"schemaVersion":2,"id":"x","name":"X","horizonYears":20,"sites":{"__proto__":{}}}' },
  'unknown-field': { file: json({ colour: 'red' }) },
  missing: { file: json({ horizonYears: undefined }) },
  'when-missing': { file: json({ rules: [{ set: { include: false } }] }) },
  empty: { file: json({ name: '  ' }) },
  'property-value': { file: json({ rules: [{ when: { property: { farmland: null } }, set: {} }] }) },
  'number-between': { file: json({ sites: { S07: { bra: 150 } } }) },
  'whole-between': { file: json({ horizonYears: 500 }) },
  'number-above': { file: json({ assumptions: { netShare: { A: 1.5 } } }) },
  // No field of the schema is a whole number above its minimum today; the words are there for the bound that is.
  'whole-above': {
    raise: () => [
      {
        path: ['assumptions', 'leadTimeYears', 'byggeklar'],
        code: 'whole-above',
        params: { min: 0, max: 100, got: '0' },
      },
    ],
  },
  'text-too-long': { file: json({ description: 'x'.repeat(5001) }) },
  'id-pattern': { file: json({ id: 'has space' }) },
  'list-empty': { file: json({ rules: [{ when: { region: [] }, set: {} }] }) },
  'list-too-long': {
    file: json({ rules: [{ when: { siteIds: Array.from({ length: 10_001 }, (_, i) => `S${i}`) }, set: {} }] }),
  },
  'item-not-site-id': { file: json({ rules: [{ when: { siteIds: [7] }, set: {} }] }) },
  'item-not-region': { file: json({ rules: [{ when: { region: [''] }, set: {} }] }) },
  'item-not-choice': { file: json({ rules: [{ when: { status: ['future'] }, set: {} }] }) },
  'too-many-rules': {
    file: json({ rules: Array.from({ length: 501 }, () => ({ when: {}, set: { include: true } })) }),
  },
  'too-many-sites': {
    file: json({ sites: Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`S${i}`, {}])) }),
  },
  'site-id-too-long': { file: json({ sites: { ['S'.repeat(201)]: { include: false } } }) },
  'rule-sets-nothing': { file: json({ rules: [{ when: {}, set: {} }] }) },
  'range-order': { file: json({ assumptions: { capacity: { B: { bra: { low: 2, mid: 1 } } } } }) },
  'rail-a-over-b': {
    raise: () => checkScenarioAssumptions(DEFAULT_ASSUMPTIONS, { accessibility: { aMaxRailM: 5000, bMaxRailM: 4000 } }),
  },
  'link-damaged': { raise: () => problemsOf(() => decodePlainScenarioParam('@@@')) },
  unusable: { raise: () => new ScenarioError([]).problems.slice() },
  unexpected: { raise: () => [unexpectedProblem(new Error('disk on fire'))] },
};

function problemsOf(run: () => unknown): ScenarioProblem[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.problems];
    throw e;
  }
  return [];
}

/** The problems the schema gives for a file: its errors, or else its warnings. */
function fromFile(text: string): ScenarioProblem[] {
  const errors = problemsOf(() => parseScenarioText(text));
  return errors.length > 0 ? errors : parseScenarioText(text).warnings;
}

/** What the page shows for the problems, in a notice like the one an import or a link makes. */
function uiLines(problems: readonly ScenarioProblem[], lang: Lang): string[] {
  act(() => {
    scenarioActions.reset();
    scenarioActions.notify({ kind: 'error', key: 'scenNoticeImportBad', vars: { file: FILE }, problems });
  });
  const view = render(<ScenarioNotices lang={lang} />);
  const lines = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
  view.unmount();
  return lines;
}

/** What the report CLI writes (without "error: "/"warning: "): the file read through --scenario, or the raised
 * problems. */
async function cliLines(
  c: (typeof CASES)[ScenarioProblemCode],
  problems: readonly ScenarioProblem[],
  lang: Lang,
): Promise<string[]> {
  if ('raise' in c) return [...scenarioDataError(FILE, new ScenarioError(problems), lang).lines];
  try {
    const loaded = await loadScenario(FILE, { readFile: () => Promise.resolve(c.file), cwd: '/' }, lang);
    return loaded.warnings.map((w) => `${FILE}: ${w}`);
  } catch (e) {
    if (e instanceof ScenarioDataError) return [...e.lines];
    throw e;
  }
}

afterEach(() => {
  cleanup();
  scenarioActions.reset();
});

describe('scenario problem words', () => {
  it('every code has a case here (so the test below covers it)', () => {
    expect(Object.keys(CASES).sort()).toEqual([...SCENARIO_PROBLEM_CODES].sort());
  });

  it('every code has words in nb and en, with the same placeholders, and they differ', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of SCENARIO_PROBLEM_CODES) {
      const nb: unknown = (scenarioProblemsNb as Record<string, unknown>)[code];
      const en: unknown = (scenarioProblemsEn as Record<string, unknown>)[code];
      expect(typeof nb === 'string' && nb.trim() !== '', `nb ${code}`).toBe(true);
      expect(typeof en === 'string' && en.trim() !== '', `en ${code}`).toBe(true);
      expect(placeholders(en as string), code).toEqual(placeholders(nb as string));
      expect(en, code).not.toBe(nb);
    }
  });

  it('every field has words in nb and en (the one field table)', () => {
    for (const key of SCENARIO_FIELD_KEYS) {
      expect(scenarioFieldsNb[key].trim(), `nb ${key}`).not.toBe('');
      expect(scenarioFieldsEn[key].trim(), `en ${key}`).not.toBe('');
    }
    expect(Object.keys(scenarioFieldsEn).sort()).toEqual([...SCENARIO_FIELD_KEYS].sort());
    expect(Object.keys(scenarioFieldsNb).sort()).toEqual([...SCENARIO_FIELD_KEYS].sort());
  });

  it.each([...SCENARIO_PROBLEM_CODES])(
    '%s: the page and the CLI say it in the same words, in nb and en',
    async (code) => {
      const c = CASES[code];
      const problems = 'raise' in c ? c.raise() : fromFile(c.file);
      const found = problems.find((p) => p.code === code);
      expect(found, `the case for ${code} raises it`).toBeDefined();
      const texts: Record<Lang, string> = { nb: '', en: '' };
      for (const lang of ['nb', 'en'] as const) {
        const cli = await cliLines(c, problems, lang);
        // The page lists the first 8 problems (then how many more); the CLI has them all, each after the file name.
        const shown = Math.min(problems.length, 8);
        const ui = uiLines(problems, lang).slice(0, shown);
        expect(cli).toHaveLength(problems.length);
        expect(ui.map((line) => `${FILE}: ${line}`)).toEqual(cli.slice(0, shown));
        const line = ui[problems.indexOf(found as ScenarioProblem)] ?? '';
        // Filled in: no placeholder left, no code name in place of words.
        expect(line).not.toMatch(/\{\w+\}/);
        expect(line).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
        texts[lang] = line;
      }
      expect(texts.en).not.toBe(texts.nb);
    },
  );
});

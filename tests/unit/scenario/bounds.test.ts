// Bounds on every assumption (assumptionBounds.ts): near-zero and absurd values are refused, and the field is named in
// words.
import { describe, expect, it } from 'vitest';
import { checkAssumptions, DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions.ts';
import { scenarioProblem, type ProblemPath } from '../../../src/domain/scenarioProblem.ts';
import { parseScenario, ScenarioError } from '../../../src/domain/scenarioSchema.ts';
import { scenarioFieldWords, scenarioProblemText } from '../../../src/i18n/scenarioProblems.ts';
import { problemLines } from '../../helpers/scenarioProblemLine.ts';

const minimal = { schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20 };
const problems = (json: unknown): readonly string[] => {
  try {
    parseScenario(json);
    return [];
  } catch (e) {
    return e instanceof ScenarioError ? problemLines(e.problems) : [String(e)];
  }
};

describe('bounds', () => {
  it.each([
    // issue 15: 5e-324 m² per job passed "above 0" and made the report print ∞ and NaN
    [
      { assumptions: { capacity: { A: { m2PerJob: { mid: 5e-324 } } } } },
      'assumptions.capacity.A.m2PerJob.mid: must be a number between 1 and 10,000, not 5e-324',
    ],
    [
      { assumptions: { capacity: { B: { m2PerJob: { low: 0.5 } } } } },
      'assumptions.capacity.B.m2PerJob.low: must be a number between 1 and 10,000, not 0.5',
    ],
    [
      { assumptions: { capacity: { C: { bra: { high: 1e-9 } } } } },
      'assumptions.capacity.C.bra.high: must be a number between 0.01 and 10, not 1e-9',
    ],
    [
      { assumptions: { capacity: { C: { bra: { high: 11 } } } } },
      'assumptions.capacity.C.bra.high: must be a number between 0.01 and 10, not 11',
    ],
    [{ horizonYears: 1e9 }, 'horizonYears: must be a whole number between 1 and 100, not 1000000000'],
    [{ assumptions: { nearHubM: 0.001 } }, 'assumptions.nearHubM: must be a number between 1 and 100,000, not 0.001'],
  ])('%j is refused', (extra, problem) => {
    expect(problems({ ...minimal, ...extra })).toContain(problem);
  });

  it('the same bounds hold for assumptions edited in the app', () => {
    const a = structuredClone(DEFAULT_ASSUMPTIONS);
    a.capacity.A.m2PerJob.low = 5e-324;
    expect(problemLines(checkAssumptions(a))).toContain(
      'assumptions.capacity.A.m2PerJob.low: must be a number between 1 and 10,000, not 5e-324',
    );
  });
});

describe('the field in words', () => {
  it.each([
    [['assumptions', 'capacity', 'A', 'm2PerJob', 'mid'], 'en', 'Floor area per job, A (mid)'],
    [['assumptions', 'capacity', 'A', 'm2PerJob', 'mid'], 'nb', 'Arealbehov per arbeidsplass, A (middels)'],
    [['sites', 'S07', 'bra'], 'en', 'Site S07: utilisation (%BRA)'],
    [['sites', 'Nesbru sør', 'bra'], 'nb', 'Område Nesbru sør: utnyttelse (%BRA)'],
    [['rules', 2, 'when', 'maxRailDistanceM'], 'en', 'Rule 3: largest distance to rail (m)'],
    [['rules', 0, 'set', 'include'], 'nb', 'Regel 1: med i scenarioet'],
    [['assumptions', 'leadTimeYears', 'byggeklar'], 'nb', 'Ledetid (år), Byggeklar'],
    [['assumptions', 'netShare', 'B'], 'en', 'Net developable share, B'],
    [['id'], 'en', 'Id'],
    [['rules', 4], 'nb', 'Regel 5'],
    [['rules', 0, 'when', 'status', 1], 'en', 'Rule 1: status'],
    [['translations', 'en', 'name'], 'nb', 'Navn (en)'],
    [['colour'], 'en', 'Field "colour"'],
    [['sites', 'S07', 'colour'], 'nb', 'Feltet «sites.S07.colour»'],
    [[], 'nb', 'Scenarioet'],
  ] as [ProblemPath, 'nb' | 'en', string][])('%j (%s) → %s', (path, lang, words) => {
    expect(scenarioFieldWords(path, lang)).toBe(words);
  });

  it('the message names the field in words first (src/i18n/scenarioFields.*.ts), not the path', () => {
    const tooSmall = scenarioProblem(['assumptions', 'capacity', 'A', 'm2PerJob', 'mid'], 'number-between', {
      min: 1,
      max: 10000,
      got: '5e-324',
    });
    expect(scenarioProblemText(tooSmall, 'nb')).toBe(
      'Arealbehov per arbeidsplass, A (middels): må være et tall mellom 1 og 10\u00a0000, ikke 5e-324',
    );
    expect(scenarioProblemText(tooSmall, 'en')).toBe(
      'Floor area per job, A (mid): must be a number between 1 and 10,000, not 5e-324',
    );
    expect(scenarioProblemText(scenarioProblem(['rules', 0, 'set'], 'rule-sets-nothing'), 'nb')).toBe(
      'Regel 1: hva den setter (set): setter ingenting, så regelen har ingen virkning',
    );
  });
});

describe('encodings', () => {
  it('a UTF-16 file read as UTF-8 is named as such, in both languages', async () => {
    const { parseScenarioText } = await import('../../../src/domain/scenarioSchema.ts');
    const json = JSON.stringify(minimal);
    const utf16 = new TextDecoder('utf-8').decode(
      new Uint8Array([0xff, 0xfe, ...[...json].flatMap((c) => [c.charCodeAt(0), 0])]),
    );
    let problem = scenarioProblem([], 'unusable');
    try {
      parseScenarioText(utf16);
    } catch (e) {
      problem = (e as ScenarioError).problems[0] ?? problem;
    }
    expect(problem.code).toBe('utf16');
    expect(scenarioProblemText(problem, 'nb')).toBe(
      'Filen er lagret som UTF-16, ikke UTF-8. Lagre den på nytt som UTF-8.',
    );
    expect(scenarioProblemText(problem, 'en')).toBe('The file is saved as UTF-16, not UTF-8. Save it again as UTF-8.');
  });

  it('two byte-order marks are both dropped', async () => {
    const { parseScenarioText } = await import('../../../src/domain/scenarioSchema.ts');
    expect(parseScenarioText(`\uFEFF\uFEFF${JSON.stringify(minimal)}`).scenario.id).toBe('x');
  });
});

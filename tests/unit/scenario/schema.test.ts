// The scenario schema: validation messages that name the field, prototype safety, v1 → v2, round trips.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../../../src/domain/scenarioMigrate.ts';
import {
  ScenarioError,
  parseScenario,
  parseScenarioText,
  serializeScenario,
} from '../../../src/domain/scenarioSchema.ts';
import { problemLines } from '../../helpers/scenarioProblemLine.ts';

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const minimal = { schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20 };

/** The problems parseScenario throws for a JSON value, as `path: English words` lines. */
function problems(json: unknown): readonly string[] {
  try {
    parseScenario(json);
  } catch (e) {
    if (e instanceof ScenarioError) return problemLines(e.problems);
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenario: valid input', () => {
  it('reads a minimal scenario and fills in the empty description', () => {
    expect(parseScenario(minimal)).toEqual({
      scenario: { schemaVersion: 2, id: 'x', name: 'X', description: '', horizonYears: 20 },
      warnings: [],
    });
  });

  it('reads every field of the schema', () => {
    const { scenario, warnings } = parseScenarioText(fixture('v2-full.json'));
    expect(warnings).toEqual([]);
    expect(scenario.sites?.['Nesbru sør']).toEqual({ include: false });
    expect(scenario.rules?.[1]?.when.property).toEqual({ farmland: true, kode: 1300 });
    expect(scenario.assumptions?.leadTimeYears?.['må reguleres']).toBe(3);
  });

  it('reads a single word where a list is expected as a one-word list', () => {
    const { scenario } = parseScenario({
      ...minimal,
      rules: [{ when: { abc: 'C', region: 'Asker syd' }, set: { include: false } }],
    });
    expect(scenario.rules?.[0]?.when).toEqual({ abc: ['C'], region: ['Asker syd'] });
  });

  it('warns about unknown fields and ignores them', () => {
    const { scenario, warnings } = parseScenario({
      ...minimal,
      colour: 'red',
      sites: { S1: { include: false, why: 'x' } },
    });
    expect(problemLines(warnings)).toEqual(['colour: unknown field, ignored', 'sites.S1.why: unknown field, ignored']);
    expect(warnings[1]).toEqual({ path: ['sites', 'S1', 'why'], code: 'unknown-field', params: {} });
    expect(scenario).not.toHaveProperty('colour');
    expect(scenario.sites).toEqual({ S1: { include: false } });
  });

  it('warns about a rule that sets nothing', () => {
    expect(problemLines(parseScenario({ ...minimal, rules: [{ when: {}, set: {} }] }).warnings)).toEqual([
      'rules[0].set: sets nothing, so the rule has no effect',
    ]);
  });
});

describe('parseScenario: errors name the field', () => {
  it.each([
    [{ ...minimal, sites: { S07: { bra: 150 } } }, 'sites.S07.bra: must be a number between 0 and 10, not 150'],
    [{ ...minimal, sites: { S07: { bra: '1.5' } } }, 'sites.S07.bra: must be a number between 0 and 10, not "1.5"'],
    [
      { ...minimal, sites: { 'Nesbru sør': { abc: 'D' } } },
      'sites["Nesbru sør"].abc: must be one of "A", "B", "C", not "D"',
    ],
    [{ ...minimal, sites: { S1: { include: 'no' } } }, 'sites.S1.include: must be true or false, not "no"'],
    [
      { ...minimal, sites: { S1: { availableYear: 2030.5 } } },
      'sites.S1.availableYear: must be a whole number between 1900 and 2200, not 2030.5',
    ],
    [{ ...minimal, sites: [] }, 'sites: must be an object, not a list'],
    [{ ...minimal, horizonYears: 0 }, 'horizonYears: must be a whole number between 1 and 100, not 0'],
    [{ ...minimal, horizonYears: undefined }, 'horizonYears: is missing'],
    [
      { ...minimal, id: 'has space' },
      'id: must be 1–64 letters (a–z), digits, "-" or "_", starting with a letter or digit, not "has space"',
    ],
    [{ ...minimal, name: '  ' }, 'name: must not be empty'],
    [{ ...minimal, name: 7 }, 'name: must be text, not 7'],
    [
      { ...minimal, assumptions: { capacity: { A: { m2PerJob: { mid: 0 } } } } },
      'assumptions.capacity.A.m2PerJob.mid: must be a number between 1 and 10,000, not 0',
    ],
    [
      { ...minimal, assumptions: { capacity: { B: { bra: { low: 2, mid: 1 } } } } },
      'assumptions.capacity.B.bra: must satisfy low ≤ mid ≤ high',
    ],
    [
      { ...minimal, assumptions: { accessibility: { aMaxRailM: -1 } } },
      'assumptions.accessibility.aMaxRailM: must be a number between 1 and 100,000, not -1',
    ],
    [
      { ...minimal, assumptions: { leadTimeYears: { byggeklar: 1.5 } } },
      'assumptions.leadTimeYears.byggeklar: must be a whole number between 0 and 100, not 1.5',
    ],
    [{ ...minimal, rules: {} }, 'rules: must be a list, not an object'],
    [{ ...minimal, rules: [{ set: { include: false } }] }, 'rules[0].when: is missing (use {} to hit every site)'],
    [
      { ...minimal, rules: [{ when: { status: ['future'] }, set: {} }] },
      'rules[0].when.status[0]: must be one of "eksisterende", "fremtidig", not "future"',
    ],
    [{ ...minimal, rules: [{ when: { region: [] }, set: {} }] }, 'rules[0].when.region: must list at least one value'],
    [
      { ...minimal, rules: [{ when: { maxRailDistanceM: '800' }, set: {} }] },
      'rules[0].when.maxRailDistanceM: must be a number between 0 and 1,000,000, not "800"',
    ],
    [
      { ...minimal, rules: [{ when: { property: { farmland: null } }, set: {} }] },
      'rules[0].when.property.farmland: must be text, a number or true/false, not null',
    ],
    [{ ...minimal, translations: { en: { description: 'x' } } }, 'translations.en.name: is missing'],
  ])('%j', (json, message) => {
    expect(problems(json)).toContain(message);
  });

  it('a problem is a code at a path with its figures, not a sentence', () => {
    const [p] = (() => {
      try {
        parseScenario({ ...minimal, sites: { S07: { bra: 150 } } });
      } catch (err) {
        return (err as ScenarioError).problems;
      }
      return [];
    })();
    expect(p).toEqual({
      path: ['sites', 'S07', 'bra'],
      code: 'number-between',
      params: { min: 0, max: 10, got: '150' },
    });
  });

  it('collects every problem; the message gives paths and codes', () => {
    const e = (() => {
      try {
        parseScenario({ ...minimal, horizonYears: -1, sites: { A: { bra: -1 } } });
      } catch (err) {
        return err as ScenarioError;
      }
      return null;
    })();
    expect(problemLines(e?.problems ?? [])).toEqual([
      'horizonYears: must be a whole number between 1 and 100, not -1',
      'sites.A.bra: must be a number between 0 and 10, not -1',
    ]);
    expect(e?.message).toBe('horizonYears: whole-between; sites.A.bra: number-between');
  });
});

describe('versions and corrupt input', () => {
  it.each([
    [null, 'A scenario must be a JSON object, not null.'],
    [[minimal], 'A scenario must be a JSON object, not a list.'],
    [
      { id: 'x', name: 'X', horizonYears: 20 },
      'schemaVersion: is missing; a scenario file must say which schema version it follows (current: 2)',
    ],
    [{ ...minimal, schemaVersion: '2' }, 'schemaVersion: must be a whole number, not "2"'],
    [
      { ...minimal, schemaVersion: 3 },
      'schemaVersion: version 3 is newer than this program understands (1 to 2); it was saved by a newer version of Næringsarealkart — update it',
    ],
    [{ ...minimal, schemaVersion: 0 }, 'schemaVersion: there is no version 0; known versions are 1 to 2'],
  ])('%j', (json, message) => {
    expect(problems(json)).toEqual([message]);
  });

  it('says a truncated or non-JSON text is not valid JSON', () => {
    expect(() => parseScenarioText('{"schemaVersion": 2, "id": "x"')).toThrow(/^not-json$/);
    expect(() => parseScenarioText('')).toThrow(ScenarioError);
    expect(parseScenarioText(`\ufeff${JSON.stringify(minimal)}`).scenario.id).toBe('x'); // a BOM is fine
  });
});

describe('prototype safety', () => {
  it('refuses a __proto__ key anywhere and never changes a prototype', () => {
    const text =
      '{"schemaVersion":2,"id":"x","name":"X","horizonYears":20,"__proto__":{"polluted":true},"sites":{"__proto__":{"include":false}},"rules":[{"when":{"property":{"__proto__":1}},"set":{"__proto__":{}}}]}';
    const json = JSON.parse(text) as unknown;
    expect(problems(json)).toEqual([
      '__proto__: this key is not allowed',
      'rules[0].when.property.__proto__: this key is not allowed',
      'rules[0].set.__proto__: this key is not allowed',
      'sites.__proto__: this key is not allowed',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(
      problems(JSON.parse('{"schemaVersion":1,"name":"X","horizonYears":20,"sites":{"__proto__":{"included":false}}}')),
    ).toEqual(['sites.__proto__: this key is not allowed']);
  });

  it('reads keys like "constructor" as plain site ids, never as inherited members', () => {
    const { scenario } = parseScenario(
      JSON.parse(
        '{"schemaVersion":2,"id":"x","name":"X","horizonYears":20,"sites":{"constructor":{"include":false},"toString":{"bra":1}}}',
      ),
    );
    expect(Object.keys(scenario.sites ?? {})).toEqual(['constructor', 'toString']);
    expect(scenario.sites?.['constructor']).toEqual({ include: false });
    // No inherited "name" etc. is picked up from an object without those keys.
    expect(problems(Object.create({ schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20 }))).toEqual([
      'A scenario must be a JSON object, not an object.',
    ]);
  });
});

describe('v1 → v2 migration', () => {
  it('turns percentages into fractions, moves assumptions under capacity, renames included and makes an id', () => {
    const { scenario, warnings } = parseScenarioText(fixture('v1-scenario.json'));
    expect(scenario).toEqual({
      schemaVersion: 2,
      id: 'hoyere-tetthet-pa-hon',
      name: 'Høyere tetthet på Høn',
      description: "Saved by the first version of the app: percent %BRA, assumptions per type at the top, 'included'.",
      horizonYears: 12,
      startYear: 2027,
      assumptions: { capacity: { A: { bra: { low: 1.2, mid: 1.8, high: 2.4 } }, C: { m2PerJob: { mid: 120 } } } },
      sites: { S05: { bra: 1.5, availableYear: 2030 }, S20: { include: false }, S13: { include: true, abc: 'A' } },
    });
    expect(problemLines(warnings)).toEqual([
      'schemaVersion: migrated from version 1 to 2 (percent %BRA became fractions, "included" became "include", id "hoyere-tetthet-pa-hon" made from the name)',
    ]);
  });

  it('checks the v1 fields it converts, with their v1 names', () => {
    expect(problems({ schemaVersion: 1, name: 'X', horizonYears: 20, sites: { S1: { braPercent: 'lots' } } })).toEqual([
      'sites.S1.braPercent: must be a number between 0 and 1000, not "lots"',
    ]);
    expect(
      problems({ schemaVersion: 1, name: 'X', horizonYears: 20, assumptions: { A: { braPercent: { mid: 5000 } } } }),
    ).toEqual(['assumptions.A.braPercent.mid: must be a number between 0 and 1000, not 5000']);
  });

  it('migrateScenario leaves current-version JSON as it is', () => {
    const json = { ...minimal };
    expect(migrateScenario(json)).toEqual({ json, warnings: [], fromVersion: 2 });
  });

  it('a migrated scenario exports as version 2 and reads back unchanged', () => {
    const { scenario } = parseScenarioText(fixture('v1-scenario.json'));
    const text = serializeScenario(scenario);
    expect(JSON.parse(text).schemaVersion).toBe(2);
    expect(parseScenarioText(text)).toEqual({ scenario, warnings: [] });
  });
});

describe('serializeScenario', () => {
  it('export → import gives the same scenario, and exporting again the same text', () => {
    const { scenario } = parseScenarioText(fixture('v2-full.json'));
    const text = serializeScenario(scenario);
    const back = parseScenarioText(text).scenario;
    expect(back).toStrictEqual(scenario);
    expect(serializeScenario(back)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes keys in a fixed order whatever order the object was built in, and drops undefined members', () => {
    const built = {
      horizonYears: 20,
      name: 'X',
      sites: { S1: { bra: 1, include: undefined } },
      id: 'x',
      schemaVersion: 2 as const,
      description: '',
    };
    expect(serializeScenario(built)).toBe(
      `${JSON.stringify({ schemaVersion: 2, id: 'x', name: 'X', description: '', horizonYears: 20, sites: { S1: { bra: 1 } } }, null, 2)}\n`,
    );
  });

  it('refuses to export an invalid scenario', () => {
    expect(() => serializeScenario({ ...minimal, schemaVersion: 2, description: '', horizonYears: 1000 })).toThrow(
      'horizonYears: whole-between',
    );
  });
});

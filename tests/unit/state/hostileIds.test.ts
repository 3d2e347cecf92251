// Site ids such as "__proto__" and "constructor" are plain keys in scenario edits: never a prototype, never lost.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario';
import { editScenario } from '../../../src/state/scenarioEdit';

const base: Scenario = { schemaVersion: 2, id: 'x', name: 'X', description: '', horizonYears: 20 };

describe('scenario edits with hostile site ids', () => {
  it.each(['__proto__', 'constructor', 'toString'])(
    '%s: an override is stored as an own key and removed again',
    (id) => {
      const withIt = editScenario(base, { kind: 'site', siteId: id, change: { bra: 2 } });
      expect(Object.hasOwn(withIt.sites ?? {}, id)).toBe(true);
      expect(Object.getPrototypeOf(withIt.sites)).toBe(Object.prototype);
      expect(Object.entries(withIt.sites ?? {})).toEqual([[id, { bra: 2 }]]);
      const without = editScenario(withIt, { kind: 'site', siteId: id, change: null });
      expect(without.sites).toBeUndefined();
      // Removing an override that was never there changes nothing (Object.prototype.constructor is not one).
      expect(editScenario(base, { kind: 'site', siteId: id, change: null })).toBe(base);
    },
  );
});

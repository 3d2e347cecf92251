// The preset scenarios shipped as data in geodata/scenarios/, validated with the same schema as user files.
import basisJson from '../../geodata/scenarios/basis.json';
import fortettingJson from '../../geodata/scenarios/fortetting.json';
import jordvernJson from '../../geodata/scenarios/jordvern.json';
import satsingSydJson from '../../geodata/scenarios/satsing-syd.json';
import type { Scenario } from './scenario.ts';
import { ScenarioError, parseScenario } from './scenarioSchema.ts';

/** The basis every comparison starts from. */
export const BASIS_PRESET_ID = 'basis';

function load(json: unknown, file: string): Scenario {
  try {
    const { scenario, warnings } = parseScenario(json);
    // A shipped preset with unknown fields is a bug in the preset, not something to tell the user about.
    if (warnings.length > 0) throw new ScenarioError(warnings);
    return scenario;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`geodata/scenarios/${file}: ${message}`, { cause: e });
  }
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** In display order, the basis first. Deeply frozen: copy (structuredClone) before editing. */
export const PRESETS: readonly Scenario[] = deepFreeze([
  load(basisJson, 'basis.json'),
  load(fortettingJson, 'fortetting.json'),
  load(satsingSydJson, 'satsing-syd.json'),
  load(jordvernJson, 'jordvern.json'),
]);

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

/** Whether a preset's rules name regions (e.g. satsing-syd's "Asker syd"): then it is made for one kommune. */
const namesRegions = (p: Scenario): boolean => (p.rules ?? []).some((r) => (r.when.region ?? []).length > 0);

/**
 * The presets to offer under a kommune profile: the generic ones (no rule names a region) and those the profile
 * lists as made for it (`scenarioPresets`, e.g. Asker's satsing-syd), in display order. A preset made for another
 * kommune's regions is left out.
 */
export function presetsFor(profilePresets: readonly string[]): Scenario[] {
  return PRESETS.filter((p) => !namesRegions(p) || profilePresets.includes(p.id));
}

/** Whether some preset made for one kommune is left out under a profile with these presets. */
export const presetsLeftOut = (profilePresets: readonly string[]): boolean =>
  presetsFor(profilePresets).length < PRESETS.length;

/** A preset by id, or undefined. Callers that edit it must copy it first (structuredClone). */
export function getPreset(id: string): Scenario | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The basis preset ("Kommuneplan (basis)"). */
export function basisPreset(): Scenario {
  const p = getPreset(BASIS_PRESET_ID);
  if (!p) throw new Error('the basis preset is missing from geodata/scenarios');
  return p;
}

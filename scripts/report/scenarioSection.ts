// What the report knows of a scenario: the scenario as loaded, and the section the report shows for it (outcome,
// the basis it is compared with). Types only, shared by the model and the csv/json/md sections.
import type { Scenario } from '../../src/domain/scenario.ts';
import type { ScenarioOutcome } from '../../src/domain/scenarioApply.ts';
import type { ScenarioComparison } from '../../src/domain/scenarioCompare.ts';

export interface LoadedScenario {
  /** As shown in messages: the path as given, or `preset:<id>`. */
  source: string;
  scenario: Scenario;
  /** The schema's warnings in words (the same renderer as the UI), in the language the scenario was loaded in. */
  warnings: string[];
}

export interface ScenarioSection extends LoadedScenario {
  outcome: ScenarioOutcome;
  basis: ScenarioOutcome;
  /** [basis, scenario]. */
  comparison: ScenarioComparison;
  /** The kommune the report is for (its profile), for the words around the comparison. */
  kommune: string;
  /** The profile's land per job today and its source, for the density warning; null when the profile has none. */
  landPerJobToday: { m2: number; source: string } | null;
}

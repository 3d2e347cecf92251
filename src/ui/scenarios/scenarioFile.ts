// Scenario files in the browser: download one as JSON (Blob + a[download]) and read one the user picked.
import type { Scenario } from '../../domain/scenario';
import { parseScenarioText, serializeScenario, type ScenarioProblem } from '../../domain/scenarioSchema';

export function scenarioFileName(s: Scenario): string {
  return `${s.id}.scenario.json`;
}

/** Starts a download of the scenario as the schema writes it (readable JSON, current version). */
export function downloadScenario(s: Scenario, doc: Document = document): void {
  const blob = new Blob([serializeScenario(s)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = scenarioFileName(s);
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // After the click has handed the data to the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Files bigger than this are not scenarios (the largest realistic one, 10 000 site overrides, is ~1 MB). */
export const MAX_FILE_BYTES = 5_000_000;

/** Reads a picked file with the schema (older versions migrate); throws ScenarioError naming the field. */
export async function readScenarioFile(file: Blob): Promise<{ scenario: Scenario; warnings: ScenarioProblem[] }> {
  if (file.size > MAX_FILE_BYTES) throw new RangeError(`too large (${file.size} bytes)`);
  return parseScenarioText(await file.text());
}

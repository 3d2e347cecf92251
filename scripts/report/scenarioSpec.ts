// The --scenario argument as given: `preset:<id>` or a file name (checked while parsing the arguments, before any
// file is read; scenario.ts loads it).
import { PRESET_IDS, getPreset, presetsFor } from '../../src/domain/presets.ts';
import type { Translate } from '../../src/i18n/index.ts';

export const PRESET_PREFIX = 'preset:';

/**
 * Null when `spec` names a known preset or is a file name; otherwise why the preset name is wrong (a usage error), in
 * the words of `t` (the CLI's --lang).
 */
export function checkScenarioSpec(spec: string, t: Translate): string | null {
  if (!spec.startsWith(PRESET_PREFIX)) return null;
  const id = spec.slice(PRESET_PREFIX.length);
  return getPreset(id)
    ? null
    : t('rscCliNoSuchPreset', {
        given: JSON.stringify(spec),
        presets: PRESET_IDS.map((p) => PRESET_PREFIX + p).join(', '),
      });
}

/**
 * When `spec` names a preset made for other kommuner's regions than the profile's (the app does not offer it under
 * that profile: `presetsFor`), the usage error's words; otherwise null.
 */
export function presetNotOffered(
  spec: string,
  profile: { name: string; scenarioPresets: readonly string[] },
): ((t: Translate) => string) | null {
  if (!spec.startsWith(PRESET_PREFIX)) return null;
  const id = spec.slice(PRESET_PREFIX.length);
  const offered = presetsFor(profile.scenarioPresets).map((p) => p.id);
  if (offered.includes(id) || !getPreset(id)) return null;
  return (t) =>
    t('rscCliPresetNotForProfile', {
      given: JSON.stringify(spec),
      kommune: profile.name,
      presets: offered.map((p) => PRESET_PREFIX + p).join(', '),
    });
}

// The kommune profile for the CLIs (--profile FILE, default geodata/profiles/asker.json): read, checked, and its
// layers turned into loader input (a file beside the profile, GeoJSON written into it, or a clear "missing").
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  inLang,
  parseProfile,
  ProfileError,
  type KommuneProfile,
  type ProfileLang,
  type ProfileLayer,
} from '../../src/domain/kommuneProfile.ts';
import { readTextFile, WordedDataError } from './common.ts';
import type { Lang, MessageKey, Translate } from '../../src/i18n/index.ts';
import { assumptionsErrorText, profileErrorText } from '../../src/i18n/profileErrors.ts';
import { AssumptionsError, parseAssumptionsFile } from '../../src/domain/assumptions.ts';
import type { Assumptions } from '../../src/domain/types.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_PROFILE = 'geodata/profiles/asker.json';

export interface LoadedProfile {
  profile: KommuneProfile;
  /** As shown in messages: the path as given, or geodata/profiles/asker.json. */
  file: string;
  path: string;
  bundled: boolean;
}

/** Reads and checks the profile; a bad file is a DataError naming it and the field (exit 1). */
export async function loadProfile(
  given: string | undefined,
  readFile: (path: string) => Promise<string>,
  cwd: string,
  t: Translate,
): Promise<LoadedProfile> {
  const bundled = given === undefined;
  const file = given ?? DEFAULT_PROFILE;
  const path = bundled ? resolve(REPO_ROOT, file) : isAbsolute(file) ? file : resolve(cwd, file);
  const text = await readTextFile(readFile, path, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new WordedDataError({ file, code: 'profile-invalid' }, () => t('cliProfileNotJson', { file, why }));
  }
  try {
    return { profile: parseProfile(json), file, path, bundled };
  } catch (e) {
    if (e instanceof ProfileError)
      throw new WordedDataError({ file, code: 'profile-invalid' }, () => `${file}: ${profileErrorText(e, t)}`);
    throw e;
  }
}

/**
 * The profile's capacity and accessibility assumptions (its `assumptions` layer: a file in the format of
 * geodata/assumptions.json, every figure with a source), or null for the engine's defaults (the layer is missing).
 */
export async function profileAssumptions(
  lp: LoadedProfile,
  readFile: (path: string) => Promise<string>,
  t: Translate,
  lang: Lang,
): Promise<Assumptions | null> {
  const layer = lp.profile.assumptions;
  if (layer.kind === 'missing') return null;
  let json: unknown = layer.kind === 'inline' ? layer.geojson : undefined;
  const shown =
    layer.kind === 'file'
      ? relative(lp.bundled ? REPO_ROOT : process.cwd(), resolve(dirname(lp.path), layer.file))
      : `${lp.file} (assumptions)`;
  if (layer.kind === 'file') {
    const text = await readTextFile(readFile, resolve(dirname(lp.path), layer.file), shown);
    try {
      json = JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new WordedDataError({ file: shown, code: 'assumptions-invalid' }, () =>
        t('cliAssumptionsNotJson', { file: shown, why }),
      );
    }
  }
  try {
    return parseAssumptionsFile(json).assumptions;
  } catch (e) {
    if (e instanceof AssumptionsError)
      throw new WordedDataError(
        { file: shown, code: 'assumptions-invalid' },
        () => `${shown}: ${assumptionsErrorText(e, lang)}`,
      );
    throw e;
  }
}

const LAYER_KEY: Record<'sites' | 'hubs' | 'regions', MessageKey> = {
  sites: 'cliLayerSites',
  hubs: 'cliLayerHubs',
  regions: 'cliLayerRegions',
};

const ADVICE_KEY: Record<'sites' | 'hubs' | 'regions', MessageKey> = {
  sites: 'cliProfileAdviceSites',
  hubs: 'cliProfileAdviceHubs',
  regions: 'cliProfileAdviceRegions',
};

export type LayerSource =
  { kind: 'file'; path: string; shown: string } | { kind: 'inline'; text: string; shown: string };

/** Where a profile layer's data is; throws DataError (saying why, and what to give instead) when the profile has none.
 * */
export function layerSource(
  lp: LoadedProfile,
  role: 'sites' | 'hubs' | 'regions',
  cwd: string,
  t: Translate,
  lang: ProfileLang = 'nb',
): LayerSource {
  const layer: ProfileLayer = lp.profile[role];
  if (layer.kind === 'missing') {
    throw new WordedDataError({ file: lp.file, code: 'profile-layer-missing' }, () =>
      t('cliProfileLayerMissing', {
        file: lp.file,
        kommune: lp.profile.name,
        layer: t(LAYER_KEY[role]),
        reason: inLang(layer.reason, lang),
        advice: t(ADVICE_KEY[role]),
      }),
    );
  }
  if (layer.kind === 'inline')
    return { kind: 'inline', text: JSON.stringify(layer.geojson), shown: `${lp.file} (${role})` };
  const path = resolve(dirname(lp.path), layer.file);
  return { kind: 'file', path, shown: relative(lp.bundled ? REPO_ROOT : cwd, path) || path };
}

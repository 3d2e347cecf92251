// The kommune profiles bundled with the app (geodata/profiles/*.json) and their layers, loaded on demand when a link
// names one (`?profile=baerum`). The layers are read as the profile says: a file beside it, GeoJSON written into it,
// or missing (then the layer is empty and the UI says why; never filled in).
import { analyseLayers, type Dataset } from '../domain/dataset';
import { loadHubs, loadRegions, loadSites } from '../data/loaders';
import { DEFAULT_ASSUMPTIONS, parseAssumptionsFile } from '../domain/assumptions';
import { parseProfile, type KommuneProfile, type ProfileLayer } from '../domain/kommuneProfile';
import type { Assumptions, Warning } from '../domain/types';

const PROFILE_DIR = '../../geodata/profiles/';
const PROFILES = import.meta.glob<unknown>('../../geodata/profiles/*.json', { import: 'default' });
const LAYER_FILES = import.meta.glob<string>(['../../geodata/*.geojson', '../../geodata/assumptions.json'], {
  query: '?raw',
  import: 'default',
});

/** The ids of the bundled profiles (their file names), sorted. */
export const BUNDLED_PROFILE_IDS: readonly string[] = Object.keys(PROFILES)
  .map((k) => k.slice(PROFILE_DIR.length).replace(/\.json$/, ''))
  .sort();

/** A bundled profile that cannot be used, as facts (the code and its params); the words are in src/i18n (profile.*.ts). */
export class ProfileLoadError extends Error {
  constructor(
    readonly code: 'profile-unknown' | 'profile-layer-file',
    readonly params: Readonly<Record<string, string>>,
  ) {
    // A technical message for logs; what the user reads is made from the code and params (bootstrap.ts).
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ProfileLoadError';
  }
}

/** `../regions.geojson` beside geodata/profiles/ → the glob key of geodata/regions.geojson. */
function layerKey(file: string): string {
  const parts = PROFILE_DIR.slice('../../'.length, -1).split('/');
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return `../../${parts.join('/')}`;
}

async function layerText(profileId: string, layer: ProfileLayer): Promise<string | null> {
  if (layer.kind === 'missing') return null;
  if (layer.kind === 'inline') return JSON.stringify(layer.geojson);
  const load = LAYER_FILES[layerKey(layer.file)];
  if (!load) throw new ProfileLoadError('profile-layer-file', { id: profileId, file: layer.file });
  return load();
}

/** Reads and checks a bundled profile by id; ProfileLoadError when there is none of that name. */
export async function loadBundledProfile(id: string): Promise<KommuneProfile> {
  const load = PROFILES[`${PROFILE_DIR}${id}.json`];
  if (!load || !/^[a-z0-9-]+$/.test(id))
    throw new ProfileLoadError('profile-unknown', { id, bundled: BUNDLED_PROFILE_IDS.join(', ') });
  const profile = parseProfile(await load());
  if (profile.id !== id) throw new ProfileLoadError('profile-unknown', { id, fileId: profile.id });
  return profile;
}

/** The profile's layers through the same loaders and engine as the bundled Asker data; a missing layer is empty. */
export async function profileDataset(profile: KommuneProfile): Promise<Dataset> {
  const file = (role: string) => `geodata/profiles/${profile.id}.json (${role})`;
  const opts = (role: string) => ({ file: file(role), referenceLngLatBbox: profile.referenceLngLatBbox });
  const [sitesText, hubsText, regionsText, assumptionsText] = await Promise.all([
    layerText(profile.id, profile.sites),
    layerText(profile.id, profile.hubs),
    layerText(profile.id, profile.regions),
    layerText(profile.id, profile.assumptions),
  ]);
  const warnings: Warning[] = [];
  const sites = sitesText === null ? [] : keep(loadSites(sitesText, opts('sites')), warnings);
  const hubs = hubsText === null ? [] : keep(loadHubs(hubsText, opts('hubs')), warnings);
  const regions =
    regionsText === null
      ? []
      : keep(
          loadRegions(regionsText, {
            ...opts('regions'),
            kommuneRegions: { name: profile.name, regions: profile.regionsFromKommuner },
          }),
          warnings,
        );
  let assumptions: Assumptions = DEFAULT_ASSUMPTIONS;
  if (assumptionsText !== null) assumptions = parseAssumptionsFile(JSON.parse(assumptionsText)).assumptions;
  return analyseLayers({ sites, hubs, regions }, { warnings, origin: 'bundled' }, assumptions);
}

function keep<T>(result: { value: T; warnings: Warning[] }, into: Warning[]): T {
  into.push(...result.warnings);
  return result.value;
}

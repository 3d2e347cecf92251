// Start-up wiring: URL → store, then the data → store (errors become a message, never a blank page); the stores get
// the bundled example data from here, so src/state never imports src/app.
import { actions } from '../state/actions';
import { loadActions, provideExampleData } from '../state/loadStore';
import { restoreUserData } from '../state/userDataPersist';
import { provideScenarioStart, startScenarios } from '../state/scenarioBoot';
import { startUrlSync } from '../state/urlSync';
import { profileIdOf, setProfile } from '../state/profileStore';
import { useAppStore } from '../state/store';
import { translator } from '../i18n';
import { loadLaterWords } from '../i18n/appWords';
import { AssumptionsError } from '../domain/assumptions';
import { ProfileError } from '../domain/kommuneProfile';
import { analyseLayers, type Dataset } from '../domain/dataset';
import { loadBundledDataset } from './defaultData';
import { buildSyntheticDataset, syntheticCount } from './syntheticDataset';
import { installLngLatTable, loadCrs } from '../domain/crs';
import { BUNDLED_LNGLAT } from '../domain/bundledLngLat';
import { firstMapDone, startFirstMapGate } from '../state/firstMap';

type WorkerReply = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** Synthetic data is built in a Web Worker so the page stays responsive; without Worker support, here. */
function loadSyntheticDataset(count: number, seed = 1): Promise<Dataset> {
  if (typeof Worker === 'undefined') return Promise.resolve(buildSyntheticDataset(count, seed));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./syntheticWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.dataset);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the synthetic-data worker failed'));
    };
    worker.postMessage({ count, seed });
  });
}

export function bootstrap(): void {
  // The bundled data's first map needs no proj4 (build-time lon/lat); proj4 is fetched once that map is ready.
  installLngLatTable(BUNDLED_LNGLAT);
  startFirstMapGate();
  void firstMapDone.then(loadCrs).catch(() => undefined);
  provideScenarioStart(() => import('../state/scenarioStartup').then((m) => void m.startScenarioSync()));
  void firstMapDone.then(startScenarios).catch(() => undefined);
  provideExampleData(loadBundledDataset);
  startUrlSync();
  const fail = (err: unknown) => actions.datasetFailed(err instanceof Error ? err.message : String(err));
  const synthetic = syntheticCount(window.location.search);
  if (synthetic !== null) {
    Promise.all([loadSyntheticDataset(synthetic), loadCrs()]).then(([d]) => actions.datasetLoaded(d), fail);
    return;
  }
  const profileId = profileIdOf(window.location.search);
  if (profileId !== null) {
    void startWithProfile(profileId, fail);
    return;
  }
  void startWithKeptData(fail);
}

/**
 * A link that names another bundled kommune profile (`?profile=baerum`) shows that kommune's layers and plan figures.
 * Data kept from an earlier visit is not restored under it (it was loaded against the default profile's layers).
 */
async function startWithProfile(id: string, fail: (err: unknown) => void): Promise<void> {
  // Fetched only for such a link: the profile's layers go through the full loaders (SOSI/GML readers, repair), which
  // the default start-up leaves out of the first page load.
  // The refusal's words too (they take in the scenario problems' field words, both languages).
  const [{ loadBundledProfile, ProfileLoadError, profileDataset }, { assumptionsErrorText, profileErrorText }] =
    await Promise.all([import('./bundledProfiles'), import('../i18n/profileErrors'), loadLaterWords()]);
  try {
    await loadCrs(); // the profile's layers are read and drawn with proj4
    const profile = await loadBundledProfile(id);
    setProfile(profile);
    actions.datasetLoaded(await profileDataset(profile));
  } catch (err) {
    const lang = useAppStore.getState().lang;
    if (err instanceof ProfileLoadError && err.code === 'profile-unknown') {
      fail(new Error(translator(lang)('profUnknown', { id })));
    } else if (err instanceof ProfileLoadError) {
      fail(new Error(translator(lang)('profLayerFile', { id, file: err.params['file'] ?? '' })));
    } else if (err instanceof ProfileError) {
      // A bundled profile (or its assumptions) the checks refuse: the fault in the user's language, naming the field.
      fail(new Error(`geodata/profiles/${id}.json: ${profileErrorText(err, translator(lang))}`));
    } else if (err instanceof AssumptionsError) {
      fail(new Error(`geodata/profiles/${id}.json (assumptions): ${assumptionsErrorText(err, lang)}`));
    } else fail(err);
  }
}

/**
 * The user's own data from an earlier visit comes back (IndexedDB), else the example data. A kept record the engine
 * cannot use is treated like a damaged one: the example data is shown and the notice says what happened.
 */
async function startWithKeptData(fail: (err: unknown) => void): Promise<void> {
  const kept = await restoreUserData();
  if (kept.type === 'restored') {
    try {
      await loadCrs(); // the user's data is not in the build-time lon/lat table
    } catch (err) {
      fail(err);
      return;
    }
    try {
      const { sites, hubs, regions, warnings, userFiles, savedAt } = kept.data;
      actions.datasetLoaded(analyseLayers({ sites, hubs, regions }, { warnings, origin: 'user', userFiles }));
      loadActions.setStorageNotice({ type: 'restored', savedAt });
      return;
    } catch {
      loadActions.setStorageNotice({ type: 'damaged', backupKey: null });
    }
  } else if (kept.type === 'damaged') {
    loadActions.setStorageNotice({ type: 'damaged', backupKey: kept.backupKey });
  }
  try {
    actions.datasetLoaded(loadBundledDataset());
  } catch (err) {
    fail(err);
  }
}

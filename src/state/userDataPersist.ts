// Keeps the user's loaded data ("Last inn data") in IndexedDB, so a reload shows it again instead of the example data;
// a stored record that cannot be read is set aside under a backup key and the example data is shown with a notice.
import type { Dataset } from '../domain/dataset';
import { ABC_TYPES, type Hub, type Region, type Site, type Warning } from '../domain/types';
import { isDerivedNote } from '../domain/siteNotes';
import { readKeptWarning } from './keptWarning';

const DB_NAME = 'naeringsarealkart';
const DB_VERSION = 1;
const STORE = 'user-data';
/** The record's format version is in the key, like the scenario store, so a later format can live beside it. */
export const USER_DATA_KEY = 'dataset.v1';
export const USER_DATA_BACKUP_PREFIX = `${USER_DATA_KEY}.backup-`;
/** A blocked or very slow IndexedDB (privacy modes) must not hold up the start: the example data is shown instead. */
const OPEN_TIMEOUT_MS = 3000;

/** What is kept: the layers as the engine holds them (EPSG:25832), the file names and the loading warnings. */
export interface StoredUserData {
  format: 1;
  savedAt: string;
  sites: Site[];
  hubs: Hub[];
  regions: Region[];
  warnings: Warning[];
  userFiles: NonNullable<Dataset['userFiles']>;
}

export type RestoreResult =
  | { type: 'none' }
  | { type: 'restored'; data: StoredUserData }
  /** The record was unreadable; it was copied to `backupKey` (null: the copy failed too) and removed. */
  | { type: 'damaged'; backupKey: string | null }
  /** IndexedDB is missing or blocked: nothing is kept between visits. */
  | { type: 'unavailable' };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isXY = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
const isMulti = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (poly) => Array.isArray(poly) && poly.every((ring) => Array.isArray(ring) && ring.length >= 3 && ring.every(isXY)),
  );
const oneOfOrNull = (v: unknown, allowed: readonly string[]) =>
  v === null || (typeof v === 'string' && allowed.includes(v));

function isSite(v: unknown): v is Site {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.note === 'string' &&
    // A site kept before the derived facts existed has its words in `note` and no `derived`: it loads as it is.
    (v.derived === undefined || (Array.isArray(v.derived) && v.derived.every(isDerivedNote))) &&
    oneOfOrNull(v.status, ['eksisterende', 'fremtidig']) &&
    oneOfOrNull(v.abc, ABC_TYPES) &&
    oneOfOrNull(v.readiness, ['byggeklar', 'må reguleres', 'må omreguleres']) &&
    isMulti(v.geometry)
  );
}
const isHub = (v: unknown): v is Hub =>
  isObj(v) &&
  typeof v.id === 'string' &&
  typeof v.name === 'string' &&
  ['tog', 'buss', 'båt'].includes(v.type as string) &&
  isXY(v.xy);
const isRegion = (v: unknown): v is Region => isObj(v) && typeof v.name === 'string' && isMulti(v.geometry);
// A warning is facts (code, params); one kept by an older version may still carry its English `message`, unused,
// and its feature reference as text (keptWarning.ts reads it as facts).

/** The record if every part has the shape the engine needs, else null (a damaged or foreign record). */
export function readStoredUserData(value: unknown): StoredUserData | null {
  if (!isObj(value) || value.format !== 1) return null;
  const { sites, hubs, regions, warnings, userFiles, savedAt } = value;
  if (!Array.isArray(sites) || !sites.every(isSite)) return null;
  if (!Array.isArray(hubs) || !hubs.every(isHub)) return null;
  if (!Array.isArray(regions) || !regions.every(isRegion)) return null;
  if (!Array.isArray(warnings)) return null;
  const kept: Warning[] = [];
  for (const v of warnings) {
    const w = readKeptWarning(v);
    if (w === null) return null;
    kept.push(w);
  }
  if (
    !isObj(userFiles) ||
    !Object.entries(userFiles).every(([k, f]) => ['sites', 'hubs', 'regions'].includes(k) && typeof f === 'string')
  )
    return null;
  if (Object.keys(userFiles).length === 0) return null;
  return {
    format: 1,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    sites,
    hubs,
    regions,
    warnings: kept,
    userFiles,
  };
}

export function toStored(dataset: Dataset, now: Date = new Date()): StoredUserData {
  return {
    format: 1,
    savedAt: now.toISOString(),
    sites: dataset.sites,
    hubs: dataset.hubs,
    regions: dataset.regions,
    warnings: dataset.warnings,
    userFiles: dataset.userFiles ?? {},
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OPEN_TIMEOUT_MS);
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      clearTimeout(timer);
      resolve(null);
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      resolve(null);
    };
    req.onblocked = () => {
      clearTimeout(timer);
      resolve(null);
    };
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => Promise<T>,
): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  try {
    return await run(db.transaction(STORE, mode).objectStore(STORE));
  } finally {
    db.close();
  }
}

/** Reads the kept data; a damaged record is backed up and removed, so the next start is clean. */
export async function restoreUserData(now: () => Date = () => new Date()): Promise<RestoreResult> {
  try {
    const raw = await withStore('readonly', (store) => request(store.get(USER_DATA_KEY)));
    if (raw === undefined) return (await openDbAvailable()) ? { type: 'none' } : { type: 'unavailable' };
    const data = readStoredUserData(raw);
    if (data) return { type: 'restored', data };
    const backupKey = `${USER_DATA_BACKUP_PREFIX}${now().toISOString()}`;
    const saved = await withStore('readwrite', async (store) => {
      await request(store.put(raw, backupKey));
      await request(store.delete(USER_DATA_KEY));
      return true;
    }).catch(() => false);
    return { type: 'damaged', backupKey: saved ? backupKey : null };
  } catch {
    return { type: 'unavailable' };
  }
}

async function openDbAvailable(): Promise<boolean> {
  const db = await openDb();
  db?.close();
  return db !== null;
}

/** Keeps the user's dataset; false when it could not be kept (the app goes on, the note says so). */
export async function saveUserData(dataset: Dataset): Promise<boolean> {
  try {
    const done = await withStore('readwrite', (store) => request(store.put(toStored(dataset), USER_DATA_KEY)));
    return done !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the kept data ("Tilbake til eksempeldata"); backups of damaged records stay. */
export async function clearUserData(): Promise<void> {
  try {
    await withStore('readwrite', (store) => request(store.delete(USER_DATA_KEY)));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

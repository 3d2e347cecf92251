// Hands a large site layer to maplibre in batches, so no single page task copies thousands of features to its worker.
import type { GeoJSONSource } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { SitePolygons } from '../domain/siteMapFeatures';

/**
 * Features per batch. maplibre copies what `setData`/`updateData` is given to its worker in the task that calls it
 * (about 25 ms per 1 000 polygons here); 20 000 sites in one go stopped the page for half a second.
 */
export const UPLOAD_BATCH_FEATURES = 1500;

/** The features in runs of at most `size`, in order (none for no features). */
export function featureBatches<T>(features: readonly T[], size: number = UPLOAD_BATCH_FEATURES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < features.length; i += size) out.push(features.slice(i, i + size));
  return out;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Resolves in a later task, so the browser can paint and take input in between (a timer would be clamped to 4 ms). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Replaces the source's data with `collection`: small data in one `setData`, large data as a `setData` of the first
 * batch and then `updateData` adds of one batch each, the next sent once maplibre's worker took the last (the source's `promoteId`
 * gives every feature its id). Resolves true when all went, false when `current()` turned false meanwhile (newer data
 * replaced it; the rest is dropped).
 */
export async function uploadInBatches<G extends Geometry, P>(
  source: GeoJSONSource,
  collection: FeatureCollection<G, P>,
  current: () => boolean,
  batchSize: number = UPLOAD_BATCH_FEATURES,
): Promise<boolean> {
  const features = collection.features as Feature[];
  if (features.length <= batchSize) {
    await source.setData(collection as FeatureCollection);
    return current();
  }
  // The first batch replaces the data (one round trip to maplibre's worker less than emptying the source first).
  let first = true;
  for (const batch of featureBatches(features, batchSize)) {
    if (!first) await nextTask();
    if (!current()) return false;
    if (first) await source.setData({ type: 'FeatureCollection', features: batch });
    else await source.updateData({ add: batch });
    first = false;
  }
  return current();
}

/**
 * As uploadInBatches, for features that come as JSON text in batches (PreparedSiteMap), as strings or UTF-8 bytes:
 * each batch decoded and parsed in a task of its own, the first set with `setData` and the others added with
 * `updateData`, the next once maplibre's worker took the last.
 */
export async function uploadTextBatches(
  source: GeoJSONSource,
  batches: readonly (string | Uint8Array)[],
  current: () => boolean,
): Promise<boolean> {
  if (batches.length === 0) await source.setData(EMPTY);
  const decoder = new TextDecoder();
  for (let i = 0; i < batches.length; i++) {
    await nextTask();
    if (!current()) return false;
    const batch = batches[i] as string | Uint8Array;
    const features = JSON.parse(typeof batch === 'string' ? batch : decoder.decode(batch)) as Feature[];
    // The first batch replaces the data (one round trip to maplibre's worker less than emptying the source first).
    if (i === 0) await source.setData({ type: 'FeatureCollection', features });
    else await source.updateData({ add: features });
  }
  return current();
}

/** A large file's polygons as the load worker sent them (see SitePolygons): text batches, or features in batches. */
export function uploadPolygons(
  source: GeoJSONSource,
  polygons: SitePolygons,
  current: () => boolean,
): Promise<boolean> {
  const first = polygons[0];
  return typeof first === 'string' || first instanceof Uint8Array
    ? uploadTextBatches(source, polygons as string[] | Uint8Array[], current)
    : uploadInBatches(source, { type: 'FeatureCollection', features: polygons as Feature[] }, current);
}

/** What holdDataFrames needs of the map (maplibre's Map has it all). */
export interface RepaintingMap {
  triggerRepaint(): void;
  isMoving(): boolean;
  getCanvas(): { width: number; height: number };
}

const holds = new WeakMap<RepaintingMap, { count: number; asked: boolean; release: () => void }>();

/**
 * Holds the map's frames while a large upload runs: maplibre draws a frame for every batch it is given, and with
 * software WebGL each frame stops the page for tens of ms (the canvas is read back). A frame is still drawn when the
 * map moves or its canvas changes size meanwhile, so the user never sees a stale or blank map; the frame that was
 * held is drawn when the last hold is released. Holds may overlap (newer data while an upload runs); release each once.
 */
export function holdDataFrames(map: RepaintingMap): () => void {
  let hold = holds.get(map);
  if (!hold) {
    const own = Object.prototype.hasOwnProperty.call(map, 'triggerRepaint');
    const original = map.triggerRepaint;
    const { width, height } = map.getCanvas();
    const state = {
      count: 0,
      asked: false,
      release: () => {
        holds.delete(map);
        if (own) map.triggerRepaint = original;
        else delete (map as Partial<RepaintingMap>).triggerRepaint;
        if (state.asked) map.triggerRepaint();
      },
    };
    map.triggerRepaint = function heldRepaint(this: RepaintingMap) {
      const canvas = map.getCanvas();
      if (map.isMoving() || canvas.width !== width || canvas.height !== height) original.call(map);
      else state.asked = true;
    };
    holds.set(map, state);
    hold = state;
  }
  hold.count++;
  let released = false;
  const h = hold;
  return () => {
    if (released) return;
    released = true;
    if (--h.count === 0) h.release();
  };
}

/** What drawWhenSourceLoaded needs of the map (maplibre's Map has it all). */
export interface LoadingMap extends RepaintingMap {
  once(type: 'render', listener: () => void): unknown;
  on(type: 'sourcedata', listener: () => void): unknown;
  off(type: 'sourcedata', listener: () => void): unknown;
  isSourceLoaded(id: string): boolean;
}

/**
 * For a source whose layers were just shown: lets the next frame be drawn (it asks maplibre's worker for the source's
 * tiles), then holds the frames until every tile has come (or `timeoutMs` passed), so thousands of sites are drawn in
 * one frame once their tiles are all there, not in a frame per tile while the worker still cuts the others (with
 * software WebGL each such frame stops the page for about as long as it took, and the worker slows it further).
 * Resolves once the frames are let go again.
 */
export function drawWhenSourceLoaded(map: LoadingMap, sourceId: string, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    // A source that is gone (the style was replaced) has nothing left to wait for.
    const loaded = (): boolean => {
      try {
        return map.isSourceLoaded(sourceId);
      } catch {
        return true;
      }
    };
    map.once('render', () => {
      if (loaded()) return resolve();
      const release = holdDataFrames(map);
      const finish = () => {
        map.off('sourcedata', check);
        clearTimeout(timer);
        release();
        resolve();
      };
      const check = () => {
        if (loaded()) finish();
      };
      map.on('sourcedata', check);
      const timer = setTimeout(finish, timeoutMs);
    });
    map.triggerRepaint();
  });
}

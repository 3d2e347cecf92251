// A copy of the drawn map at a chosen pixel ratio, for "Kartbilde (PNG)": maplibre redraws at that ratio, the frame is
// copied, and the ratio goes back. Looked up by the page element that holds the map, so the UI needs no handle on it.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel of the map as laid out. */
  ratio: number;
}

type Snapshotter = (minRatio: number) => Promise<MapSnapshot>;

const byContainer = new WeakMap<HTMLElement, Snapshotter>();

/** How long to wait for the redraw at the new ratio (tiles included) before copying what is drawn. */
const REDRAW_TIMEOUT_MS = 8000;

function redrawn(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, REDRAW_TIMEOUT_MS);
    function done() {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/** Draws `map` at `minRatio` or its own ratio, whichever is higher, and returns a 2D copy of the frame. */
export async function snapshotMap(map: MapLibreMap, minRatio: number): Promise<MapSnapshot> {
  const before = map.getPixelRatio();
  const ratio = Math.max(before, minRatio);
  if (ratio !== before) map.setPixelRatio(ratio);
  try {
    await redrawn(map);
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(source, 0, 0);
    return { canvas: copy, ratio: source.width / Math.max(1, source.getBoundingClientRect().width) };
  } finally {
    if (ratio !== before) map.setPixelRatio(before);
  }
}

export function registerSnapshot(container: HTMLElement, map: MapLibreMap): void {
  byContainer.set(container, (minRatio) => snapshotMap(map, minRatio));
}

export function unregisterSnapshot(container: HTMLElement): void {
  byContainer.delete(container);
}

/** The map inside `area` drawn at ≥ `minRatio`; null when no live map is there (no WebGL, or not started). */
export function snapshotMapIn(area: HTMLElement, minRatio: number): Promise<MapSnapshot> | null {
  const container = area.matches('.maplibregl-map') ? area : area.querySelector<HTMLElement>('.maplibregl-map');
  const snap = container ? byContainer.get(container) : undefined;
  return snap ? snap(minRatio) : null;
}

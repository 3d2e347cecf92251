// The batched hand-over of a large site layer to maplibre, and the mark layers switched off while nothing is marked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  drawWhenSourceLoaded,
  featureBatches,
  holdDataFrames,
  uploadInBatches,
  uploadPolygons,
  uploadTextBatches,
} from '../../../src/map/siteUpload';
import { MARK_LAYERS, marksVisibility } from '../../../src/map/siteMarks';
import { buildLayers } from '../../../src/map/style';

const points = (n: number): FeatureCollection<Point, { key: number }> => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, key) => ({
    type: 'Feature',
    properties: { key },
    geometry: { type: 'Point', coordinates: [10 + key / 1e4, 59.8] },
  })),
});

/** A source that records what it was given, as maplibre's GeoJSONSource would receive it. */
function recorder() {
  const calls: { kind: 'set' | 'update'; keys: number[] }[] = [];
  const keys = (fs: Feature[]) => fs.map((f) => (f.properties as { key: number }).key);
  const source = {
    setData: async (d: FeatureCollection) => void calls.push({ kind: 'set', keys: keys(d.features) }),
    updateData: async (diff: { add?: Feature[] }) => void calls.push({ kind: 'update', keys: keys(diff.add ?? []) }),
  };
  return { calls, source: source as unknown as GeoJSONSource };
}

describe('featureBatches', () => {
  it('cuts the features into runs of the size, in order, the last one shorter', () => {
    const b = featureBatches([1, 2, 3, 4, 5, 6, 7], 3);
    expect(b).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(featureBatches([], 3)).toEqual([]);
  });
});

describe('uploadInBatches', () => {
  it('sends small data in one setData', async () => {
    const { calls, source } = recorder();
    expect(await uploadInBatches(source, points(5), () => true, 10)).toBe(true);
    expect(calls).toEqual([{ kind: 'set', keys: [0, 1, 2, 3, 4] }]);
  });

  it('sets the first batch, then adds every other feature once, a batch per call', async () => {
    const { calls, source } = recorder();
    expect(await uploadInBatches(source, points(25), () => true, 10)).toBe(true);
    expect(calls.map((c) => `${c.kind}:${c.keys.length}`)).toEqual(['set:10', 'update:10', 'update:5']);
    expect(calls.flatMap((c) => c.keys)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('stops when newer data replaced it, and says so', async () => {
    const { calls, source } = recorder();
    let live = 2; // the check before each batch: two pass, then the data is stale
    expect(await uploadInBatches(source, points(45), () => live-- > 0, 10)).toBe(false);
    expect(calls.map((c) => c.kind)).toEqual(['set', 'update']);
  });

  it('decodes names beyond ASCII from the bytes as they were', async () => {
    const named = { type: 'Feature', properties: { key: 0, name: 'Årø næringspark – «Sør»' }, geometry: null };
    const bytes = new TextEncoder().encode(JSON.stringify([named]));
    const got: Feature[] = [];
    const source = {
      setData: async (d: FeatureCollection) => void got.push(...d.features),
    } as unknown as GeoJSONSource;
    expect(await uploadTextBatches(source, [bytes], () => true)).toBe(true);
    expect(got).toEqual([named]);
  });

  it('does the same with batches of JSON text, and empties the source for none', async () => {
    const { calls, source } = recorder();
    const { features } = points(25);
    const text = [features.slice(0, 10), features.slice(10, 20), features.slice(20)].map((b) => JSON.stringify(b));
    expect(await uploadTextBatches(source, text, () => true)).toBe(true);
    expect(calls.map((c) => `${c.kind}:${c.keys.length}`)).toEqual(['set:10', 'update:10', 'update:5']);
    expect(calls.flatMap((c) => c.keys)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    // The load worker's polygons: text batches as such, features (non-finite lon/lat) in batches.
    const fromText = recorder();
    expect(await uploadPolygons(fromText.source, text, () => true)).toBe(true);
    expect(fromText.calls).toEqual(calls);
    // ... and their UTF-8 bytes (as the worker moves them), decoded a batch at a time.
    const fromBytes = recorder();
    const encoder = new TextEncoder();
    expect(
      await uploadPolygons(
        fromBytes.source,
        text.map((t) => encoder.encode(t)),
        () => true,
      ),
    ).toBe(true);
    expect(fromBytes.calls).toEqual(calls);
    const fromFeatures = recorder();
    expect(await uploadPolygons(fromFeatures.source, features as never, () => true)).toBe(true);
    expect(fromFeatures.calls.map((c) => `${c.kind}:${c.keys.length}`)).toEqual(['set:25']);
    const empty = recorder();
    expect(await uploadTextBatches(empty.source, [], () => true)).toBe(true);
    expect(empty.calls).toEqual([{ kind: 'set', keys: [] }]);
  });
});

describe('mark layers', () => {
  const none = { changed: new Set<string>(), excluded: new Set<string>() };
  it('are off unless a site is marked', () => {
    expect(marksVisibility(null)).toBe('none');
    expect(marksVisibility(none)).toBe('none');
    expect(marksVisibility({ ...none, changed: new Set(['S1']) })).toBe('visible');
    expect(marksVisibility({ ...none, excluded: new Set(['S2']) })).toBe('visible');
  });

  it('start off in the style', () => {
    const layers = buildLayers().filter((l) => MARK_LAYERS.includes(l.id));
    expect(layers).toHaveLength(MARK_LAYERS.length);
    for (const l of layers) expect((l.layout as { visibility?: string }).visibility).toBe('none');
  });
});

describe('holdDataFrames', () => {
  function fakeMap() {
    let frames = 0;
    const canvas = { width: 800, height: 600 };
    let moving = false;
    const map = {
      triggerRepaint() {
        frames++;
      },
      isMoving: () => moving,
      getCanvas: () => canvas,
    };
    return { map, canvas, frames: () => frames, setMoving: (m: boolean) => (moving = m) };
  }

  it('draws no frame while held, then the one that was asked for', () => {
    const f = fakeMap();
    const release = holdDataFrames(f.map);
    f.map.triggerRepaint();
    f.map.triggerRepaint();
    expect(f.frames()).toBe(0);
    release();
    expect(f.frames()).toBe(1);
    release(); // twice is once
    f.map.triggerRepaint();
    expect(f.frames()).toBe(2);
  });

  it('still draws while the map moves or its canvas changes size', () => {
    const f = fakeMap();
    const release = holdDataFrames(f.map);
    f.setMoving(true);
    f.map.triggerRepaint();
    expect(f.frames()).toBe(1);
    f.setMoving(false);
    f.canvas.width = 400;
    f.map.triggerRepaint();
    expect(f.frames()).toBe(2);
    release();
  });

  it('overlapping holds end with the last release, in either order', () => {
    const f = fakeMap();
    const first = holdDataFrames(f.map);
    const second = holdDataFrames(f.map);
    f.map.triggerRepaint();
    first();
    f.map.triggerRepaint();
    expect(f.frames()).toBe(0);
    second();
    expect(f.frames()).toBe(1);
    f.map.triggerRepaint();
    expect(f.frames()).toBe(2);
  });

  it('releasing without a frame asked for draws none', () => {
    const f = fakeMap();
    holdDataFrames(f.map)();
    expect(f.frames()).toBe(0);
  });
});

describe('drawWhenSourceLoaded', () => {
  afterEach(() => void vi.useRealTimers());

  /** A map with frames counted, 'render' and 'sourcedata' listeners, and a source that loads when told. */
  function loadingMap() {
    let frames = 0;
    let loaded = false;
    const listeners: Record<string, (() => void)[]> = { render: [], sourcedata: [] };
    const map = {
      triggerRepaint() {
        frames++;
      },
      isMoving: () => false,
      getCanvas: () => ({ width: 800, height: 600 }),
      once(type: 'render', fn: () => void) {
        const once = () => {
          listeners[type] = listeners[type]!.filter((f) => f !== once);
          fn();
        };
        listeners[type]!.push(once);
      },
      on(type: 'sourcedata', fn: () => void) {
        listeners[type]!.push(fn);
      },
      off(type: 'sourcedata', fn: () => void) {
        listeners[type] = listeners[type]!.filter((f) => f !== fn);
      },
      isSourceLoaded: (id: string) => {
        if (id !== 'markers') throw new Error(`There is no source with ID '${id}'`);
        return loaded;
      },
    };
    const emit = (type: string) => [...listeners[type]!].forEach((f) => f());
    return {
      map,
      emit,
      frames: () => frames,
      load: () => (loaded = true),
      listening: () => listeners['sourcedata']!.length,
    };
  }

  it('lets the frame that asks for the tiles be drawn, then holds frames until they are all there', async () => {
    const m = loadingMap();
    let done = false;
    const drawn = drawWhenSourceLoaded(m.map, 'markers').then(() => (done = true));
    expect(m.frames()).toBe(1); // the frame that asks maplibre's worker for the tiles
    m.emit('render');
    m.map.triggerRepaint(); // a first tile came: no frame yet
    m.emit('sourcedata');
    expect(m.frames()).toBe(1);
    m.load();
    m.emit('sourcedata'); // the last tile came: one frame with them all
    await drawn;
    expect(done).toBe(true);
    expect(m.frames()).toBe(2);
    expect(m.listening()).toBe(0);
    m.map.triggerRepaint(); // frames are its own again
    expect(m.frames()).toBe(3);
  });

  it('holds nothing when the tiles are there by the first frame, or the source is gone', async () => {
    const m = loadingMap();
    m.load();
    const drawn = drawWhenSourceLoaded(m.map, 'markers');
    m.emit('render');
    await drawn;
    m.map.triggerRepaint();
    expect(m.frames()).toBe(2);
    const gone = drawWhenSourceLoaded(m.map, 'no-such-source');
    m.emit('render');
    await gone;
    expect(m.listening()).toBe(0);
  });

  it('lets the frames go after the time-out when the tiles never all come', async () => {
    vi.useFakeTimers();
    const m = loadingMap();
    const drawn = drawWhenSourceLoaded(m.map, 'markers', 500);
    m.emit('render');
    m.map.triggerRepaint();
    vi.advanceTimersByTime(499);
    expect(m.frames()).toBe(1);
    vi.advanceTimersByTime(1);
    await drawn;
    expect(m.frames()).toBe(2);
    expect(m.listening()).toBe(0);
  });
});

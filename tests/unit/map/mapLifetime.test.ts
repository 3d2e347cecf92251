// @vitest-environment jsdom
// A map torn down while Kartverket's probe tile is still on its way (the user switches view): the late answer must not
// touch the removed map. maplibre itself is replaced by a recorder whose style is gone after remove(), as in maplibre.
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const handlers = new Map<string, () => void>();

vi.mock('maplibre-gl', () => {
  class FakeMap {
    style: object | undefined = {};
    cooperativeGestures = { enable() {}, disable() {}, isEnabled: () => false };
    touchZoomRotate = { disableRotation() {} };
    addControl() {}
    on(event: string, fn: () => void) {
      handlers.set(event, fn);
    }
    once() {}
    getSource() {
      return { setData() {} };
    }
    getCanvas() {
      return document.createElement('canvas');
    }
    setLayoutProperty(id: string) {
      if (!this.style) throw new TypeError("Cannot read properties of undefined (reading 'setLayoutProperty')");
      calls.push(`layout ${id}`);
    }
    setPaintProperty(id: string) {
      if (!this.style) throw new TypeError("Cannot read properties of undefined (reading 'setPaintProperty')");
      calls.push(`paint ${id}`);
    }
    remove() {
      this.style = undefined;
      calls.push('remove');
    }
  }
  // Popups and markers: every method chains and does nothing.
  class Inert {
    constructor() {
      const self: object = new Proxy(this, {
        get: (target, key) => (key in target ? Reflect.get(target, key) : () => self),
      });
      return self;
    }
  }
  return {
    Map: FakeMap,
    NavigationControl: class {},
    ScaleControl: class {},
    Popup: Inert,
    Marker: Inert,
    setWorkerUrl() {},
  };
});

afterEach(() => {
  calls.length = 0;
  handlers.clear();
  vi.unstubAllGlobals();
});

describe('MapController after destroy()', () => {
  it("drops the background-map probe's late answer and aborts the request", async () => {
    let answer: (res: Response) => void = () => {};
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        return new Promise<Response>((resolve) => (answer = resolve));
      }),
    );
    const { MapController } = await import('../../../src/map/mapController');
    const stateChanges: string[] = [];
    const controller = new MapController(
      document.createElement('div'),
      {
        onStateChange: (s) => stateChanges.push(s),
        onSiteClick() {},
        onSiteHover() {},
        onViewChange() {},
        onBasemapError() {},
      },
      { map: 'Kart', zoomIn: '+', zoomOut: '−' },
    );
    controller.setBasemap('auto');
    handlers.get('load')?.();
    expect(fetch).toHaveBeenCalledTimes(1);
    const before = calls.length;
    expect(before).toBeGreaterThan(0);

    controller.destroy();
    expect(signal?.aborted).toBe(true);
    // The tile arrives anyway (the abort raced it): nothing is asked of the removed map.
    answer(new Response('x', { headers: { 'content-type': 'image/png' } }));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.slice(before)).toEqual(['remove']);
    // Later calls from React effects are no-ops too.
    expect(() => {
      controller.setRingsVisible(true);
      controller.setBasemap('topo');
      controller.setColourBy('fit');
    }).not.toThrow();
    expect(calls.slice(before)).toEqual(['remove']);
    expect(stateChanges).toEqual([]);
  });
});

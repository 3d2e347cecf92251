// Which message the map shows when it cannot start: "WebGL mangler" only for WebGL problems.
import { describe, expect, it } from 'vitest';
import { mapErrorKind } from '../../../src/map/mapErrors';

describe('mapErrorKind', () => {
  it.each([
    ['Failed to initialize WebGL', 'webgl'],
    ['Could not create a WebGL context, VENDOR = 0xffff', 'webgl'],
    ['Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/maplibre-gl-worker.mjs', 'failed'],
    ['Worker failed to load', 'failed'],
    [undefined, 'failed'],
  ] as const)('%s → %s', (message, kind) => {
    expect(mapErrorKind(message)).toBe(kind);
  });
});

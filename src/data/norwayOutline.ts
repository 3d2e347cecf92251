// "In Norway": inside a simplified outline of Norway's land and territorial sea (geodata/norway-outline.json,
// EPSG:25832).
import outline from '../../geodata/norway-outline.json';
import { pointInMultiPolygon } from '../domain/geometry.ts';
import type { MultiPolygonXY, XY } from '../domain/types.ts';

const GEOMETRY = (outline.features[0]?.geometry.coordinates ?? []) as unknown as MultiPolygonXY;

/** Grid cells of 10 km: most points are decided by their cell; only cells an outline edge crosses need the exact test.
 * */
const CELL = 10_000;
type Grid = { x0: number; y0: number; nx: number; ny: number; state: Uint8Array };
const OUT = 0,
  IN = 1,
  EDGE = 2;
let grid: Grid | null = null;

function buildGrid(): Grid {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const poly of GEOMETRY)
    for (const [x, y] of poly[0] ?? []) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  const nx = Math.ceil((x1 - x0) / CELL) + 1;
  const ny = Math.ceil((y1 - y0) / CELL) + 1;
  const state = new Uint8Array(nx * ny);
  // Mark every cell an edge passes through (sampled at a quarter cell, and its neighbours for safety).
  for (const poly of GEOMETRY)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as XY;
        const [bx, by] = ring[i] as XY;
        const steps = Math.ceil(Math.hypot(bx - ax, by - ay) / (CELL / 4)) + 1;
        for (let s = 0; s <= steps; s++) {
          const cx = Math.floor((ax + ((bx - ax) * s) / steps - x0) / CELL);
          const cy = Math.floor((ay + ((by - ay) * s) / steps - y0) / CELL);
          for (let dx = -1; dx <= 1; dx++)
            for (let dy = -1; dy <= 1; dy++) {
              const gx = cx + dx,
                gy = cy + dy;
              if (gx >= 0 && gy >= 0 && gx < nx && gy < ny) state[gy * nx + gx] = EDGE;
            }
        }
      }
  for (let gy = 0; gy < ny; gy++)
    for (let gx = 0; gx < nx; gx++) {
      const k = gy * nx + gx;
      if (state[k] === EDGE) continue;
      state[k] = pointInMultiPolygon([x0 + (gx + 0.5) * CELL, y0 + (gy + 0.5) * CELL], GEOMETRY) ? IN : OUT;
    }
  return { x0, y0, nx, ny, state };
}

/** True when an EPSG:25832 point lies in Norway's land or territorial sea, as the simplified outline has it. */
export function insideNorwayOutline(xy: XY): boolean {
  grid ??= buildGrid();
  const gx = Math.floor((xy[0] - grid.x0) / CELL);
  const gy = Math.floor((xy[1] - grid.y0) / CELL);
  if (!(gx >= 0 && gy >= 0 && gx < grid.nx && gy < grid.ny)) return false;
  const s = grid.state[gy * grid.nx + gx];
  return s === EDGE ? pointInMultiPolygon(xy, GEOMETRY) : s === IN;
}

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
  // The other cells take the in/out of their centre, row by row: where the row's centre line crosses each ring
  // (the same expression as insideRing in geometry.ts, so every centre gets exactly pointInMultiPolygon's answer),
  // then a cell centre is inside a ring when an odd number of crossings lie to its right. One pass per row instead
  // of a whole-outline test per cell (≈ 45 ms at every CLI start before).
  const crossings: number[][] = [];
  for (let gy = 0; gy < ny; gy++) {
    const y = y0 + (gy + 0.5) * CELL;
    crossings.length = 0;
    for (const polygon of GEOMETRY) for (const ring of polygon) crossings.push(ringCrossings(ring, y));
    for (let gx = 0; gx < nx; gx++) {
      const k = gy * nx + gx;
      if (state[k] === EDGE) continue;
      state[k] = centreInside(x0 + (gx + 0.5) * CELL, crossings) ? IN : OUT;
    }
  }
  return { x0, y0, nx, ny, state };
}

/** The x of every crossing of the line at `y` with the ring's edges, sorted. */
function ringCrossings(ring: readonly XY[], y: number): number[] {
  const xs: number[] = [];
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as XY;
    const b = ring[j] as XY;
    if (a[1] > y !== b[1] > y) xs.push(((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]);
  }
  return xs.sort((p, q) => p - q);
}

/** pointInMultiPolygon for (x, the row's y), from each ring's crossings in GEOMETRY's order (shell, then holes). */
function centreInside(x: number, crossings: readonly number[][]): boolean {
  let r = 0;
  for (const polygon of GEOMETRY) {
    const first = r;
    r += polygon.length;
    if (polygon.length === 0 || !oddRightOf(x, crossings[first] as number[])) continue;
    let inHole = false;
    for (let h = first + 1; h < r && !inHole; h++) inHole = oddRightOf(x, crossings[h] as number[]);
    if (!inHole) return true;
  }
  return false;
}

/** True when an odd number of the sorted crossings are greater than x (x < crossing, as insideRing tests). */
function oddRightOf(x: number, sorted: readonly number[]): boolean {
  let right = 0;
  for (let i = sorted.length - 1; i >= 0 && x < (sorted[i] as number); i--) right++;
  return right % 2 === 1;
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

// Dissolves polygons that share exact border vertices (topologically simplified kommuner) into one set of rings.
import type { Position } from './projection.ts';
import { multiPolygonAreaM2, multiPolygonGapM, pointInRing, ringSignedAreaM2, type MultiPolygon, type Ring } from './planarGeometry.ts';

const key = (p: Position) => `${p[0]},${p[1]}`;

function counterClockwise(ring: Ring): Ring {
  return ringSignedAreaM2(ring) < 0 ? [...ring].reverse() : ring;
}

/**
 * Merges the outer rings of the given polygons by dropping every edge that two rings share.
 * Works only when neighbours use identical vertices along their common border (true for
 * rmapshaper output, which keeps topology). Holes in the input are not supported, so they
 * are rejected rather than silently lost.
 */
export function dissolveOuterRings(polygons: MultiPolygon): MultiPolygon {
  if (polygons.some((p) => p.length > 1)) throw new Error('dissolveOuterRings: input polygons with holes are not supported');
  const rings = polygons.map((p) => counterClockwise(p[0] as Ring));

  const edgeUse = new Map<string, number>();
  const undirected = (a: Position, b: Position) => [key(a), key(b)].sort().join('|');
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const k = undirected(ring[i] as Position, ring[i + 1] as Position);
      edgeUse.set(k, (edgeUse.get(k) ?? 0) + 1);
    }
  }

  // Outgoing boundary edges per start vertex, in input order (keeps the result deterministic).
  const outgoing = new Map<string, Array<{ from: Position; to: Position; used: boolean }>>();
  const allEdges: Array<{ from: Position; to: Position; used: boolean }> = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const from = ring[i] as Position;
      const to = ring[i + 1] as Position;
      if ((edgeUse.get(undirected(from, to)) ?? 0) > 1) continue;
      const edge = { from, to, used: false };
      allEdges.push(edge);
      const list = outgoing.get(key(from)) ?? [];
      list.push(edge);
      outgoing.set(key(from), list);
    }
  }

  const outRings: Ring[] = [];
  for (const start of allEdges) {
    if (start.used) continue;
    const ring: Ring = [start.from];
    let edge = start;
    for (;;) {
      edge.used = true;
      ring.push(edge.to);
      if (key(edge.to) === key(start.from)) break;
      const next = (outgoing.get(key(edge.to)) ?? []).find((e) => !e.used);
      if (!next) throw new Error(`dissolveOuterRings: boundary is not closed at ${key(edge.to)}`);
      edge = next;
    }
    outRings.push(ring);
  }

  // Counter-clockwise rings are shells; clockwise ones are holes left where the inputs enclosed a gap.
  const shells = outRings.filter((r) => ringSignedAreaM2(r) > 0);
  const holes = outRings.filter((r) => ringSignedAreaM2(r) < 0);
  const result: MultiPolygon = shells.map((s) => [s]);
  for (const hole of holes) {
    const owner = result.find((p) => pointInRing(hole[0] as Position, p[0] as Ring));
    if (!owner) throw new Error('dissolveOuterRings: a hole lies in no shell');
    owner.push(hole);
  }

  // Parts that still touch or overlap would make an invalid MultiPolygon (and mean the input was not clean).
  for (let i = 0; i < result.length; i++) {
    for (let j = i + 1; j < result.length; j++) {
      if (multiPolygonGapM([result[i] as Ring[]], [result[j] as Ring[]]) === 0) throw new Error('dissolveOuterRings: output parts touch or overlap');
    }
  }

  const before = multiPolygonAreaM2(rings.map((r) => [r]));
  const after = multiPolygonAreaM2(result);
  if (Math.abs(before - after) > 1e-6 * before) {
    throw new Error(`dissolveOuterRings: area changed from ${before} to ${after} m² (inputs overlap?)`);
  }
  return result;
}

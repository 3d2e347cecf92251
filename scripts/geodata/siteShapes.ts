// Turns the typed site table into polygons: simple rotated shapes placed at an offset from a cited anchor point.
import { anchor, type AnchorKey } from './places.ts';
import type { MultiPolygon, Polygon, Ring } from './planarGeometry.ts';
import { lonLatTo25832, roundPosition, type Position } from './projection.ts';

export type Shape =
  | { kind: 'rect'; widthM: number; heightM: number }
  /** A rectangle with a notch cut out of its north-east corner (before rotation). */
  | { kind: 'L'; widthM: number; heightM: number; notchWidthM: number; notchHeightM: number }
  /** Six corners on an ellipse, pulled in by fixed factors so it does not look machine-regular. */
  | { kind: 'hex'; widthM: number; heightM: number };

export interface PartSpec {
  /** Easting/northing offset of the part's centre from the anchor, metres. */
  offsetM: readonly [number, number];
  shape: Shape;
  /** Counter-clockwise rotation, degrees. */
  rotationDeg: number;
  /** Optional rectangular hole, centred at this offset from the part's centre (in the part's unrotated frame). */
  hole?: { offsetM: readonly [number, number]; widthM: number; heightM: number };
}

const HEX_RADIUS_FACTORS = [1, 0.86, 0.94, 0.9, 1, 0.82] as const;

function localOutline(shape: Shape): Position[] {
  const w = shape.widthM / 2;
  const h = shape.heightM / 2;
  switch (shape.kind) {
    case 'rect':
      return [[-w, -h], [w, -h], [w, h], [-w, h]];
    case 'L':
      if (shape.notchWidthM >= shape.widthM || shape.notchHeightM >= shape.heightM) throw new Error('siteShapes: notch larger than the L');
      return [[-w, -h], [w, -h], [w, h - shape.notchHeightM], [w - shape.notchWidthM, h - shape.notchHeightM], [w - shape.notchWidthM, h], [-w, h]];
    case 'hex':
      return HEX_RADIUS_FACTORS.map((f, i) => {
        const a = (i * Math.PI) / 3;
        return [f * w * Math.cos(a), f * h * Math.sin(a)];
      });
  }
}

function place(points: Position[], centre: Position, rotationDeg: number): Ring {
  const r = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const ring = points.map(([x, y]) => roundPosition([centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos], 1));
  return [...ring, ring[0] as Position];
}

export function partPolygon(anchorKey: AnchorKey, part: PartSpec): Polygon {
  const a = anchor(anchorKey);
  const [ax, ay] = lonLatTo25832(a.lon, a.lat);
  const centre: Position = [ax + part.offsetM[0], ay + part.offsetM[1]];
  // Outlines are counter-clockwise (RFC 7946 exterior); the hole is reversed to clockwise.
  const polygon: Polygon = [place(localOutline(part.shape), centre, part.rotationDeg)];
  if (part.hole) {
    const { offsetM, widthM, heightM } = part.hole;
    const hole = localOutline({ kind: 'rect', widthM, heightM }).map(([x, y]) => [x + offsetM[0], y + offsetM[1]] as Position);
    polygon.push(place(hole.reverse(), centre, part.rotationDeg));
  }
  return polygon;
}

export function siteMultiPolygon(anchorKey: AnchorKey, parts: readonly PartSpec[]): MultiPolygon {
  return parts.map((p) => partPolygon(anchorKey, p));
}

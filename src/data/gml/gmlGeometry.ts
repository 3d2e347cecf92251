// GML 3.2.1 geometry elements → GeoJSON-shaped coordinates in x = easting/longitude order: Surface, Polygon,
// MultiSurface, rings, arcs, points.
import { arcThrough, circleRing, type Pt } from '../arcs.ts';
import { childrenNamed, firstChild, type XmlNode } from './gmlTree.ts';

/** Geometry elements this reader can turn into areas or points. */
export const AREA_ELEMENTS = new Set([
  'Surface',
  'Polygon',
  'MultiSurface',
  'MultiPolygon',
  'CompositeSurface',
  'OrientableSurface',
]);
export const POINT_ELEMENTS = new Set(['Point', 'MultiPoint']);
export const GEOMETRY_ELEMENTS = new Set([
  ...AREA_ELEMENTS,
  ...POINT_ELEMENTS,
  'LineString',
  'Curve',
  'MultiCurve',
  'CompositeCurve',
  'OrientableCurve',
]);

/** A geometry this reader cannot build, as facts: code, variant and params (`element`, `elementLine` …; src/i18n words
 * them). */
export class GmlGeometryError extends Error {
  constructor(
    readonly code: string,
    readonly variant: string,
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}/${variant}`);
  }
}

export interface AxisContext {
  /** True when the CRS is EPSG:4258/4326, whose GML axis order is latitude, longitude. */
  latLon: boolean;
  /** Numbers per position (srsDimension), 2 unless the file says 3. */
  dims: number;
  tol: number;
}

/** Throws the problem at `node`: its element name and line, and any further facts. */
const fail = (code: string, variant: string, node: XmlNode, extra: Record<string, string> = {}): never => {
  throw new GmlGeometryError(code, variant, { element: node.name, elementLine: String(node.line), ...extra });
};

function numbers(node: XmlNode): number[] {
  const parts = node.text
    .trim()
    .split(/[\s]+/)
    .filter((t) => t !== '');
  return parts.map((t) => {
    const v = Number(t);
    if (!Number.isFinite(v)) fail('gml-coordinates', 'not-a-number', node, { value: JSON.stringify(t.slice(0, 20)) });
    return v;
  });
}

function toPoints(nums: number[], dims: number, node: XmlNode, ctx: AxisContext): Pt[] {
  if (nums.length % dims !== 0) {
    fail('gml-coordinates', 'count', node, { count: String(nums.length), dims: String(dims) });
  }
  const out: Pt[] = [];
  for (let i = 0; i < nums.length; i += dims) {
    const a = nums[i] as number,
      b = nums[i + 1] as number;
    out.push(ctx.latLon ? [b, a] : [a, b]);
  }
  return out;
}

/** srsDimension on this element, else the one inherited. */
const dimsOf = (node: XmlNode, inherited: number): number => {
  const d = Number(node.attrs.srsDimension ?? node.attrs.dimension);
  return Number.isInteger(d) && d >= 2 && d <= 3 ? d : inherited;
};

/** Positions of a LinearRing, LineString or curve segment: gml:posList, gml:pos children, or GML 2 gml:coordinates. */
function positions(node: XmlNode, ctx: AxisContext): Pt[] {
  const dims = dimsOf(node, ctx.dims);
  const posList = firstChild(node, 'posList');
  if (posList) return toPoints(numbers(posList), dimsOf(posList, dims), posList, ctx);
  const pos = childrenNamed(node, 'pos');
  if (pos.length > 0) {
    return pos.map((p) => {
      const nums = numbers(p);
      if (nums.length < 2 || nums.length > 3) fail('gml-coordinates', 'pos', p, { count: String(nums.length) });
      return toPoints(nums.slice(0, 2), 2, p, ctx)[0] as Pt;
    });
  }
  const coordinates = firstChild(node, 'coordinates');
  if (coordinates) {
    const nums = coordinates.text
      .trim()
      .split(/\s+/)
      .flatMap((tuple) => tuple.split(',').slice(0, 2).map(Number));
    if (nums.some((v) => !Number.isFinite(v))) fail('gml-coordinates', 'coordinates', coordinates);
    return toPoints(nums, 2, coordinates, ctx);
  }
  return fail('gml-coordinates', 'none', node);
}

/** One curve segment (LineStringSegment, Arc, ArcString, Circle) as points. */
function segment(node: XmlNode, ctx: AxisContext): Pt[] {
  const pts = positions(node, ctx);
  if (node.name === 'LineStringSegment' || node.name === 'LineString') return pts;
  if (node.name === 'Circle') {
    const ring = pts.length === 3 ? circleRing(pts[0] as Pt, pts[1] as Pt, pts[2] as Pt, ctx.tol) : null;
    return ring ?? fail('gml-arc', 'circle', node);
  }
  if (node.name === 'Arc' || node.name === 'ArcString') {
    if (pts.length < 3 || pts.length % 2 === 0) fail('gml-arc', 'points', node, { count: String(pts.length) });
    const out: Pt[] = [pts[0] as Pt];
    for (let i = 0; i + 2 < pts.length; i += 2)
      out.push(...arcThrough(pts[i] as Pt, pts[i + 1] as Pt, pts[i + 2] as Pt, ctx.tol).slice(1));
    return out;
  }
  return fail('gml-geometry-unsupported', 'segment', node);
}

function join(parts: Pt[][]): Pt[] {
  const out: Pt[] = [];
  for (const p of parts)
    out.push(
      ...(out.length > 0 &&
      p.length > 0 &&
      (out[out.length - 1] as Pt)[0] === (p[0] as Pt)[0] &&
      (out[out.length - 1] as Pt)[1] === (p[0] as Pt)[1]
        ? p.slice(1)
        : p),
    );
  return out;
}

/** A curve (Curve with segments, LineString, OrientableCurve) as points in its direction. */
function curve(node: XmlNode, ctx: AxisContext): Pt[] {
  if (node.name === 'LineString') return positions(node, ctx);
  if (node.name === 'Curve') {
    const segs = firstChild(node, 'segments');
    if (!segs) fail('gml-coordinates', 'no-segments', node);
    return join((segs as XmlNode).children.map((s) => segment(s, ctx)));
  }
  if (node.name === 'OrientableCurve') {
    const base = firstChild(node, 'baseCurve')?.children[0];
    if (!base) return fail('gml-coordinates', 'no-base-curve', node);
    const pts = curve(base, ctx);
    return node.attrs.orientation === '-' ? [...pts].reverse() : pts;
  }
  return fail('gml-geometry-unsupported', 'ring-part', node);
}

/** A ring: gml:LinearRing, or gml:Ring made of gml:curveMember curves. */
function ring(holder: XmlNode, ctx: AxisContext): Pt[] {
  const r = holder.children[0];
  if (!r) return fail('geometry-empty', 'gml-ring', holder);
  if (r.name === 'LinearRing') return positions(r, ctx);
  if (r.name === 'Ring')
    return join(
      childrenNamed(r, 'curveMember').map((m) =>
        curve(m.children[0] ?? fail('gml-coordinates', 'empty-member', m), ctx),
      ),
    );
  return fail('gml-geometry-unsupported', 'not-a-ring', r);
}

/** A polygon from anything with gml:exterior and gml:interior children (Polygon, PolygonPatch). */
function polygon(node: XmlNode, ctx: AxisContext): Pt[][] {
  const exterior = firstChild(node, 'exterior') ?? firstChild(node, 'outerBoundaryIs');
  if (!exterior) return fail('geometry-empty', 'gml-exterior', node);
  const holes = [...childrenNamed(node, 'interior'), ...childrenNamed(node, 'innerBoundaryIs')];
  return [ring(exterior, ctx), ...holes.map((h) => ring(h, ctx))];
}

const memberGeometries = (node: XmlNode, single: string, plural: string): XmlNode[] =>
  [
    ...childrenNamed(node, single).map((m) => m.children[0]),
    ...childrenNamed(node, plural).flatMap((m) => m.children),
  ].filter((c): c is XmlNode => c !== undefined);

/** Polygons of an area geometry element. */
export function areaPolygons(node: XmlNode, ctx: AxisContext): Pt[][][] {
  const c = { ...ctx, dims: dimsOf(node, ctx.dims) };
  switch (node.name) {
    case 'Polygon':
      return [polygon(node, c)];
    case 'Surface': {
      const patches = firstChild(node, 'patches');
      if (!patches || patches.children.length === 0) return fail('geometry-empty', 'gml-patches', node);
      return patches.children.map((p) => {
        if (p.name !== 'PolygonPatch' && p.name !== 'Polygon') fail('gml-geometry-unsupported', 'patch', p);
        return polygon(p, c);
      });
    }
    case 'OrientableSurface': {
      const base = firstChild(node, 'baseSurface')?.children[0];
      return base ? areaPolygons(base, c) : fail('geometry-empty', 'gml-base-surface', node);
    }
    case 'MultiSurface':
    case 'CompositeSurface':
      return memberGeometries(node, 'surfaceMember', 'surfaceMembers').flatMap((m) => areaPolygons(m, c));
    case 'MultiPolygon':
      return memberGeometries(node, 'polygonMember', 'polygonMembers').flatMap((m) => areaPolygons(m, c));
    default:
      return fail('geometry-type', 'gml-area', node);
  }
}

/** The position of a gml:Point (or a MultiPoint with one point). */
export function pointOf(node: XmlNode, ctx: AxisContext): Pt {
  if (node.name === 'Point') return positions(node, ctx)[0] ?? fail('geometry-empty', 'gml-point', node);
  if (node.name === 'MultiPoint') {
    const pts = memberGeometries(node, 'pointMember', 'pointMembers');
    if (pts.length !== 1) fail('geometry-type', 'gml-multipoint', node, { count: String(pts.length) });
    return pointOf(pts[0] as XmlNode, ctx);
  }
  return fail('geometry-type', 'gml-point', node);
}

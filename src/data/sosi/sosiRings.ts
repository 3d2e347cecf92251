// A .FLATE's rings from its ..REF list: `:N` a curve forwards, `:-N` reversed, a parenthesised group a hole; curves
// must join end to start.
import { arcByRadius, arcThrough, circleAround, circleRing, type Pt } from '../arcs.ts';

/** A referable line object, already in file coordinates (arcs replaced by chords). */
export type Curve = { kind: string; line: number; pts: Pt[] } | { kind: string; line: number; problem: string };

export type RingsBuilt = { ok: true; rings: Pt[][] } | { ok: false; code: string; message: string };

/** The kinds a ..REF may point to. */
export const CURVE_KINDS = new Set(['KURVE', 'LINJE', 'BUEP', 'SIRKELP', 'BUE', 'SIRKEL', 'KLOTOIDE']);

/** What a .BUE or .SIRKEL gives besides its points: ..RADIUS (file units, metres in UTM) and ..STORBUE. */
export interface ArcParams {
  radius?: string | undefined;
  storbue?: string | undefined;
  /** True for KOORDSYS 84: a radius in metres cannot be drawn in degrees. */
  geographic?: boolean;
}

/** Turns a line object's positions into the curve it stands for. */
export function makeCurve(kind: string, line: number, pts: Pt[], tol: number, params: ArcParams = {}): Curve {
  if (kind === 'BUEP' || kind === 'SIRKELP') {
    if (pts.length !== 3) return { kind, line, problem: `has ${pts.length} points; a .${kind} is given by exactly 3` };
    const [a, b, c] = pts as [Pt, Pt, Pt];
    if (kind === 'BUEP') return { kind, line, pts: arcThrough(a, b, c, tol) };
    const ring = circleRing(a, b, c, tol);
    return ring
      ? { kind, line, pts: ring }
      : { kind, line, problem: 'has its 3 points on one line, so they give no circle' };
  }
  if (kind === 'BUE' || kind === 'SIRKEL') {
    const radius = params.radius === undefined ? NaN : Number(params.radius.trim().split(/\s+/)[0]);
    if (params.radius === undefined)
      return {
        kind,
        line,
        problem: `has no ..RADIUS; a .${kind} is given by ${kind === 'BUE' ? 'its end points' : 'its centre'} and ..RADIUS`,
      };
    if (!Number.isFinite(radius) || radius === 0)
      return {
        kind,
        line,
        problem: `has ..RADIUS ${JSON.stringify(params.radius.trim().slice(0, 20))}, which is not a non-zero number`,
      };
    if (params.geographic)
      return {
        kind,
        line,
        problem: `is a .${kind} with a radius in metres in a file in degrees (KOORDSYS 84); export the arcs as .BUEP, or the file in UTM (KOORDSYS 22/23)`,
      };
    if (kind === 'SIRKEL') {
      if (pts.length !== 1)
        return {
          kind,
          line,
          problem: `has ${pts.length} points; a .SIRKEL is given by its centre (1 point) and ..RADIUS`,
        };
      const ring = circleAround(pts[0] as Pt, Math.abs(radius), tol);
      return ring ? { kind, line, pts: ring } : { kind, line, problem: 'gives no circle' };
    }
    if (pts.length < 2)
      return {
        kind,
        line,
        problem: `has ${pts.length} point${pts.length === 1 ? '' : 's'}; a .BUE is given by its start and end point and ..RADIUS`,
      };
    const large = params.storbue !== undefined && params.storbue.trim() === '1';
    const arc = arcByRadius(pts[0] as Pt, pts[pts.length - 1] as Pt, radius, large, tol);
    if (!arc)
      return {
        kind,
        line,
        problem: `has end points further apart than the diameter (2 × ..RADIUS ${Math.abs(radius)}), or the same point twice, so no arc joins them`,
      };
    return { kind, line, pts: arc };
  }
  if (kind === 'KLOTOIDE') {
    return {
      kind,
      line,
      problem:
        'is a .KLOTOIDE (a transition curve); this reader takes lines and arcs (.KURVE, .BUEP, .SIRKELP, .BUE, .SIRKEL). Export it as a .KURVE',
    };
  }
  if (pts.length < 2)
    return { kind, line, problem: `has ${pts.length} point${pts.length === 1 ? '' : 's'}; a curve needs at least 2` };
  return { kind, line, pts };
}

const same = (a: Pt, b: Pt): boolean => a[0] === b[0] && a[1] === b[1];
const at = (p: Pt): string => `(${Number(p[0].toFixed(3))} ${Number(p[1].toFixed(3))})`;
const gap = (a: Pt, b: Pt): string => `${Number(Math.hypot(a[0] - b[0], a[1] - b[1]).toPrecision(3))}`;

/** Splits `:1 :-2 (:3 :4) (:-5)` into the outer list and one list per hole; null with a reason when malformed. */
export function parseRefs(text: string): { groups: number[][] } | { error: string } {
  const groups: number[][] = [[]];
  let inHole = false;
  for (const token of text.match(/\(|\)|:\s*-?\d+|[^\s()]+/g) ?? []) {
    if (token === '(') {
      if (inHole) return { error: 'has a "(" inside another group' };
      inHole = true;
      groups.push([]);
    } else if (token === ')') {
      if (!inHole) return { error: 'has a ")" without its "("' };
      inHole = false;
    } else if (token.startsWith(':')) {
      const n = Number(token.slice(1).replace(/\s+/g, ''));
      if (n === 0) return { error: 'refers to :0, which is no serial number' };
      (groups[groups.length - 1] as number[]).push(n);
    } else {
      return { error: `has ${JSON.stringify(token.slice(0, 20))}, which is not a reference (:N or :-N)` };
    }
  }
  if (inHole) return { error: 'has a "(" that is never closed' };
  return { groups };
}

function ref(n: number): string {
  return `:${n}`;
}

/** Chains the curves of one group into a closed ring. */
function chain(
  refs: readonly number[],
  curves: ReadonlyMap<number, Curve>,
  what: string,
): { ring: Pt[] } | { code: string; message: string } {
  const ring: Pt[] = [];
  let prev: number | null = null;
  for (const n of refs) {
    const curve = curves.get(Math.abs(n));
    if (!curve)
      return {
        code: 'sosi-ref-missing',
        message: `..REF ${ref(n)} points to no curve (the file has no .KURVE or arc with serial number ${Math.abs(n)}); export the plan again with all its boundaries`,
      };
    if ('problem' in curve)
      return {
        code: 'sosi-curve-invalid',
        message: `..REF ${ref(n)}: the .${curve.kind} ${Math.abs(n)} at line ${curve.line} ${curve.problem}`,
      };
    const pts = n < 0 ? [...curve.pts].reverse() : curve.pts;
    if (ring.length === 0) {
      ring.push(...pts);
    } else {
      const end = ring[ring.length - 1] as Pt;
      if (!same(end, pts[0] as Pt)) {
        const flipped = same(end, pts[pts.length - 1] as Pt)
          ? `; the curve runs the other way, so it should be written ${ref(-n)}`
          : '';
        return {
          code: 'sosi-ring-gap',
          message: `${what}: ${ref(prev as number)} ends at ${at(end)}, but ${ref(n)} starts at ${at(pts[0] as Pt)}, ${gap(end, pts[0] as Pt)} away; the curves must join end to start${flipped}`,
        };
      }
      for (let i = 1; i < pts.length; i++) ring.push(pts[i] as Pt);
    }
    prev = n;
  }
  const first = ring[0] as Pt;
  const last = ring[ring.length - 1] as Pt;
  if (!same(first, last)) {
    return {
      code: 'sosi-ring-open',
      message: `${what} does not close: it ends at ${at(last)}, ${gap(first, last)} from its start ${at(first)}; a curve is missing from the ..REF list`,
    };
  }
  return { ring };
}

/** All rings of a .FLATE: the outer boundary first, then the holes, in file coordinates. */
export function buildRings(refText: string | null, curves: ReadonlyMap<number, Curve>): RingsBuilt {
  if (refText === null || refText.trim() === '')
    return {
      ok: false,
      code: 'sosi-no-ref',
      message: 'has no ..REF, so it has no boundary; export the plan again with its boundaries',
    };
  const parsed = parseRefs(refText);
  if ('error' in parsed) return { ok: false, code: 'sosi-ref-invalid', message: `..REF ${parsed.error}` };
  const [outer, ...holes] = parsed.groups as [number[], ...number[][]];
  if (outer.length === 0)
    return {
      ok: false,
      code: 'sosi-no-ref',
      message: '..REF has only holes (groups in parentheses) and no outer boundary',
    };
  const rings: Pt[][] = [];
  for (const [i, group] of [outer, ...holes].entries()) {
    if (group.length === 0)
      return { ok: false, code: 'sosi-ref-invalid', message: `..REF has an empty group "()" (hole ${i})` };
    const built = chain(group, curves, i === 0 ? 'the outer boundary' : `hole ${i}`);
    if ('code' in built) return { ok: false, code: built.code, message: built.message };
    rings.push(built.ring);
  }
  return { ok: true, rings };
}

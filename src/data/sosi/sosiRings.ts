// A .FLATE's rings from its ..REF list: `:N` a curve forwards, `:-N` reversed, a parenthesised group a hole; curves
// must join end to start.
import { arcByRadius, arcThrough, circleAround, circleRing, type Pt } from '../arcs.ts';

/** Why a curve cannot be drawn, as facts: a variant of `sosi-curve-invalid` and its params (the words are in src/i18n). */
export interface CurveProblem {
  variant: string;
  params?: Readonly<Record<string, string>>;
}

/** A referable line object, already in file coordinates (arcs replaced by chords). */
export type Curve = { kind: string; line: number; pts: Pt[] } | { kind: string; line: number; problem: CurveProblem };

/** A ring problem: its code, the variant (which of the code's texts) and the facts. */
export interface RingProblem {
  code: string;
  variant?: string;
  params?: Readonly<Record<string, string>>;
}

export type RingsBuilt = { ok: true; rings: Pt[][] } | ({ ok: false } & RingProblem);

const bad = (kind: string, line: number, variant: string, params?: Record<string, string>): Curve => ({
  kind,
  line,
  problem: params === undefined ? { variant } : { variant, params },
});

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
    if (pts.length !== 3) return bad(kind, line, 'three-points', { count: String(pts.length) });
    const [a, b, c] = pts as [Pt, Pt, Pt];
    if (kind === 'BUEP') return { kind, line, pts: arcThrough(a, b, c, tol) };
    const ring = circleRing(a, b, c, tol);
    return ring ? { kind, line, pts: ring } : bad(kind, line, 'collinear');
  }
  if (kind === 'BUE' || kind === 'SIRKEL') {
    const radius = params.radius === undefined ? NaN : Number(params.radius.trim().split(/\s+/)[0]);
    if (params.radius === undefined) return bad(kind, line, kind === 'BUE' ? 'no-radius-bue' : 'no-radius-sirkel');
    if (!Number.isFinite(radius) || radius === 0)
      return bad(kind, line, 'bad-radius', { radius: JSON.stringify(params.radius.trim().slice(0, 20)) });
    if (params.geographic) return bad(kind, line, 'radius-in-degrees');
    if (kind === 'SIRKEL') {
      if (pts.length !== 1) return bad(kind, line, 'sirkel-points', { count: String(pts.length) });
      const ring = circleAround(pts[0] as Pt, Math.abs(radius), tol);
      return ring ? { kind, line, pts: ring } : bad(kind, line, 'no-circle');
    }
    if (pts.length < 2) return bad(kind, line, 'bue-points', { count: String(pts.length) });
    const large = params.storbue !== undefined && params.storbue.trim() === '1';
    const arc = arcByRadius(pts[0] as Pt, pts[pts.length - 1] as Pt, radius, large, tol);
    if (!arc) return bad(kind, line, 'no-arc', { radius: String(Math.abs(radius)) });
    return { kind, line, pts: arc };
  }
  if (kind === 'KLOTOIDE') {
    return bad(kind, line, 'klotoide');
  }
  if (pts.length < 2) return bad(kind, line, 'too-few-points', { count: String(pts.length) });
  return { kind, line, pts };
}

const same = (a: Pt, b: Pt): boolean => a[0] === b[0] && a[1] === b[1];
const at = (p: Pt): string => `(${Number(p[0].toFixed(3))} ${Number(p[1].toFixed(3))})`;

/** Why a ..REF list cannot be read: a variant of `sosi-ref-invalid` and its params. */
export interface RefError {
  error: string;
  params?: Readonly<Record<string, string>>;
}
const gap = (a: Pt, b: Pt): string => `${Number(Math.hypot(a[0] - b[0], a[1] - b[1]).toPrecision(3))}`;

/** Splits `:1 :-2 (:3 :4) (:-5)` into the outer list and one list per hole; null with a reason when malformed. */
export function parseRefs(text: string): { groups: number[][] } | RefError {
  const groups: number[][] = [[]];
  let inHole = false;
  for (const token of text.match(/\(|\)|:\s*-?\d+|[^\s()]+/g) ?? []) {
    if (token === '(') {
      if (inHole) return { error: 'nested' };
      inHole = true;
      groups.push([]);
    } else if (token === ')') {
      if (!inHole) return { error: 'stray-close' };
      inHole = false;
    } else if (token.startsWith(':')) {
      const n = Number(token.slice(1).replace(/\s+/g, ''));
      if (n === 0) return { error: 'zero' };
      (groups[groups.length - 1] as number[]).push(n);
    } else {
      return { error: 'token', params: { token: JSON.stringify(token.slice(0, 20)) } };
    }
  }
  if (inHole) return { error: 'unclosed' };
  return { groups };
}

function ref(n: number): string {
  return `:${n}`;
}

/** Chains the curves of one group into a closed ring; `what` names the ring (`hole`: absent for the outer one). */
function chain(
  refs: readonly number[],
  curves: ReadonlyMap<number, Curve>,
  what: Readonly<Record<string, string>>,
): { ring: Pt[] } | RingProblem {
  const ring: Pt[] = [];
  let prev: number | null = null;
  for (const n of refs) {
    const curve = curves.get(Math.abs(n));
    if (!curve) return { code: 'sosi-ref-missing', params: { ref: ref(n), serial: String(Math.abs(n)) } };
    if ('problem' in curve)
      return {
        code: 'sosi-curve-invalid',
        variant: curve.problem.variant,
        params: {
          ...curve.problem.params,
          ref: ref(n),
          kind: curve.kind,
          serial: String(Math.abs(n)),
          curveLine: String(curve.line),
        },
      };
    const pts = n < 0 ? [...curve.pts].reverse() : curve.pts;
    if (ring.length === 0) {
      ring.push(...pts);
    } else {
      const end = ring[ring.length - 1] as Pt;
      if (!same(end, pts[0] as Pt)) {
        const flipped = same(end, pts[pts.length - 1] as Pt);
        return {
          code: 'sosi-ring-gap',
          ...(flipped ? { variant: 'flipped' } : {}),
          params: {
            ...what,
            prev: ref(prev as number),
            ref: ref(n),
            end: at(end),
            start: at(pts[0] as Pt),
            gap: gap(end, pts[0] as Pt),
            reversed: ref(-n),
          },
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
      params: { ...what, end: at(last), gap: gap(first, last), start: at(first) },
    };
  }
  return { ring };
}

/** All rings of a .FLATE: the outer boundary first, then the holes, in file coordinates. */
export function buildRings(refText: string | null, curves: ReadonlyMap<number, Curve>): RingsBuilt {
  if (refText === null || refText.trim() === '') return { ok: false, code: 'sosi-no-ref' };
  const parsed = parseRefs(refText);
  if ('error' in parsed)
    return {
      ok: false,
      code: 'sosi-ref-invalid',
      variant: parsed.error,
      ...(parsed.params === undefined ? {} : { params: parsed.params }),
    };
  const [outer, ...holes] = parsed.groups as [number[], ...number[][]];
  if (outer.length === 0) return { ok: false, code: 'sosi-no-ref', variant: 'only-holes' };
  const rings: Pt[][] = [];
  for (const [i, group] of [outer, ...holes].entries()) {
    if (group.length === 0)
      return { ok: false, code: 'sosi-ref-invalid', variant: 'empty-group', params: { hole: String(i) } };
    const built = chain(group, curves, i === 0 ? {} : { hole: String(i) });
    if ('code' in built) return { ok: false, ...built };
    rings.push(built.ring);
  }
  return { ok: true, rings };
}

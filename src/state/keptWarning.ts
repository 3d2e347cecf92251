// A loading warning as kept in IndexedDB, read back in today's shape: a version before typed feature references
// stored `ref` as text (`line 40, .FLATE 17`, `line 5`); it becomes the reference it described, as facts.
import type { FeatureRef, NamedFeature, Warning } from '../domain/types';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The shapes the older loaders wrote (always English, always these four); anything else is kept as text. */
const FEATURE = /^features\[(\d+)\]$/;
const SOSI = /^line (\d+), \.(\S+) (?:(\d+)|\(no serial number\))$/;
const LINE_AND_NAME = /^line (\d+), (\S.*)$/;
const LINE = /^line (\d+)$/;

/** A reference written as text by an older version, as facts. */
export function refFromText(text: string): FeatureRef {
  let m = FEATURE.exec(text);
  if (m) return { kind: 'feature', index: Number(m[1]) };
  m = SOSI.exec(text);
  if (m) {
    const ref: FeatureRef = { kind: 'sosi', line: Number(m[1]), object: m[2] as string };
    return m[3] === undefined ? ref : { ...ref, serial: Number(m[3]) };
  }
  m = LINE_AND_NAME.exec(text);
  if (m) return { kind: 'gml', line: Number(m[1]), element: m[2] as string };
  m = LINE.exec(text);
  if (m) return { kind: 'csv', line: Number(m[1]) };
  return { kind: 'text', text };
}

const REF_KINDS = new Set(['feature', 'sosi', 'gml', 'csv', 'text']);
const isRef = (v: unknown): v is FeatureRef => isObj(v) && REF_KINDS.has(v.kind as string);

/** A kept warning (facts: a `code`); null when it is not one. A text `ref` becomes facts; a foreign one is dropped. */
export function readKeptWarning(v: unknown): Warning | null {
  if (!isObj(v) || typeof v.code !== 'string') return null;
  const { ref, named, ...rest } = v;
  const w = { ...rest } as unknown as Warning;
  if (typeof ref === 'string') w.ref = refFromText(ref);
  else if (isRef(ref)) w.ref = ref;
  if (Array.isArray(named)) {
    const ok = named.filter((n): n is NamedFeature => isObj(n) && isRef(n.ref));
    if (ok.length > 0) w.named = ok;
  }
  return w;
}

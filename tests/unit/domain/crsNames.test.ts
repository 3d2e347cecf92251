// crsNames.ts must stay free of proj4 (that is why it is apart from crs.ts), and crs.ts must still hand out the same
// functions to its existing callers.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as crs from '../../../src/domain/crs.ts';
import * as names from '../../../src/domain/crsNames.ts';

const srcDomain = resolve(import.meta.dirname, '../../../src/domain');

/** Every module specifier a source file imports or re-exports, followed through relative paths (type-only skipped). */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    const [, typeOnly, spec] = m as unknown as [string, string | undefined, string];
    if (typeOnly) continue;
    if (!spec.startsWith('.')) {
      seen.add(spec);
      continue;
    }
    const path = resolve(dirname(file), spec);
    importGraph(path.endsWith('.ts') ? path : `${path}.ts`, seen);
  }
  return seen;
}

describe('crsNames', () => {
  it('pulls in no package at all, proj4 included', () => {
    const graph = [...importGraph(resolve(srcDomain, 'crsNames.ts'))];
    expect(graph.filter((s) => !s.startsWith('/'))).toEqual([]);
  });

  it('the graph walk does see proj4 behind crsProj4.ts (so the check above can fail)', () => {
    expect(importGraph(resolve(srcDomain, 'crsProj4.ts')).has('proj4')).toBe(true);
  });

  it('crs.ts itself imports no proj4 (it fetches crsProj4.ts on first need)', () => {
    expect(importGraph(resolve(srcDomain, 'crs.ts')).has('proj4')).toBe(false);
  });

  it('crs.ts re-exports the same name functions', () => {
    expect(crs.parseEpsg).toBe(names.parseEpsg);
    expect(crs.parseCrsMember).toBe(names.parseCrsMember);
    expect(crs.CrsError).toBe(names.CrsError);
    expect(crs.SUPPORTED_EPSG).toBe(names.SUPPORTED_EPSG);
    expect(names.parseEpsg('urn:ogc:def:crs:EPSG::25833')).toBe(25833);
    expect(names.parseEpsg('EPSG:900913')).toBe(3857);
    expect(names.parseEpsg('EPSG:2154')).toBeNull();
  });
});

// Reading a file is a straight line: no src/data module calls back into one that is waiting for it, and the modules'
// calls form no cycle (scripts/readTrace.ts runs the loaders with every src/data function instrumented).
import { describe, expect, it } from 'vitest';
import { traceRead } from '../../../scripts/readTrace.ts';

const CASES: { file: string; kind: 'sites' | 'hubs' | 'regions' }[] = [
  { file: 'tests/fixtures/good/sites_25832.geojson', kind: 'sites' },
  { file: 'tests/fixtures/good/sites_4326.geojson', kind: 'sites' },
  { file: 'tests/fixtures/bad/duplicate-id.geojson', kind: 'sites' },
  { file: 'tests/fixtures/good/hubs_25832.geojson', kind: 'hubs' },
  { file: 'tests/fixtures/good/kommuner_25833.geojson', kind: 'regions' },
  { file: 'tests/fixtures/plan/plan_23_utf8.sos', kind: 'sites' },
  { file: 'tests/fixtures/plan/plan_25832.gml', kind: 'sites' },
];

// The GML reader is a SAX parser's handlers inside src/data/gml/: its modules call each other by design, so only the
// calls that leave that folder count.
const outsideGml = (edge: string): boolean => !/^src\/data\/gml\/\S+ → src\/data\/gml\//.test(edge);

describe('the read path', () => {
  for (const c of CASES) {
    it(`${c.file} as ${c.kind}: every stage calls forward only`, async () => {
      const t = await traceRead(c.file, c.kind);
      // The trace saw the stages (so an empty list below is not a trace that saw nothing).
      for (const stage of ['mapFeatures', 'crsStage', 'projectStage', 'loadPolicy'])
        expect(t.files).toContain(`src/data/${stage}.ts`);
      expect(t.callBacks.filter(outsideGml)).toEqual([]);
      expect(t.cycleEdges.filter(outsideGml)).toEqual([]);
    }, 60_000);
  }
});

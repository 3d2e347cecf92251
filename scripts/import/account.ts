// The import's printed account: how the file was read, what was kept, what was skipped and why, and the warnings.
import type { LoadResult } from '../../src/data/featurePipeline.ts';
import { describeMapping } from '../../src/data/fieldNames.ts';
import { countSkipped } from '../../src/data/loadPolicy.ts';
import { quote } from '../../src/data/problems.ts';
import { multiPolygonAreaM2 } from '../../src/domain/geometry.ts';
import type { MultiPolygonXY } from '../../src/domain/types.ts';
import { oneLine } from '../cli/common.ts';
import { problemLine } from '../cli/problemLine.ts';
import type { ImportKind } from './args.ts';

const MODE_TEXT = {
  project: "this project's own format",
  plan: 'SOSI plan data (arealformål)',
  kommune: 'kommune boundaries (kommunenummer)',
  gtfs: 'a GTFS feed',
} as const;

const SOURCE_TEXT = { member: "from the file's crs member", override: 'given with --crs', detected: 'guessed from the coordinates' } as const;

/** Largest number of features named per skip reason; the rest are counted. */
const LISTED = 10;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Total area per status (sites, in dekar: 1 daa = 1 000 m²) or per region (km²), for a quick check against the source system. */
function areaLines(kind: ImportKind, items: readonly { geometry: MultiPolygonXY; status?: string | null; name?: string }[]): string[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    const key = kind === 'sites' ? (item.status ?? 'status unknown') : (item.name ?? '');
    totals.set(key, (totals.get(key) ?? 0) + multiPolygonAreaM2(item.geometry));
  }
  return [...totals].map(([k, m2]) => (kind === 'sites' ? `  area: ${(m2 / 1000).toFixed(1)} daa ${k} (EPSG:25832, planar)` : `  area: ${k} ${(m2 / 1e6).toFixed(2)} km² (EPSG:25832, planar)`));
}

export function formatAccount(args: {
  kind: ImportKind;
  input: string;
  result: LoadResult<unknown[]>;
  items: readonly unknown[];
  /** Where the GeoJSON went: a file name, or null for stdout. */
  out: string | null;
  read?: string[] | undefined;
}): string {
  const { kind, input, result: r, out } = args;
  const lines: string[] = [`Imported ${kind} from ${input}${args.read ? ` (${args.read.join(', ')})` : ''}`];
  lines.push(`  read as: ${MODE_TEXT[r.mapping.mode]}`);
  const source = r.mapping.mode === 'gtfs' ? 'GTFS is always WGS 84 longitude/latitude' : SOURCE_TEXT[r.crsSource];
  lines.push(`  CRS: EPSG:${r.crs} (${source}) → written as EPSG:25832`);
  lines.push(`  fields: ${describeMapping(Object.fromEntries(Object.entries(r.mapping.fields).map(([k, key]) => [k, { key, path: [key] }])))}`);
  for (const note of r.mapping.notes) lines.push(`  note: ${note}`);
  const skippedCount = r.skipped.length;
  lines.push(`  features: ${r.featureCount} in the input, ${r.featureCount - skippedCount} imported, ${skippedCount} skipped${kind === 'regions' ? `; ${plural(args.items.length, 'region')} written` : ''}`);
  if (kind !== 'hubs') {
    lines.push(...areaLines(kind, args.items as { geometry: MultiPolygonXY; status?: string | null; name?: string }[]));
  } else {
    const types = new Map<string, number>();
    for (const h of args.items as { type: string }[]) types.set(h.type, (types.get(h.type) ?? 0) + 1);
    lines.push(`  hubs by type: ${[...types].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
  }
  const counts = countSkipped(r.skipped);
  if (counts.length > 0) {
    lines.push('  skipped:');
    for (const c of counts) {
      const named = c.features.slice(0, LISTED).map((f) => (f.featureId === undefined ? f.ref : `${f.ref} (id ${quote(f.featureId)})`));
      const more = c.count > LISTED ? `, … ${c.count - LISTED} more` : '';
      lines.push(`    ${c.count} × ${c.reason}${c.kind === 'unusable' ? ' (unusable)' : ''}: ${named.join(', ')}${more}`);
    }
  }
  // Warnings about skips repeat the list above; show the rest.
  const filteredCodes = new Set(counts.filter((c) => c.kind === 'filtered').map((c) => c.code));
  const skippedIndex = new Set(r.skipped.filter((s) => s.kind === 'unusable').map((s) => s.featureIndex));
  const rest = r.warnings.filter((w) => !(w.featureIndex === undefined ? filteredCodes.has(w.code) : skippedIndex.has(w.featureIndex)));
  if (rest.length > 0) {
    lines.push('  warnings:');
    for (const w of rest) lines.push(`    ${oneLine(problemLine(w, 'nb', { gtfs: r.mapping.mode === 'gtfs' }))}`);
  }
  lines.push(out === null ? `  wrote the GeoJSON to stdout (${plural(args.items.length, kind.replace(/s$/, ''))}, EPSG:25832)` : `  wrote ${out} (${plural(args.items.length, kind.replace(/s$/, ''))}, EPSG:25832)`);
  return `${lines.join('\n')}\n`;
}

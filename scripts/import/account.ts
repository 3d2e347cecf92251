// The import's printed account: how the file was read, what was kept, what was skipped and why, and the warnings. Its
// words come from the message catalogue (src/i18n/import.*.ts) in the language of --lang; the readers' mapping notes and
// the field list are worded by src/i18n/mappingNotes.ts, the skip reasons by src/i18n/problemText.ts.
import type { LoadResult } from '../../src/data/featurePipeline.ts';
import { countSkipped } from '../../src/data/loadPolicy.ts';
import { multiPolygonAreaM2 } from '../../src/domain/geometry.ts';
import type { MultiPolygonXY } from '../../src/domain/types.ts';
import { translator, type Lang, type MessageKey, type Translate } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { namedFeatureText } from '../../src/i18n/featureRef.ts';
import { skipReasonText } from '../../src/i18n/problemText.ts';
import { mappingFieldsText, mappingNoteText } from '../../src/i18n/mappingNotes.ts';
import { oneLine } from '../cli/common.ts';
import { problemLine } from '../cli/problemLine.ts';
import type { ImportKind } from './args.ts';

export const MODE_KEY: Record<'project' | 'plan' | 'kommune' | 'gtfs', MessageKey> = {
  project: 'impModeProject',
  plan: 'impModePlan',
  kommune: 'impModeKommune',
  gtfs: 'impModeGtfs',
};

const SOURCE_KEY: Record<'member' | 'override' | 'detected', MessageKey> = {
  member: 'repCrsMember',
  override: 'repCrsOverride',
  detected: 'repCrsDetected',
};

const KIND_KEY: Record<ImportKind, MessageKey> = {
  sites: 'impKindSites',
  hubs: 'impKindHubs',
  regions: 'impKindRegions',
};
const COUNT_KEY: Record<ImportKind, [MessageKey, MessageKey]> = {
  sites: ['impCountSitesOne', 'impCountSitesMany'],
  hubs: ['impCountHubsOne', 'impCountHubsMany'],
  regions: ['impCountRegionsOne', 'impCountRegionsMany'],
};

/** Largest number of features named per skip reason; the rest are counted. */
const LISTED = 10;

/** "1 site", "3 sites" (or "1 område", "3 områder"). */
const counted = (t: Translate, kind: ImportKind, n: number): string => {
  const [one, many] = COUNT_KEY[kind];
  return n === 1 ? t(one) : t(many, { count: n });
};

/** Total area per status (sites, in dekar: 1 daa = 1 000 m²) or per region (km²), for a quick check against the source
 * system. */
function areaLines(
  t: Translate,
  lang: Lang,
  kind: ImportKind,
  items: readonly { geometry: MultiPolygonXY; status?: string | null; name?: string }[],
): string[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    const key = kind === 'sites' ? (item.status ?? t('impStatusUnknown')) : (item.name ?? '');
    totals.set(key, (totals.get(key) ?? 0) + multiPolygonAreaM2(item.geometry));
  }
  return [...totals].map(([k, m2]) =>
    kind === 'sites'
      ? t('impAreaSites', { daa: formatNumber(m2 / 1000, lang, 1), status: k })
      : t('impAreaRegion', { name: k, km2: formatNumber(m2 / 1e6, lang, 2) }),
  );
}

export function formatAccount(args: {
  kind: ImportKind;
  input: string;
  result: LoadResult<unknown[]>;
  items: readonly unknown[];
  /** Where the GeoJSON went: a file name, or null for stdout. */
  out: string | null;
  read?: string[] | undefined;
  lang: Lang;
}): string {
  const { kind, input, result: r, out, lang } = args;
  const t = translator(lang);
  const lines: string[] = [
    t('impImported', { kind: t(KIND_KEY[kind]), input, read: args.read ? ` (${args.read.join(', ')})` : '' }),
  ];
  lines.push(t('impReadAs', { mode: t(MODE_KEY[r.mapping.mode]) }));
  const source = r.mapping.mode === 'gtfs' ? t('impGtfsCrs') : t(SOURCE_KEY[r.crsSource]);
  lines.push(t('impCrs', { crs: r.crs, source }));
  lines.push(t('impFields', { fields: mappingFieldsText(r.mapping.fields, lang) }));
  for (const note of r.mapping.notes) lines.push(t('impNote', { note: mappingNoteText(note, lang) }));
  const skippedCount = r.skipped.length;
  lines.push(
    t('impFeatures', {
      count: r.featureCount,
      kept: r.featureCount - skippedCount,
      skipped: skippedCount,
      regions: kind === 'regions' ? t('impRegionsWritten', { count: counted(t, 'regions', args.items.length) }) : '',
    }),
  );
  if (kind !== 'hubs') {
    lines.push(
      ...areaLines(t, lang, kind, args.items as { geometry: MultiPolygonXY; status?: string | null; name?: string }[]),
    );
  } else {
    const types = new Map<string, number>();
    for (const h of args.items as { type: string }[]) types.set(h.type, (types.get(h.type) ?? 0) + 1);
    lines.push(t('impHubsByType', { list: [...types].map(([type, n]) => `${type} ${n}`).join(', ') || t('impNone') }));
  }
  const counts = countSkipped(r.skipped);
  if (counts.length > 0) {
    lines.push(t('impSkippedHeading'));
    for (const c of counts) {
      const named = c.features.slice(0, LISTED).map((f) => namedFeatureText(f, lang));
      lines.push(
        t('impSkipLine', {
          count: c.count,
          reason: skipReasonText(c, lang),
          unusable: c.kind === 'unusable' ? t('impUnusable') : '',
          named: named.join(', '),
          more: c.count > LISTED ? t('impMore', { count: c.count - LISTED }) : '',
        }),
      );
    }
  }
  // Warnings about skips repeat the list above; show the rest.
  const filteredCodes = new Set(counts.filter((c) => c.kind === 'filtered').map((c) => c.code));
  const skippedIndex = new Set(r.skipped.filter((s) => s.kind === 'unusable').map((s) => s.featureIndex));
  const rest = r.warnings.filter(
    (w) => !(w.featureIndex === undefined ? filteredCodes.has(w.code) : skippedIndex.has(w.featureIndex)),
  );
  if (rest.length > 0) {
    lines.push(t('impWarningsHeading'));
    for (const w of rest) lines.push(`    ${oneLine(problemLine(w, lang, { gtfs: r.mapping.mode === 'gtfs' }))}`);
  }
  const written = counted(t, kind, args.items.length);
  lines.push(out === null ? t('impWroteStdout', { count: written }) : t('impWroteFile', { file: out, count: written }));
  return `${lines.join('\n')}\n`;
}

// The bad-file corpus through the app's load path: every case gives a message in bokmål that names the file or feature,
// with the loader's text kept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GtfsFiles } from '../../../src/data/gtfsHubs';
import type { ChosenData } from '../../../src/state/loadFiles';
import type { LoadKind } from '../../../src/state/loadInspect';
import { previewFile } from '../../../src/state/loadJob';
import { describeProblem, type ProblemLike } from '../../../src/ui/load/problemText';
import { featureRefText } from '../../../src/i18n/featureRef';
import { hasProblemWords } from '../../../src/i18n/problemText';
import { bigCrossingSite } from '../../helpers/badGenerated';
import { messageOf } from '../../helpers/problemWords.ts';

const BAD = join(__dirname, '..', '..', 'fixtures', 'bad');
const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as {
  cases: Record<
    string,
    { as: LoadKind; exit: number; message: string; generate?: string; cli?: string; repair?: boolean }
  >;
};

/** What the browser's File.text() gives: UTF-8 with U+FFFD for bytes that are not UTF-8. */
const decode = (path: string): string => new TextDecoder('utf-8').decode(readFileSync(path));

const GTFS_KEYS: Record<string, keyof GtfsFiles> = {
  'stops.txt': 'stops',
  'routes.txt': 'routes',
  'trips.txt': 'trips',
  'stop_times.txt': 'stopTimes',
  'calendar.txt': 'calendar',
  'calendar_dates.txt': 'calendarDates',
};

function chosen(name: string, generate?: string): ChosenData | null {
  if (generate === 'too-large') return { type: 'geojson', name, text: ' '.repeat(51 * 1024 * 1024) };
  if (generate === 'big-crossing') return { type: 'geojson', name, text: bigCrossingSite() };
  const path = join(BAD, name);
  if (name.startsWith('gtfs-')) {
    const files: Partial<GtfsFiles> = {};
    for (const f of readdirSync(path)) files[GTFS_KEYS[f] as keyof GtfsFiles] = decode(join(path, f));
    return { type: 'gtfs', name, files: files as GtfsFiles, tableNames: readdirSync(path) };
  }
  try {
    // SOSI and GML are read as bytes by the dialog (src/state/loadFiles.ts), since they declare their character set.
    return {
      type: 'geojson',
      name,
      text: /\.(sos|gml)$/.test(name) ? new Uint8Array(readFileSync(path)) : decode(path),
    };
  } catch {
    return null; // does-not-exist.geojson: a CLI-only case (the browser always has the file it was given)
  }
}

describe('the bad-file corpus in the load dialog', () => {
  for (const [name, c] of Object.entries(expected.cases)) {
    it(
      `${name}: a bokmål message naming the file or feature, with the loader's own message kept`,
      () => {
        const data = chosen(name, c.generate);
        if (data === null) return;
        const reply = previewFile({
          type: 'preview',
          data,
          kind: c.as,
          crs: null,
          fields: {},
          hubRule: null,
          repair: c.repair === true,
        });
        const p = reply.preview;
        const messages: ProblemLike[] = [...(p.error ? [p.error.problem, ...p.error.problems] : []), ...p.warnings];
        // The same loaders and words as the CLI: the corpus fragment (English) is in one of the messages.
        expect(messages.map((m) => messageOf(m)).join('\n')).toContain(c.message);
        const gtfs = data.type === 'gtfs';
        for (const m of messages) {
          const text = describeProblem(m, { file: p.file, gtfs }, 'nb');
          const en = describeProblem(m, { file: p.file, gtfs }, 'en');
          // Every code and variant the corpus produces has bokmål words, every placeholder filled.
          expect(hasProblemWords(m, 'nb'), `${m.code}/${m.variant ?? ''} has no bokmål words`).toBe(true);
          expect(`${text.headline} ${text.detail ?? ''}`).not.toMatch(/\{\w+(\|[^}]*)?\}/);
          if (text.detail !== null) expect(text.detail, `${m.code}: the detail is translated`).not.toBe(en.detail);
          // SOSI/GML features are named by line and object (`linje 21, .FLATE 3`), GeoJSON ones by index.
          if (m.featureIndex !== undefined && !gtfs) {
            const ref = m.ref ?? { kind: 'feature' as const, index: m.featureIndex };
            expect(text.headline).toContain(featureRefText(ref, 'nb'));
            if (ref.kind === 'sosi' || ref.kind === 'gml') expect(text.headline).toContain(`linje ${ref.line}, `);
          }
          if (m.featureId !== undefined && !gtfs) expect(text.headline).toContain(`«${m.featureId}»`);
          if (m.featureIndex === undefined) expect(text.headline).toMatch(/\.geojson|GTFS|gtfs-|\.txt|\.sos|\.gml/);
        }
        // A case the CLI refuses is refused by the preview too, or its broken features are listed as skipped.
        if (c.exit === 1) expect(!p.ok || p.skipped.some((s) => s.kind === 'unusable')).toBe(true);
      },
      c.generate ? 60_000 : undefined,
    ); // the generated big cases take seconds on a loaded machine
  }
});

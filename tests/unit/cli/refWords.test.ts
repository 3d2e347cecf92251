// The report CLI's stderr and the load dialog name a SOSI object and a GML element in the same words (one renderer in
// src/i18n), in bokmål and in English. (A GTFS stop is named by its stop id in both, not by its line.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureRef } from '../../../src/domain/types.ts';
import { featureRefText } from '../../../src/i18n/featureRef.ts';
import { featureName } from '../../../src/i18n/problemText.ts';
import { type Lang } from '../../../src/i18n/index.ts';
import { previewFile } from '../../../src/state/loadJob.ts';
import type { ChosenData } from '../../../src/state/loadFiles.ts';
import { describeProblem } from '../../../src/ui/load/problemText.ts';
import { BAD, REPO, report } from './reportHarness.ts';

/** The file as the dialog gets it: SOSI and GML as bytes (they declare their character set). */
const chosen = (path: string, name: string): ChosenData => ({
  type: 'geojson',
  name,
  text: new Uint8Array(readFileSync(join(REPO, path))),
});

const CASES: { path: string; kind: 'sites'; ref: FeatureRef['kind'] }[] = [
  { path: `${BAD}/sosi-ref-missing.sos`, kind: 'sites', ref: 'sosi' },
  { path: `${BAD}/gml-odd-poslist.gml`, kind: 'sites', ref: 'gml' },
  { path: 'tests/fixtures/plan/plan_22_iso8859-10.sos', kind: 'sites', ref: 'sosi' },
];

describe('feature references in the CLI and the load dialog', () => {
  for (const c of CASES) {
    for (const lang of ['nb', 'en'] as Lang[]) {
      it(`${c.path} (${lang}): every message naming a feature reads the same in both`, async () => {
        const name = c.path.split('/').pop() as string;
        const gtfs = false;
        const reply = previewFile({
          type: 'preview',
          data: chosen(c.path, name),
          kind: c.kind,
          crs: null,
          fields: {},
          hubRule: null,
          repair: false,
        });
        const p = reply.preview;
        const messages = [...(p.error ? [p.error.problem, ...p.error.problems] : []), ...p.warnings].filter(
          (m) => m.ref !== undefined || m.named !== undefined,
        );
        expect(messages.length).toBeGreaterThan(0);
        const refs = messages.flatMap((m) => [...(m.ref ? [m.ref] : []), ...(m.named ?? []).map((n) => n.ref)]);
        expect(refs.some((r) => r.kind === c.ref)).toBe(true);
        const out = await report(['--sites', c.path, '--lang', lang]);
        // The CLI names the file by its path, the dialog by its name; the warnings and errors are on stderr.
        const cli = out.stderr.replaceAll(c.path, name);
        expect(cli).not.toBe('');
        for (const m of messages) {
          const dialog = describeProblem(m, { file: p.file, gtfs }, lang);
          // The dialog's headline (it names the feature) is in the CLI's output as it is; the detail differs only by
          // policy (the dialog skips a broken feature, the report CLI stops at it).
          if (m.featureIndex !== undefined) expect(dialog.headline).toContain(featureName(m, gtfs, lang));
          expect(cli).toContain(dialog.headline);
        }
        for (const r of refs) expect(cli).toContain(featureRefText(r, lang));
      });
    }
  }
});

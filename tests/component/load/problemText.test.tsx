// The message tables and the apply step: templates name file and feature, fall back to the loader's text, and applying
// keeps the other layers' notes.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import { loadProblemsEn } from '../../../src/i18n/load.en';
import { loadProblemsNb } from '../../../src/i18n/load.nb';
import { applyLayer } from '../../../src/state/loadJob';
import { describeProblem } from '../../../src/ui/load/problemText';

const ctx = { file: 'plan.geojson', gtfs: false };

describe('problem texts', () => {
  it('use only the placeholders the UI fills, and English never has a code bokmål lacks', () => {
    for (const table of [loadProblemsNb, loadProblemsEn]) {
      for (const [code, text] of Object.entries(table)) {
        const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(
          names.every((n) => n === 'file' || n === 'feature' || n === 'limitMb' || n === 'crsChoice'),
          code,
        ).toBe(true);
        // A template per feature names it; a file-level one names the file (or needs neither, e.g. GTFS-wide notes).
        if (code.endsWith(':file')) expect(names, code).not.toContain('feature');
      }
    }
    expect(Object.keys(loadProblemsEn).filter((c) => !Object.hasOwn(loadProblemsNb, c))).toEqual([]);
  });

  it('name the feature by index and id, a GTFS stop by its id, and give the facts as detail', () => {
    const w = { code: 'geometry-null', variant: 'area', file: 'plan.geojson', featureIndex: 4, featureId: 'K-5' };
    expect(describeProblem(w, ctx, 'nb')).toEqual({
      headline: 'features[4] (id «K-5») har ingen geometri. Gi objektet en geometri, eller fjern det.',
      detail:
        'plan.geojson: features[4] (id «K-5»): har ingen geometri (null); gi det en Polygon eller MultiPolygon, eller fjern objektet',
    });
    expect(describeProblem(w, ctx, 'en').headline).toBe(
      'features[4] (id "K-5") has no geometry. Give the feature a geometry or remove it.',
    );
    const stop = { code: 'outside-norway', featureIndex: 7, featureId: 'NSR:Quay:9' };
    expect(describeProblem(stop, { file: 'GTFS', gtfs: true }, 'nb').headline).toMatch(
      /^stoppested «NSR:Quay:9» ligger utenfor Norge/,
    );
  });

  it('choose the whole-file text when no feature is named, and name the file and the code for unknown codes', () => {
    const file = { code: 'outside-norway' };
    expect(describeProblem(file, ctx, 'nb').headline).toMatch(/^Ingen av objektene i plan.geojson ligger i Norge/);
    const unknown = { code: 'something-new' };
    expect(describeProblem(unknown, ctx, 'nb')).toEqual({ headline: 'plan.geojson: something-new', detail: null });
    // A value from the file is put in as it is: plain text for React to render, never interpreted.
    const hostile = { code: 'file-empty', file: '<img src=x onerror=alert(1)>.geojson' };
    expect(describeProblem(hostile, ctx, 'nb').headline).toBe(
      '<img src=x onerror=alert(1)>.geojson er tom. Velg selve eksportfilen, ikke en tom plassholder.',
    );
  });
});

describe('problems from the load store, by code and facts only', () => {
  it('a file too large names its own limit; an unreadable file and a crashed job keep the error text as detail', () => {
    const big = { code: 'file-too-large', file: 'stops.txt', params: { limitMb: '191', detail: '400.0 MB' } };
    expect(describeProblem(big, ctx, 'en')).toEqual({
      headline:
        'stops.txt is larger than the limit of 191 MB. Clip it to the area you need (e.g. Asker) or simplify it in a GIS.',
      detail: '400.0 MB',
    });
    expect(describeProblem({ code: 'file-too-large', file: 'a.geojson' }, ctx, 'en').headline).toContain(
      'limit of 50 MB',
    );
    expect(
      describeProblem({ code: 'file-unreadable', file: 'a.geojson', params: { detail: 'NotReadableError' } }, ctx, 'nb')
        .detail,
    ).toBe('NotReadableError');
    const crashed = describeProblem({ code: 'apply-failed', file: 'a.geojson', params: { detail: 'boom' } }, ctx, 'nb');
    expect(crashed.headline).toMatch(/^Noe uventet gikk galt da dataene fra a\.geojson skulle tas i bruk\./);
    expect(crashed.detail).toBe('boom');
    expect(describeProblem({ code: 'zip-file', file: 'gtfs.zip' }, ctx, 'nb')).toEqual({
      headline: expect.stringMatching(/^gtfs\.zip er en zip-fil/) as unknown as string,
      detail: null,
    });
  });
});

describe('applying a layer', () => {
  it("replaces one layer, recomputes the results, and drops only the replaced layer's notes", () => {
    const bundled = loadBundledDataset();
    const base = {
      ...bundled,
      warnings: [
        { code: 'x', file: 'geodata/sites.geojson' },
        { code: 'y', file: 'geodata/hubs.geojson' },
        // Its facts name the sites file, but it is the hubs file's: which file a warning belongs to is a field, not
        // something read from its params.
        { code: 'w', file: 'geodata/hubs.geojson', params: { near: 'geodata/sites.geojson' } },
      ],
    };
    const site = bundled.sites[0];
    if (!site) throw new Error('no bundled site');
    const mine = { ...site, id: 'MINE', name: 'Mitt område' };
    const next = applyLayer({
      type: 'apply',
      base,
      kind: 'sites',
      value: [mine],
      file: 'mine.geojson',
      warnings: [{ code: 'z', file: 'mine.geojson' }],
    });
    expect(next.origin).toBe('user');
    expect(next.userFiles).toEqual({ sites: 'mine.geojson' });
    expect(next.sites).toEqual([mine]);
    expect(next.hubs).toBe(bundled.hubs);
    expect(next.results.map((r) => r.siteId)).toEqual(['MINE']);
    expect(next.results[0]?.areaM2).toBeCloseTo(bundled.results[0]?.areaM2 ?? Number.NaN, 6);
    // One site, in Asker nord: Asker syd now holds none, which the app says (recomputed on every apply, never doubled).
    expect(next.warnings.map((w) => w.code)).toEqual(['y', 'w', 'z', 'region-empty']);
    expect(next.warnings.at(-1)?.params).toEqual({ region: 'Asker syd' });

    // A second user layer: hubs from GTFS; later replacing them again drops the GTFS notes.
    const withHubs = applyLayer({
      type: 'apply',
      base: next,
      kind: 'hubs',
      value: bundled.hubs.slice(0, 1),
      file: 'GTFS',
      warnings: [{ code: 'g', file: 'GTFS/stops.txt' }],
    });
    expect(withHubs.userFiles).toEqual({ sites: 'mine.geojson', hubs: 'GTFS' });
    expect(withHubs.warnings.map((w) => w.code)).toEqual(['z', 'g', 'region-empty']);
    const again = applyLayer({
      type: 'apply',
      base: withHubs,
      kind: 'hubs',
      value: bundled.hubs,
      file: 'hubs.geojson',
      warnings: [],
    });
    expect(again.warnings.map((w) => w.code)).toEqual(['z', 'region-empty']);
    // Back to sites in both regions: the verdict goes.
    const both = applyLayer({
      type: 'apply',
      base: again,
      kind: 'sites',
      value: bundled.sites,
      file: 'alle.geojson',
      warnings: [],
    });
    expect(both.warnings.map((w) => w.code)).toEqual([]);
  });
});

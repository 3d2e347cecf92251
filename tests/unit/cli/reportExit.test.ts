// Exit statuses of `npm run report`: 0 ok / help, 1 bad input, 2 usage error, 3 internal error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../../scripts/report/run.ts';
import { GOOD, REPO, report } from './reportHarness.ts';
import { problemLine } from '../../../scripts/cli/problemLine.ts';

// The bad-input corpus (tests/fixtures/bad/expected.json) runs in badInputs.test.ts, through the loaders and both CLIs.
describe('bad input', () => {
  it('says how many more problems the file has', async () => {
    const two = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'a' }, geometry: null },
        { type: 'Feature', properties: { id: 'b' }, geometry: null },
      ],
    });
    const out = await report(['--sites', 'two.geojson', '--lang', 'en'], { 'two.geojson': two });
    expect(out.code).toBe(1);
    // The loader's facts; the words are the catalogue's (the same for the app and the CLI).
    const problem = { code: 'geometry-null', variant: 'area', file: 'two.geojson', featureIndex: 0, featureId: 'a' };
    const en = problemLine(problem, 'en');
    expect(en).toContain(
      'two.geojson: features[0] (id "a"): has no geometry (null); give it a Polygon or MultiPolygon, or remove the feature',
    );
    expect(out.stderr).toBe(`error: ${en} (and 1 more problem in this file)
`);
    // The same in bokmål, the default: the app's words for the code, then the detail with the facts.
    const nb = await report(['--sites', 'two.geojson'], { 'two.geojson': two });
    const words = problemLine(problem);
    expect(words).toMatch(/^features\[0\] \(id «a»\) har ingen geometri\./);
    expect(words).toContain('two.geojson: features[0] (id «a»): har ingen geometri (null)');
    expect(nb.stderr).toBe(`error: ${words} (og 1 problem til i denne filen)
`);
  });
});

describe('usage errors exit 2 with a short usage text', () => {
  // [argv, the default (nb) words, the words with --lang en]; node's parse errors are said in ours too.
  it.each([
    [['--bogus'], 'ukjent valg --bogus', 'unknown option --bogus'],
    [['--sites'], '--sites trenger en verdi', '--sites needs a value'],
    [
      ['--format', 'xml'],
      '--format må være csv, json eller md, ikke "xml"',
      '--format must be csv, json or md, not "xml"',
    ],
    [
      ['--crs', 'EPSG:3006'],
      '--crs "EPSG:3006" er ikke et koordinatsystem som støttes',
      '--crs "EPSG:3006" is not a supported CRS',
    ],
    [['--crs', 'utm'], 'er ikke et koordinatsystem som støttes', 'is not a supported CRS'],
    [['extra.geojson'], 'uventet argument "extra.geojson"', 'unexpected argument "extra.geojson"'],
    [['--sites', ''], '--sites trenger et filnavn', '--sites needs a file name'],
    [['--lang', 'de'], '--lang må være nb eller en, ikke "de"', '--lang må være nb eller en, ikke "de"'],
  ])('%j', async (argv, nbFragment, enFragment) => {
    for (const [args, fragment, usage] of [
      [argv, nbFragment, 'bruk: npm run --silent report --'],
      // A bad --lang (the last one counts) leaves every word in bokmål, the usage lines too.
      [['--lang', 'en', ...argv], enFragment, `${argv[0] === '--lang' ? 'bruk' : 'usage'}: npm run --silent report --`],
    ] as const) {
      const out = await report([...args]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^error: /);
      expect(out.stderr).toContain(fragment);
      expect(out.stderr).toContain(usage);
    }
  });
});

describe('help and internal errors', () => {
  it('--help prints the contract on stdout and exits 0', async () => {
    const out = await report(['--help', '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit');
    expect(out.stdout).toContain('3 internal error');
    const nb = await report(['--help']);
    expect(nb.stdout).toContain('hub_centroid_distance_m,jobs_low,jobs_mid,jobs_high,abc_fit');
    expect(nb.stdout).toContain('3 intern feil');
  });

  it('an unexpected failure is one line and exit 3', async () => {
    let stderr = '';
    const code = await runReport(
      [
        '--sites',
        `${GOOD}/sites_25832.geojson`,
        '--hubs',
        `${GOOD}/hubs_25832.geojson`,
        '--regions',
        `${GOOD}/regions_25832.geojson`,
      ],
      {
        stdout: {
          write: () => {
            throw new TypeError('disk on fire');
          },
        },
        stderr: { write: (t: string) => (stderr += t) },
        readFile: async (p) => readFileSync(p, 'utf8'),
        cwd: REPO,
      },
    );
    expect(code).toBe(3);
    expect(stderr).toBe('error: intern feil: disk on fire\n');
  });
});

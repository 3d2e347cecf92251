// The CLIs' own words: --help, the usage lines and argument errors come from the catalogue (src/i18n/cliArgs.*.ts)
// in bokmål by default and in English with --lang en, also when --lang comes after the argument that is wrong.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runAccounts } from '../../../scripts/accounts/run.ts';
import { importCli } from '../import/importHarness.ts';
import { REPO, report } from './reportHarness.ts';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

async function accounts(argv: string[]): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await runAccounts(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: (p) => readFile(p, 'utf8'),
    cwd: REPO,
  });
  return { code, stdout, stderr };
}

const CLIS: readonly (readonly [string, (argv: string[]) => Promise<Out>, string])[] = [
  ['report', report, '--sites'],
  ['import', importCli, '--in'],
  ['accounts', accounts, '--before'],
];

describe.each(CLIS)('%s --help', (name, run) => {
  it('is in bokmål by default and in English with --lang en, every placeholder filled', async () => {
    const nb = await run(['--help']);
    const en = await run(['--help', '--lang', 'en']);
    for (const out of [nb, en]) {
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).not.toMatch(/\{\w+\}/);
      expect(out.stdout).toContain('EPSG:25832');
      expect(out.stdout).toContain('-h, --help');
    }
    expect(nb.stdout.startsWith(`bruk: npm run --silent ${name} -- `)).toBe(true);
    expect(nb.stdout).toContain('\nValg\n');
    expect(nb.stdout).toContain('vis denne teksten');
    expect(nb.stdout).toContain('Avslutningsstatus: 0 ');
    expect(en.stdout.startsWith(`usage: npm run --silent ${name} -- `)).toBe(true);
    expect(en.stdout).toContain('\nOptions\n');
    expect(en.stdout).toContain('show this text');
    expect(en.stdout).toContain('Exit status: 0 ');
    // --lang before or after --help, and -h, give the same text.
    expect((await run(['--lang', 'en', '-h'])).stdout).toBe(en.stdout);
  });
});

describe.each(CLIS)('%s: node parse errors in our words', (name, run, fileOption) => {
  // [argv, bokmål, English]: one argument of each kind node's strict parser refuses (by error code).
  const cases: readonly (readonly [string, string[], string, string])[] = [
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--bogus'], 'ukjent valg --bogus', 'unknown option --bogus'],
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION (short)', ['-x'], 'ukjent valg -x', 'unknown option -x'],
    [
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE (missing)',
      [fileOption],
      `${fileOption} trenger en verdi`,
      `${fileOption} needs a value`,
    ],
    [
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE (ambiguous)',
      [fileOption, '--repair'],
      `${fileOption} trenger en verdi, men neste argument --repair ser ut som et valg; skriv ${fileOption}=--repair`,
      `${fileOption} needs a value, but the next argument --repair looks like an option; write ${fileOption}=--repair`,
    ],
    [
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE (boolean)',
      ['--repair=yes'],
      '--repair tar ingen verdi',
      '--repair does not take a value',
    ],
    [
      'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      ['extra.geojson'],
      'uventet argument "extra.geojson"',
      'unexpected argument "extra.geojson"',
    ],
  ];
  it.each(cases)('%s', async (_code, argv, nbWords, enWords) => {
    const nb = await run([...argv]);
    const enAfter = await run([...argv, '--lang', 'en']);
    const enBefore = await run(['--lang=en', ...argv]);
    for (const [out, words, usage] of [
      [nb, nbWords, 'bruk:'],
      [enAfter, enWords, 'usage:'],
      [enBefore, enWords, 'usage:'],
    ] as const) {
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      const [first, second] = out.stderr.split('\n');
      expect(first?.startsWith('error: ')).toBe(true);
      expect(first).toContain(words);
      expect(second?.startsWith(`${usage} npm run --silent ${name} -- `)).toBe(true);
      // Node's own English text is not shown.
      expect(out.stderr).not.toMatch(/Unknown option|argument missing|argument is ambiguous|Unexpected argument/);
    }
  });
});

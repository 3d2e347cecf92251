// The CLIs look before they read: a device or pipe is refused, and so is a file over the size limit, before any byte is
// read.
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileUnreadable, MAX_READ_BYTES, readBoundedFile, readTextFile } from '../../../scripts/cli/common.ts';
import { translator } from '../../../src/i18n/index.ts';
import { parseScenario } from '../../../src/domain/scenarioSchema.ts';
import { makeIdsUnique, FeatureReporter } from '../../../src/data/featureReporter.ts';

const dir = mkdtempSync(join(tmpdir(), 'issue-15-read-'));
const read = (path: string): Promise<string> => readTextFile(readBoundedFile, path, path);
/** What the CLI says (in English) when reading fails: the FileUnreadable's words from the catalogue. */
const saidBy = (reading: Promise<unknown>): Promise<string> =>
  reading.then(
    () => 'read without an error',
    (e: unknown) => (e instanceof FileUnreadable ? e.say(translator('en')) : String(e)),
  );

describe('readBoundedFile', () => {
  it('reads an ordinary file', async () => {
    writeFileSync(join(dir, 'a.txt'), 'æøå');
    expect(await read(join(dir, 'a.txt'))).toBe('æøå');
  });

  it('refuses /dev/zero (endless) at once, in words', async () => {
    expect(await saidBy(read('/dev/zero'))).toContain(
      '/dev/zero: cannot read the file (it is not a regular file (a device, pipe or socket); give a file)',
    );
  });

  it('refuses a file over the limit from its size alone (a sparse file: nothing to read)', async () => {
    const big = join(dir, 'big.geojson');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_READ_BYTES + 1);
    closeSync(fd);
    expect(await saidBy(read(big))).toContain(
      `${big}: cannot read the file (it is 200 MB, larger than the 200 MB that is read at all; cut it to the area you need)`,
    );
  });

  it('says plainly when a folder, a file in the path or a loop is the problem', async () => {
    expect(await saidBy(read(dir))).toContain('cannot read the file (it is a directory)');
    writeFileSync(join(dir, 'f'), 'x');
    expect(await saidBy(read(join(dir, 'f', 'g')))).toContain(
      'cannot read the file (a part of the path is a file, not a folder)',
    );
  });
});

describe('linear in the input', () => {
  it('20 000 copies of one id become same, same-2 … same-20000', () => {
    const problems: never[] = [];
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      raw: { id: 'same' },
      report: new FeatureReporter('f', i, problems, []),
    }));
    makeIdsUnique(entries);
    expect(entries.map((e) => e.raw.id).slice(0, 3)).toEqual(['same', 'same-2', 'same-3']);
    expect(entries.at(-1)?.raw.id).toBe('same-20000');
    expect(new Set(entries.map((e) => e.raw.id)).size).toBe(20_000);
  });

  it('a renamed id never lands on an id used elsewhere in the file', () => {
    const problems: never[] = [];
    const entries = ['a', 'a', 'a-2', 'a'].map((id, i) => ({
      raw: { id },
      report: new FeatureReporter('f', i, problems, []),
    }));
    makeIdsUnique(entries);
    expect(entries.map((e) => e.raw.id)).toEqual(['a', 'a-3', 'a-2', 'a-4']);
  });

  it('site overrides are capped like rules', () => {
    const sites = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`S${i}`, { include: false }]));
    const read = () => parseScenario({ schemaVersion: 2, id: 'x', name: 'X', horizonYears: 20, sites });
    expect(read).toThrow('sites: too-many-sites');
    expect(() => {
      try {
        read();
      } catch (e) {
        throw new Error(JSON.stringify((e as { problems: unknown }).problems));
      }
    }).toThrow(JSON.stringify([{ path: ['sites'], code: 'too-many-sites', params: { max: 20000, count: 20001 } }]));
  });
});

describe('terminal escapes in names', () => {
  it('are shown as \\xNN, never passed to the terminal', async () => {
    const { oneLine } = await import('../../../scripts/cli/common.ts');
    expect(oneLine('error: \u001b[31mred\u001b[0m.geojson: cannot read\r\nthe file\u0007')).toBe(
      'error: \\x1b[31mred\\x1b[0m.geojson: cannot read the file\\x07',
    );
  });
});

// --lang nb|en: the Markdown report and the CLI's own messages follow it; CSV and JSON are data and do not.
import { describe, expect, it } from 'vitest';
import { goodArgs, report } from './reportHarness.ts';

const NBSP = '\u00a0';

describe('report --lang', () => {
  it('en gives the Markdown in English with British number formats', async () => {
    const out = await report([...goodArgs('25832'), '--format', 'md', '--lang', 'en']);
    expect(out.code).toBe(0);
    const md = out.stdout;
    expect(md.startsWith('# Business land in Asker – report\n')).toBe(true);
    expect(md).toContain(
      '| Name | Status | ABC | Region | Area (daa) | Nearest hub | Distance | Build-out capacity low–mid–high | Jobs today | New jobs low–mid–high | ABC assessment |',
    );
    expect(md).toContain(
      '| Rektangel nord | existing | A | Asker nord | 20.0 | Teststasjon (train) | 300 m | 400–700–1,217 | 48 (estimate) | 352–652–1,169 | Fits (location: A) |',
    );
    expect(md).toContain(
      '- **Rektangel nord**: A-type site 300 m from the nearest rail station (Teststasjon): the location matches an A-type site – fits.',
    );
    expect(md).toContain('| Existing business land | 20.0 daa | 7,425 daa |');
    expect(md).toContain('> **Warning:** Built out, the assumptions give 55 m² of land per job, 7.7 times denser');
    expect(md).toContain('## Assumptions');
    expect(md).not.toContain(NBSP);
  });

  it('nb is the default, and --lang nb gives the same bytes', async () => {
    const plain = await report([...goodArgs('25832'), '--format', 'md']);
    const nb = await report([...goodArgs('25832'), '--format', 'md', '--lang', 'nb']);
    expect(nb.stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain(
      '| Rektangel nord | eksisterende | A | Asker nord | 20,0 | Teststasjon (tog) | 300 m |',
    );
    expect(plain.stdout).toContain('| Passer (beliggenhet: A) |');
  });

  it('does not change the CSV or the JSON', async () => {
    for (const format of ['csv', 'json']) {
      const nb = await report([...goodArgs('25832'), '--format', format]);
      const en = await report([...goodArgs('25832'), '--format', format, '--lang', 'en']);
      expect(en.stdout, format).toBe(nb.stdout);
    }
  });

  it('a warning of the CLI itself follows --lang', async () => {
    const nb = await report(['--crs', 'EPSG:25832']);
    const en = await report(['--crs', 'EPSG:25832', '--lang', 'en']);
    expect(nb.stderr).toContain('warning: --crs har ingen virkning uten --sites, --hubs eller --regions');
    expect(en.stderr).toContain('warning: --crs has no effect without --sites, --hubs or --regions');
  });
});

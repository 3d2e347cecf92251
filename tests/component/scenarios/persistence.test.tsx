// @vitest-environment jsdom
// Keeping scenarios: the versioned store survives a reload, a corrupted store is backed up and recovered with a
// notice, export → import gives the same scenario, and a shared link decodes to the scenario it encoded.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { getPreset } from '../../../src/domain/presets';
import type { Scenario } from '../../../src/domain/scenario';
import { ScenarioError } from '../../../src/domain/scenarioError';
import type { ScenarioProblem } from '../../../src/domain/scenarioProblem';
import { parseScenarioText, serializeScenario } from '../../../src/domain/scenarioSchema';
import { copyScenario } from '../../../src/state/scenarioEdit';
import {
  MAX_LINK_CHARS,
  decodePlainScenarioParam,
  decodeScenarioParam,
  encodeScenarioParam,
  scenarioLink,
} from '../../../src/state/scenarioLink';
import { BACKUP_PREFIX, STORE_KEY, loadWorkspace, workspaceToText } from '../../../src/state/scenarioPersist';
import { startScenarioSync } from '../../../src/state/scenarioStartup';
import { scenarioActions, useScenarioStore } from '../../../src/state/scenarioStore';
import { INITIAL_WORKSPACE, reduceWorkspace, takenIds } from '../../../src/state/scenarioWorkspace';
import { downloadScenario, readScenarioFile } from '../../../src/ui/scenarios/scenarioFile';
import { scenarioProblemText } from '../../../src/i18n/scenarioProblems';
import { openComparison, plain } from './scenarioFixtures';

vi.mock('../../../src/map/MapView', () => import('../mapViewMock'));

let stop: () => void = () => {};

function ownScenario(): Scenario {
  const base = getPreset('fortetting') as Scenario;
  const copy = copyScenario(base, 'Tett ved Asker stasjon', 'Egen variant.', takenIds(INITIAL_WORKSPACE));
  return {
    ...copy,
    horizonYears: 12,
    assumptions: { capacity: { A: { bra: { mid: 1.8, high: 2.4 } } } },
    sites: { S07: { include: false }, 'Nesbru sør': { abc: 'A', availableYear: 2031 } },
  };
}

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/?e2e=1');
  act(() => openComparison());
});
afterEach(() => {
  stop();
  cleanup();
  vi.restoreAllMocks();
});

describe('the stored workspace', () => {
  it('is saved on every change and read back after a reload', () => {
    stop = startScenarioSync();
    act(() => scenarioActions.dispatch({ type: 'add', scenario: ownScenario() }));
    const stored = JSON.parse(window.localStorage.getItem(STORE_KEY) ?? 'null');
    expect(stored).toMatchObject({
      format: 2,
      compare: ['basis', 'fortetting', 'fortetting-kopi'],
      active: 'fortetting-kopi',
    });
    // "Reload": fresh stores, started again from what is stored.
    stop();
    act(() => scenarioActions.reset());
    stop = startScenarioSync();
    const ws = useScenarioStore.getState().history.present;
    expect(ws.own).toEqual([ownScenario()]);
    expect(ws.compareIds).toEqual(['basis', 'fortetting', 'fortetting-kopi']);
    expect(useScenarioStore.getState().notices).toEqual([]);
  });

  it('recovers from text that is not JSON: backed up under another key, a notice, no crash', () => {
    window.localStorage.setItem(STORE_KEY, '{"format":2,"scenarios":[{"schemaVersion":2,');
    stop = startScenarioSync();
    render(<App />);
    const backups = Object.keys(window.localStorage).filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups).toHaveLength(1);
    expect(window.localStorage.getItem(backups[0] as string)).toBe('{"format":2,"scenarios":[{"schemaVersion":2,');
    expect(JSON.parse(window.localStorage.getItem(STORE_KEY) ?? '')).toMatchObject({ format: 2, scenarios: [] });
    expect(screen.getByTestId('scenario-notice')).toHaveTextContent(`De lagrede scenarioene kunne ikke leses`);
    expect(screen.getByTestId('scenario-notice')).toHaveTextContent(backups[0] as string);
    expect(screen.getByTestId('scenario-compare')).toBeInTheDocument();
  });

  it('recovers from the wrong shape the same way', () => {
    window.localStorage.setItem(STORE_KEY, '[1,2,3]');
    const r = loadWorkspace(window.localStorage, new Date('2026-03-01T10:00:00Z'));
    expect(r.recovery).toMatchObject({ reason: 'shape', backupKey: `${BACKUP_PREFIX}2026-03-01T10-00-00-000Z` });
    expect(window.localStorage.getItem(`${BACKUP_PREFIX}2026-03-01T10-00-00-000Z`)).toBe('[1,2,3]');
    expect(r.workspace).toBe(INITIAL_WORKSPACE);
  });

  it('keeps the good scenarios when one is bad, and names the bad one and its field in Norwegian', () => {
    const good = ownScenario();
    const text = workspaceToText(reduceWorkspace(INITIAL_WORKSPACE, { type: 'add', scenario: good }));
    const json = JSON.parse(text);
    json.scenarios.push({
      schemaVersion: 2,
      id: 'ødelagt',
      name: 'Ødelagt',
      horizonYears: 20,
      sites: { S07: { bra: 150 } },
    });
    window.localStorage.setItem(STORE_KEY, JSON.stringify(json));
    stop = startScenarioSync();
    render(<App />);
    expect(useScenarioStore.getState().history.present.own).toEqual([good]);
    const notice = plain(screen.getByTestId('scenario-notice').textContent);
    expect(notice).toContain('1 av 2 lagrede scenarioer kunne ikke leses («Ødelagt»)');
    expect(notice).toContain('Id: må være 1–64 tegn');
    expect(notice).toContain('Område S07: utnyttelse (%BRA): må være et tall mellom 0 og 10, ikke 150');
    const backup = Object.keys(window.localStorage).find((k) => k.startsWith(BACKUP_PREFIX));
    expect(JSON.parse(window.localStorage.getItem(backup as string) ?? '').scenarios).toHaveLength(2);
  });

  it('migrates a stored version-1 scenario', () => {
    const v1 = {
      schemaVersion: 1,
      name: 'Gammel plan',
      horizonYears: 15,
      assumptions: { A: { braPercent: { mid: 180 } } },
      sites: { S03: { included: false } },
    };
    window.localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ format: 2, scenarios: [v1], compare: ['basis', 'gammel-plan'], active: 'gammel-plan' }),
    );
    stop = startScenarioSync();
    const ws = useScenarioStore.getState().history.present;
    expect(ws.own[0]).toMatchObject({
      schemaVersion: 2,
      name: 'Gammel plan',
      assumptions: { capacity: { A: { bra: { mid: 1.8 } } } },
      sites: { S03: { include: false } },
    });
    expect(ws.compareIds).toEqual(['basis', ws.own[0]?.id]);
    expect(useScenarioStore.getState().notices[0]?.key).toBe('scenNoticeMigrated');
    expect(JSON.parse(window.localStorage.getItem(STORE_KEY) ?? '').scenarios[0].schemaVersion).toBe(2);
  });

  it('works without storage (blocked): a notice, and editing still works', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    stop = startScenarioSync();
    expect(useScenarioStore.getState().notices.map((n) => n.key)).toEqual(['scenNoticeStorageUnavailable']);
    act(() => scenarioActions.dispatch({ type: 'add', scenario: ownScenario() }));
    expect(useScenarioStore.getState().history.present.own).toHaveLength(1);
  });
});

describe('export, import and links', () => {
  it('export → import gives the same scenario', async () => {
    const s = ownScenario();
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:scenario';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('fortetting-kopi.scenario.json');
      expect(this.href).toBe('blob:scenario');
    });
    downloadScenario(s);
    expect(click).toHaveBeenCalledTimes(1);
    expect(blob).not.toBeNull();
    const read = await readScenarioFile(blob as unknown as Blob);
    expect(read.scenario).toEqual(s);
    expect(read.warnings).toEqual([]);
    expect(await (blob as unknown as Blob).text()).toBe(serializeScenario(s));
  });

  it('imports a file through the page, and explains a bad one in Norwegian naming the field', async () => {
    render(<App />);
    const input = screen.getByTestId('scenario-import');
    const good = new File([serializeScenario(ownScenario())], 'min.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(screen.getByTestId('scenario-card-2')).toHaveTextContent('Tett ved Asker stasjon'));
    expect(screen.getByTestId('scenario-notice')).toHaveTextContent(
      'Scenarioet «Tett ved Asker stasjon» er hentet fra min.json.',
    );

    const bad = new File(['{"schemaVersion":2,"id":"x","name":"X","horizonYears":500}'], 'feil.json');
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(screen.getAllByTestId('scenario-notice')).toHaveLength(2));
    expect(plain(screen.getAllByTestId('scenario-notice')[1]?.textContent)).toContain(
      'Filen feil.json kunne ikke hentes inn:Tidshorisont (år): må være et heltall mellom 1 og 100, ikke 500',
    );
  });

  it('a link decodes to exactly the scenario it encodes, compressed (deflate-raw) and short', async () => {
    const s = ownScenario();
    const value = await encodeScenarioParam(s);
    expect(value).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    expect((await decodeScenarioParam(value)).scenario).toEqual(s);
    const link = await scenarioLink('http://localhost:5173/?lang=en&site=S07&view=10,59,12', s);
    expect(link.url.startsWith('http://localhost:5173/?view=compare&lang=en&scn=z.')).toBe(true);
    expect(link.tooLong).toBe(false);
    expect(new URL(link.url).searchParams.get('scn')).toBe(value);
  });

  it('compression keeps a scenario of 400 site overrides well under the limit; one that would pass it is refused', async () => {
    const sites = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`SITE-${i}`, { include: false }]));
    const plainLength = btoa(JSON.stringify({ ...ownScenario(), sites })).length;
    const link = await scenarioLink('http://localhost/', { ...ownScenario(), sites });
    // Measured: about 14 000 characters as plain base64url, under 2 000 deflated.
    expect(plainLength).toBeGreaterThan(MAX_LINK_CHARS);
    expect(link.url.length).toBeLessThan(2_000);
    expect(link.tooLong).toBe(false);
    // Ids that do not repeat do not compress: 400 random 40-character ids pass the limit.
    const rand = (i: number): string =>
      Array.from(
        { length: 40 },
        (_, k) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7919 + k * 104729 + ((i * k) % 97)) % 36],
      ).join('');
    const noisy = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`${rand(i)}-${i}`, { bra: 1 + (i % 89) / 100 }]),
    );
    const long = await scenarioLink('http://localhost/', { ...ownScenario(), sites: noisy });
    expect(long.url.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(long.tooLong).toBe(true);
  });

  it('a damaged link is refused with a plain message', async () => {
    await expect(decodeScenarioParam('@@@')).rejects.toThrow(ScenarioError);
    await expect(decodeScenarioParam((await encodeScenarioParam(ownScenario())).slice(0, 40))).rejects.toThrow(
      ScenarioError,
    );
    await expect(decodeScenarioParam('z.@@@')).rejects.toThrow(ScenarioError);
    let problems: readonly ScenarioProblem[] = [];
    try {
      decodePlainScenarioParam('@@@');
    } catch (e) {
      problems = (e as ScenarioError).problems;
    }
    expect(problems.map((p) => p.code)).toEqual(['link-damaged']);
    expect(scenarioProblemText(problems[0] as ScenarioProblem, 'nb')).toBe(
      'Lenken er skadet (ikke gyldig base64url-kodet tekst). Ble den kuttet av?',
    );
  });

  it('opening a shared link adds the scenario, opens the comparison and drops the long parameter', async () => {
    const s = ownScenario();
    window.history.replaceState(null, '', `/?view=compare&scn=${await encodeScenarioParam(s)}`);
    stop = startScenarioSync();
    expect(window.location.search).toBe('?view=compare');
    await waitFor(() => expect(useScenarioStore.getState().history.present.own).toEqual([s]));
    expect(useScenarioStore.getState().history.present.activeId).toBe(s.id);
    // Opened again (the same link twice): not added a second time.
    stop();
    window.history.replaceState(null, '', `/?view=compare&scn=${await encodeScenarioParam(s)}`);
    stop = startScenarioSync();
    await new Promise((r) => setTimeout(r, 50));
    expect(useScenarioStore.getState().history.present.own).toHaveLength(1);
  });

  it('a link made before compression (plain base64url JSON) still opens', () => {
    const s = ownScenario();
    const plain = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(s))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodePlainScenarioParam(plain).scenario).toEqual(s);
  });

  it('the schema round-trips what the page stores', () => {
    const s = ownScenario();
    expect(parseScenarioText(serializeScenario(s)).scenario).toEqual(s);
  });
});

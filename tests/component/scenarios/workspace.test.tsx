// The pure parts: the bounded history, the workspace reducer, scenario edits, and the map's mark layers and updates.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/domain/assumptions';
import { getPreset } from '../../../src/domain/presets';
import type { Scenario } from '../../../src/domain/scenario';
import { MARK_LAYER, markUpdates } from '../../../src/map/siteMarks';
import { buildStyle } from '../../../src/map/style';
import { copyScenario, editScenario, pruneAssumptions, uniqueScenarioId } from '../../../src/state/scenarioEdit';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from '../../../src/state/scenarioHistory';
import { INITIAL_WORKSPACE, reduceWorkspace, takenIds } from '../../../src/state/scenarioWorkspace';
import { historyKey } from '../../../src/ui/scenarios/UndoRedo';

describe('history', () => {
  it('undoes and redoes whole states, and a new change drops the redo steps', () => {
    let h = startHistory(0);
    h = record(h, 1);
    h = record(h, 2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    h = undo(record(undo(h), 5));
    expect(h.present).toBe(1);
    expect(redo(h).present).toBe(5);
    expect(redo(redo(h)).present).toBe(5);
  });

  it('groups changes with the same key into one step, until an undo', () => {
    let h = startHistory('');
    h = record(h, '3', 'A.bra.mid');
    h = record(h, '3,5', 'A.bra.mid');
    h = record(h, 'x', 'B.bra.mid');
    expect(h.past).toEqual(['', '3,5']);
    expect(undo(undo(h)).present).toBe('');
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 30; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(30);
  });

  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    const k = (key: string, extra: Partial<KeyboardEvent> = {}) =>
      historyKey({ key, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...extra });
    expect(k('z')).toBe('undo');
    expect(k('Z', { shiftKey: true })).toBe('redo');
    expect(k('y')).toBe('redo');
    expect(k('z', { ctrlKey: false })).toBeNull();
    expect(k('a')).toBeNull();
  });
});

describe('workspace and edits', () => {
  const basis = getPreset('basis') as Scenario;

  it('a copy gets a free id, joins the comparison (replacing the third) and becomes active; removing it undoes that', () => {
    const copy = copyScenario(basis, 'Kopi', 'Beskrivelse', takenIds(INITIAL_WORKSPACE));
    expect(copy.id).toBe('basis-kopi');
    expect(copy.translations).toBeUndefined();
    const ws1 = reduceWorkspace(INITIAL_WORKSPACE, { type: 'add', scenario: copy });
    expect(ws1.compareIds).toEqual(['basis', 'fortetting', 'basis-kopi']);
    const ws2 = reduceWorkspace(ws1, { type: 'add', scenario: copy });
    expect(ws2.own.map((s) => s.id)).toEqual(['basis-kopi', 'basis-kopi-2']);
    expect(ws2.compareIds).toEqual(['basis', 'fortetting', 'basis-kopi-2']);
    const ws3 = reduceWorkspace(ws2, { type: 'remove', id: 'basis-kopi-2' });
    expect(ws3.compareIds).toEqual(['basis', 'fortetting']);
    expect(ws3.activeId).toBe('fortetting');
    expect(reduceWorkspace(ws3, { type: 'edit', id: 'basis', edit: { kind: 'name', name: 'X' } })).toBe(ws3);
    expect(reduceWorkspace(ws3, { type: 'setSlot', slot: 0, id: null })).toBe(ws3);
  });

  it('edits never change their input, and an edit that changes nothing returns the same object', () => {
    const s = copyScenario(basis, 'K', '', new Set());
    const frozen = Object.freeze(structuredClone(s));
    const e = editScenario(frozen, { kind: 'site', siteId: 'S1', change: { include: false } });
    expect(e.sites).toEqual({ S1: { include: false } });
    expect(frozen.sites).toBeUndefined();
    expect(editScenario(e, { kind: 'site', siteId: 'S1', change: { include: false } })).toBe(e);
    expect(editScenario(e, { kind: 'site', siteId: 'S1', change: null }).sites).toBeUndefined();
    expect(editScenario(s, { kind: 'assumptions', assumptions: undefined })).toBe(s);
  });

  it('prunes overrides that equal the defaults', () => {
    expect(
      pruneAssumptions(
        { capacity: { A: { bra: { mid: 1.5, high: 3 } }, B: { m2PerJob: { low: 75 } } } },
        DEFAULT_ASSUMPTIONS,
      ),
    ).toEqual({ capacity: { A: { bra: { high: 3 } } } });
    expect(pruneAssumptions({ capacity: { A: { bra: { mid: 1.5 } } } }, DEFAULT_ASSUMPTIONS)).toBeUndefined();
  });

  it('makes ids the schema accepts', () => {
    expect(uniqueScenarioId('Tett ved Åsgård stasjon!', new Set())).toBe('tett-ved-asgard-stasjon');
    expect(uniqueScenarioId('basis', new Set(['basis', 'basis-2']))).toBe('basis-3');
    expect(uniqueScenarioId('x'.repeat(80), new Set(['x'.repeat(48)]))).toMatch(/^x{48}-2$/);
    expect(uniqueScenarioId('Min_Plan', new Set())).toBe('Min_Plan');
    expect(uniqueScenarioId('y'.repeat(64), new Set(['y'.repeat(64)]))).toBe(`${'y'.repeat(62)}-2`);
  });
});

describe('map marks', () => {
  it('add valid layers to the style, transparent unless a site is marked', () => {
    const style = buildStyle();
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    for (const id of Object.values(MARK_LAYER)) expect(ids).toContain(id);
    const changed = style.layers.find((l) => l.id === MARK_LAYER.changedLine);
    expect(JSON.stringify(changed?.paint)).toContain('["feature-state","changed"]');
    expect(JSON.stringify(changed?.paint)).toContain('["case",["boolean",["feature-state","hidden"],false],0');
  });

  it('update only the sites whose marks change', () => {
    const a = { changed: new Set(['S1', 'S2']), excluded: new Set(['S3']) };
    const b = { changed: new Set(['S2']), excluded: new Set(['S3', 'S4']) };
    expect(markUpdates(null, a)).toEqual([
      { id: 'S1', state: { changed: true, excluded: false } },
      { id: 'S2', state: { changed: true, excluded: false } },
      { id: 'S3', state: { changed: false, excluded: true } },
    ]);
    expect(markUpdates(a, b)).toEqual([
      { id: 'S1', state: { changed: false, excluded: false } },
      { id: 'S4', state: { changed: false, excluded: true } },
    ]);
    expect(markUpdates(b, null)).toHaveLength(3);
  });
});

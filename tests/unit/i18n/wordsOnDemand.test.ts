// Word tables installed on demand: a key whose table is missing throws (never shown raw), the app has bokmål at once
// and English after one fetch, and a language switch waits for its words. Fresh module instances, so the tables the
// test set-up installs (allWords.ts) are not there.
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
});

describe('word tables on demand', () => {
  it('a lookup in a table not installed throws; once installed it answers', async () => {
    const { addWords, hasWords, translator } = await import('../../../src/i18n/index');
    expect(() => translator('en')('listTitle')).toThrow(/listTitle.*en.*not installed/);
    expect(hasWords('en', 'app')).toBe(false);
    addWords('en', 'app', { listTitle: 'Sites {n}' });
    expect(hasWords('en', 'app')).toBe(true);
    expect(translator('en')('listTitle', { n: 3 })).toBe('Sites 3');
  });

  it('the app has bokmål on import and English after loadAppWords', async () => {
    const { appWordsReady, loadAppWords } = await import('../../../src/i18n/appWords');
    const { translator } = await import('../../../src/i18n/index');
    expect(appWordsReady('nb')).toBe(true);
    expect(translator('nb')('listTitle')).toBe('Næringsområder');
    expect(appWordsReady('en')).toBe(false);
    expect(() => translator('en')('listTitle')).toThrow();
    await loadAppWords('en');
    expect(appWordsReady('en')).toBe(true);
    expect(translator('en')('listTitle')).toBe('Business sites');
    // The CLIs' words stay out of the app's tables.
    expect(() => translator('nb')('repTitle')).toThrow();
  });

  it('switching to English waits for the English words, then switches', async () => {
    const { actions } = await import('../../../src/state/actions');
    const { useAppStore } = await import('../../../src/state/store');
    const { loadAppWords } = await import('../../../src/i18n/appWords');
    actions.setLang('en');
    expect(useAppStore.getState().lang).toBe('nb');
    await loadAppWords('en');
    await Promise.resolve();
    expect(useAppStore.getState().lang).toBe('en');
    // Back to bokmål is immediate: its words came with the page.
    actions.setLang('nb');
    expect(useAppStore.getState().lang).toBe('nb');
  });
});

import '@testing-library/jest-dom/vitest';
// Every word table, as the CLIs have them: the tests render and print words synchronously.
import '../src/i18n/allWords';
import { beforeAll } from 'vitest';
import { loadCrs } from '../src/domain/crs';

// proj4, as the CLIs and workers have it (the page fetches it after its first map; tests/unit/domain/crsLoad.test.ts
// covers the state before it arrives).
await loadCrs();

// Component tests (jsdom) render the lazily loaded pages synchronously, as the app does once their code has
// arrived; the e2e tests in a real browser cover the fetch itself. In beforeAll, not at the top, so the pages are
// imported after the test file's vi.mock calls are registered.
beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { LAZY_PAGES } = await import('../src/ui/lazyPages');
  // The explorer's side panels wait for the first map (state/firstMap.ts), which the tests' mocked map never reports.
  const { openFirstMapGate } = await import('../src/state/firstMap');
  openFirstMapGate();
  const { LAZY_PANELS } = await import('../src/ui/lazyPanels');
  await Promise.all([...LAZY_PAGES, ...LAZY_PANELS].map((p) => p.preload()));
});

// The explorer's side panels (ExplorerPanels.tsx), fetched once the first map is ready (state/firstMap.ts); one module
// for both. Apart from lazyPages.tsx, which the panels themselves use (no import cycle).
import { lazyPage } from './lazyPages';

import { startScenarios } from '../state/scenarioBoot';

// The card's "I scenario …" writes to the scenario store: the stored workspace is read first.
const panels = () => Promise.all([import('./ExplorerPanels'), startScenarios()]).then(([m]) => m);
export const LeftPanel = lazyPage(() => panels().then((m) => m.LeftPanel));
export const RightPanel = lazyPage(() => panels().then((m) => m.RightPanel));

/** Both, for preloading (the component tests render them synchronously). */
export const LAZY_PANELS = [LeftPanel, RightPanel] as const;

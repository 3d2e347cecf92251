// Pages and dialogs fetched on first use (React.lazy + dynamic import), so the first map needs only the explorer's
// code. To add a page: one `lazyPage(...)` line here, then render it inside <LazyBoundary> where it is chosen.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { translator, type Lang } from '../i18n';
import { loadCrs } from '../domain/crs';
import { loadLaterWords } from '../i18n/appWords';
import { startScenarios } from '../state/scenarioBoot';

interface LazyPage<P> {
  (props: P): ReactNode;
  /** Fetches the code now (on hover, or in tests); later renders are then synchronous. */
  preload(): Promise<void>;
}

/**
 * React.lazy, plus: once the module has arrived the component renders directly, so coming back to a page never
 * shows the fallback again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // Every page and dialog here projects (its maps, exports, the user's files) and may use any word: proj4 and the
  // rest of the bokmål words come with its code.
  const fetchOnce = (): Promise<ComponentType<P>> =>
    (pending ??= Promise.all([load(), loadCrs(), loadLaterWords()]).then(
      ([c]) => (Loaded = c),
      (e: unknown) => {
        pending = null; // a failed fetch (e.g. offline) may be retried on the next render
        throw e;
      },
    ));
  const Lazy = lazy(() => fetchOnce().then((c) => ({ default: c })));
  const Page = ((props: P) => (Loaded ? <Loaded {...props} /> : <Lazy {...props} />)) as LazyPage<P>;
  Page.preload = () => fetchOnce().then(() => undefined);
  return Page;
}

export const InvestorView = lazyPage(() => import('./investor/InvestorView').then((m) => m.InvestorView));
// The comparison shows the stored scenarios: their start-up (state/scenarioBoot.ts) comes with its code.
export const ScenarioPage = lazyPage(() =>
  Promise.all([import('./scenarios/ScenarioPage'), startScenarios()]).then(([m]) => m.ScenarioPage),
);
// The land accounts: the overlay engine is not needed by the other pages.
export const AccountsPage = lazyPage(() => import('./accounts/AccountsPage').then((m) => m.default));
export const LoadDialog = lazyPage(() => import('./load/LoadDialog').then((m) => m.LoadDialog));
// The loaders' warnings: shown only for data that has some (never the bundled data), and their words (every problem
// code's text, both languages) are large.
export const LoadWarnings = lazyPage(() => import('./LoadWarnings').then((m) => m.LoadWarnings));

/** Every lazy page, for preloading (the component tests render them synchronously). */
export const LAZY_PAGES = [InvestorView, ScenarioPage, AccountsPage, LoadDialog, LoadWarnings] as const;

/** Shows "loading the page" while a lazy page's code arrives (a fraction of a second; longer on a slow link). */
export function LazyBoundary({ lang, children, quiet = false }: { lang: Lang; children: ReactNode; quiet?: boolean }) {
  const fallback = quiet ? null : (
    <main className="app-message" role="status">
      {translator(lang)('lazyLoadingPage')}
    </main>
  );
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

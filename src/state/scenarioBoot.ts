// The scenario side's start-up (scenarioStartup.ts: the stored workspace, a `?scn=` link, saving) is fetched and run
// once the first map is ready (firstMap.ts), or before then by the first part of the page that needs it (the
// comparison page, the explorer's panels: their lazy loaders wait for it). Nothing is saved before the stored
// workspace has been read: the store's saving starts there. The app provides the start (app/bootstrap.ts); without
// one (component tests, which start the scenario side themselves) this resolves at once.
let start: (() => Promise<void>) | null = null;
let started: Promise<void> | null = null;

export function provideScenarioStart(fn: () => Promise<void>): void {
  start = fn;
}

/** Starts the scenario side once; resolves when the stored workspace is in the store. */
export function startScenarios(): Promise<void> {
  if (!start) return Promise.resolve();
  return (started ??= start().catch((e: unknown) => {
    started = null; // a failed fetch (e.g. offline) may be retried
    throw e;
  }));
}

// The geodata sources beside the clone (../shared/geodata-sources) that some cross-checks read. Outside CI a test may
// skip itself when they are missing (vitest reports it as skipped, never as passed); in CI — CI set (as `.ci/run`
// does) or REQUIRE_SHARED_SOURCES=1 — a missing source fails the test file instead, since CI always has the folder.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** ../shared/geodata-sources beside the repository. */
export const SHARED_SOURCES = resolve(REPO, '../shared/geodata-sources');

/** An absolute path under ../shared/geodata-sources. */
export function sharedSource(relative: string): string {
  return resolve(SHARED_SOURCES, relative);
}

/** Whether this run must have the shared sources: in CI, or when asked for with REQUIRE_SHARED_SOURCES=1. */
export function sharedSourcesRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return (
    (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') || env.REQUIRE_SHARED_SOURCES === '1'
  );
}

/**
 * True when every path exists. When one is missing: false (the caller skips) — or, when the shared sources are
 * required, an error naming the missing files, so the test file fails rather than skipping quietly.
 */
export function haveSharedSources(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  if (sharedSourcesRequired(env)) {
    throw new Error(
      `shared geodata sources missing in CI (they sit beside the clone in ../shared): ${missing.join(', ')}`,
    );
  }
  return false;
}

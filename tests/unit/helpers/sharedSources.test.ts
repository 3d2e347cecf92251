// A test that needs ../shared/geodata-sources skips itself only outside CI; in CI a missing source fails the run.
import { describe, expect, it } from 'vitest';
import { haveSharedSources, sharedSource, sharedSourcesRequired } from '../../helpers/sharedSources.ts';

const missing = sharedSource('no-such-folder/never-there.geojson');

describe('haveSharedSources', () => {
  it('outside CI a missing source means "skip" (false), not a pass', () => {
    expect(haveSharedSources([missing], {})).toBe(false);
    expect(haveSharedSources([missing], { CI: 'false' })).toBe(false);
    expect(haveSharedSources([missing], { CI: '' })).toBe(false);
  });

  it('in CI (CI=true, CI=1) or with REQUIRE_SHARED_SOURCES=1 a missing source throws and names the file', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }, { REQUIRE_SHARED_SOURCES: '1' }]) {
      expect(sharedSourcesRequired(env)).toBe(true);
      expect(() => haveSharedSources([missing], env)).toThrow(/never-there\.geojson/);
    }
  });

  it('files that exist are there in and outside CI', () => {
    const here = import.meta.filename;
    expect(haveSharedSources([here], {})).toBe(true);
    expect(haveSharedSources([here], { CI: 'true' })).toBe(true);
  });
});

// The app's bundled kommune profiles: a link's `profile` id, the profile's layers through the usual loaders and engine.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/app/defaultData';
import {
  BUNDLED_PROFILE_IDS,
  loadBundledProfile,
  ProfileLoadError,
  profileDataset,
} from '../../../src/app/bundledProfiles';
import { DEFAULT_PROFILE, profileIdOf } from '../../../src/state/profileStore';

describe('bundled kommune profiles', () => {
  it('reads the profile id from the link; the default (or none) changes nothing', () => {
    expect(profileIdOf('?profile=baerum&lang=en')).toBe('baerum');
    expect(profileIdOf('?profile=asker')).toBeNull();
    expect(profileIdOf('?profile=')).toBeNull();
    expect(profileIdOf('?lang=en')).toBeNull();
    expect(BUNDLED_PROFILE_IDS).toEqual(['asker', 'baerum']);
    expect(DEFAULT_PROFILE.id).toBe('asker');
  });

  it('Asker through its profile gives the same dataset as the bundled start-up path', async () => {
    const viaProfile = await profileDataset(await loadBundledProfile('asker'));
    const bundled = loadBundledDataset();
    expect(viaProfile.summary).toEqual(bundled.summary);
    expect(viaProfile.results).toEqual(bundled.results);
    expect(viaProfile.regions.map((r) => r.name)).toEqual(['Asker nord', 'Asker syd']);
    expect(viaProfile.assumptions).toEqual(bundled.assumptions);
  });

  it('Bærum: one region from the profile, no sites and no hubs (the profile says they are missing), zero totals', async () => {
    const profile = await loadBundledProfile('baerum');
    const d = await profileDataset(profile);
    expect(d.regions.map((r) => r.name)).toEqual(['Bærum']);
    expect(d.sites).toEqual([]);
    expect(d.hubs).toEqual([]);
    expect(d.summary.total.sites).toBe(0);
    expect(d.summary.total.areaDaa).toBe(0);
    expect(profile.hubs.kind).toBe('missing');
    expect(profile.sites.kind).toBe('missing');
  });

  it('an id that is not bundled is a ProfileLoadError naming the ones that are', async () => {
    await expect(loadBundledProfile('oslo')).rejects.toThrow(ProfileLoadError);
    await expect(loadBundledProfile('../asker')).rejects.toThrow(/asker, baerum/);
  });
});

// The kommune profile the app shows (docs/kommune-profile.md): Asker, bundled, unless the link names another
// (`?profile=baerum`). Chosen once at start-up; the region summary, its chart and the texts take names and plan
// figures from it.
import { create } from 'zustand';
import askerJson from '../../geodata/profiles/asker.json';
import { parseProfile, type KommuneProfile } from '../domain/kommuneProfile';

/** The bundled default: the same file the CLIs use when no --profile is given. */
export const DEFAULT_PROFILE: KommuneProfile = parseProfile(askerJson);

/** The URL parameter that names a bundled profile by its id (left in the address like `synthetic`). */
export const PROFILE_PARAM = 'profile';

/** The profile id the link asks for; null when it names none or the default (then nothing changes). */
export function profileIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get(PROFILE_PARAM);
  if (id === null || id.trim() === '' || id.trim() === DEFAULT_PROFILE.id) return null;
  return id.trim();
}

interface ProfileState {
  profile: KommuneProfile;
}

export const useProfileStore = create<ProfileState>(() => ({ profile: DEFAULT_PROFILE }));

export const useProfile = (): KommuneProfile => useProfileStore((s) => s.profile);

export function setProfile(profile: KommuneProfile): void {
  useProfileStore.setState({ profile });
}

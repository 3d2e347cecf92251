// Under a kommune profile other than the bundled default: which kommune is shown, and which of its layers the profile
// does not have (sites, hubs), with the reason it gives. Text from the profile file is rendered as text.
import { inLang, type KommuneProfile } from '../domain/kommuneProfile';
import { translator, type Lang } from '../i18n';
import { DEFAULT_PROFILE } from '../state/profileStore';

export interface ProfileNoticeProps {
  lang: Lang;
  profile: KommuneProfile;
  /** The layers the user replaced with files of their own: a missing bundled layer no longer matters then. */
  userFiles?: Partial<Record<'sites' | 'hubs' | 'regions', string>> | undefined;
}

export function ProfileNotice({ lang, profile, userFiles }: ProfileNoticeProps) {
  if (profile.id === DEFAULT_PROFILE.id) return null;
  const t = translator(lang);
  const kommune = profile.name;
  return (
    <div className="profile-notice" data-testid="profile-notice">
      <p role="note">
        {t('profNotice', { kommune, number: profile.kommunenummer, how: inLang(profile.regionsHow, lang) })}
      </p>
      {profile.sites.kind === 'missing' && !userFiles?.sites ? (
        <p role="note" data-testid="profile-no-sites">
          {t('profNoSites', { kommune, reason: inLang(profile.sites.reason, lang) })}
        </p>
      ) : null}
      {profile.hubs.kind === 'missing' && !userFiles?.hubs ? (
        <p role="note" data-testid="profile-no-hubs">
          {t('profNoHubs', { kommune, reason: inLang(profile.hubs.reason, lang) })}
        </p>
      ) : null}
    </div>
  );
}

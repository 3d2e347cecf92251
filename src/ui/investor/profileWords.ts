// The investor page's words that depend on the kommune profile: who presents the land (the profile's investor
// organisation, e.g. Invest in Asker) and which kommune it is in. A profile without an organisation is spoken of by
// the kommune's name, never by Asker's organisation.
import { inLang, type KommuneProfile } from '../../domain/kommuneProfile';
import { translator, type Lang } from '../../i18n';

export interface InvestorWords {
  /** The small line above the page's title. */
  kicker: string;
  title: string;
  /** The small line above a one-pager's title. */
  onePagerKicker: string;
  /** The caption title of the map image, for `count` sites (already formatted). */
  pngTitle: (count: string) => string;
  /** The profile's organisation in the page's language, or null when it names none. */
  organisation: string | null;
  /** The file name stem of the exports, e.g. `ledige-naeringsarealer-asker`. */
  fileStem: string;
  /** "Avstand til hovedvei (E18/E134)", or without names when the profile has none. */
  road: string;
  /** Why the road distance is missing without a road layer. */
  roadMissingWhy: string;
}

export function investorWords(profile: KommuneProfile, lang: Lang): InvestorWords {
  const t = translator(lang);
  const kommune = profile.name;
  const organisation = profile.investor ? inLang(profile.investor.organisation, lang) : null;
  const who = organisation ?? kommune;
  return {
    kicker: organisation ? t('invKicker', { organisation }) : t('invKickerKommune', { kommune }),
    title: t('invTitle', { kommune }),
    onePagerKicker: t('invOnePagerKicker', { organisation: who }),
    pngTitle: (count) => t('invPngTitle', { kommune, count }),
    organisation,
    fileStem: `ledige-naeringsarealer-${profile.id}`,
    ...roadWords(profile, lang),
  };
}

/** The road label and the reason it has no figure, naming the profile's main roads when it has some. */
export function roadWords(profile: KommuneProfile, lang: Lang): { road: string; roadMissingWhy: string } {
  const t = translator(lang);
  const roads = profile.investor?.mainRoads ?? [];
  if (roads.length === 0) return { road: t('invRoadUnnamed'), roadMissingWhy: t('invRoadMissingWhyUnnamed') };
  const list = new Intl.ListFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { type: 'conjunction' }).format(roads);
  return { road: t('invRoad', { roads: roads.join('/') }), roadMissingWhy: t('invRoadMissingWhy', { roads: list }) };
}

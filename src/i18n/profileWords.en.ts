// English words that depend on the kommune profile: who presents the land on the investor page, which kommune, and
// the scenario presets made for it.
import type { profileWordsNb } from './profileWords.nb';

export const profileWordsEn: Record<keyof typeof profileWordsNb, string> = {
  invKickerKommune: 'Business land in {kommune}',
  invNoOrganisation:
    'The kommune profile for {kommune} names no organisation that receives investors, so no contact is given here.',
  scenKommunePresetsNone:
    'The kommune profile for {kommune} has no ready-made scenarios of its own; only the generic ones are shown (scenarios made for another kommune’s areas are left out).',
  invRoadUnnamed: 'Distance to the main roads',
  invRoadMissingWhyUnnamed: 'The main roads’ junctions have no sourced coordinates in the data yet.',
};

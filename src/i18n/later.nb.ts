// The bokmål words no part of the first screen uses (the site card's and summary's new jobs, the validity problems, the
// investor and profile pages' words): fetched with the side panels and pages (appWords.ts loadLaterWords).
import { newJobsNb } from './newJobs.nb';
import { validityNb } from './validity.nb';
import { profileWordsNb } from './profileWords.nb';
import { profileErrorsNb } from './profileErrors.nb';
import { presentNb } from './present.nb';

export const laterNb = {
  ...newJobsNb,
  ...presentNb,
  ...profileErrorsNb,
  ...profileWordsNb,
  ...validityNb,
} as const;

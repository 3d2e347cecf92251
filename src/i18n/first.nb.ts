// The bokmål words the first page load carries (appWords.ts installs them): everything but laterNb (later.nb.ts).
import { accountsNb } from './accounts.nb';
import { fitNb } from './fit.nb';
import { investorNb } from './investor.nb';
import { lazyNb } from './lazy.nb';
import { loadNb } from './load.nb';
import { scenariosNb } from './scenarios.nb';
import { robustnessNb } from './robustness.nb';
import { showNb } from './show.nb';
import { profileNb } from './profile.nb';
import { profilePagesNb } from './profilePages.nb';
import { appNb } from './app.nb';

export const firstNb = {
  ...loadNb,
  ...investorNb,
  ...lazyNb,
  ...accountsNb,
  ...scenariosNb,
  ...showNb,
  ...fitNb,
  ...robustnessNb,
  ...profileNb,
  ...profilePagesNb,
  ...appNb,
} as const;

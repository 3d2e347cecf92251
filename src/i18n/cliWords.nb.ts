// Norwegian bokmål words only the CLIs use (report, import, land accounts, arguments): kept apart from the app's
// table (nb.ts), so the browser never fetches them.
import { accountsMdNb } from './accountsMd.nb';
import { cliNb } from './cli.nb';
import { cliArgsNb } from './cliArgs.nb';
import { importNb } from './import.nb';
import { reportNb } from './report.nb';
import { reportScenarioNb } from './reportScenario.nb';

export const cliWordsNb = {
  ...reportNb,
  ...reportScenarioNb,
  ...accountsMdNb,
  ...cliNb,
  ...cliArgsNb,
  ...importNb,
} as const;

/** Every key of the CLIs' own words. */
export type CliKey = keyof typeof cliWordsNb;

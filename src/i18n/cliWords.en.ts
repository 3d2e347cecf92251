// English words only the CLIs use; typed against the bokmål table so a missing key fails the type check.
import { accountsMdEn } from './accountsMd.en';
import { cliEn } from './cli.en';
import { cliArgsEn } from './cliArgs.en';
import { importEn } from './import.en';
import { reportEn } from './report.en';
import { reportScenarioEn } from './reportScenario.en';
import type { CliKey } from './cliWords.nb';

export const cliWordsEn: Record<CliKey, string> = {
  ...reportEn,
  ...reportScenarioEn,
  ...accountsMdEn,
  ...cliEn,
  ...cliArgsEn,
  ...importEn,
};

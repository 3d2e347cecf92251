// The land-accounts CLI as a function: argv and I/O in, exit status out (the entry script and the tests both call it).
import { EXIT, oneLine, reportFailure, showHelp, usageError, WARNING_TAG } from '../cli/common.ts';
import { cliTranslator, langFromArgv } from '../cli/options.ts';
import type { FileReader } from '../report/inputs.ts';
import { helpText, parseAccountsArgs, usageText } from './args.ts';
import { formatAccountsCsv } from './csv.ts';
import { loadAccountsInputs } from './inputs.ts';
import { formatAccountsJson } from './json.ts';
import { formatAccountsMarkdown } from './markdown.ts';
import { buildAccountsModel } from './model.ts';

export interface AccountsIo extends FileReader {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs `accounts` with argv (no node/script): 0 ok, 1 bad input, 2 usage error, 3 internal error. Never throws. */
export async function runAccounts(argv: readonly string[], io: AccountsIo): Promise<number> {
  const parsed = parseAccountsArgs(argv);
  const t = cliTranslator(argv);
  if (!parsed.ok) return usageError(io.stderr, parsed.error, usageText(t));
  const { options } = parsed;
  if (options.help) return showHelp(io.stdout, helpText(t));
  try {
    const model = buildAccountsModel(await loadAccountsInputs(options, io), options.lang);
    for (const w of model.warnings) io.stderr.write(`${WARNING_TAG}${oneLine(w.text ?? w.code)}\n`);
    const out =
      options.format === 'json'
        ? formatAccountsJson(model)
        : options.format === 'md'
          ? formatAccountsMarkdown(model, options.lang)
          : formatAccountsCsv(model.rows);
    io.stdout.write(out);
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, io.stderr, langFromArgv(argv));
  }
}

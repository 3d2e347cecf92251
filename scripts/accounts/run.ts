// The land-accounts CLI as a function: argv and I/O in, exit status out (the entry script and the tests both call it).
import { ERROR_TAG, EXIT, oneLine, reportFailure, WARNING_TAG } from '../cli/common.ts';
import { langFromArgv } from '../cli/options.ts';
import type { FileReader } from '../report/inputs.ts';
import { HELP, USAGE, parseAccountsArgs } from './args.ts';
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
  if (!parsed.ok) {
    io.stderr.write(`${ERROR_TAG}${oneLine(parsed.error)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
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

// Entry point of `npm run accounts`: runs the land-accounts CLI (scripts/accounts/run.ts) and sets the exit status.
import { readFile } from 'node:fs/promises';
import { reportFailure } from './cli/common.ts';
import { langFromArgv } from './cli/options.ts';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  // Imported here, not at the top, so a failure while loading the modules is also one line, not a trace.
  const { runAccounts } = await import('./accounts/run.ts');
  process.exitCode = await runAccounts(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
  });
} catch (e) {
  // One "error: " line in the language of --lang, exit 3 (what reportFailure says of anything but bad input).
  process.exitCode = reportFailure(e, process.stderr, langFromArgv(process.argv.slice(2)));
}

// Entry point of `npm run accounts`: runs the land-accounts CLI (scripts/accounts/run.ts) and sets the exit status.
import { readFile } from 'node:fs/promises';

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
  process.stderr.write(
    `error: internal error: ${String(e instanceof Error ? e.message : e).replace(/[\r\n]+/g, ' ')}\n`,
  );
  process.exitCode = 3;
}

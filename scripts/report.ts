// Entry point of `npm run report`: runs the report CLI (scripts/report/run.ts) and sets the exit status.
import { readBoundedBytes, readBoundedFile, reportFailure } from './cli/common.ts';
import { langFromArgv } from './cli/options.ts';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  // Imported here, not at the top, so a failure while loading the modules is also one line, not a trace.
  const { runReport } = await import('./report/run.ts');
  process.exitCode = await runReport(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readBoundedFile,
    readBytes: readBoundedBytes,
  });
} catch (e) {
  // One "error: " line in the language of --lang, exit 3 (what reportFailure says of anything but bad input).
  process.exitCode = reportFailure(e, process.stderr, langFromArgv(process.argv.slice(2)));
}

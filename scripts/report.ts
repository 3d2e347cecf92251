// Entry point of `npm run report`: runs the report CLI (scripts/report/run.ts) and sets the exit status.
import { readBoundedBytes, readBoundedFile } from './cli/common.ts';

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
  process.stderr.write(
    `error: internal error: ${String(e instanceof Error ? e.message : e).replace(/[\r\n]+/g, ' ')}\n`,
  );
  process.exitCode = 3;
}

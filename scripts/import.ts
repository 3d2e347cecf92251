// Entry point of `npm run import`: runs the import CLI (scripts/import/run.ts) with the real file system and sets the
// exit status.
import { readBoundedBytes, readBoundedFile, reportFailure } from './cli/common.ts';
import { langFromArgv } from './cli/options.ts';
import { stat, writeFile } from 'node:fs/promises';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  // Imported here, not at the top, so a failure while loading the modules is also one line, not a trace.
  const { runImport } = await import('./import/run.ts');
  process.exitCode = await runImport(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readBoundedFile,
    readBytes: readBoundedBytes,
    isDirectory: async (path) => {
      try {
        return (await stat(path)).isDirectory();
      } catch {
        return null;
      }
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  });
} catch (e) {
  // One "error: " line in the language of --lang, exit 3 (what reportFailure says of anything but bad input).
  process.exitCode = reportFailure(e, process.stderr, langFromArgv(process.argv.slice(2)));
}

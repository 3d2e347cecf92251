// CPU time used by finished child processes (Linux /proc/self/stat: cutime + cstime), so a benchmark can report the
// work a command did apart from the time it waited for a core on a busy machine. NaN where /proc is missing.
import { readFileSync } from 'node:fs';

const TICKS_PER_S = 100; // USER_HZ on Linux

export function childCpuMs(): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 (cutime) and 17 (cstime) of the man page are at 13 and 14 after the state field (field 3).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_S;
  } catch {
    return NaN;
  }
}

// A small deterministic random-number generator (mulberry32), so seeded test data, benchmarks and cross-checks repeat.

/**
 * Numbers in [0, 1) from a 32-bit seed; the same seed always gives the same sequence.
 * Example: `const rand = seededRandom(7); rand(); rand();` gives the same two numbers on every run.
 */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many cases a property tries: `base` in `npm test`, `base × PM_FUZZ_SCALE` when that variable
 * is set. `npm run fuzz` (scripts/fuzz.sh) sets it to run every property at full size, under six time
 * zones, as the nightly-style run of issue 8: tens of thousands of fuzzed documents and generated
 * frameworks, more than `npm test` can afford in under a minute.
 */
export function runs(base: number): number {
  const scale = Number(process.env.PM_FUZZ_SCALE ?? "1");
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`PM_FUZZ_SCALE must be a whole number of at least 1, not "${String(process.env.PM_FUZZ_SCALE)}"`);
  return base * scale;
}

/**
 * A property test's time limit: `base` milliseconds in `npm test`, `base × PM_FUZZ_SCALE` in the
 * fuzz run, whose properties try that many times the cases (a test's own time limit overrides the
 * run's `--testTimeout`).
 */
export function timeout(base: number): number {
  return runs(base);
}

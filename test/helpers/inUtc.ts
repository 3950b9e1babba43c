/**
 * Runs `body` with the process's time zone set to UTC, then restores it. For date-fns as an oracle
 * of the calendar: date-fns works in local time, and a zone that skipped a day (Pacific/Kiritimati
 * has no 31 December 1994, Pacific/Apia no 30 December 2011) has no local date for it, so in such a
 * zone the oracle, not the library, would be wrong. Node applies a change to `process.env.TZ` at once.
 */
export function inUtc(body: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = "UTC";
  try {
    body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

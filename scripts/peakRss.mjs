// Preloaded by the goals bench (`node --import ./scripts/peakRss.mjs …`): when the process exits,
// writes its peak resident set size, in kilobytes, to the file PM_BENCH_RSS_FILE names.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.PM_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});

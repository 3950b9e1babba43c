/**
 * The machine's cache cliff for string-keyed hash tables, which every id-resolving engine inherits:
 * a Map built from N JSON-parsed ids, queried with N JSON-parsed references (distinct string
 * objects, as a council system's export gives them). Per-operation cost rises once N no longer fits
 * the processor's caches, so work that is linear in N takes superlinear time past that point.
 */
import { type BenchResult, bench } from "./harness.js";

export function cacheBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const n of [10_000, 100_000, 1_000_000]) {
    const ids = JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => `obj-individual-${i}`))) as string[];
    const references = JSON.parse(
      JSON.stringify(Array.from({ length: n }, (_, i) => `obj-individual-${(i * 7919) % n}`)),
    ) as string[];
    const map = new Map<string, number>();
    results.push(
      bench(`Map.set, ${n.toLocaleString("en-GB")} string ids`, n, () => {
        map.clear();
        for (let i = 0; i < n; i += 1) map.set(ids[i] as string, i);
      }),
    );
    let sink = 0;
    results.push(
      bench(`Map.get, ${n.toLocaleString("en-GB")} string references`, n, () => {
        for (let i = 0; i < n; i += 1) sink += map.get(references[i] as string) ?? 0;
      }),
    );
    if (sink < 0) console.log(sink);
  }
  return results;
}

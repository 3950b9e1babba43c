import { objectiveWithLinks } from "./shapes.js";
/**
 * Evaluation throughput: the library's exact evaluateTarget against a plain float loop doing the
 * same comparison (linear expectation, 5% tolerance, RAG), in the same run, with their ratio.
 */
import { addMonths } from "../src/internal/dates.js";
import { evaluateFramework, evaluateTarget, indexFramework, rollUp, statusHistory } from "../src/index.js";
import { generateAuthority, generateFramework } from "./generate.js";
import { type BenchResult, bench } from "./harness.js";

export { generateAuthority } from "./generate.js";

const QUARTERS = ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"];
/** Twenty quarter ends from June 2001. */
const TWENTY_QUARTERS = Array.from({ length: 20 }, (_, q) => addMonths("2001-03-31", 3 * (q + 1)) as string);

export function trajectoryBenchmarks(): BenchResult[] {
  const framework = generateAuthority(300);
  const index = indexFramework(framework);
  const ids = framework.targets.map((t) => t.id);
  const results: BenchResult[] = [];

  // The float baseline: the same linear expectation and RAG comparison on doubles, no objects.
  const n = 1_000_000;
  const baseline = new Float64Array(n).map((_, i) => (i % 2 === 0 ? 60 : 40));
  const goal = new Float64Array(n).map((_, i) => (i % 2 === 0 ? 75 : 25));
  const actual = new Float64Array(n).map((_, i) => 40 + ((i * 7919) % 4000) / 100);
  let sink = 0;
  const float = bench(`float baseline: ${n.toLocaleString("en-GB")} comparisons`, n, () => {
    for (let i = 0; i < n; i += 1) {
      const expected = (baseline[i] as number) + ((goal[i] as number) - (baseline[i] as number)) * (91 / 1096);
      const shortfall = i % 2 === 0 ? expected - (actual[i] as number) : (actual[i] as number) - expected;
      sink += shortfall <= 0 ? 0 : shortfall <= 0.05 * Math.abs(expected) ? 1 : 2;
    }
  });
  results.push(float);

  const evaluations = ids.length * QUARTERS.length;
  const library = bench(
    `evaluateTarget: ${evaluations.toLocaleString("en-GB")} target-period evaluations`,
    evaluations,
    () => {
      for (const asOf of QUARTERS) for (const id of ids) evaluateTarget(index, id, { asOf });
    },
  );
  results.push(library);
  results.push(
    bench(`evaluateFramework: 300 targets × 4 quarters`, evaluations, () => {
      for (const asOf of QUARTERS) evaluateFramework(index, { asOf });
    }),
  );
  // The national-scale path: statusHistory, every target at every quarter, compiled once per index.
  const authority = indexFramework(generateAuthority(300, 7, TWENTY_QUARTERS));
  statusHistory(authority, { dates: TWENTY_QUARTERS });
  // Fifty calls a run: one call takes about a millisecond, too short to time alone on a noisy machine.
  const history = bench(`statusHistory: 300 targets × 20 quarters (index reused), 50 calls`, 50 * 6000, () => {
    for (let call = 0; call < 50; call += 1) statusHistory(authority, { dates: TWENTY_QUARTERS });
  });
  results.push(history);
  const national = Array.from({ length: 350 }, (_, a) => generateAuthority(300, a + 1, TWENTY_QUARTERS));
  results.push(
    bench(
      "national: 350 authorities × 300 targets × 20 quarters (indexing and compiling included)",
      350 * 300 * 20,
      () => {
        for (const framework of national) statusHistory(framework, { dates: TWENTY_QUARTERS });
      },
      3,
    ),
  );
  results.push(
    bench(
      'national: evaluateFramework(detail: "status") for each authority and quarter (indexing included)',
      350 * 300 * 20,
      () => {
        for (const framework of national) {
          const index = indexFramework(framework);
          for (const asOf of TWENTY_QUARTERS) evaluateFramework(index, { asOf, detail: "status" });
        }
      },
      3,
    ),
  );
  // Roll-up at scale (issue 8): linear in objectives and links, whatever the shape.
  const million = indexFramework(generateFramework({ objectives: 1_000_000 }));
  const millionStatuses = evaluateFramework(million, { asOf: "2002-03-31", detail: "status" }).targets;
  results.push(bench("rollUp, 1M objectives", million.objectives.size, () => rollUp(million, millionStatuses), 3));
  const hub = indexFramework(objectiveWithLinks(100_000));
  results.push(bench("rollUp, one objective with 100k links", 100_000, () => rollUp(hub, [], { method: "weighted" })));
  const ratio = (label: string, r: BenchResult): string =>
    `${label}: the float baseline is ${(float.items / float.medianMs / (r.items / r.medianMs)).toFixed(0)}× faster`;
  console.log(
    `(${ratio("evaluateTarget", library)}; ${ratio("statusHistory", history)}; sink ${sink > 0 ? "used" : "unused"})`,
  );
  return results;
}

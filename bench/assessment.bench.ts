/**
 * The self-assessment engine: deriveEvidence against the engines it reads (a cascade check and a
 * status evaluation as of the same date) at 10k and 100k objectives, and assess, priorities and
 * diagnose over a catalogue of 10,000 characteristics, every one rated.
 */
import { type AssessmentResponse, type Catalogue, assess, deriveEvidence, diagnose, priorities } from "../src/index.js";
import { checkCascade, evaluateFramework, indexFramework } from "../src/index.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench } from "./harness.js";

const asOf = "2002-01-15";

/** A catalogue of `areas` areas of `per` characteristics, a building block and a warning sign per area, and a rating for each. */
function ratedCatalogue(areas: number, per: number): { catalogue: Catalogue; responses: AssessmentResponse[] } {
  const catalogue: Catalogue = { areas: [], buildingBlocks: [], warningSigns: [] };
  const responses: AssessmentResponse[] = [];
  for (let a = 0; a < areas; a += 1) {
    const ids = Array.from({ length: per }, (_, c) => `a${String(a)}/c${String(c)}`);
    catalogue.areas.push({
      id: `a${String(a)}`,
      title: `Area ${String(a)}`,
      characteristics: ids.map((id) => ({ id, text: id, evidence: "judgement" as const })),
    });
    catalogue.buildingBlocks?.push({ id: `b${String(a)}`, title: `Block ${String(a)}`, characteristics: ids });
    catalogue.warningSigns?.push({
      id: `w${String(a)}`,
      text: `Sign ${String(a)}`,
      kind: "symptom",
      characteristics: ids,
    });
    ids.forEach((id, c) => responses.push({ characteristic: id, rating: (a + c) % 5 }));
  }
  return { catalogue, responses };
}

export function assessmentBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000]) {
    const framework = generateFramework({ objectives: size, measurementsPerIndicator: 4 });
    const index = indexFramework(framework);
    const label = size.toLocaleString("en-GB");
    const runs = size >= 100_000 ? 3 : 5;
    results.push(
      bench(
        `checkCascade + evaluateFramework(status), ${label} objectives`,
        size,
        () => {
          checkCascade(index, { asOf });
          evaluateFramework(index, { asOf, detail: "status" });
        },
        runs,
      ),
    );
    results.push(bench(`deriveEvidence, ${label} objectives`, size, () => deriveEvidence(index, { asOf }), runs));
  }
  const { catalogue, responses } = ratedCatalogue(100, 100);
  results.push(bench("assess, 10,000 rated characteristics", 10_000, () => assess(responses, { catalogue })));
  const assessment = assess(responses, { catalogue });
  results.push(bench("priorities, 10,000 rated characteristics", 10_000, () => priorities(assessment, { catalogue })));
  results.push(bench("diagnose, 10,000 rated characteristics", 10_000, () => diagnose(assessment, { catalogue })));
  return results;
}

import { describe, expect, it } from "vitest";
import { type Framework, type FrameworkIndex, type Id, indexFramework, parseFramework } from "../../src/index.js";
import { performanceReport } from "../../src/report/index.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

/**
 * Every target beneath an objective, read as the report read them before issue 22: a walk down the
 * contributions (not through another aim), each objective's targets from `targetsByObjective`, put
 * in the framework's order by their ids. The reference the positional reading must agree with.
 */
function targetsBeneath(index: FrameworkIndex, aim: Id, aims: ReadonlySet<Id>): Id[] {
  const order = new Map([...index.targets.keys()].map((id, place) => [id, place]));
  const { ids, down } = index.objectiveGraph;
  const start = ids.indexOf(aim);
  const seen = new Set([start]);
  const queue = [start];
  for (const at of queue)
    for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
      const next = down.targets[e] as number;
      if (seen.has(next) || aims.has(ids[next] as Id)) continue;
      seen.add(next);
      queue.push(next);
    }
  const places = queue.flatMap((position) =>
    (index.targetsByObjective.get(ids[position] as Id) ?? []).map((target) => order.get(target.id) as number),
  );
  return places.sort((a, b) => a - b).map((place) => [...index.targets.keys()][place] as Id);
}

describe("an aim's targets, read by position (issue 22)", () => {
  const cases: [string, () => Framework][] = [
    ["Stockton", () => parseFramework(loadExample("stockton"))],
    [
      "Stockton with its targets reversed, a target id used twice and an objective id used twice",
      () => {
        const json = loadExample("stockton") as { targets: Record<string, unknown>[]; objectives: unknown[] };
        json.targets.push({ ...json.targets[0], objective: json.targets[3]?.objective });
        json.objectives.push({ ...(json.objectives[2] as object) });
        json.targets.reverse();
        return parseFramework(json);
      },
    ],
  ];
  for (const [name, make] of cases)
    it(`lists every target beneath each aim in the framework's order, as the walk by ids does: ${name}`, () => {
      const framework = deepFreeze(make());
      const index = indexFramework(framework);
      for (const audience of ["executive", "scrutiny"] as const) {
        const report = performanceReport(index, { asOf: "2001-07-15", audience });
        const aims = new Set(report.aims.map((aim) => aim.objective));
        expect(report.aims.length).toBeGreaterThan(0);
        for (const aim of report.aims) {
          expect(aim.targets).toEqual(targetsBeneath(index, aim.objective, aims));
        }
      }
    });
});

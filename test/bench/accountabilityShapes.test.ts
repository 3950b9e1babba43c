import { describe, expect, it } from "vitest";
import * as shapes from "../../bench/shapes.js";
import { type Framework, checkCascade, safeParseFramework } from "../../src/index.js";

/** Parses a shape through a JSON round trip and returns the framework. */
function parsed(framework: Framework): Framework {
  const result = safeParseFramework(JSON.parse(JSON.stringify(framework)));
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.success ? result.data : framework;
}

describe("the scaling benchmark's accountability shapes (issue 19)", () => {
  const generators: readonly [string, (n: number) => Framework][] = [
    ["denseLoops", (n) => shapes.denseLoops(n)],
    ["ring", shapes.ring],
    ["lateralChain", shapes.lateralChain],
    ["serviceUnderCorporate", shapes.serviceUnderCorporate],
  ];

  it.each(generators)("%s parses, is deterministic and builds fresh objects on every call", (_, generate) => {
    const first = parsed(generate(28));
    const second = generate(28);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // Every link names an objective that exists.
    expect(checkCascade(first).findings.filter((finding) => finding.ruleId === "dangling-reference")).toEqual([]);
  });

  it("denseLoops gives loops of 14 in which every objective links to every other, and a red target on the last", () => {
    const framework = shapes.denseLoops(28);
    expect(framework.objectives).toHaveLength(1 + 28);
    const deepest = framework.objectives.find((objective) => objective.id === shapes.deepestOfDenseLoops(28));
    expect(deepest?.contributesTo?.map((link) => link.objective)).toEqual([
      ...Array.from({ length: 13 }, (_, j) => `so-1-${String(j)}`),
      "so-0-13",
    ]);
    expect(framework.targets.map((target) => target.objective)).toEqual(
      Array.from({ length: 14 }, (_, k) => `so-1-${String(k)}`),
    );
  });

  it("ring, lateralChain and serviceUnderCorporate have the links their names say", () => {
    const ringLinks = shapes.ring(3).objectives.map((o) => [o.id, o.contributesTo?.map((link) => link.objective)]);
    expect(ringLinks).toEqual([
      ["aim", undefined],
      ["so-0", ["so-1"]],
      ["so-1", ["so-2"]],
      ["so-2", ["so-0", "aim"]],
    ]);
    const lateral = shapes.lateralChain(3);
    expect(lateral.objectives.map((o) => [o.id, o.plan, o.contributesTo?.[0]?.objective])).toEqual([
      ["aim", "cp", undefined],
      ["co-0", "corporate", "aim"],
      ["co-1", "corporate", "co-0"],
      ["co-2", "corporate", "co-1"],
      ["so", "service", "co-2"],
    ]);
    const shared = shapes.serviceUnderCorporate(3);
    expect(shared.objectives.at(-1)?.contributesTo?.map((link) => link.objective)).toEqual(["co-0", "co-1", "co-2"]);
    expect(shapes.everyTargetRed(shared).targets).toEqual([{ target: "t-so", status: "red" }]);
  });
});

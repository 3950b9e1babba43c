import { describe, expect, it } from "vitest";
import { type ObjectiveRollUp, type RollUpOptions, TrajectoryError, rollUp } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { linkedFramework, rated } from "./rollUpFixtures.js";

/** The roll-ups by objective id. */
function byId(rollUps: readonly ObjectiveRollUp[]): Map<string, ObjectiveRollUp> {
  return new Map(rollUps.map((r) => [r.objective, r]));
}

describe("rollUp over contribution loops (issue 8, item 2)", () => {
  // top; a contributes to b and top; b to a; a red target on a.
  const issueCase = deepFreeze(linkedFramework({ top: [], a: ["b", "top"], b: ["a"] }, ["a"]));

  it("marks only the objectives on the loop, and rolls the loop's status up to the objective above it", () => {
    const result = byId(rollUp(issueCase, rated({ "t-a": "red" })));
    expect(result.get("top")).toMatchObject({ status: "red", inCycle: false, children: 1 });
    expect(result.get("top")?.counts.red).toBe(1);
    expect(result.get("a")).toMatchObject({ status: "red", inCycle: true, children: 1 });
    // b's only child is a, inside the loop: b has no child of its own, yet shares the loop's status.
    expect(result.get("b")).toMatchObject({ status: "red", inCycle: true, children: 0 });
  });

  it("gives every member of a loop the loop's status, from all its members' targets and what feeds it from outside", () => {
    // a ⇄ b, fed by c (amber) into b, with a green target on a; the loop feeds top.
    const framework = linkedFramework({ top: [], a: ["b", "top"], b: ["a"], c: ["b"] }, ["a", "c"]);
    const worst = byId(rollUp(framework, rated({ "t-a": "green", "t-c": "amber" })));
    expect([worst.get("a")?.status, worst.get("b")?.status, worst.get("top")?.status]).toEqual([
      "amber",
      "amber",
      "amber",
    ]);
    // Each member still counts what reports to it directly: a its target, b the objective c.
    expect([worst.get("a")?.counts.green, worst.get("b")?.counts.amber]).toEqual([1, 1]);
    const weighted = byId(rollUp(framework, rated({ "t-a": "green", "t-c": "amber" }), { method: "weighted" }));
    // The loop's children: a's green target (100) and c (amber, 50): 75 for both members.
    expect([weighted.get("a")?.score, weighted.get("b")?.score]).toEqual(["75", "75"]);
  });

  it("treats a self-loop as a loop of one, rolled up from its other children", () => {
    const result = byId(rollUp(linkedFramework({ top: [], a: ["a", "top"] }, ["a"]), rated({ "t-a": "amber" })));
    expect(result.get("a")).toMatchObject({ status: "amber", inCycle: true, children: 1 });
    expect(result.get("top")).toMatchObject({ status: "amber", inCycle: false });
  });

  it("rolls a 100,000-objective loop under a 100,000-deep chain without recursion", () => {
    const n = 100_000;
    const links: Record<string, string[]> = {};
    for (let i = 0; i < n; i += 1) links[`chain-${String(i)}`] = i === 0 ? [] : [`chain-${String(i - 1)}`];
    for (let i = 0; i < n; i += 1) links[`loop-${String(i)}`] = [`loop-${String((i + 1) % n)}`];
    (links["loop-0"] as string[]).push(`chain-${String(n - 1)}`);
    const result = rollUp(linkedFramework(links, ["loop-5"]), rated({ "t-loop-5": "amber-red" }));
    expect(result[0]).toMatchObject({ objective: "chain-0", status: "amber-red", inCycle: false });
    expect(result.filter((r) => r.inCycle)).toHaveLength(n);
    expect(result.every((r) => r.status === "amber-red")).toBe(true);
  });
});

describe("rollUp with two links from one objective to the same parent (issue 8, item 5)", () => {
  it("counts each link as a child with its own weight", () => {
    // part links to top twice, weight 1 and weight 3; top also has a green target (weight 1).
    const framework = linkedFramework(
      {
        top: [],
        part: [
          ["top", "1"],
          ["top", "3"],
        ],
      },
      ["top", "part"],
    );
    const [top] = rollUp(framework, rated({ "t-top": "green", "t-part": "red" }), { method: "weighted" });
    // green 100 × 1 + red 0 × 1 + red 0 × 3, over 5: 20.
    expect(top).toMatchObject({ objective: "top", children: 3, score: "20", status: "red" });
    const [reversed] = rollUp(
      linkedFramework(
        {
          top: [],
          part: [
            ["top", "3"],
            ["top", "1"],
          ],
        },
        ["top", "part"],
      ),
      rated({ "t-top": "green", "t-part": "red" }),
      { method: "weighted" },
    );
    expect(reversed?.score).toBe("20");
  });
});

describe("rollUp options (issue 8, item 10)", () => {
  const framework = linkedFramework({ top: [] }, ["top"]);
  const evaluations = rated({ "t-top": "green" });

  it.each([
    [{ scores: { purple: "10" } }, /scores names "purple"/],
    [{ scores: { "no-data": "10" } }, /scores names "no-data"/],
    [{ scores: JSON.parse('{"__proto__": "10"}') as never }, /scores names "__proto__"/],
    [{ scores: { constructor: "10" } as never }, /scores names "constructor"/],
    [{ scores: { toString: "10" } as never }, /scores names "toString"/],
    [{ scores: { red: "abc" } }, /scores\.red "abc" is not a decimal/],
    [{ scores: { red: "-5" } }, /scores\.red "-5" is negative/],
    [{ scores: { red: Number.NaN as never } }, /scores\.red NaN is not a decimal/],
    [{ scores: { red: Number.POSITIVE_INFINITY as never } }, /scores\.red Infinity is not a decimal/],
    [{ scores: "high" as never }, /option scores must be an object/],
    [{ thresholds: { green: "1e3" } }, /thresholds\.green "1e3" is not a decimal/],
    [{ thresholds: { amber: "-1" } }, /thresholds\.amber "-1" is negative/],
    [{ thresholds: JSON.parse('{"__proto__": "10"}') as never }, /thresholds names "__proto__"/],
    [{ thresholds: { valueOf: "10" } as never }, /thresholds names "valueOf"/],
    [{ method: "average" as never }, /unknown roll-up method "average"/],
    [{ method: "constructor" as never }, /unknown roll-up method "constructor"/],
  ])("refuses %j with a TrajectoryError naming the option", (options, message) => {
    for (const method of ["worst", "weighted", "share-green"] as const) {
      // Deliberately malformed, as a JavaScript caller might pass.
      const withMethod = ("method" in options ? options : { ...options, method }) as RollUpOptions;
      expect(() => rollUp(framework, evaluations, withMethod)).toThrow(TrajectoryError);
      expect(() => rollUp(framework, evaluations, withMethod)).toThrow(message);
    }
  });

  it("refuses options that are not an object and evaluations with an unknown status", () => {
    expect(() => rollUp(framework, evaluations, null as never)).toThrow(TrajectoryError);
    expect(() => rollUp(framework, rated({ "t-top": "purple" as never }))).toThrow(/evaluations\[0\]\.status "purple"/);
    expect(() => rollUp(framework, rated({ "t-top": "toString" as never }))).toThrow(TrajectoryError);
  });

  it("accepts finite non-negative numbers and ignores inherited option keys", () => {
    const inherited = Object.create({ method: "weighted", scores: { green: "abc" } }) as never;
    expect(rollUp(framework, evaluations, inherited)[0]).toMatchObject({ method: "worst", status: "green" });
    const [top] = rollUp(framework, evaluations, { method: "weighted", scores: { green: 60 as never } });
    // The number is read as a score (60); the one green child still gives its own status.
    expect(top).toMatchObject({ score: "60", status: "green" });
  });
});

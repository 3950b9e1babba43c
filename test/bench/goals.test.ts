import { describe, expect, it } from "vitest";
import { alternate, formatGoalsTable, type GoalRow, speedUp, toGo } from "../../bench/goals.bench.js";
import { generateAuthority, generateFramework, withUnSmartActions } from "../../bench/generate.js";
import { answersWith, documentsOf, firstDifference, quirkyCsv, spoiled } from "../../scripts/compareBuilds.js";
import * as library from "../../src/index.js";

describe("the goals bench", () => {
  it("alternates the builds' order round by round, so a drift falls on both", () => {
    const order: string[] = [];
    const runs = alternate(4, (side) => {
      order.push(side);
      return order.length;
    });
    expect(order).toEqual(["before", "after", "after", "before", "before", "after", "after", "before"]);
    expect(runs).toEqual({ before: [1, 4, 5, 8], after: [2, 3, 6, 7] });
  });

  it("reads a speed-up as times faster: before over after for times, after over before for rates", () => {
    expect(speedUp({ before: 300, after: 100, better: "lower" })).toBe(3);
    expect(speedUp({ before: 10_000, after: 50_000, better: "higher" })).toBe(5);
  });

  it("prints a row per goal with its target, both figures, the speed-up and whether it is met", () => {
    const rows: GoalRow[] = [
      {
        goal: "the report",
        measure: "performanceReport",
        target: "< 1.5 s",
        unit: "ms",
        better: "lower",
        before: 4_500,
        after: 1_200,
        bound: { figure: 1_500, of: "after" },
        met: true,
        note: "after 1100–1300 ms",
      },
      {
        goal: "statusHistory",
        measure: "first call",
        target: "≥ 2,000,000 statuses/s",
        unit: "statuses/s",
        better: "higher",
        before: 350_000,
        after: 700_000,
        bound: { figure: 2_000_000, of: "after" },
        met: false,
      },
    ];
    const lines = formatGoalsTable(rows).split("\n");
    expect(lines[0]).toMatch(/^goal +target +before +after +speed-up +met +measured$/);
    expect(lines[2]).toMatch(
      /^the report +< 1\.5 s +4,500 ms +1,200 ms +3\.75× +yes +performanceReport; after 1100–1300 ms$/,
    );
    expect(lines[3]).toMatch(
      /^statusHistory +≥ 2,000,000 statuses\/s +350,000\/s +700,000\/s +2\.00× +no, 2\.9× to go +first call$/,
    );
  });

  it("says how far a goal is still to go: a bound on the after figure, or a speed-up", () => {
    const row = { before: 900, after: 300, better: "lower" as const, met: false };
    expect(toGo({ ...row, bound: { figure: 100, of: "after" } })).toBe("3.0× to go");
    expect(toGo({ ...row, bound: { figure: 6, of: "speed-up" } })).toBe("2.0× to go");
    expect(toGo({ ...row, bound: { figure: 3, of: "speed-up" }, met: true })).toBe("met");
    expect(toGo({ before: 1, after: 10, better: "higher", met: false, bound: { figure: 50, of: "after" } })).toBe(
      "5.0× to go",
    );
  });

  it("strips every action's owner and due date, adding two findings an action and nothing else", () => {
    const smart = generateFramework({ objectives: 300 });
    const unSmart = withUnSmartActions(smart);
    const actions = smart.objectives.reduce((sum, objective) => sum + (objective.actions?.length ?? 0), 0);
    expect(actions).toBeGreaterThan(200);
    expect(unSmart.objectives.flatMap((objective) => objective.actions ?? [])).toEqual(
      Array.from({ length: actions }, () => ({ title: "Deliver it" })),
    );
    const before = library.checkCascade(smart).findings;
    const after = library.checkCascade(unSmart).findings;
    expect(after.length - before.length).toBe(2 * actions);
    expect(smart.objectives[10]?.actions?.[0]).toHaveProperty("owner");
  });
});

describe("the builds' comparison (npm run fuzz:compare)", () => {
  it("finds the first path at which two answers part, in document order", () => {
    expect(firstDifference({ a: [1, { b: 2 }], c: 3 }, { a: [1, { b: 2 }], c: 3 })).toBeUndefined();
    expect(firstDifference({ a: [1, { b: 2 }], c: 4 }, { a: [1, { b: 5 }], c: 3 })).toEqual({
      path: "$.a[1].b",
      before: 2,
      after: 5,
    });
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toEqual({ path: "$.a.length", before: 1, after: 2 });
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })?.path).toBe("$ (keys)");
  });

  it("spoils a document the same way for the same seed, into one the parser rejects", () => {
    const document = generateAuthority(5, 1);
    const once = spoiled(document, 7);
    expect(spoiled(document, 7)).toEqual(once);
    expect(once).not.toEqual(document);
    expect(document).toEqual(generateAuthority(5, 1));
    const rejected = documentsOf(4, 3)
      .filter(({ name }) => name.includes("spoiled"))
      .filter(({ document: spoilt }) => !library.safeParseFramework(spoilt).success);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it("asks every engine the same questions in the same order, and two runs of one build agree byte for byte", () => {
    const [first] = documentsOf(8, 8).filter(({ name }) => name.startsWith("reportable"));
    const document = first?.document;
    const once = answersWith(library, document);
    const labels = once.map((answer) => answer.label.replace(/\(.*$/, ""));
    for (const engine of [
      "safeParseFramework",
      "checkCascade",
      "statusHistory ",
      "evaluateFramework",
      "rollUp",
      "impact",
      "performanceReport",
      "renderReportHtml",
      "trajectory",
      "expectedValue",
    ])
      expect(labels).toContain(engine);
    expect(answersWith(library, document)).toEqual(once);
  });

  it("answers an invalid document with its issues, each with a path and a message", () => {
    const [answer, ...rest] = answersWith(library, { id: 1 });
    expect(rest).toEqual([]);
    const parsed = JSON.parse(answer?.text ?? "") as { success: boolean; issues: { path: unknown; message: string }[] };
    expect(parsed.success).toBe(false);
    expect(parsed.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.issues) expect(issue.message).not.toBe("");
  });

  it("writes quirky CSVs the same way for the same seed: quoted commas, quotes and line breaks, CRLF, bad cells", () => {
    const indicators = ["pi-0", "pi-1"];
    const files = Array.from({ length: 100 }, (_, i) => quirkyCsv(i, indicators));
    expect(Array.from({ length: 100 }, (_, i) => quirkyCsv(i, indicators))).toEqual(files);
    const all = files.join("\n");
    for (const quirk of [
      '"Estimated, pending audit"',
      '"Said ""later"""',
      '"two\nlines"',
      "\r\n",
      "\uFEFF",
      "2001-02-30",
      "pi-unknown",
    ])
      expect(all).toContain(quirk);
    expect(files.filter((file) => file.startsWith("indicator,date,value,quality,note")).length).toBeGreaterThan(60);
  });
});

import { describe, expect, it } from "vitest";
import { evaluateFramework, evaluateTarget, indexFramework, renderTrajectorySvg, trajectory } from "../../src/index.js";
import { lastRedRunDate, targetWithMilestones, targetsWithLongRedRun } from "../../bench/shapes.js";
import { defined } from "../helpers/defined.js";

// Issue 19: correctness-and-completion at sizes the old code could not finish in minutes (it
// re-judged a target's whole red run for every evaluation, and re-read every milestone for every
// date). Timings live in the scaling bench, not here.
describe("trajectory growth (issue 19)", () => {
  it("evaluates 3,000 targets, each red for 3,000 dates in a row, counting every run", () => {
    // Before: 9 million exact judgements (about a minute); now a few range tests per target.
    const framework = targetsWithLongRedRun(3_000, 3_000);
    const evaluation = evaluateFramework(framework, { asOf: lastRedRunDate(3_000) });
    expect(evaluation.counts.red).toBe(3_000);
    expect(new Set(evaluation.targets.map((target) => target.consecutiveRed))).toEqual(new Set([3_000]));
  });

  it("charts one target with 6,000 red measurements, each labelled with the status it was given", () => {
    // Before: the chart evaluated the target as of each of its dates, re-judging the run each time (18 million judgements).
    const framework = targetsWithLongRedRun(1, 6_000);
    const svg = renderTrajectorySvg(framework, "t-0", { asOf: lastRedRunDate(6_000) });
    expect(svg.match(/<circle /g)).toHaveLength(6_000);
    // Each point's tooltip says the status it was given; the labels drawn are those with room
    // (issue 21: labels never overlap, so most of 6,000 points in a year go unlabelled).
    expect(svg.match(/\(✖ Red\), [^<]+<\/title><\/circle>/g)).toHaveLength(6_000);
    const labels = svg.match(/class="point-label"[^>]*>[^<]*\(✖ Red\)<\/text>/g) ?? [];
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(200);
    expect(svg).toContain("6000 measurements; the latest");
  });

  it("follows a path of 70,000 milestones: trajectory() at every milestone's date, the chart, an evaluation", () => {
    const framework = targetWithMilestones(70_000);
    const target = defined(framework.targets[0]);
    const milestones = target.milestones ?? [];
    const points = trajectory(
      target,
      milestones.map((milestone) => milestone.date),
    );
    // The path passes exactly through each milestone.
    expect(points.every((point, i) => point.expected === String(Number(defined(milestones[i]).value)))).toBe(true);
    const svg = renderTrajectorySvg(framework, "t", { asOf: "2002-03-31" });
    expect(svg).toContain("<title>Expected path</title>");
    expect(evaluateTarget(indexFramework(framework), "t", { asOf: "2002-03-31" }).expected).not.toBeNull();
  });

  it("counts a revised target's run of 3,000 reds on a path of 20,000 milestones", () => {
    // Before: every judgement of the run rebuilt the revised goal's path of 20,000 milestones.
    const base = targetWithMilestones(20_000);
    const target = defined(base.targets[0]);
    const measurements = Array.from({ length: 3_000 }, (_, i) => ({
      indicator: "pi",
      date: defined(target.milestones?.[i * 5]).date,
      value: "1",
    }));
    const framework = {
      ...base,
      targets: [
        { ...target, revisions: [{ date: "2010-01-01", goal: { ...target.goal, value: "80" }, reason: "Raised" }] },
      ],
      measurements,
    };
    const asOf = defined(measurements.at(-1)).date;
    expect(asOf > "2010-01-01").toBe(true);
    const evaluation = evaluateTarget(framework, "t", { asOf });
    expect([evaluation.status, evaluation.consecutiveRed, evaluation.revision?.reason]).toEqual([
      "red",
      3_000,
      "Raised",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { type DerivedEvidence, deriveEvidence } from "../../src/assessment/index.js";
import { type Framework, evaluateTarget, parseFramework } from "../../src/index.js";
import { deepFreeze, loadExample, minimalFramework } from "../helpers/fixtures.js";

function monitoringFacts(evidence: DerivedEvidence) {
  const found = evidence.responses.find((r) => r.characteristic.endsWith("/monitored-at-every-level"));
  if (found === undefined) throw new Error("no suggestion for monitored-at-every-level");
  return { rating: found.rating, facts: Object.fromEntries(found.facts.map((f) => [f.fact, f])) };
}

/** The minimal framework with its plan and its target both named "x": a quarterly indicator from 31 March 2001, no review cycle, no data. */
const sharedId: Framework = deepFreeze(
  (() => {
    const framework = minimalFramework();
    const [plan] = framework.plans;
    const [objective] = framework.objectives;
    const [target] = framework.targets;
    if (plan === undefined || objective === undefined || target === undefined)
      throw new Error("minimal framework changed");
    return {
      ...framework,
      plans: [{ ...plan, id: "x" }],
      objectives: [{ ...objective, plan: "x" }],
      targets: [{ ...target, id: "x" }],
    };
  })(),
);

describe("deriveEvidence: monitoring and timely identification", () => {
  it("counts a stale figure as out of date: Stockton on 1 April 2003 has no target with current data", () => {
    // Stockton's figures stop at June 2001. By 1 April 2003 every target's next figure is overdue:
    // the eight measured (next quarter or month due six weeks, or for unemployment three, after
    // its end: by 11 November 2001 at the latest) are stale, and t-gcse, t-co2 and t-heart-disease
    // never reported (first figures due, after the example's illustrative lags, 31 October 2001,
    // 31 March 2003 and 30 September 2002). 0 of 11 current: rating 0. (On 31 March 2003 t-co2's
    // first figure is still awaited, not late: 1 of 11.) Youth offending ended on 31 March 2003:
    // its evaluation asks only for the outturn, due 12 May 2003, so it is not stale; but its
    // figures stopped at June 2001, so its data are not current.
    const youth = evaluateTarget(parseFramework(loadExample("stockton")), "t-youth-offending", { asOf: "2003-04-01" });
    expect([youth.stale, youth.outturn?.status]).toEqual([false, "awaiting"]);
    const evidence = deriveEvidence(parseFramework(loadExample("stockton")), { asOf: "2003-04-01" });
    const onTheDay = deriveEvidence(parseFramework(loadExample("stockton")), { asOf: "2003-03-31" });
    expect(monitoringFacts(onTheDay).facts["targets-with-current-data"]?.value).toBe("1/11");
    const { rating, facts } = monitoringFacts(evidence);
    expect(facts["targets-with-current-data"]?.value).toBe("0/11");
    expect(facts["targets-with-current-data-not"]?.ids).toHaveLength(11);
    expect(rating).toBe(0);
  });

  it("counts a target awaiting its first figure as current: it is not late", () => {
    // The first quarter after the 31 March baseline ends on 30 June and its figure is due six weeks
    // (the default 42 days) later, by the end of 11 August.
    const before = monitoringFacts(deriveEvidence(sharedId, { asOf: "2001-08-11" }));
    expect(before.facts["targets-with-current-data"]?.value).toBe("1/1");
    const after = monitoringFacts(deriveEvidence(sharedId, { asOf: "2001-08-12" }));
    expect(after.facts["targets-with-current-data"]?.value).toBe("0/1");
    expect(after.facts["targets-with-current-data-not"]?.ids).toEqual(["x"]);
  });

  it("counts a plan and a target that share an id as two subjects", () => {
    // A review cycle of owners only: plan "x" and target "x" are both unreviewed, 0 of 2 monitored.
    // (With no review cycle at all, coverage is not evidenced: issue 20.)
    const withCycle: Framework = {
      ...sharedId,
      reviewCycles: [{ id: "rc", name: "Owners' appraisal", frequency: "annual", appliesTo: { kind: "owner" } }],
    };
    const { facts } = monitoringFacts(deriveEvidence(withCycle, { asOf: "2001-06-30" }));
    expect(facts.monitored?.value).toBe("0/2");
    expect(facts.monitored?.message).toBe("0 of 2 plans and targets are covered by a review cycle and not overdue.");
    expect(facts["monitored-not"]).toEqual({
      fact: "monitored-not",
      value: 2,
      ids: ["x", "x"],
      message: "Not: plan x, target x.",
    });
  });

  it("says 'is' of one subject monitored: a quarterly cycle of plans, its first review not yet due", () => {
    const plansOnly: Framework = {
      ...sharedId,
      reviewCycles: [{ id: "rc", name: "Plan reviews", frequency: "quarterly", appliesTo: { kind: "plan" } }],
    };
    const { facts } = monitoringFacts(deriveEvidence(plansOnly, { asOf: "2001-06-30" }));
    expect(facts.monitored).toMatchObject({
      value: "1/2",
      message: "1 of 2 plans and targets is covered by a review cycle and not overdue.",
    });
    expect(facts["monitored-not"]?.message).toBe("Not: target x.");
  });
});

import { describe, expect, it } from "vitest";
import { type Evaluation, TrajectoryError, evaluateFramework, parseFramework, rollUp } from "../../src/index.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";
import { linkedFramework } from "./rollUpFixtures.js";

const stockton = deepFreeze(parseFramework(loadExample("stockton")));

function byId(asOf: string, rollUpOptions = {}) {
  const evaluation = evaluateFramework(stockton, { asOf, rollUp: rollUpOptions });
  return new Map(evaluation.objectives.map((o) => [o.objective, o]));
}

describe("roll-ups that tell the truth about outcomes (issue 20)", () => {
  it("an objective with its own outcome target leads with it; what serves it is delivery confidence beside it", () => {
    const o = byId("2001-10-01");
    // Zero homelessness (34 households in June against a path from 40 to 0: green) is the well-being strand's own
    // outcome target. The offers of accommodation (84% against 100%) and the re-lets (79%) are red: they are
    // delivery confidence, not the outcome. The old roll-up called the strand red.
    expect(o.get("cp-wellbeing")).toMatchObject({ status: "green", outcome: "green", delivery: "red" });
    // Street cleanliness (89.5% against 89.7% expected: amber) leads its corporate objective; the zone/patch
    // objective (91.2%, amber) serving it is its delivery confidence.
    expect(o.get("co-street-cleanliness")).toMatchObject({ status: "amber", outcome: "amber", delivery: "amber" });
    // An objective with no outcome target of its own is rated on its children as before.
    expect(o.get("so-homeless-offers")).toMatchObject({ status: "red", outcome: null, delivery: "red" });
    expect(o.get("cp-environment")).toMatchObject({ status: "amber", outcome: null, delivery: "amber" });
    // An objective with nothing below it at all has no delivery to report.
    expect(o.get("io-key-tags")).toMatchObject({ status: "no-data", outcome: null, delivery: null });
  });

  it("partner-delivered (indirect) contributions are shown, and do not move the council's own rating unless asked", () => {
    // Stockton's unemployment target is green; the New Deal objective (amber) serves it over an indirect link,
    // delivered with the Employment Service: shown as partner-delivered, not folded into delivery confidence.
    const o = byId("2001-10-01");
    const unemployment = o.get("co-unemployment");
    expect(unemployment?.partnerDelivered.amber).toBe(1);
    expect(unemployment?.counts.amber).toBe(1);
    // It has nothing of the council's own beside the outcome: its delivery confidence is the partners' (all there is).
    expect(unemployment).toMatchObject({ status: "green", delivery: "amber" });
    // The well-being strand: youth offending (green) is delivered with the Youth Offending Team, so its
    // delivery confidence rests on the council's own offers of accommodation (red) alone.
    const wellbeing = o.get("cp-wellbeing");
    expect(wellbeing?.partnerDelivered).toMatchObject({ green: 1 });
    // A constructed case where the partner's red would drag the council's green.
    const framework = {
      ...linkedFramework({ top: [], own: ["top"], partner: [] }, ["own", "partner"]),
    };
    const withIndirect = {
      ...framework,
      objectives: framework.objectives.map((objective) =>
        objective.id === "partner"
          ? { ...objective, contributesTo: [{ objective: "top", link: "indirect" as const, partners: ["police"] }] }
          : objective,
      ),
    };
    const evaluations = [
      { target: "t-own", status: "green" },
      { target: "t-partner", status: "red" },
    ] as Evaluation[];
    const [top] = rollUp(withIndirect, evaluations);
    expect(top).toMatchObject({ status: "green", delivery: "green", children: 2 });
    expect(top?.partnerDelivered.red).toBe(1);
    const [included] = rollUp(withIndirect, evaluations, { includeIndirect: true });
    expect(included).toMatchObject({ status: "red", delivery: "red" });
    // The same framework with the link direct: the red drags, as before.
    expect(
      rollUp(linkedFramework({ top: [], own: ["top"], partner: ["top"] }, ["own", "partner"]), evaluations)[0]?.status,
    ).toBe("red");
  });

  it("says when a status comes wholly from partner-delivered contributions (ratedOnPartners)", () => {
    const o = byId("2001-10-01");
    // The regeneration aim has no target of its own and one contribution, the unemployment objective
    // (green), delivered with the Employment Service: its green is the partners' alone.
    expect(o.get("cp-regeneration")).toMatchObject({ status: "green", ratedOnPartners: true, children: 1 });
    expect(o.get("cp-regeneration")?.partnerDelivered.green).toBe(1);
    // Health likewise: heart disease, delivered with the primary care trust, awaits its first figure.
    expect(o.get("cp-health")).toMatchObject({ status: "awaiting-data", ratedOnPartners: true });
    // Unemployment has its own (outcome) target beside the partner-delivered New Deal: not the partners'.
    expect(o.get("co-unemployment")?.ratedOnPartners).toBe(false);
    // Well-being has its own outcome target and own contributions beside youth offending's: not the partners'.
    expect(o.get("cp-wellbeing")?.ratedOnPartners).toBe(false);
    // Asked in, the partners are still all there is for regeneration.
    expect(byId("2001-10-01", { includeIndirect: true }).get("cp-regeneration")?.ratedOnPartners).toBe(true);
    // An objective with nothing below it is rated on nothing, partners included.
    expect(o.get("io-key-tags")?.ratedOnPartners).toBe(false);
  });

  it("each aim counts every target beneath it by status; other objectives have none", () => {
    const o = byId("2001-10-01");
    // The well-being aim: zero homelessness and youth offending green, the offers and re-lets red.
    expect(o.get("cp-wellbeing")?.beneath).toMatchObject({ green: 2, red: 2, amber: 0, "no-data": 0 });
    // Environment: street and zone cleanliness amber, CO2 awaiting its first annual figure.
    expect(o.get("cp-environment")?.beneath).toMatchObject({ amber: 2, "awaiting-data": 1, green: 0 });
    expect(o.get("cp-regeneration")?.beneath).toMatchObject({ green: 1, amber: 1 });
    expect(o.get("co-street-cleanliness")?.beneath).toBeNull();
    // Every target is beneath exactly one of Stockton's five aims.
    const total = [...o.values()]
      .flatMap((r) => (r.beneath === null ? [] : Object.values(r.beneath)))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(stockton.targets.length);
  });

  it("rolls progress up, weighted, clamped, polarity-aware, with hand-worked Stockton figures", () => {
    const o = byId("2001-10-01");
    // Re-lets: 70% to 100%, at 79%: 9/30 = 30%. The void officer's objective has no target: left out, not 0.
    expect(o.get("uo-relet-28-days")?.progress).toBe("30");
    expect(o.get("io-void-turnaround")?.progress).toBeNull();
    // Offers: 82% to 100%, at 84%: 2/18 = 11.1̇%; with the re-lets' 30%: (11.1̇ + 30) / 2 = 20.5̇%.
    expect(o.get("so-homeless-offers")?.progress).toBe("20.5555555556");
    // Zero homelessness, lower is better: 40 to 0 households, at 34: 6/40 = 15%; with the offers: (15 + 20.5̇) / 2.
    // Youth offending (250 to 225, at 243: 28%) is partner-delivered and left out.
    expect(o.get("cp-wellbeing")?.progress).toBe("17.7777777778");
    // Asked in: (15 + 20.5̇ + 28) / 3 = 21.185̇.
    expect(byId("2001-10-01", { includeIndirect: true }).get("cp-wellbeing")?.progress).toBe("21.1851851852");
    // Unemployment: 6.3% against "below 6.6%" (baseline 6.5%) is met for a lower-is-better indicator: 100%, not the
    // −200% that baseline-to-goal arithmetic gives.
    expect(o.get("co-unemployment")?.progress).toBe("100");
    // CO2 awaits its first figure: its objective has no progress, never 0%.
    expect(o.get("co-co2")?.progress).toBeNull();
    expect(o.get("cp-environment")?.progress).toBe(o.get("co-street-cleanliness")?.progress);
    // Street cleanliness 88% to 95% at 89.5% (21.428571…%) and the zone 90% to 95% at 91.2% (24%): 22.7142857143%.
    expect(o.get("co-street-cleanliness")?.progress).toBe("22.7142857143");
  });

  it("weights progress by target and contribution weights, keeping a weight of 0", () => {
    const framework = linkedFramework(
      {
        top: [],
        a: [["top", "3"]],
        b: [["top", "1"]],
        c: [["top", "0"]],
      },
      ["a", "b", "c"],
    );
    const evaluations = [
      { target: "t-a", status: "green", progressPercent: "40" },
      { target: "t-b", status: "amber", progressPercent: "120" },
      { target: "t-c", status: "red", progressPercent: "-50" },
    ] as Evaluation[];
    const [top, a, b, c] = rollUp(framework, evaluations);
    // (40 × 3 + 100 × 1 + 0 × 0) / (3 + 1 + 0) = 55: b clamped to 100, c to 0 and weighted 0.
    expect([top?.progress, a?.progress, b?.progress, c?.progress]).toEqual(["55", "40", "100", "0"]);
  });

  it("rejects a progressPercent that is not a decimal string", () => {
    const framework = linkedFramework({ top: [] }, ["top"]);
    expect(() => rollUp(framework, [{ target: "t-top", status: "green", progressPercent: "lots" }])).toThrow(
      TrajectoryError,
    );
    expect(() => rollUp(framework, [], { includeIndirect: "yes" as unknown as boolean })).toThrow(
      /includeIndirect "yes" must be true or false/u,
    );
  });
});

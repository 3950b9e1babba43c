import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DataQuality,
  type Evaluation,
  type Framework,
  type RollUpMethod,
  type Status,
  evaluateFramework,
  rollUp,
} from "../../src/index.js";
import { defined } from "../helpers/defined.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";
import { linkedFramework, rated } from "./rollUpFixtures.js";

const METHODS: readonly RollUpMethod[] = ["worst", "weighted", "share-green"];
const RATED_STATUSES: readonly Status[] = ["blue", "green", "amber-green", "amber", "amber-red", "red"];

/** Evaluations with statuses and qualities (a roll-up reads only these). */
function withQuality(entries: Readonly<Record<string, readonly [Status, DataQuality | null]>>): Evaluation[] {
  return Object.entries(entries).map(([target, [status, quality]]) => ({ target, status, quality }) as Evaluation);
}

describe("roll-ups as councils read them (issue 9)", () => {
  it("a single rated child gives its own status under every method", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATED_STATUSES),
        fc.constantFrom(...METHODS),
        fc.integer({ min: 0, max: 3 }),
        (status, method, unrated) => {
          // One rated target, and up to three unrated ones beside it.
          const others = ["u1", "u2", "u3"].slice(0, unrated);
          const framework = linkedFramework({ top: [], ...Object.fromEntries(others.map((o) => [o, ["top"]])) }, [
            "top",
            ...others,
          ]);
          const evaluations = rated({
            "t-top": status,
            ...Object.fromEntries(others.map((o) => [`t-${o}`, "no-data"])),
          });
          const top = rollUp(deepFreeze(framework), evaluations, { method }).find((r) => r.objective === "top");
          expect(top?.status).toBe(status);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("children that agree give their status: ten amber targets are amber under share-green, not 0% green and red", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `o${String(i)}`);
    const framework = linkedFramework({ top: [], ...Object.fromEntries(ids.map((id) => [id, ["top"]])) }, ids);
    const evaluations = rated(Object.fromEntries(ids.map((id) => [`t-${id}`, "amber"])));
    for (const method of METHODS) {
      expect(rollUp(framework, evaluations, { method })[0]).toMatchObject({ objective: "top", status: "amber" });
    }
    // The share is still reported: none of ten is green.
    expect(rollUp(framework, evaluations, { method: "share-green" })[0]?.score).toBe("0");
  });

  it("share-green with few children moves in large steps, as documented", () => {
    const framework = linkedFramework({ top: [], a: ["top"], b: ["top"], c: ["top"] }, ["a", "b", "c"]);
    const share = (statuses: Readonly<Record<string, Status>>) =>
      rollUp(framework, rated(statuses), { method: "share-green" })[0];
    // One green, one amber: 1 of 2 is 50%, at the amber threshold (50): amber.
    expect(share({ "t-a": "green", "t-b": "amber" })).toMatchObject({ score: "50", status: "amber" });
    // One green of three: 33.3%, below 50: red, though no child is red.
    expect(share({ "t-a": "green", "t-b": "amber", "t-c": "amber" })).toMatchObject({
      score: "33.3333333333",
      status: "red",
    });
  });

  it("counts the rated children that rest on provisional or estimated data, up the cascade", () => {
    const framework = linkedFramework({ top: [], svc: ["top"], team: ["svc"], other: ["top"] }, [
      "svc",
      "team",
      "other",
    ]);
    const evaluations = withQuality({
      "t-team": ["green", "estimate"],
      "t-svc": ["amber", "validated"],
      "t-other": ["no-data", "provisional"],
    });
    const byId = new Map(rollUp(framework, evaluations).map((r) => [r.objective, r]));
    // team: its one target is an estimate. svc: its target is validated, team rests on an estimate: 1.
    expect(byId.get("team")?.provisional).toBe(1);
    expect(byId.get("svc")?.provisional).toBe(1);
    // top: svc (rated, resting on an estimate) counts; other is no-data, so its provisional figure does not.
    expect(byId.get("top")?.provisional).toBe(1);
    expect(byId.get("other")?.provisional).toBe(0);
    // Without qualities (plain statuses), nothing is provisional.
    expect(rollUp(framework, rated({ "t-team": "green" })).every((r) => r.provisional === 0)).toBe(true);
  });

  it("evaluateFramework carries the provisional counts, the same with either detail", () => {
    const framework: Framework = {
      id: "fw",
      name: "Provisional",
      owners: [],
      plans: [{ id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
      objectives: [
        { id: "top", plan: "cp", title: "Top" },
        { id: "part", plan: "cp", title: "Part", contributesTo: [{ objective: "top" }] },
      ],
      indicators: [
        {
          id: "pi",
          title: "Unemployment",
          unit: "%",
          polarity: "lower-is-better",
          measure: "outcome",
          frequency: "monthly",
        },
      ],
      targets: [
        {
          id: "t-top",
          objective: "top",
          indicator: "pi",
          baseline: { date: "2001-01-31", value: "6.5" },
          goal: { date: "2002-01-31", value: "6.0" },
        },
        {
          id: "t-part",
          objective: "part",
          indicator: "pi",
          baseline: { date: "2001-01-31", value: "6.5" },
          goal: { date: "2002-01-31", value: "6.0" },
        },
      ],
      // Stockton's June figure was provisional (seed 5.3.5.3's unemployment target).
      measurements: [{ indicator: "pi", date: "2001-06-30", value: "6.3", quality: "provisional" }],
    };
    const full = evaluateFramework(framework, { asOf: "2001-07-15" });
    const fast = evaluateFramework(framework, { asOf: "2001-07-15", detail: "status" });
    expect(full.provisional).toBe(2);
    expect(fast.provisional).toBe(2);
    // The status kernel works out statuses only: no progress.
    expect(fast.objectives).toEqual(full.objectives.map((o) => ({ ...o, progress: null })));
    const top = defined(full.objectives.find((o) => o.objective === "top"));
    // Its own target and the contributing objective both rest on the provisional June figure.
    expect(top.provisional).toBe(2);
    // Before the June figure nothing is rated, so nothing rests on it.
    expect(evaluateFramework(framework, { asOf: "2001-05-31" }).provisional).toBe(0);
  });
});

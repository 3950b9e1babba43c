import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  byId,
  changed,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a self-link is contribution-cycle's business",
      framework: changed((f) => byId(f.objectives, "svc-obj").contributesTo?.push({ objective: "svc-obj" })),
    },
    {
      name: "a hand-off at one level that then climbs (the receptionist's knot, then the repairs, seed 5.3.5.6)",
      framework: patched({
        add: { objectives: [{ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }] },
      }),
    },
    {
      name: "a chain of hand-offs at one level that climbs at its end",
      framework: patched({
        add: {
          objectives: [
            { id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "s3" }] },
            { id: "s3", plan: "svc", title: "S3", contributesTo: [{ objective: "s4" }] },
            { id: "s4", plan: "svc", title: "S4", contributesTo: [{ objective: "s3" }, { objective: "svc-obj" }] },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a service objective handing off to one that serves nothing higher",
      framework: patched({
        add: {
          objectives: [
            { id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "s3" }] },
            { id: "s3", plan: "svc", title: "S3" },
          ],
        },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "lateral",
          subject: { kind: "objective", id: "s2" },
          path: ["s2", "s3"],
          data: { from: "s2", to: "s3", level: "service" },
          message:
            'Objective "s2" contributes to "s3" at its own (service) level, and the chain from "s3" never climbs higher: link it to the higher-level objective it serves, so the cascade runs from plan to plan.',
        },
      ],
    },
    {
      name: "a loop at one level that never climbs: each link in it",
      framework: patched({
        add: {
          objectives: [
            { id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "s3" }] },
            { id: "s3", plan: "svc", title: "S3", contributesTo: [{ objective: "s2" }] },
          ],
        },
      }),
      findings: [{ path: ["s2", "s3"] }, { path: ["s3", "s2"] }],
    },
    {
      name: "an objective that climbs itself but also hands off sideways to a dead end",
      framework: patched({
        add: { objectives: [{ id: "s3", plan: "svc", title: "S3" }] },
        objectives: { "svc-obj": { contributesTo: [{ objective: "corp-obj" }, { objective: "s3" }] } },
      }),
      findings: [{ path: ["svc-obj", "s3"] }],
    },
  ],
};

describe("rule lateral-link", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("lateral-link", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("lateral-link", c);
    expect(found).toMatchObject(expectedFindings("lateral-link", c));
    expect(wellWorded(found)).toBe(true);
  });
});

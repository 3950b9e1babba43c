import { describe, expect, it } from "vitest";
import type { Framework } from "../../../src/index.js";
import {
  BASE_AS_OF,
  baseFramework,
  type Patch,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

/** The council itself: an organisation the cabinet is part of. */
const COUNCIL = { id: "council", name: "The council", kind: "organisation" } as const;
/** The base framework with the council added, the cabinet part of it. */
function withCouncil(patch: Patch): Framework {
  return patched({ ...patch, owners: { ...patch.owners, cabinet: { partOf: "council" } }, add: { owners: [COUNCIL] } });
}

const cases: RuleCases = {
  valid: [
    {
      name: "the base framework: targets inherit their objectives' owners",
      framework: baseFramework(),
      asOf: BASE_AS_OF,
    },
    {
      name: "a target inherits its plan's owner when its objective has none",
      framework: patched({ objectives: { "svc-obj": { owner: undefined } } }),
    },
    {
      name: "a target owned in its own right",
      framework: patched({
        objectives: { "svc-obj": { owner: undefined } },
        plans: { svc: { owner: undefined } },
        targets: { "t-svc": { owner: "director" } },
      }),
    },
    {
      // "partner" is an organisation no owner is part of: a partner organisation, not the council itself.
      name: "a target owned by a partner organisation",
      framework: patched({ targets: { "t-svc": { owner: "partner" } } }),
    },
    {
      name: "a target owned by a team of the council, the council also listed",
      framework: withCouncil({ targets: { "t-svc": { owner: "cabinet" } } }),
    },
  ],
  invalid: [
    {
      name: "no owner on the target, its objective or its plan",
      framework: patched({ objectives: { "svc-obj": { owner: undefined } }, plans: { svc: { owner: undefined } } }),
      findings: [
        {
          severity: "error",
          messageId: "unowned",
          subject: { kind: "target", id: "t-svc" },
          message:
            "Target \"t-svc\" has no owner, neither its own nor its objective's or plan's: every target must be owned, by an individual or collectively by a team, with specific responsibility for delivering it.",
        },
      ],
    },
    {
      name: "a target whose objective does not exist",
      framework: patched({ targets: { "t-svc": { objective: "missing" } } }),
      findings: [{ subject: { kind: "target", id: "t-svc" } }],
    },
    {
      name: "a target owned in its own right by the whole organisation",
      framework: withCouncil({ targets: { "t-svc": { owner: "council" } } }),
      findings: [
        {
          severity: "error",
          messageId: "wholeOrganisation",
          subject: { kind: "target", id: "t-svc" },
          data: { target: "t-svc", owner: "council", via: "its own owner" },
          related: [{ kind: "owner", id: "council" }],
        },
      ],
    },
    {
      // Both objective and plan owned by the council: the target inherits its objective's owner.
      name: "a target inheriting the whole organisation from its objective",
      framework: withCouncil({ objectives: { "svc-obj": { owner: "council" } }, plans: { svc: { owner: "council" } } }),
      findings: [
        {
          messageId: "wholeOrganisation",
          subject: { kind: "target", id: "t-svc" },
          data: { via: "its objective's owner" },
        },
      ],
    },
  ],
};

describe("rule unowned-target", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unowned-target", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unowned-target", c);
    expect(found).toMatchObject(expectedFindings("unowned-target", c));
    expect(wellWorded(found)).toBe(true);
  });
});

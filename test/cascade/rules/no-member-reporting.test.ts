import { describe, expect, it } from "vitest";
import { type Owner, parseFramework } from "../../../src/index.js";
import { jsonCopy, loadExample } from "../../helpers/fixtures.js";
import {
  BASE_AS_OF,
  baseFramework,
  byId,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

/** The base framework with its quarterly target report going to `reviewer` instead of the cabinet. */
function reportingTo(reviewer: string | undefined, ...owners: Owner[]): ReturnType<typeof baseFramework> {
  return patched({ reviewCycles: { "rc-targets": { reviewer } }, add: { owners } });
}

const NO_MEMBERS = [
  { severity: "warning", messageId: "noMembers", subject: { kind: "framework", id: "base" } },
] as const;

const cases: RuleCases = {
  valid: [
    // The base's cabinet counts: the member "cllr" is partOf it.
    {
      name: "the base framework: the cabinet, which a member is part of",
      framework: baseFramework(),
      asOf: BASE_AS_OF,
    },
    { name: "a member reviewing in person", framework: reportingTo("cllr") },
    {
      // Spelthorne's "members": a team with no member owners listed, marked elected.
      name: "a team marked elected, no member listed",
      framework: reportingTo("members", { id: "members", name: "Elected members", kind: "team", elected: true }),
    },
    {
      name: "a scrutiny partnership a member is part of",
      framework: reportingTo(
        "scrutiny",
        { id: "scrutiny", name: "Scrutiny panel", kind: "partnership" },
        { id: "chair", name: "Scrutiny chair", kind: "member", partOf: "scrutiny" },
      ),
    },
    {
      name: "a framework with no plans is not judged",
      framework: patched({ replace: { plans: [], reviewCycles: [] } }),
    },
  ],
  invalid: [
    {
      name: "the quarterly report goes to an officer",
      framework: reportingTo("director"),
      findings: [{ ...NO_MEMBERS[0], data: { framework: "base" } }],
    },
    { name: "no cycle names a reviewer", framework: reportingTo(undefined), findings: NO_MEMBERS },
    { name: "no review cycles at all", framework: patched({ replace: { reviewCycles: [] } }), findings: NO_MEMBERS },
    {
      // Names do not count: a team called "Members" with neither member owners nor `elected`.
      name: "a team named members, with no member part of it and not marked elected",
      framework: reportingTo("members", { id: "members", name: "Elected members", kind: "team" }),
      findings: NO_MEMBERS,
    },
    {
      // A member partOf an organisation does not make the whole organisation a body of members.
      name: "an organisation a member is part of",
      framework: reportingTo(
        "council",
        { id: "council", name: "The council", kind: "organisation" },
        { id: "cllr-2", name: "Councillor", kind: "member", partOf: "council" },
      ),
      findings: NO_MEMBERS,
    },
    {
      name: "a reviewer that names no owner",
      framework: reportingTo("nobody"),
      findings: NO_MEMBERS,
    },
  ],
};

describe("rule no-member-reporting", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("no-member-reporting", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("no-member-reporting", c);
    expect(found).toMatchObject(expectedFindings("no-member-reporting", c));
    expect(wellWorded(found)).toBe(true);
  });
});

describe("no-member-reporting on Spelthorne", () => {
  // Spelthorne's "members" team receives the end of year report (rc-end-of-year-report), but no owner of
  // kind member is part of it: the example says it is a body of elected members once it is marked elected.
  it("counts the members team once it is marked elected", () => {
    const example = parseFramework(loadExample("spelthorne"));
    const asIs = byId(example.owners, "members").elected === true ? 0 : 1;
    expect(
      ruleFindings("no-member-reporting", { name: "as is", framework: jsonCopy(example), asOf: "2001-10-01" }),
    ).toHaveLength(asIs);
    const marked = jsonCopy(example);
    byId(marked.owners, "members").elected = true;
    expect(ruleFindings("no-member-reporting", { name: "marked", framework: marked, asOf: "2001-10-01" })).toEqual([]);
  });
});

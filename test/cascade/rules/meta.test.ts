import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Severity, builtInRules } from "../../../src/index.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The rule table: each built-in rule's id, default severity, seed section and message ids. */
const RULES: readonly (readonly [id: string, severity: Severity, seedRef: string, messageIds: readonly string[]])[] = [
  ["duplicate-id", "error", "4.3", ["duplicate", "duplicateAction", "duplicateMeasurement", "duplicateReview"]],
  ["dangling-reference", "error", "4.3", ["missing", "missingSubject", "ambiguousSubject", "subjectOutsideCycle"]],
  ["contribution-cycle", "error", "5.3.5.6", ["cycle"]],
  ["orphan-objective", "error", "4.3", ["unlinked", "dangling", "loop", "broken"]],
  ["level-order", "error", "5.3.5.4", ["objective", "plan"]],
  ["plan-without-parent", "warning", "5.3.5.4", ["noParent"]],
  ["lateral-link", "warning", "3.4.1.2", ["lateral"]],
  ["unowned-objective", "warning", "2.2.2 iii", ["unowned"]],
  ["unowned-target", "error", "2.2.2 iii", ["unowned", "wholeOrganisation"]],
  ["objective-without-measure", "warning", "4.3", ["unmeasured"]],
  [
    "smart",
    "warning",
    "5.3.5.1",
    [
      "measurable",
      "timeOrder",
      "timePeriod",
      "timeHorizon",
      "revisionTimeOrder",
      "revisionTimePeriod",
      "timeMilestone",
      "achievablePercent",
      "achievableBounds",
      "achievableBaseline",
      "achievableBand",
    ],
  ],
  ["undemanding-target", "warning", "2.2.2 ii", ["decline", "standStill", "stretchShort"]],
  ["deadline-after-parent", "warning", "5.3.5.4", ["late"]],
  ["too-many-indicators", "warning", "2.2.2 ii", ["tooMany"]],
  ["idle-indicator", "info", "5.4.4", ["idle"]],
  [
    "unbalanced-measures",
    "warning",
    "2.2.2 ii",
    ["noLongTerm", "noShortTerm", "noFinancial", "noNonFinancial", "narrowMix"],
  ],
  ["missing-perspective", "info", "3.3.3", ["missing"]],
  ["no-action-plan", "warning", "4.3", ["noActions"]],
  [
    "action-plan-smart",
    "warning",
    "5.4.5",
    [
      "noOwner",
      "noDue",
      "overdue",
      "noCompleted",
      "correctiveNoOwner",
      "correctiveNoDue",
      "correctiveOverdue",
      "correctiveNoCompleted",
    ],
  ],
  ["no-resources", "info", "5.3.1.1", ["noBudget", "objectiveNoResources"]],
  ["budget-without-holder", "warning", "5.3.6.1", ["noHolder"]],
  ["budget-period-gap", "warning", "5.3.6.1", ["planBudget", "lineYears"]],
  ["unbudgeted-spend", "error", "3.4.4", ["noLine", "noYear"]],
  ["indirect-without-partners", "warning", "5.3.5.8", ["noPartners"]],
  ["unreviewed", "warning", "5.3.4.1", ["plan", "target"]],
  ["review-overdue", "warning", "5.3.4", ["overdue", "never"]],
  ["review-without-data", "warning", "5.3.4.1", ["stale", "never"]],
  ["no-member-reporting", "warning", "6.1", ["noMembers"]],
  ["unmeasured", "info", "5.3.4.1", ["unmeasured"]],
];

describe("the built-in rules' metadata, one table", () => {
  it("lists every built-in rule, in order", () => {
    expect(builtInRules.map((rule) => rule.id)).toEqual(RULES.map(([id]) => id));
  });

  it.each(RULES)("%s: default %s, seed %s, messages %j, a docs page", (id, severity, seedRef, messageIds) => {
    const rule = builtInRules.find((candidate) => candidate.id === id);
    expect(rule?.meta.defaultSeverity).toBe(severity);
    expect(rule?.meta.seedRef).toBe(seedRef);
    expect(Object.keys(rule?.meta.messages ?? {})).toEqual(messageIds);
    for (const message of Object.values(rule?.meta.messages ?? {})) expect(message).toMatch(/[.:]/);
    expect(rule?.meta.description).toMatch(/\.$/);
    expect(rule?.meta.docs).toBe(`docs/rules/${id}.md`);
    expect(existsSync(`${root}docs/rules/${id}.md`)).toBe(true);
  });
});

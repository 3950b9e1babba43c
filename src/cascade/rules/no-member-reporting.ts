import { defineRule } from "../defineRule.js";
import { isElected, partOfIds } from "./owners.js";

/**
 * `no-member-reporting`: no review cycle is conducted by elected members (seed 6.1, critical
 * success factor 7): no cycle's `reviewer` is an owner of kind `member`, an owner marked `elected`, or
 * a team or partnership that an owner of kind `member` is `partOf`. Decided by structure, never by
 * names. A framework with no plans is not judged.
 *
 * @category Cascade rules
 * @example
 * import { noMemberReporting } from "performance-management/cascade";
 * noMemberReporting.meta.seedRef //=> "6.1"
 */
export const noMemberReporting = defineRule({
  id: "no-member-reporting",
  meta: {
    description: "No review cycle's reviewer is an elected member, the executive, scrutiny or another body of members.",
    defaultSeverity: "warning",
    seedRef: "6.1",
    messages: {
      noMembers:
        'Framework "{{framework}}" has no review cycle whose reviewer is an elected member or a body of members (the executive, scrutiny, the council): report performance to members, so they can take effective decisions on it.',
    },
    docs: "docs/rules/no-member-reporting.md",
  },
  check(context) {
    const { index } = context;
    if (index.plans.size === 0) return;
    const withMembers = partOfIds(index, (owner) => owner.kind === "member");
    for (const cycle of index.reviewCycles.values()) {
      const reviewer = index.owners.get(cycle.reviewer ?? "");
      if (reviewer !== undefined && isElected(reviewer, withMembers)) return;
    }
    const framework = index.framework.id;
    context.report({ messageId: "noMembers", subject: { kind: "framework", id: framework }, data: { framework } });
  },
});

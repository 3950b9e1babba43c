import { defineRule } from "../defineRule.js";
import { partOfIds } from "./owners.js";

/** Where the owner came from, in a message. */
const VIA = { target: "its own owner", objective: "its objective's owner", plan: "its plan's owner" } as const;

/**
 * `unowned-target`: a target has no owner, neither its own nor inherited from its objective or plan;
 * or its only owner is the whole organisation: an owner of kind `organisation` that another owner is
 * `partOf` (the council itself, not a partner organisation), which is no individual, unit or team.
 *
 * @category Cascade rules
 * @example
 * import { unownedTarget } from "performance-management/cascade";
 * unownedTarget.meta.seedRef //=> "2.2.2 iii"
 */
export const unownedTarget = defineRule({
  id: "unowned-target",
  meta: {
    description:
      "A target has no owner, neither its own nor inherited from its objective or plan, or only the whole organisation owns it.",
    defaultSeverity: "error",
    seedRef: "2.2.2 iii",
    messages: {
      unowned:
        "Target \"{{target}}\" has no owner, neither its own nor its objective's or plan's: every target must be owned, by an individual or collectively by a team, with specific responsibility for delivering it.",
      wholeOrganisation:
        'Target "{{target}}" is owned only by the whole organisation "{{owner}}" ({{via}}): give it to an individual, unit or team with specific responsibility for delivering it.',
    },
    docs: "docs/rules/unowned-target.md",
  },
  check(context) {
    const { index } = context;
    let containers: Set<string> | undefined;
    for (const target of index.targets.values()) {
      const subject = { kind: "target", id: target.id } as const;
      const resolved = index.ownerOf("target", target.id);
      if (resolved === undefined) {
        context.report({ messageId: "unowned", subject, data: { target: target.id } });
        continue;
      }
      if (index.owners.get(resolved.owner)?.kind !== "organisation") continue;
      containers ??= partOfIds(index);
      if (!containers.has(resolved.owner)) continue;
      context.report({
        messageId: "wholeOrganisation",
        subject,
        data: { target: target.id, owner: resolved.owner, via: VIA[resolved.from] },
        related: [{ kind: "owner", id: resolved.owner }],
      });
    }
  },
});

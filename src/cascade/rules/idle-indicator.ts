import { defineRule } from "../defineRule.js";

/**
 * `idle-indicator`: an indicator with neither a target nor any measurement: defined, but it
 * neither measures progress nor informs anyone.
 *
 * @category Cascade rules
 * @example
 * import { idleIndicator } from "performance-management/cascade";
 * idleIndicator.meta.defaultSeverity //=> "info"
 */
export const idleIndicator = defineRule({
  id: "idle-indicator",
  meta: {
    description: "An indicator has neither a target nor any measurement.",
    defaultSeverity: "info",
    seedRef: "5.4.4",
    messages: {
      idle: 'Indicator "{{indicator}}" has no target and no measurement: set a target on it, start measuring it, or drop it rather than keep an indicator nobody uses.',
    },
    docs: "docs/rules/idle-indicator.md",
  },
  check(context) {
    const { index } = context;
    const targeted = new Set<string>();
    for (const target of index.targets.values()) targeted.add(target.indicator);
    for (const target of index.targets.values())
      if (target.comparator !== undefined) targeted.add(target.comparator.indicator);
    for (const indicator of index.indicators.values()) {
      if (targeted.has(indicator.id) || index.measurementsByIndicator.has(indicator.id)) continue;
      context.report({
        messageId: "idle",
        subject: { kind: "indicator", id: indicator.id },
        data: { indicator: indicator.id },
      });
    }
  },
});

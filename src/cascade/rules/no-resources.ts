import type { Id } from "../../model/index.js";
import { planLevelRank } from "../../model/levels.js";
import { defineRule } from "../defineRule.js";

/** The rank of the service level: objectives at it and below are asked for resources of their own. */
const SERVICE_RANK = planLevelRank("service");

/**
 * `no-resources`: a service plan has no resources identified: no `budget`, and no line of the
 * medium-term financial plan keyed to it or to one of its objectives ("no identification of
 * resources required"). Where the framework keys its budgets to objectives (it has budget lines),
 * also an objective with targets, at service level or below, that no money reaches: no line keyed
 * to it, to an objective it contributes to or that contributes to it, or to its plan as a whole.
 * (A corporate or community objective is resourced through the service plans that deliver it.)
 *
 * @category Cascade rules
 * @example
 * import { noResources } from "performance-management/cascade";
 * noResources.meta.seedRef //=> "5.3.1.1"
 */
export const noResources = defineRule({
  id: "no-resources",
  meta: {
    description: "A service plan, or an objective with targets, has no resources identified.",
    defaultSeverity: "info",
    seedRef: "5.3.1.1",
    messages: {
      noBudget:
        'Service plan "{{plan}}" has no budget: identify the resources it requires, so service and financial planning are integrated.',
      objectiveNoResources:
        'Objective "{{objective}}" has {{targets}} but no resources identified: key a budget line to it, to an objective it serves or that serves it, or to its plan, so its resources can be followed and redirected to priorities.',
    },
    docs: "docs/rules/no-resources.md",
  },
  check(context) {
    const { index } = context;
    const lines = index.framework.budgets ?? [];
    // Plans with money keyed to them as a whole, and plans some of whose objectives have money.
    const planWide = new Set<Id>();
    const planFunded = new Set<Id>();
    const graph = context.facts.graph();
    const funded = new Uint8Array(graph.ids.length);
    const stack: number[] = [];
    for (const line of lines) {
      if (line.objective === undefined) {
        if (line.plan !== undefined) {
          planWide.add(line.plan);
          planFunded.add(line.plan);
        }
        continue;
      }
      if (line.plan !== undefined) planFunded.add(line.plan);
      const objective = index.objectives.get(line.objective);
      if (objective !== undefined) planFunded.add(objective.plan);
      const v = index.objectives.positionOf(line.objective);
      if (v !== undefined && funded[v] === 0) {
        funded[v] = 1;
        stack.push(v);
      }
    }
    for (const plan of index.plans.values()) {
      if (plan.level === "service" && plan.budget === undefined && !planFunded.has(plan.id))
        context.report({ messageId: "noBudget", subject: { kind: "plan", id: plan.id }, data: { plan: plan.id } });
    }
    if (lines.length === 0) return;
    // Money keyed to an objective resources the objectives it contributes to (money follows the
    // cascade up) and those that contribute to it (their work is inside its budget): two sweeps,
    // each visiting an objective once.
    const keyed = [...stack];
    const sweep = (edges: typeof graph.up, seeds: number[]): Uint8Array => {
      const seen = new Uint8Array(graph.ids.length);
      for (const v of seeds) seen[v] = 1;
      const todo = [...seeds];
      while (todo.length > 0) {
        const v = todo.pop() as number;
        for (let e = edges.start[v] as number; e < (edges.start[v + 1] as number); e += 1) {
          const next = edges.targets[e] as number;
          if (seen[next] === 0) {
            seen[next] = 1;
            todo.push(next);
          }
        }
      }
      return seen;
    };
    const above = sweep(graph.up, keyed);
    const below = sweep(graph.down, keyed);
    const targetCounts = new Map<Id, number>();
    for (const target of index.targets.values())
      targetCounts.set(target.objective, (targetCounts.get(target.objective) ?? 0) + 1);
    for (let v = 0; v < graph.ids.length; v += 1) {
      const objective = index.objectives.at(v);
      // Service level and below: a corporate or community objective is resourced through the plans that deliver it.
      if (objective === undefined || (graph.levelRank[v] as number) < SERVICE_RANK) continue;
      if (above[v] === 1 || below[v] === 1 || planWide.has(objective.plan)) continue;
      const count = targetCounts.get(objective.id) ?? 0;
      if (count === 0) continue;
      context.report({
        messageId: "objectiveNoResources",
        subject: { kind: "objective", id: objective.id },
        data: { objective: objective.id, targets: count === 1 ? "a target" : `${String(count)} targets` },
      });
    }
  },
});

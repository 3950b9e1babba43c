/**
 * What the framework model says about each Appendix A characteristic it can speak to: one deriver a
 * characteristic, each reading the cascade report, the cascade facts, the evaluation and the review
 * schedules, never re-deciding what those decide.
 * @internal
 */
import {
  type Derivation,
  type Ground,
  agreeing,
  balance,
  counted,
  fact,
  flagged,
  none,
  objectivesAt,
  ruleShare,
  share,
  targetIds,
} from "./deriveGround.js";
import { memberReporting, monitoring } from "./deriveReviews.js";
import { dayNumberMonthsAfter, fromDayNumber } from "../internal/dates.js";
import { firstBudgetLines } from "../model/budgetLines.js";
import { toUnits } from "../resources/money.js";
import { monitorBudgets } from "../resources/monitorBudgets.js";

/** The first day of the financial year's month `months` months after its start (0: the first month). */
function firstDayOfMonth(start: string, months: number): string {
  return fromDayNumber(dayNumberMonthsAfter(start, months));
}

/** The derivers, by characteristic id, in catalogue order. @internal */
export const derivers: ReadonlyMap<string, (ground: Ground) => Derivation> = new Map<
  string,
  (ground: Ground) => Derivation
>([
  [
    "vision-and-purpose/clear-sense-of-direction",
    (ground) => {
      const community = objectivesAt(ground, ["community"]);
      if (community.length > 0)
        return {
          rating: 3,
          facts: [
            fact(
              "community-objectives",
              community.length,
              `${counted(community.length, "community plan objective")} ${agreeing(community.length, ["states", "state"])} the direction; whether it is derived from residents' needs is for people to judge.`,
              community.map((o) => o.id),
            ),
          ],
        };
      const corporate = objectivesAt(ground, ["corporate"]);
      return corporate.length > 0
        ? { rating: 1, facts: [fact("community-objectives", 0, "No community plan: the corporate plan is the apex.")] }
        : none("community-objectives", "No community or corporate objectives.");
    },
  ],
  [
    "vision-and-purpose/vision-translated-into-corporate-objectives",
    (ground) => {
      const corporate = objectivesAt(ground, ["corporate"]);
      if (corporate.length === 0) return none("corporate-objectives", "No corporate objectives.");
      if (objectivesAt(ground, ["community"]).length === 0)
        return {
          rating: 2,
          facts: [
            fact(
              "corporate-objectives",
              corporate.length,
              `${counted(corporate.length, "corporate objective")}, but no community plan objective to translate.`,
            ),
          ],
        };
      const unlinked = corporate.filter((o) => !ground.facts.reachesApex(o.id)).map((o) => o.id);
      return share("corporate-objectives-linked", corporate.length, unlinked, "corporate objectives", [
        "contributes to the community plan",
        "contribute to the community plan",
      ]);
    },
  ],
  [
    "focus-on-outcomes/outcomes-defined",
    (ground) => {
      const top = objectivesAt(ground, ["community", "corporate"]);
      if (top.length === 0) return none("outcomes-defined", "No community or corporate objectives.");
      const withOutcomeTarget = new Set<string>();
      for (const target of ground.index.targets.values())
        if (ground.index.indicators.get(target.indicator)?.measure === "outcome")
          withOutcomeTarget.add(target.objective);
      const vague = top.filter((o) => o.outcome === undefined && !withOutcomeTarget.has(o.id)).map((o) => o.id);
      return share("outcomes-defined", top.length, vague, "community and corporate objectives", [
        "states an outcome or has an outcome target",
        "state an outcome or have an outcome target",
      ]);
    },
  ],
  [
    "focus-on-outcomes/coherent-measures-and-targets",
    (ground) => {
      const measured = objectivesAt(ground, ["community", "corporate", "service"]);
      if (measured.length === 0) return none("objectives-measured", "No community, corporate or service objectives.");
      const unmeasured = flagged(ground, "objective-without-measure", "objective");
      return share("objectives-measured", measured.length, unmeasured, "community, corporate and service objectives", [
        "has a target, or a contributing objective with one",
        "have a target, or a contributing objective with one",
      ]);
    },
  ],
  [
    "focus-on-outcomes/targets-smart",
    (ground) =>
      ruleShare(ground, "targets-smart", ground.index.targets.size, ["smart", "target"], "targets", [
        "raises no SMART finding",
        "raise no SMART finding",
      ]),
  ],
  [
    "focus-on-outcomes/targets-demanding",
    (ground) =>
      ruleShare(ground, "targets-demanding", ground.index.targets.size, ["undemanding-target", "target"], "targets", [
        "aims beyond its baseline",
        "aim beyond their baseline",
      ]),
  ],
  [
    "focus-on-outcomes/targets-manageable-number",
    (ground) => {
      const plans = new Set<string>();
      for (const target of ground.index.targets.values()) {
        const plan = ground.index.objectives.get(target.objective)?.plan;
        if (plan !== undefined) plans.add(plan);
      }
      if (plans.size === 0) return none("plans-with-targets", "No plan carries a target.");
      return share(
        "plans-manageable",
        plans.size,
        flagged(ground, "too-many-indicators", "plan"),
        "plans with targets",
        ["carries a manageable number", "carry a manageable number"],
      );
    },
  ],
  [
    "focus-on-outcomes/targets-long-and-short-term",
    (ground) => balance(ground, ["noLongTerm", "noShortTerm"], "targets-long-and-short-term"),
  ],
  [
    "focus-on-outcomes/targets-financial-and-non-financial",
    (ground) => balance(ground, ["noFinancial", "noNonFinancial"], "targets-financial-and-non-financial"),
  ],
  [
    "focus-on-outcomes/targets-input-output-outcome-mix",
    (ground) => {
      const measured = balance(ground, ["narrowMix"], "targets-measure-mix");
      const kinds = new Set<string>();
      for (const target of ground.index.targets.values()) {
        const measure = ground.index.indicators.get(target.indicator)?.measure;
        if (measure === "input" || measure === "output" || measure === "outcome") kinds.add(measure);
      }
      const kindsFact = fact(
        "measure-kinds",
        kinds.size,
        `Targets measure ${[...kinds].sort().join(", ") || "no input, output or outcome"}.`,
        [...kinds].sort(),
      );
      return {
        rating: measured.rating === 4 && kinds.size < 3 ? 3 : measured.rating,
        facts: [...measured.facts, kindsFact],
      };
    },
  ],
  [
    "focus-on-outcomes/targets-under-continuous-review",
    (ground) => {
      const targets = targetIds(ground);
      if (targets.length === 0) return none("targets", "No targets.");
      if (ground.index.reviewCycles.size === 0) return none("review-cycles", "The framework records no review cycles.");
      const unreviewed = new Set([
        ...flagged(ground, "unreviewed", "target"),
        ...flagged(ground, "review-overdue", "target"),
      ]);
      const revised = [...ground.index.targets.values()].filter((t) => (t.revisions?.length ?? 0) > 0).map((t) => t.id);
      const derived = share("targets-reviewed", targets.length, [...unreviewed].sort(), "targets", [
        "is covered by a review cycle and not overdue",
        "are covered by a review cycle and not overdue",
      ]);
      return {
        rating: derived.rating,
        facts: [
          ...derived.facts,
          fact("targets-revised", revised.length, `${counted(revised.length, "target")} revised.`, revised),
        ],
      };
    },
  ],
  [
    "focus-on-outcomes/targets-related-and-cascaded",
    (ground) => {
      const total = ground.index.objectives.size;
      if (total === 0) return none("objectives", "No objectives.");
      const orphans = flagged(ground, "orphan-objective", "objective");
      const lateral = flagged(ground, "lateral-link", "objective");
      const derived = share("objectives-cascaded", total, [...new Set([...orphans, ...lateral])].sort(), "objectives", [
        "reaches the apex of the cascade without a lateral link",
        "reach the apex of the cascade without a lateral link",
      ]);
      return {
        rating: derived.rating,
        facts: [
          ...derived.facts,
          fact("orphan-objectives", orphans.length, `${counted(orphans.length, "orphan objective")}.`, orphans),
          fact("lateral-links", lateral.length, `${counted(lateral.length, "lateral link")}.`, lateral),
        ],
      };
    },
  ],
  [
    "leadership-and-management/every-target-owned",
    (ground) =>
      ruleShare(ground, "targets-owned", ground.index.targets.size, ["unowned-target", "target"], "targets", [
        "is owned by individuals or teams",
        "are owned by individuals or teams",
      ]),
  ],
  ["democratic-and-community-engagement/executive-information", memberReporting],
  [
    "democratic-and-community-engagement/perspectives",
    (ground) => {
      const seen = new Set<string>();
      for (const target of ground.index.targets.values()) {
        const perspective = ground.index.indicators.get(target.indicator)?.perspective;
        if (perspective === "customer" || perspective === "citizen") seen.add("customer");
        else if (perspective === "internal" || perspective === "financial") seen.add("management");
        else if (perspective !== undefined) seen.add(perspective);
      }
      const present = ["customer", "employee", "management", "partner"].filter((view) => seen.has(view));
      // No target's indicator records a perspective: the export does not say, which is not a 0.
      if (seen.size === 0) return none("perspectives", "No target's indicator records its perspective.");
      return {
        rating: present.length,
        facts: [
          fact(
            "perspectives",
            present.length,
            `Targets measure ${String(present.length)} of the 4 perspectives: ${present.join(", ") || "none"}.`,
            present,
          ),
        ],
      };
    },
  ],
  [
    "planning-monitoring-review/corporate-plan",
    (ground) => {
      const corporate = objectivesAt(ground, ["corporate"]);
      if (corporate.length === 0) return none("corporate-objectives", "No corporate plan objectives.");
      const parentless = flagged(ground, "plan-without-parent", "plan");
      return {
        rating: parentless.length === 0 ? 3 : 2,
        facts: [
          fact("corporate-objectives", corporate.length, `${counted(corporate.length, "corporate plan objective")}.`),
          fact(
            "plans-without-parent",
            parentless.length,
            `${counted(parentless.length, "plan")} below the apex without a parent plan.`,
            parentless,
          ),
        ],
      };
    },
  ],
  [
    "planning-monitoring-review/service-plans",
    (ground) => {
      const service = [...ground.index.plans.values()].filter((plan) => plan.level === "service");
      if (service.length === 0) return none("service-plans", "No service plans.");
      const below = objectivesAt(ground, ["service", "unit", "individual"]);
      const levels = new Set(below.map((objective) => objective.id));
      const withoutPlan = [
        ...new Set(
          [
            ...flagged(ground, "no-action-plan", "objective"),
            ...flagged(ground, "unowned-objective", "objective"),
          ].filter((id) => levels.has(id)),
        ),
      ].sort();
      const planned = share(
        "objectives-with-action-plans",
        below.length,
        withoutPlan,
        "service, unit and individual objectives",
        ["has an owner and actions or contributing objectives", "have an owner and actions or contributing objectives"],
      );
      // Who, and how: an action plan says how only when its actions are SMART (each with an owner
      // and a due date, none overdue and undone, none done without a date), the action-plan-smart
      // rule's findings. The seed's warning sign "know who has to deliver, but not how" (issue 20).
      const unsmart = flagged(ground, "action-plan-smart", "objective").filter((id) => levels.has(id));
      const sayHow = share(
        "objectives-saying-how",
        below.length,
        [...new Set([...withoutPlan, ...unsmart])].sort(),
        "service, unit and individual objectives",
        [
          "says how: an owner, and contributing objectives or actions that raise no action-plan-smart finding",
          "say how: an owner, and contributing objectives or actions that raise no action-plan-smart finding",
        ],
      );
      // Action plans that exist but do not say how are emerging (1), not absent (0).
      const floored = sayHow.rating === 0 && withoutPlan.length < below.length;
      return {
        rating: floored ? 1 : Math.min(planned.rating ?? 0, sayHow.rating ?? 0),
        facts: [
          fact(
            "service-plans",
            service.length,
            `${counted(service.length, "service plan")}.`,
            service.map((plan) => plan.id),
          ),
          ...planned.facts,
          fact(
            "action-plan-findings",
            unsmart.length,
            `${counted(unsmart.length, "objective")} whose actions raise an action-plan-smart finding.`,
            unsmart,
          ),
          ...sayHow.facts,
          ...(floored
            ? [fact("who-but-not-how", 1, "Action plans exist, but none says how: emerging (1), not absent.")]
            : []),
        ],
      };
    },
  ],
  ["planning-monitoring-review/monitored-at-every-level", monitoring],
  [
    "planning-monitoring-review/monitoring-linked-to-planning",
    (ground) =>
      ground.index.reviewCycles.size === 0
        ? none("review-cycles", "The framework records no review cycles.")
        : ruleShare(ground, "plans-reviewed", ground.index.plans.size, ["unreviewed", "plan"], "plans", [
            "is covered by a review cycle",
            "are covered by a review cycle",
          ]),
  ],
  [
    "planning-monitoring-review/individual-work-plans-linked",
    (ground) => {
      const individual = objectivesAt(ground, ["individual"]);
      if (individual.length === 0) return none("individual-objectives", "No individual work plan objectives.");
      const loose = individual.filter((o) => !ground.facts.reachesApex(o.id)).map((o) => o.id);
      return share("individual-objectives-linked", individual.length, loose, "individual objectives", [
        "reaches the apex of the cascade",
        "reach the apex of the cascade",
      ]);
    },
  ],
  [
    "financial-management/financial-planning-integrated",
    (ground) => {
      const service = [...ground.index.plans.values()].filter((plan) => plan.level === "service").length;
      return ruleShare(ground, "service-plans-budgeted", service, ["no-resources", "plan"], "service plans", [
        "has a budget",
        "have a budget",
      ]);
    },
  ],
  [
    "financial-management/financial-information",
    (ground) => {
      // Whether the money is known while it can still inform performance: each line with a budget for
      // the year monitored as of the assessment's date, its spend posted to within a month of the last
      // month ended (the ledger closes a few weeks after a month ends). Whether it reaches the executive
      // and scrutiny in a form they understand is for people to judge (capped, partly).
      const monitoring = monitorBudgets(ground.index, { asOf: ground.asOf });
      if (monitoring.lines.length === 0)
        return none(
          "budget-spend-current",
          `No budget line has a budget for ${monitoring.year}: the framework records no financial information to monitor.`,
        );
      // An export without a ledger says nothing of how timely the ledger is: not evidenced, never 0.
      if (monitoring.monthsElapsed === 0 || monitoring.lines.every((line) => line.lastSpendDate === null))
        return none(
          "budget-spend-current",
          `No actual spend is recorded in ${monitoring.year} to date: the export holds no ledger to judge.`,
        );
      // Lines with spend due by now (a profile to date above 0): a line with nothing due is not late.
      const due = monitoring.lines.filter((line) => toUnits(line.profileToDate) > 0n);
      if (due.length === 0)
        return none("budget-spend-current", `No budget line of ${monitoring.year} expects spend yet.`);
      // The first day of the month before the last month ended: spend posted in it or later is current.
      const months = monitoring.monthsElapsed;
      const from = months <= 1 ? monitoring.period.start : firstDayOfMonth(monitoring.period.start, months - 2);
      const late = due
        .filter((line) => line.lastSpendDate === null || line.lastSpendDate < from)
        .map((line) => line.id);
      return share("budget-spend-current", due.length, late, `budget lines of ${monitoring.year} with spend due`, [
        "has its spend posted to within a month of the last month ended",
        "have their spend posted to within a month of the last month ended",
      ]);
    },
  ],
  [
    "financial-management/devolved-financial-decisions",
    (ground) => {
      // Who holds each line of the medium-term financial plan: devolution the data can show; whether
      // the holders may move money to respond to performance is for people to judge (capped, partly).
      const lines = firstBudgetLines(ground.index.framework.budgets);
      if (lines.length === 0)
        return none(
          "budgets-held",
          "No budget lines: the framework records no medium-term financial plan, so who holds the budgets is not known.",
        );
      // A holder that names no owner holds nothing (dangling-reference reports the id).
      const unheld = lines
        .filter((line) => line.holder === undefined || !ground.index.owners.has(line.holder))
        .map((line) => line.id);
      return share("budgets-held", lines.length, unheld, "budget lines", [
        "names a budget holder among the owners",
        "name a budget holder among the owners",
      ]);
    },
  ],
]);

import { type Framework, type PlanOverviewReport, planOverview } from "../index.js";
import type { Command } from "./command.js";
import { loadFramework } from "./input.js";
import { type Painter, forPeople, usageError, writeLines } from "./io.js";
import { writeResult } from "./results.js";
import { named } from "./people.js";

/** @internal What `plan <framework.json> --format json` prints: the framework's plans, in its order. */
export interface PlanListOutput {
  readonly plans: readonly {
    /** The plan's id. */
    readonly id: string;
    /** The plan's name. */
    readonly name: string;
    /** Its level in the cascade (`corporate`, `service`…). */
    readonly level: string;
  }[];
}

/** The headings of the one-page plan, in the seed's words (5.3.3.1). */
export const PLAN_HEADINGS = {
  now: "Where are we now?",
  want: "Where do we want to be?",
  how: "How do we want to be?",
  factors: "Critical success factors",
  strategies: "Strategies",
  actions: "Action plan",
  resources: "What are the resource implications?",
  monitor: "How do we monitor our success?",
  standards: "Standards",
  local: "Local indicators",
  national: "National indicators",
  notSaid: "(not stated in the plan)",
} as const;

const list = (items: readonly string[]): string[] =>
  items.length === 0 ? [`  ${PLAN_HEADINGS.notSaid}`] : items.map((item) => `  - ${item}`);

const said = (text: string | null): string => `  ${text ?? PLAN_HEADINGS.notSaid}`;

/** @internal The one-page plan for people, its headings as the seed's one-page service plan has them. */
export function planLines(paint: Painter, page: PlanOverviewReport, period: string): string[] {
  const owner =
    page.plan.owner === null ? "" : `, owned by ${named(page.plan.owner.name ?? undefined, page.plan.owner.id)}`;
  const measures = (heading: string, items: PlanOverviewReport["standards"]): string[] => [
    `  ${heading}`,
    ...(items.length === 0
      ? [`    ${PLAN_HEADINGS.notSaid}`]
      : items.map((item) => `    - ${named(item.title, item.target)}: ${item.text.goal}`)),
  ];
  const lines = [
    paint("bold", named(page.plan.name, page.plan.id)),
    `${page.plan.level} plan, ${period}${owner}`,
    "",
    paint("bold", PLAN_HEADINGS.now),
    said(page.whereWeAreNow),
    "",
    paint("bold", PLAN_HEADINGS.want),
    said(page.whereWeWantToBe),
    ...page.objectives.map(
      (objective) =>
        `  - ${named(objective.title, objective.id)}${objective.owner === null ? "" : `: ${objective.owner.name ?? objective.owner.id}`}`,
    ),
    "",
    paint("bold", PLAN_HEADINGS.how),
    said(page.howWeWantToBe),
    `  ${PLAN_HEADINGS.factors}`,
    ...list(page.criticalSuccessFactors).map((line) => `  ${line}`),
    `  ${PLAN_HEADINGS.strategies}`,
    ...list(page.strategies).map((line) => `  ${line}`),
    `  ${PLAN_HEADINGS.actions}`,
    ...list(page.actionPlan.map((action) => action.text.line)).map((line) => `  ${line}`),
    "",
    paint("bold", PLAN_HEADINGS.resources),
    said(page.resourceImplications),
    ...(page.budget === null ? [] : [`  Budget: ${page.budget.text}`]),
    "",
    paint("bold", PLAN_HEADINGS.monitor),
    ...measures(PLAN_HEADINGS.standards, page.standards),
    ...measures(PLAN_HEADINGS.local, page.localIndicators),
    ...(page.nationalIndicators.length === 0 ? [] : measures(PLAN_HEADINGS.national, page.nationalIndicators)),
  ];
  return lines;
}

/** The plans of a framework, for a run without a plan's id: which to ask for. */
function planList(framework: Framework): string[] {
  return [
    "The framework's plans (performance-management plan <framework.json> <plan-id> prints one's overview):",
    ...framework.plans.map(
      (plan) =>
        `  ${named(plan.name, plan.id)}: ${plan.level}${plan.overview === undefined ? "" : ", one-page overview"}`,
    ),
  ];
}

/** @internal `plan`: a plan's one-page overview (Spelthorne's one-page service plan, seed 5.3.3.1). */
export const planCommand: Command = {
  name: "plan",
  summary: "print a plan's one-page overview: where we are, where we want to be, how, resources, monitoring",
  usage: "plan <framework.json> [<plan-id>]",
  options: {},
  help: ["<plan-id>            the plan to print; without it, the framework's plans are listed, with their ids"],
  formats: ["text", "json"],
  arity: [1, 2],
  async run(context) {
    const { io, positionals, paint, format } = context;
    const [path, id] = positionals as [string, string | undefined];
    const framework = await loadFramework(path, io);
    if (id === undefined) {
      if (format === "json")
        writeResult(io, "PlanListOutput", {
          plans: framework.plans.map(({ id, name, level }) => ({ id, name, level })),
        } satisfies PlanListOutput);
      else writeLines(io, forPeople(planList(framework)));
      return 0;
    }
    if (!framework.plans.some((plan) => plan.id === id))
      throw usageError(
        `plan: ${JSON.stringify(id)} names no plan; the plans are ${framework.plans.map((plan) => plan.id).join(", ")}`,
      );
    const page = planOverview(framework, id);
    if (format === "json") writeResult(io, "PlanOverviewReport", page);
    else {
      const people = forPeople(page);
      writeLines(io, planLines(paint, people, people.text.period));
    }
    return 0;
  },
};

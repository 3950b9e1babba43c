import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  Action,
  Budget,
  CalendarDate,
  Contribution,
  DecimalValue,
  Goal,
  Id,
  Indicator,
  Measurement,
  Objective,
  Owner,
  Plan,
  PlanOverview,
  Review,
  ReviewCycle,
  Target,
  Tolerance,
  parseFramework,
} from "../../src/index.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

const examples = (["stockton", "spelthorne"] as const).map(
  (name) => [name, deepFreeze(parseFramework(loadExample(name)))] as const,
);

function expectAll(schema: z.ZodType, values: readonly unknown[]): void {
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) {
    const result = schema.safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toEqual(value);
  }
}

describe.each(examples)("every schema accepts the %s example's entities", (_name, framework) => {
  it("owners, plans, objectives, indicators, targets", () => {
    expectAll(Owner, framework.owners);
    expectAll(Plan, framework.plans);
    expectAll(Objective, framework.objectives);
    expectAll(Indicator, framework.indicators);
    expectAll(Target, framework.targets);
  });

  it("measurements, review cycles and reviews", () => {
    expectAll(Measurement, framework.measurements ?? []);
    expectAll(ReviewCycle, framework.reviewCycles ?? []);
    expectAll(Review, framework.reviews ?? []);
  });

  it("the parts: contributions, actions, budgets, goals, tolerances, values, dates, ids", () => {
    expectAll(
      Contribution,
      framework.objectives.flatMap((objective) => objective.contributesTo ?? []),
    );
    expectAll(
      Budget,
      framework.plans.flatMap((plan) => (plan.budget === undefined ? [] : [plan.budget])),
    );
    expectAll(
      Goal,
      framework.targets.map((target) => target.goal),
    );
    expectAll(
      DecimalValue,
      framework.targets.map((target) => target.baseline.value),
    );
    expectAll(
      CalendarDate,
      framework.targets.map((target) => target.baseline.date),
    );
    expectAll(
      Id,
      framework.targets.map((target) => target.id),
    );
  });
});

describe("schemas of parts", () => {
  it("accept the Stockton actions, Spelthorne's overview and tolerances", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const spelthorne = parseFramework(loadExample("spelthorne"));
    expectAll(
      Action,
      stockton.objectives.flatMap((objective) => objective.actions ?? []),
    );
    expectAll(
      PlanOverview,
      spelthorne.plans.flatMap((plan) => (plan.overview === undefined ? [] : [plan.overview])),
    );
    expectAll(
      Tolerance,
      spelthorne.targets.flatMap((target) => (target.tolerance === undefined ? [] : [target.tolerance])),
    );
  });

  it.each([
    ["Owner", Owner, { id: "o", name: "O", kind: "member", partOf: "" }, ["partOf"]],
    ["Plan", Plan, { id: "p", name: "P", level: "service", period: { start: "2001-04-01" } }, ["period", "end"]],
    [
      "Objective",
      Objective,
      { id: "o", plan: "p", title: "T", contributesTo: [{}] },
      ["contributesTo", 0, "objective"],
    ],
    [
      "Indicator",
      Indicator,
      {
        id: "i",
        title: "I",
        unit: "%",
        polarity: "higher-is-better",
        measure: "outcome",
        frequency: "quarterly",
        perspective: "member",
      },
      ["perspective"],
    ],
    [
      "Target",
      Target,
      {
        id: "t",
        objective: "o",
        indicator: "i",
        baseline: { date: "2001-03-31", value: "1" },
        goal: { date: "2002-03-31", value: "2" },
        stretch: {},
      },
      ["stretch", "value"],
    ],
    ["Measurement", Measurement, { indicator: "i", date: "2001-03-31", value: "1", quality: "good" }, ["quality"]],
    ["ReviewCycle", ReviewCycle, { id: "r", name: "R", frequency: "annual" }, ["appliesTo"]],
    ["Review", Review, { cycle: "r", subject: "s", date: "2001-03-32" }, ["date"]],
  ] as const)("%s refuses a bad entity at the right path", (_name, schema, value, path) => {
    const result = (schema as z.ZodType).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
  });
});

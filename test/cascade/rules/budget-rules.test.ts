import { describe, expect, it } from "vitest";
import type { BudgetLine } from "../../../src/index.js";
import { UNIT_PLAN, expectedFindings, patched, ruleFindings, type RuleCase, wellWorded } from "../harness.js";
import { findingsOf } from "../harness.js";
import { example } from "../../helpers/fixtures.js";

/** A revenue line for the base framework's service objective, held by its director, for the plan's three years. */
const line = (fields: Partial<BudgetLine> = {}): BudgetLine => ({
  id: "b-svc",
  name: "Service budget",
  objective: "svc-obj",
  holder: "director",
  years: [
    { year: "2001/02", amount: "100000" },
    { year: "2002/03", amount: "102000" },
    { year: "2003/04", amount: "104000" },
  ],
  ...fields,
});

/** Runs a rule's valid and invalid cases. */
function cases(ruleId: string, valid: readonly RuleCase[], invalid: readonly RuleCase[]): void {
  describe(`rule ${ruleId}`, () => {
    it.each(valid)("valid: $name", (c) => {
      expect(ruleFindings(ruleId, c)).toEqual([]);
    });
    it.each(invalid)("invalid: $name", (c) => {
      const found = ruleFindings(ruleId, c);
      expect(found).toMatchObject(expectedFindings(ruleId, c));
      expect(wellWorded(found)).toBe(true);
    });
  });
}

const teamObjective = {
  id: "team-obj",
  plan: "unit",
  title: "Answer every call within a minute",
  contributesTo: [{ objective: "svc-obj" }],
};
const teamTarget = {
  id: "t-team",
  objective: "team-obj",
  indicator: "pi-output",
  baseline: { date: "2001-03-31", value: "60" },
  goal: { date: "2002-03-31", value: "80" },
};

cases(
  "no-resources",
  [
    {
      name: "a service plan with no budget figure, resourced by a line keyed to its objective",
      framework: patched({ plans: { svc: { budget: undefined } }, add: { budgets: [line()] } }),
    },
    {
      name: "a service plan with no budget figure, resourced by a line keyed to the plan as a whole",
      framework: patched({
        plans: { svc: { budget: undefined } },
        add: { budgets: [line({ objective: undefined, plan: "svc" })] },
      }),
    },
    {
      name: "a team objective delivering a funded service objective",
      framework: patched({
        add: { plans: [UNIT_PLAN], objectives: [teamObjective], targets: [teamTarget], budgets: [line()] },
      }),
    },
    {
      name: "a service objective funded through a team's line beneath it (money follows the cascade up)",
      framework: patched({
        add: {
          plans: [UNIT_PLAN],
          objectives: [teamObjective],
          targets: [teamTarget],
          budgets: [line({ objective: "team-obj" })],
        },
      }),
    },
    {
      name: "no budget lines at all: objectives are not asked",
      framework: patched({
        add: {
          plans: [UNIT_PLAN],
          objectives: [{ ...teamObjective, contributesTo: undefined }],
          targets: [teamTarget],
        },
      }),
    },
    {
      name: "a corporate objective with a target no line reaches: resourced through its services",
      framework: patched({ add: { budgets: [line({ objective: undefined, plan: "svc" })] } }),
    },
  ],
  [
    {
      name: "a team objective with a target, outside every funded strand",
      framework: patched({
        add: {
          plans: [UNIT_PLAN],
          objectives: [{ ...teamObjective, contributesTo: undefined }],
          targets: [teamTarget, { ...teamTarget, id: "t-team-2" }],
          budgets: [line()],
        },
      }),
      findings: [
        {
          severity: "info",
          messageId: "objectiveNoResources",
          subject: { kind: "objective", id: "team-obj" },
          message:
            'Objective "team-obj" has 2 targets but no resources identified: key a budget line to it, to an objective it serves or that serves it, or to its plan, so its resources can be followed and redirected to priorities.',
        },
      ],
    },
  ],
);

cases(
  "budget-without-holder",
  [{ name: "a held line", framework: patched({ add: { budgets: [line()] } }) }],
  [
    {
      name: "a line with no holder",
      framework: patched({ add: { budgets: [line({ holder: undefined })] } }),
      findings: [
        {
          severity: "warning",
          messageId: "noHolder",
          subject: { kind: "budget", id: "b-svc" },
          message:
            'Budget line "b-svc" names no holder: devolve it to the manager closest to the customer, who answers for its spend.',
        },
      ],
    },
  ],
);

cases(
  "budget-period-gap",
  [
    { name: "a line for each of the plan's three years", framework: patched({ add: { budgets: [line()] } }) },
    {
      name: "the third year added by a revision",
      framework: patched({
        add: {
          budgets: [
            line({
              years: line().years.slice(0, 2),
              revisions: [{ date: "2002-02-26", years: [{ year: "2003/04", amount: "104000" }] }],
            }),
          ],
        },
      }),
    },
    {
      name: "a capital line for one year",
      framework: patched({ add: { budgets: [line({ kind: "capital", years: line().years.slice(0, 1) })] } }),
    },
    {
      name: "a line keyed to a corporate objective, beyond the financial plan's horizon",
      framework: patched({ add: { budgets: [line({ objective: "corp-obj", years: line().years.slice(0, 1) })] } }),
    },
    {
      name: "a plan's budget covering its whole period",
      framework: patched({
        plans: { svc: { budget: { amount: "300000", period: { start: "2001-04-01", end: "2004-03-31" } } } },
      }),
    },
  ],
  [
    {
      name: "a line missing its last year, and a plan budget for its first year only",
      framework: patched({
        plans: { svc: { budget: { amount: "100000", period: { start: "2001-04-01", end: "2002-03-31" } } } },
        add: { budgets: [line({ years: line().years.slice(0, 2) })] },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "planBudget",
          subject: { kind: "plan", id: "svc" },
          message:
            'Plan "svc" runs from 2001-04-01 to 2004-03-31, but its budget covers 2001-04-01 to 2002-03-31: identify the resources for the whole period of the plan.',
        },
        {
          messageId: "lineYears",
          subject: { kind: "budget", id: "b-svc" },
          related: [{ kind: "plan", id: "svc" }],
          message:
            'Budget line "b-svc" has no budget for 2003/04, though its plan "svc" runs from 2001-04-01 to 2004-03-31: give a budget for every financial year of the plan, so its later years are resourced.',
        },
      ],
    },
    {
      name: "a line for one year of a ten-year service plan: the missing years listed to five",
      framework: patched({
        plans: { svc: { period: { start: "2001-04-01", end: "2011-03-31" } } },
        add: { budgets: [line({ years: line().years.slice(0, 1) })] },
      }),
      findings: [
        {
          messageId: "lineYears",
          data: expect.objectContaining({ missing: "2002/03, 2003/04, 2004/05, 2005/06 and 5 more years" }) as never,
        },
      ],
    },
  ],
);

cases(
  "unbudgeted-spend",
  [
    {
      name: "spend within the line's years",
      framework: patched({ add: { budgets: [line()], spend: [{ budget: "b-svc", date: "2002-04-30", amount: "1" }] } }),
    },
  ],
  [
    {
      name: "three entries against a line that does not exist, one in a year the line has no budget for",
      framework: patched({
        add: {
          budgets: [line({ years: line().years.slice(0, 1) })],
          spend: [
            { budget: "b-svc", date: "2001-06-30", amount: "1" },
            { budget: "b-missing", date: "2001-06-30", amount: "1" },
            { budget: "b-missing", date: "2001-07-31", amount: "2" },
            { budget: "b-missing", date: "2001-08-31", amount: "3" },
            { budget: "b-svc", date: "2002-04-30", amount: "4" },
          ],
        },
      }),
      findings: [
        {
          severity: "error",
          messageId: "noLine",
          subject: { kind: "spend", id: "b-missing@2001/02" },
          message:
            '3 spend entries in 2001/02 are recorded against budget line "b-missing", which does not exist: correct the line id, or add the line to the medium-term financial plan.',
        },
        {
          messageId: "noYear",
          subject: { kind: "spend", id: "b-svc@2002/03" },
          related: [{ kind: "budget", id: "b-svc" }],
          message:
            'One spend entry in 2002/03 is recorded against budget line "b-svc", which has no budget for 2002/03: give the line its budget for the year, or record the spend against the line that funds it.',
        },
      ],
    },
  ],
);

describe("the resource rules on the examples", () => {
  it("find Spelthorne's food safety line without a holder and nothing else of Stockton's or Spelthorne's budgets", () => {
    const ids = ["no-resources", "budget-without-holder", "budget-period-gap", "unbudgeted-spend"];
    const stockton = ids.flatMap((id) => findingsOf(id, example("stockton"), { asOf: "2001-10-01" }));
    expect(stockton).toEqual([]);
    const spelthorne = ids.flatMap((id) => findingsOf(id, example("spelthorne"), { asOf: "2001-10-01" }));
    expect(spelthorne.map((finding) => [finding.ruleId, finding.subject])).toEqual([
      ["budget-without-holder", { kind: "budget", id: "b-food-safety" }],
    ]);
  });
});

cases(
  "dangling-reference",
  [
    {
      name: "a line, a forecast and a carry-forward that name what exists",
      framework: patched({
        add: {
          budgets: [line({ plan: "svc" })],
          outturnForecasts: [{ budget: "b-svc", date: "2001-06-30", year: "2001/02", amount: "99000" }],
          carryForwards: [{ budget: "b-svc", from: "2001/02", amount: "1000" }],
        },
      }),
    },
  ],
  [
    {
      name: "a line's plan, objective and holder, and a forecast's and a carry-forward's line, naming nothing",
      framework: patched({
        add: {
          budgets: [line({ plan: "nope", objective: "gone", holder: "nobody" })],
          outturnForecasts: [{ budget: "b-none", date: "2001-06-30", year: "2001/02", amount: "99000" }],
          carryForwards: [{ budget: "b-none", from: "2001/02", amount: "1000" }],
        },
      }),
      findings: [
        {
          messageId: "missing",
          subject: { kind: "budget", id: "b-none" },
          message:
            'The carry-forward from 2001/02 names budget line "b-none" in budget, but there is no budget line with that id: correct the id or add the budget line.',
        },
        {
          messageId: "missing",
          subject: { kind: "budget", id: "b-none" },
          message:
            'The outturn forecast of 2001-06-30 for 2001/02 names budget line "b-none" in budget, but there is no budget line with that id: correct the id or add the budget line.',
        },
        { subject: { kind: "budget", id: "b-svc" }, data: expect.objectContaining({ field: "objective" }) as never },
        { subject: { kind: "budget", id: "b-svc" }, data: expect.objectContaining({ field: "holder" }) as never },
        {
          subject: { kind: "budget", id: "b-svc" },
          message:
            'Budget line "b-svc" names plan "nope" in plan, but there is no plan with that id: correct the id or add the plan.',
        },
      ],
    },
  ],
);

cases(
  "duplicate-id",
  [
    {
      name: "budget lines with ids of their own",
      framework: patched({ add: { budgets: [line(), line({ id: "b-2" })] } }),
    },
  ],
  [
    {
      name: "two budget lines sharing an id",
      framework: patched({ add: { budgets: [line(), line({ holder: undefined })] } }),
      findings: [
        {
          severity: "error",
          messageId: "duplicate",
          subject: { kind: "budget", id: "b-svc" },
          message: '2 budget lines share the id "b-svc": give each its own id, so that links to it are not ambiguous.',
        },
      ],
    },
  ],
);

describe("budget-period-gap on a plan of centuries", () => {
  it("counts the missing years without walking them, and names the first four", () => {
    const framework = patched({
      plans: { svc: { period: { start: "0001-04-01", end: "9999-03-31" } } },
      add: { budgets: [line()] },
    });
    const found = findingsOf("budget-period-gap", framework);
    expect(found.map((finding) => finding.data.missing)).toEqual([
      "0001/02, 0002/03, 0003/04, 0004/05 and 9991 more years",
    ]);
  });
});

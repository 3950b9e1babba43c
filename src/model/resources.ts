import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { Profile } from "./indicator.js";
import { isFinancialYearLabel } from "./financialYears.js";
import type { IssueTag } from "./issues.js";
import { noRepeats, sameDateRevisions } from "./noRepeats.js";
import { comparePlainDecimals } from "../internal/decimal.js";
import { CalendarDate, DecimalString, Id, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, Note } from "./primitives.js";

/**
 * An ISO 4217 currency code: three capital letters, such as `GBP`.
 *
 * @category Model
 * @example
 * import { CurrencyCode } from "performance-management/model";
 * CurrencyCode.safeParse("GBP").success //=> true
 * CurrencyCode.safeParse("£").success //=> false
 */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "must be a three-letter currency code such as GBP" })
  .clone()
  .register(modelMetadata, { title: "CurrencyCode", description: "An ISO 4217 currency code such as GBP." });
/** An ISO 4217 currency code. @category Model */
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * A financial year, named as councils name it: `"2002/03"` for the year that starts in 2002 on the
 * framework's `financialYearStart` (1 April unless it says otherwise), or `"2002"` (the form for a
 * financial year that starts on 1 January). Either form names the year by the calendar year it starts in.
 *
 * @category Model
 * @example
 * import { FinancialYear } from "performance-management/model";
 * FinancialYear.safeParse("2002/03").success //=> true
 * FinancialYear.safeParse("2002").success //=> true
 * FinancialYear.safeParse("2002/04").success //=> false
 * FinancialYear.safeParse("2002-03").success //=> false
 */
export const FinancialYear = z
  .string()
  .refine(isFinancialYearLabel, {
    message:
      'must be a financial year such as "2002/03" (the year it starts in, then the next year\'s last two digits)',
  })
  .clone()
  .register(modelMetadata, {
    title: "FinancialYear",
    description:
      'A financial year by the calendar year it starts in: "2002/03" (or "2002" where the financial year starts on 1 January).',
    pattern: "^\\d{4}(/\\d{2})?$",
  });
/** A financial year's label. @category Model */
export type FinancialYear = z.infer<typeof FinancialYear>;

/** Whether a money string is below zero (`"-0"` is zero). */
function isNegativeMoney(value: string): boolean {
  return value.startsWith("-") && /[1-9]/.test(value);
}

/**
 * An amount of money: a decimal string in the currency's units, such as `"1250000"` or
 * `"-350.75"`. Never a JSON number: money is exact.
 *
 * @category Model
 * @example
 * import { Money } from "performance-management/model";
 * Money.safeParse("1250000.50").success //=> true
 * Money.safeParse(1250000.5).success //=> false
 */
export const Money = z
  // First that it is text, so a JSON number gets a sentence saying why it is refused.
  .custom<string>((value) => typeof value === "string", {
    message: 'must be money written as a decimal string such as "1250000.50" (a JSON number is not exact)',
    params: { code: "invalid_decimal" } satisfies IssueTag,
  })
  .pipe(DecimalString)
  .clone()
  .register(modelMetadata, {
    title: "Money",
    description: "An amount of money as a decimal string in the currency's units, such as 1250000 or -350.75.",
  });
/** An amount of money. @category Model */
export type Money = z.infer<typeof Money>;

/** An amount of money that may not be negative: a year's budget. */
const BudgetAmount = Money.refine((value) => !isNegativeMoney(value), {
  message:
    "must not be negative: a budget is 0 or more (record income or a credit as a negative spend entry against the line)",
  params: { code: "negative" } satisfies IssueTag,
})
  .clone()
  .register(modelMetadata, {
    type: "string",
    pattern: `^(-0+(\\.0+)?|0*\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}}0*)?)$`,
  });

/**
 * A milestone of a year's spend: the money expected to have been spent, in all, by the end of the
 * financial year's `month`th month (1 is the year's first). A capital scheme paid in stages is
 * monitored against its milestones rather than an even spread.
 *
 * @category Model
 * @example
 * import { BudgetMilestone } from "performance-management/model";
 * BudgetMilestone.parse({ month: 6, amount: "100000" }).month //=> 6
 * BudgetMilestone.safeParse({ month: 13, amount: "100000" }).success //=> false
 */
export const BudgetMilestone = z
  .strictObject({
    month: z.number().int().min(1).max(12).clone().register(modelMetadata, {
      description:
        "The month of the financial year, 1 to 12 (1 is the year's first), by whose end the spend is expected.",
    }),
    amount: BudgetAmount.clone().register(modelMetadata, {
      description: "The spend expected by the month's end, in all since the year began.",
    }),
  })
  .clone()
  .register(modelMetadata, { title: "BudgetMilestone" });
/** A milestone of a year's spend. @category Model */
export type BudgetMilestone = z.infer<typeof BudgetMilestone>;

/**
 * One financial year's budget on a line of the medium-term financial plan.
 *
 * @category Model
 * @example
 * import { BudgetYear } from "performance-management/model";
 * BudgetYear.parse({ year: "2002/03", amount: "1250000" }).amount //=> "1250000"
 * BudgetYear.safeParse({ year: "2002/03", amount: "-5" }).success //=> false
 */
export const BudgetYear = z
  .strictObject({
    year: FinancialYear,
    amount: BudgetAmount.clone().register(modelMetadata, {
      description: "The year's budget, 0 or more, in the line's currency.",
    }),
    profile: Profile.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "How the year's budget is expected to be spent, month by month or quarter by quarter from the year's first " +
          "month; the line's profile when absent, and evenly when neither gives one.",
      }),
    milestones: z
      .array(BudgetMilestone)
      .min(1)
      .optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The spend expected by the end of months of the year, cumulative (a capital scheme's stage payments): " +
          "straight between them, from nothing at the year's start to the year's budget at its end. Instead of a profile.",
      }),
    note: Note.optional(),
  })
  .superRefine((entry, context) => {
    const milestones = entry.milestones;
    if (milestones === undefined) return;
    if ((comparePlainDecimals(entry.amount, "0") ?? 1) === 0)
      context.addIssue({
        code: "custom",
        path: ["milestones"],
        message: "shape a budget of 0, which has nothing to spend: give the year's budget, or leave the milestones out",
      });
    if (entry.profile !== undefined)
      context.addIssue({
        code: "custom",
        path: ["milestones"],
        message: "is given with a profile: a year's spend is shaped by a profile or by milestones, not both",
      });
    milestones.forEach((milestone, i) => {
      const before = milestones[i - 1];
      if (before !== undefined && milestone.month <= before.month)
        context.addIssue({
          code: "custom",
          path: ["milestones", i, "month"],
          message: `is not after milestones[${String(i - 1)}]'s month ${String(before.month)}: give the milestones in month order, one a month`,
        });
      if (before !== undefined && (comparePlainDecimals(milestone.amount, before.amount) ?? 0) < 0)
        context.addIssue({
          code: "custom",
          path: ["milestones", i, "amount"],
          message: `is less than milestones[${String(i - 1)}]'s ${before.amount}: a milestone is the spend expected by then in all, so it never falls`,
        });
      if (milestone.month === 12 && (comparePlainDecimals(milestone.amount, entry.amount) ?? 0) !== 0)
        context.addIssue({
          code: "custom",
          path: ["milestones", i, "amount"],
          message: `is the year's end, so it is the year's budget of ${entry.amount}: leave it out, or give the budget`,
        });
      else if ((comparePlainDecimals(milestone.amount, entry.amount) ?? 0) > 0)
        context.addIssue({
          code: "custom",
          path: ["milestones", i, "amount"],
          message: `is more than the year's budget of ${entry.amount}: a milestone is part of the year's spend`,
        });
    });
  })
  .clone()
  .register(modelMetadata, { title: "BudgetYear" });
/** One financial year's budget. @category Model */
export type BudgetYear = z.infer<typeof BudgetYear>;

/** A list of budget years, no financial year twice (in either of its spellings). */
const BudgetYears = z.array(BudgetYear).superRefine((years, context) => {
  noRepeats(
    years,
    context,
    (year) => year.year.slice(0, 4),
    "year",
    (earlier) => `is the year of years[${String(earlier)}] as well: give each financial year one budget`,
  );
});

/**
 * A revision of a line's budgets, as the annual revision of a three-year allocation makes one
 * (Stockton, seed 5.3.6.1): from `date` on, each year it lists takes the amount it gives (a year the
 * line did not have is added: the plan rolls forward a year). Earlier figures are kept as history.
 *
 * @category Model
 * @example
 * import { BudgetRevision } from "performance-management/model";
 * const revision = BudgetRevision.parse({
 *   date: "2002-02-28",
 *   years: [{ year: "2002/03", amount: "1300000" }, { year: "2004/05", amount: "1350000" }],
 *   reason: "Annual revision: extra investment in re-lets agreed by Cabinet",
 * });
 * revision.years.length //=> 2
 */
export const BudgetRevision = z
  .strictObject({
    date: CalendarDate.clone().register(modelMetadata, {
      description: "The date the revision takes effect (the budget meeting's date).",
    }),
    years: BudgetYears.refine((years) => years.length > 0, {
      message: "lists no year: a revision gives at least one year's new budget",
    })
      .clone()
      .register(modelMetadata, { minItems: 1 }),
    reason: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "Why the budgets changed, in words members read." }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "BudgetRevision" });
/** A revision of a line's budgets. @category Model */
export type BudgetRevision = z.infer<typeof BudgetRevision>;

/**
 * Whether money is revenue (the running costs of services) or capital (spending on assets).
 *
 * @category Model
 * @example
 * import { BudgetKind } from "performance-management/model";
 * BudgetKind.options //=> ["revenue", "capital"]
 */
export const BudgetKind = z.enum(["revenue", "capital"]).clone().register(modelMetadata, { title: "BudgetKind" });
/** Revenue or capital. @category Model */
export type BudgetKind = z.infer<typeof BudgetKind>;

/**
 * A line of the medium-term financial plan: budgets by financial year over three or more years,
 * keyed to the objective (or plan) the money serves, so it can be followed up the cascade to the
 * community plan's aims and redirected to priorities (seed 3.4.4, 5.3.6.1), held by a budget holder.
 *
 * @category Model
 * @example
 * import { BudgetLine } from "performance-management/model";
 * const line = BudgetLine.parse({
 *   id: "b-relets",
 *   name: "Void property repairs",
 *   objective: "so-relets",
 *   holder: "hd-housing",
 *   years: [
 *     { year: "2001/02", amount: "1200000" },
 *     { year: "2002/03", amount: "1250000" },
 *     { year: "2003/04", amount: "1275000" },
 *   ],
 * });
 * line.years.length //=> 3
 */
export const BudgetLine = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    plan: Id.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The id of the plan whose resources the line is part of (a service plan's allocation may fund a unit plan's " +
          "objective); its objective's plan when absent.",
      }),
    objective: Id.optional().clone().register(modelMetadata, {
      description: "The id of the objective the money serves, so it rolls up the cascade with the objective.",
    }),
    holder: Id.optional().clone().register(modelMetadata, {
      description: "The id of the owner who holds the budget (devolved to the manager closest to the customer).",
    }),
    kind: BudgetKind.optional()
      .clone()
      .register(modelMetadata, { description: "revenue or capital; revenue when absent." }),
    currency: CurrencyCode.optional()
      .clone()
      .register(modelMetadata, { description: "The line's currency; the framework's when absent." }),
    profile: Profile.optional().clone().register(modelMetadata, {
      description: "How each year's budget is expected to be spent through the year; evenly when absent.",
    }),
    years: BudgetYears.refine((years) => years.length > 0, {
      message: "lists no year: give the budget of at least one financial year",
    })
      .clone()
      .register(modelMetadata, { minItems: 1 }),
    revisions: z
      .array(BudgetRevision)
      .superRefine((revisions, context) => {
        noRepeats(revisions, context, (revision) => revision.date, "date", sameDateRevisions);
      })
      .optional()
      .clone()
      .register(modelMetadata, {
        description: "Revisions of the budgets, each from its date on; the years' amounts before the first.",
      }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "BudgetLine" });
/** A line of the medium-term financial plan. @category Model */
export type BudgetLine = z.infer<typeof BudgetLine>;

/**
 * What a spend entry records: `actual` spend in its period (the ledger's actuals; income and credits
 * as negative amounts), or a `commitment`: the orders raised and not yet paid, outstanding at its
 * date (a balance, not a flow: a later date's commitments replace an earlier date's, and 0 records
 * that all have been paid).
 *
 * @category Model
 * @example
 * import { SpendKind } from "performance-management/model";
 * SpendKind.options //=> ["actual", "commitment"]
 */
export const SpendKind = z.enum(["actual", "commitment"]).clone().register(modelMetadata, { title: "SpendKind" });
/** Actual spend or a commitment. @category Model */
export type SpendKind = z.infer<typeof SpendKind>;

/**
 * Money spent against a budget line in one period, dated at the period's end as a measurement is
 * (the period's own amount, not a running total); or, of kind `commitment`, the orders outstanding
 * against it at the date (entries of one date add up; a later date's replace them).
 *
 * @category Model
 * @example
 * import { Spend } from "performance-management/model";
 * Spend.parse({ budget: "b-relets", date: "2002-06-30", amount: "298000.00" }).amount //=> "298000.00"
 * Spend.safeParse({ budget: "b-relets", date: "2002-06-30", amount: 298000 }).success //=> false
 */
export const Spend = z
  .strictObject({
    budget: Id.clone().register(modelMetadata, {
      description: "The id of the budget line the money is spent against.",
    }),
    date: CalendarDate.clone().register(modelMetadata, {
      description: "The end of the period the amount is for (a month's or quarter's end).",
    }),
    amount: Money.clone().register(modelMetadata, {
      description:
        "The period's actual amount (negative for income, refunds and credits), or the commitments outstanding at the date.",
    }),
    kind: SpendKind.optional()
      .clone()
      .register(modelMetadata, { description: "actual or commitment; actual when absent." }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Spend" });
/** Money spent or committed against a budget line. @category Model */
export type Spend = z.infer<typeof Spend>;

/**
 * A budget holder's forecast of a financial year's outturn for a line, made on a date: what the
 * year will have cost by its end. The latest made on or before a report's date is the one reported.
 *
 * @category Model
 * @example
 * import { OutturnForecast } from "performance-management/model";
 * OutturnForecast.parse({ budget: "b-relets", date: "2002-09-30", year: "2002/03", amount: "1310000" }).year //=> "2002/03"
 */
export const OutturnForecast = z
  .strictObject({
    budget: Id.clone().register(modelMetadata, { description: "The id of the budget line forecast." }),
    date: CalendarDate.clone().register(modelMetadata, { description: "The date the forecast was made." }),
    year: FinancialYear.clone().register(modelMetadata, {
      description: "The financial year whose outturn is forecast.",
    }),
    amount: Money.clone().register(modelMetadata, {
      description: "The forecast outturn: the year's whole spend, net of income.",
    }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "OutturnForecast" });
/** A forecast of a year's outturn. @category Model */
export type OutturnForecast = z.infer<typeof OutturnForecast>;

/**
 * Money carried from one financial year into the next on a budget line, recorded as such
 * (Stockton's "flexibility of spend", seed 5.3.6.1): a positive amount is an underspend carried
 * forward; a negative amount is an agreed overspend, funded from the next year's budget.
 *
 * @category Model
 * @example
 * import { CarryForward } from "performance-management/model";
 * CarryForward.parse({ budget: "b-relets", from: "2001/02", amount: "42000", approved: "2002-05-14" }).amount //=> "42000"
 */
export const CarryForward = z
  .strictObject({
    budget: Id.clone().register(modelMetadata, { description: "The id of the budget line." }),
    from: FinancialYear.clone().register(modelMetadata, {
      description: "The financial year the money is carried from, into the one after it.",
    }),
    amount: Money.clone().register(modelMetadata, {
      description: "Positive: an underspend carried forward. Negative: an agreed overspend funded from the next year.",
    }),
    approved: CalendarDate.optional()
      .clone()
      .register(modelMetadata, { description: "The date the carry-forward was agreed." }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "CarryForward" });
/** Money carried from one financial year into the next. @category Model */
export type CarryForward = z.infer<typeof CarryForward>;

/**
 * A unit cost the council reports: an indicator that counts outcomes (households rehoused, people
 * helped into work) set against the money spent on the objective those outcomes serve, as "cost per
 * household rehoused". The indicator's figure is read as the number of outcomes in the financial
 * year to its date, so it is best a running total (`aggregation: "running-total"`); the money is
 * the objective's own and what flows up to it from the objectives beneath it.
 *
 * @category Model
 * @example
 * import { UnitCost } from "performance-management/model";
 * const cost = { id: "uc-rehoused", name: "Cost per household rehoused", indicator: "pi-rehoused", objective: "so-homelessness" };
 * UnitCost.parse(cost).name //=> "Cost per household rehoused"
 * UnitCost.safeParse({ ...cost, objective: undefined }).success //=> false
 */
export const UnitCost = z
  .strictObject({
    id: Id.clone().register(modelMetadata, { description: "The unit cost's id." }),
    name: z
      .string()
      .min(1)
      .clone()
      .register(modelMetadata, { description: 'What members read: "Cost per household rehoused".' }),
    indicator: Id.clone().register(modelMetadata, {
      description:
        "The id of the indicator counting the outcomes in the financial year to its figure's date (a running total).",
    }),
    objective: Id.clone().register(modelMetadata, {
      description:
        "The id of the objective whose money is the cost: its own budget lines' and what flows up to it from beneath.",
    }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "UnitCost" });
/** A unit cost: spend on an objective per outcome an indicator counts. @category Model */
export type UnitCost = z.infer<typeof UnitCost>;

import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { CalendarDate, Id, Note } from "./primitives.js";
import { PlanLevel } from "./plan.js";
import { MAX_DEADLINE_MONTHS, MAX_GRACE_DAYS } from "./cadence.js";

export { DEFAULT_REVIEW_GRACE_DAYS, deadlineOf, graceDaysOf, monthsOf } from "./cadence.js";

/**
 * How often a review cycle comes round: a named frequency or every `everyMonths` months.
 *
 * @category Model
 * @example
 * import { ReviewFrequency } from "performance-management/model";
 * ReviewFrequency.safeParse("quarterly").success //=> true
 * ReviewFrequency.safeParse({ everyMonths: 60 }).success //=> true
 * ReviewFrequency.safeParse({ everyMonths: 0 }).success //=> false
 */
export const ReviewFrequency = z
  .union(
    [
      z.enum(["monthly", "quarterly", "half-yearly", "annual"]),
      z
        .strictObject({ everyMonths: z.int().min(1).max(1200) })
        .clone()
        .register(modelMetadata, { title: "EveryMonths" }),
    ],
    { error: "must be monthly, quarterly, half-yearly, annual, or { everyMonths: n } with n a whole number of months" },
  )
  .clone()
  .register(modelMetadata, { title: "ReviewFrequency" });
/** How often a review cycle comes round. @category Model */
export type ReviewFrequency = z.infer<typeof ReviewFrequency>;

/**
 * The kinds of subject a review cycle can cover.
 *
 * @category Model
 * @example
 * import { ReviewSubjectKind } from "performance-management/model";
 * ReviewSubjectKind.options //=> ["plan", "objective", "target", "owner"]
 */
export const ReviewSubjectKind = z
  .enum(["plan", "objective", "target", "owner"])
  .clone()
  .register(modelMetadata, { title: "ReviewSubjectKind" });
/** The kinds of subject a review cycle can cover. @category Model */
export type ReviewSubjectKind = z.infer<typeof ReviewSubjectKind>;

/**
 * Which subjects a review cycle covers: every subject of a kind, narrowed by plan level and/or by ids.
 *
 * @category Model
 * @example
 * import { ReviewScope } from "performance-management/model";
 * ReviewScope.parse({ kind: "target" }).kind //=> "target"
 */
export const ReviewScope = z
  .strictObject({
    level: PlanLevel.optional(),
    kind: ReviewSubjectKind.optional(),
    ids: z.array(Id).optional(),
  })
  .clone()
  .register(modelMetadata, { title: "ReviewScope" });
/** Which subjects a review cycle covers. @category Model */
export type ReviewScope = z.infer<typeof ReviewScope>;

/**
 * When a review is due, relative to the end of the period it covers: a number of days after it
 * (`{ daysAfterPeriodEnd: 42 }`, six weeks: the quarter's report to the next committee) or a
 * number of calendar months after it (`{ monthsAfterPeriodEnd: 3 }`: the annual report on
 * Performance Indicators for the year to 31 March, due by 30 June). Months keep month ends: three
 * months after 31 December is 31 March. The review is on time if held by the end of the deadline
 * day, and overdue from the day after.
 *
 * @category Model
 * @example
 * import { ReviewDeadline } from "performance-management/model";
 * ReviewDeadline.safeParse({ daysAfterPeriodEnd: 42 }).success //=> true
 * ReviewDeadline.safeParse({ monthsAfterPeriodEnd: 3 }).success //=> true
 * ReviewDeadline.safeParse({ daysAfterPeriodEnd: 42, monthsAfterPeriodEnd: 3 }).success //=> false
 */
export const ReviewDeadline = z
  .union(
    [
      z
        .strictObject({
          daysAfterPeriodEnd: z.int().min(0).max(MAX_GRACE_DAYS).clone().register(modelMetadata, {
            description: "Whole days, 0 to 3660, after the period's last day: 0 is due on the period's last day.",
          }),
        })
        .clone()
        .register(modelMetadata, { title: "DaysAfterPeriodEnd" }),
      z
        .strictObject({
          monthsAfterPeriodEnd: z.int().min(0).max(MAX_DEADLINE_MONTHS).clone().register(modelMetadata, {
            description:
              "Whole calendar months, 0 to 120, after the period's last day, month ends kept: 3 after 31 March is 30 June.",
          }),
        })
        .clone()
        .register(modelMetadata, { title: "MonthsAfterPeriodEnd" }),
    ],
    {
      error:
        "must be { daysAfterPeriodEnd: n } (n whole days, 0 to 3660) or { monthsAfterPeriodEnd: n } (n whole months, 0 to 120)",
    },
  )
  .clone()
  .register(modelMetadata, { title: "ReviewDeadline" });
/** When a review is due, relative to the end of the period it covers. @category Model */
export type ReviewDeadline = z.infer<typeof ReviewDeadline>;

/**
 * A recurring review (seed 5.3.4.1: quarterly reports on progress against targets, annual review of plans…).
 * Its `frequency` sets the periods a review covers (a quarter, a financial year), its `deadline`
 * when each review is due after its period ends.
 *
 * @category Model
 * @example
 * import { ReviewCycle } from "performance-management/model";
 * const cycle = ReviewCycle.parse({
 *   id: "rc-annual-pi-report",
 *   name: "Annual report on Performance Indicators",
 *   frequency: "annual",
 *   appliesTo: { kind: "plan", level: "corporate" },
 *   deadline: { monthsAfterPeriodEnd: 3 },
 * });
 * cycle.deadline //=> { monthsAfterPeriodEnd: 3 }
 * ReviewCycle.safeParse({ ...cycle, deadline: { monthsAfterPeriodEnd: -1 } }).success //=> false
 * // graceDays, the older way to say { daysAfterPeriodEnd }, still parses; not with a deadline.
 * ReviewCycle.safeParse({ ...cycle, deadline: undefined, graceDays: 56 }).success //=> true
 * ReviewCycle.safeParse({ ...cycle, graceDays: 56 }).success //=> false
 */
export const ReviewCycle = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    frequency: ReviewFrequency,
    appliesTo: ReviewScope,
    reviewer: Id.optional()
      .clone()
      .register(modelMetadata, { description: "The owner id of whoever conducts the review." }),
    firstDue: CalendarDate.optional().clone().register(modelMetadata, {
      description:
        "The end of the first period a subject's reviews by the cycle cover, if that is after the subject's start (its plan's start): a programme that begins later than one period in (a five-yearly best value review programmed for the third year). Later periods end every frequency after it; each review's deadline follows its period's end. Absent, or not after the start: periods follow the financial year.",
    }),
    graceDays: z.int().min(0).max(MAX_GRACE_DAYS).optional().clone().register(modelMetadata, {
      description:
        "Whole days, 0 to 3660 (ten years, as an indicator's lagDays), after a period ends before its review is overdue: the same as deadline { daysAfterPeriodEnd: graceDays }, kept for documents written before deadline. Absent (and no deadline): 42 days (six weeks); 0: overdue the day after the period ends. Give deadline or graceDays, not both.",
    }),
    deadline: ReviewDeadline.optional().clone().register(modelMetadata, {
      description:
        "When each review is due after the end of the period it covers: { daysAfterPeriodEnd: n } or { monthsAfterPeriodEnd: n } (the annual report on Performance Indicators for the year to 31 March, due by 30 June: { monthsAfterPeriodEnd: 3 }). Absent: graceDays days, else 42 days (six weeks). Overdue from the day after the deadline.",
    }),
    note: Note.optional(),
  })
  .refine((cycle) => cycle.deadline === undefined || cycle.graceDays === undefined, {
    message:
      "give deadline or graceDays, not both: graceDays is the older way to write deadline { daysAfterPeriodEnd }",
    path: ["deadline"],
  })
  .clone()
  .register(modelMetadata, { title: "ReviewCycle" });
/** A recurring review. @category Model */
export type ReviewCycle = z.infer<typeof ReviewCycle>;

/**
 * One review that took place: a cycle's review of a subject on a date. Ids are unique within a kind
 * only, so a plan and an objective may share one (`housing`): the review answers the kind its
 * `subjectKind` names, else its cycle's `appliesTo.kind`, else the one kind of subject the cycle
 * covers with that id. When the id names more than one kind the cycle covers and neither says
 * which, the review is credited to none of them, and the cascade checker's `dangling-reference`
 * reports it, so a gap in the reviews stays visible rather than filled by a guess.
 *
 * @category Model
 * @example
 * import { Review } from "performance-management/model";
 * Review.parse({ cycle: "rc-quarterly-pi", subject: "t-unemployment", date: "2001-06-30" }).date //=> "2001-06-30"
 * Review.parse({ cycle: "rc-annual", subject: "housing", subjectKind: "objective", date: "2002-04-30" }).subjectKind //=> "objective"
 */
export const Review = z
  .strictObject({
    cycle: Id,
    subject: Id.clone().register(modelMetadata, {
      description: "The id of the plan, objective, target or owner reviewed.",
    }),
    subjectKind: ReviewSubjectKind.optional().clone().register(modelMetadata, {
      description:
        "Which kind of entity `subject` names: plan, objective, target or owner. Needed only when the id names more than one kind the cycle covers (a plan and an objective both called housing); without it such a review is credited to none and the checker reports it.",
    }),
    date: CalendarDate,
    outcome: z.string().optional(),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Review" });
/** One review that took place. @category Model */
export type Review = z.infer<typeof Review>;

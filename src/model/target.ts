import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { noRepeats, sameDateRevisions } from "./noRepeats.js";
import { Action } from "./objective.js";
import { CalendarDate, DecimalValue, Id, NonNegativeDecimalValue, Note } from "./primitives.js";
import { Tolerance } from "./tolerance.js";

/**
 * A dated value: a baseline, a milestone or an absolute goal.
 *
 * @category Model
 * @example
 * import { DatedValue } from "performance-management/model";
 * DatedValue.parse({ date: "2001-01-31", value: "6.5" }).value //=> "6.5"
 */
export const DatedValue = z
  .strictObject({ date: CalendarDate, value: DecimalValue })
  .clone()
  .register(modelMetadata, { title: "DatedValue" });
/** A dated value. @category Model */
export type DatedValue = z.infer<typeof DatedValue>;

/**
 * An absolute goal: reach `value` by `date`.
 *
 * @category Model
 * @example
 * import { AbsoluteGoal } from "performance-management/model";
 * AbsoluteGoal.parse({ date: "2002-08-31", value: "50" }).value //=> "50"
 */
export const AbsoluteGoal = DatedValue.clone().register(modelMetadata, { title: "AbsoluteGoal" });
/** An absolute goal. @category Model */
export type AbsoluteGoal = z.infer<typeof AbsoluteGoal>;

/**
 * A relative change from the baseline: a signed percentage of the baseline, a signed amount in the
 * indicator's unit, or a signed number of percentage points (for `%` indicators). `{ percent: "-10" }`
 * is a 10% reduction; on a baseline of 40%, `{ points: "7" }` is 47% and `{ percent: "7" }` is 42.8%.
 * For an indicator in any other unit, `{ points }` is the same as `{ absolute }`.
 *
 * @category Model
 * @example
 * import { Change } from "performance-management/model";
 * Change.safeParse({ percent: "-10" }).success //=> true
 * Change.safeParse({ points: "7" }).success //=> true
 * Change.safeParse({ percent: "7", points: "7" }).success //=> false
 */
export const Change = z
  .union(
    [
      z.strictObject({ percent: DecimalValue }).clone().register(modelMetadata, { title: "PercentChange" }),
      z.strictObject({ absolute: DecimalValue }).clone().register(modelMetadata, { title: "AbsoluteChange" }),
      z
        .strictObject({
          points: DecimalValue.clone().register(modelMetadata, {
            description: "Percentage points added to a % baseline: 7 takes 40% to 47%.",
          }),
        })
        .clone()
        .register(modelMetadata, { title: "PointsChange" }),
    ],
    { error: "must be exactly one of { percent }, { absolute } or { points }" },
  )
  .clone()
  .register(modelMetadata, { title: "Change" });
/** A relative change. @category Model */
export type Change = z.infer<typeof Change>;

/**
 * A goal relative to the baseline (Stockton: youth offending reduced by at least 10% by March 2003).
 *
 * @category Model
 * @example
 * import { RelativeGoal } from "performance-management/model";
 * RelativeGoal.parse({ date: "2003-03-31", change: { percent: "-10" } }).change //=> { percent: "-10" }
 */
export const RelativeGoal = z
  .strictObject({ date: CalendarDate, change: Change })
  .clone()
  .register(modelMetadata, { title: "RelativeGoal" });
/** A goal relative to the baseline. @category Model */
export type RelativeGoal = z.infer<typeof RelativeGoal>;

/**
 * A goal to be inside a band, `low` to `high` inclusive, by `date`.
 *
 * @category Model
 * @example
 * import { BandGoal } from "performance-management/model";
 * BandGoal.parse({ date: "2002-03-31", low: "95", high: "100" }).low //=> "95"
 */
export const BandGoal = z
  .strictObject({ date: CalendarDate, low: DecimalValue, high: DecimalValue })
  .clone()
  .register(modelMetadata, { title: "BandGoal" });
/** A band goal. @category Model */
export type BandGoal = z.infer<typeof BandGoal>;

/**
 * A goal to reach a quartile position within a comparison group by `date` ("top quartile by 2004"):
 * `position` 1 is the top (best) quartile, 2 the top half, 3 the top three quarters, in the
 * indicator's polarity. It is judged against the group's latest {@link Benchmark} on or before each
 * measurement.
 *
 * @category Model
 * @example
 * import { QuartileGoal } from "performance-management/model";
 * QuartileGoal.parse({ date: "2004-03-31", quartile: { group: "all England", position: 1 } }).quartile.position //=> 1
 * QuartileGoal.safeParse({ date: "2004-03-31", quartile: { group: "all England", position: 4 } }).success //=> false
 */
export const QuartileGoal = z
  .strictObject({
    date: CalendarDate,
    quartile: z
      .strictObject({
        group: z
          .string()
          .min(1)
          .clone()
          .register(modelMetadata, { description: "The comparison group, as its benchmarks name it." }),
        position: z
          .union([z.literal(1), z.literal(2), z.literal(3)])
          .clone()
          .register(modelMetadata, {
            description: "1 the top quartile, 2 the top half, 3 the top three quarters (4 is no goal).",
          }),
      })
      .clone()
      .register(modelMetadata, { title: "QuartilePosition" }),
  })
  .clone()
  .register(modelMetadata, { title: "QuartileGoal" });
/** A quartile-position goal. @category Model */
export type QuartileGoal = z.infer<typeof QuartileGoal>;

/**
 * A target's goal: an absolute value, a change relative to the baseline, a band, or a quartile
 * position, each by a date.
 *
 * @category Model
 * @example
 * import { Goal } from "performance-management/model";
 * Goal.safeParse({ date: "2010-03-31", change: { percent: "-40" } }).success //=> true
 * Goal.safeParse({ date: "2010-03-31" }).success //=> false
 */
export const Goal = z
  .union([AbsoluteGoal, RelativeGoal, BandGoal, QuartileGoal], {
    error:
      "must be one of { date, value }, { date, change: { percent }, { absolute } or { points } }, { date, low, high }, " +
      "or { date, quartile: { group, position } }",
  })
  .clone()
  .register(modelMetadata, { title: "Goal" });
/** A target's goal. @category Model */
export type Goal = z.infer<typeof Goal>;

/**
 * The shape of the expected path between baseline, milestones and goal.
 *
 * @category Model
 * @example
 * import { TrajectoryKind } from "performance-management/model";
 * TrajectoryKind.options //=> ["linear", "step", "compound", "period-target"]
 */
export const TrajectoryKind = z
  .enum(["linear", "step", "compound", "period-target"])
  .clone()
  .register(modelMetadata, { title: "TrajectoryKind" });
/** The shape of the expected path. @category Model */
export type TrajectoryKind = z.infer<typeof TrajectoryKind>;

/**
 * A target set against another series rather than a fixed value (Stockton: unemployment maintained
 * below the regional rate). The comparator series is an indicator whose measurements carry its values.
 * The target is met strictly on the good side of the comparator (moved by the margin); a value
 * exactly on it misses, unless `inclusive` is true ("at least as good as").
 *
 * @category Model
 * @example
 * import { Comparator } from "performance-management/model";
 * Comparator.parse({ indicator: "pi-regional-unemployment", margin: "0" }).indicator //=> "pi-regional-unemployment"
 */
export const Comparator = z
  .strictObject({
    indicator: Id.clone().register(modelMetadata, {
      description: "The id of the indicator whose measurements are the comparator series.",
    }),
    label: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "How reports name the comparator: 'the regional rate'." }),
    margin: DecimalValue.optional().clone().register(modelMetadata, {
      description:
        "How far on the good side of the comparator the target requires, in the indicator's unit; 0 when absent.",
    }),
    inclusive: z
      .boolean()
      .optional()
      .clone()
      .register(modelMetadata, {
        description:
          "true: a value exactly on the comparator (moved by the margin) meets the target ('at least as good as'); " +
          "absent or false: it misses ('maintained below').",
      }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Comparator" });
/** A comparator series. @category Model */
export type Comparator = z.infer<typeof Comparator>;

/**
 * A stretch level beyond the goal (Local PSA 'stretch' targets, Stockton's 'heroic' targets).
 *
 * @category Model
 * @example
 * import { Stretch } from "performance-management/model";
 * Stretch.parse({ value: "55" }).value //=> "55"
 */
export const Stretch = z
  .strictObject({ value: DecimalValue, note: Note.optional() })
  .clone()
  .register(modelMetadata, { title: "Stretch" });
/** A stretch level. @category Model */
export type Stretch = z.infer<typeof Stretch>;

/**
 * A revision of a target's goal: from `date` on, `goal` replaces the goal (targets are "under
 * continuous review, not set in stone", seed Appendix A). A relative goal still resolves against
 * the target's baseline; the path keeps the baseline and the milestones before the new goal's date.
 *
 * @category Model
 * @example
 * import { TargetRevision } from "performance-management/model";
 * const revision = TargetRevision.parse({
 *   date: "2001-10-01",
 *   goal: { date: "2002-03-31", value: "95" },
 *   reason: "Mid-year review: the repairs contract changed hands",
 * });
 * revision.goal //=> { date: "2002-03-31", value: "95" }
 * TargetRevision.safeParse({ ...revision, reason: "" }).success //=> false
 */
export const TargetRevision = z
  .strictObject({
    date: CalendarDate.clone().register(modelMetadata, {
      description: "The date from which the revised goal is in force.",
    }),
    goal: Goal,
    reason: z
      .string()
      .min(1)
      .clone()
      .register(modelMetadata, { description: "Why the goal was revised, as reports should say it." }),
  })
  .clone()
  .register(modelMetadata, { title: "TargetRevision" });
/** A revision of a target's goal. @category Model */
export type TargetRevision = z.infer<typeof TargetRevision>;

/** A target's revisions, no two on one date (sorted or not). */
const Revisions = z.array(TargetRevision).superRefine((revisions, context) => {
  noRepeats(revisions, context, (revision) => revision.date, "date", sameDateRevisions);
});

/**
 * A SMART target on an indicator for an objective: from a dated baseline to a dated goal, optionally
 * through milestones, owned by someone.
 *
 * @category Model
 * @example
 * import { Target } from "performance-management/model";
 * const target = Target.parse({
 *   id: "t-youth-offending",
 *   objective: "obj-youth-offending",
 *   indicator: "pi-youth-offending",
 *   baseline: { date: "2001-03-31", value: "250" },
 *   goal: { date: "2003-03-31", change: { percent: "-10" } },
 * });
 * target.goal //=> { date: "2003-03-31", change: { percent: "-10" } }
 * const offTrack = Target.parse({
 *   ...target,
 *   correctiveActions: [{ title: "Agree a prevention plan with the Youth Offending Team", owner: "director-social", due: "2001-12-31" }],
 * });
 * offTrack.correctiveActions?.[0]?.due //=> "2001-12-31"
 */
export const Target = z
  .strictObject({
    id: Id,
    title: z.string().optional().clone().register(modelMetadata, {
      description: "How reports name the target: '100% houses available for re-let within 28 days'.",
    }),
    objective: Id,
    indicator: Id,
    owner: Id.optional()
      .clone()
      .register(modelMetadata, { description: "The owner; inherited from the objective, then the plan, when absent." }),
    baseline: DatedValue,
    goal: Goal,
    milestones: z.array(DatedValue).optional(),
    trajectory: TrajectoryKind.optional().clone().register(modelMetadata, {
      description:
        "linear (the default), step, compound, or period-target (each point's value in force from the previous point's date).",
    }),
    tolerance: Tolerance.optional(),
    stretch: Stretch.optional().clone().register(modelMetadata, {
      description: "A 'heroic' level beyond the goal: on BRAG, blue means the stretch is met where one is set.",
    }),
    floor: DecimalValue.optional().clone().register(modelMetadata, {
      description:
        "The intervention line: a figure worse than it (below it when higher is better, above it when lower is better) is red whatever the path.",
    }),
    comparator: Comparator.optional(),
    revisions: Revisions.optional().clone().register(modelMetadata, {
      description:
        "Revisions of the goal, each in force from its date: a measurement is judged against the goal in force on its date.",
    }),
    weight: NonNegativeDecimalValue.optional().clone().register(modelMetadata, {
      description: "Relative weight when statuses are rolled up, 0 or more; 1 when absent.",
    }),
    correctiveActions: z.array(Action).optional().clone().register(modelMetadata, {
      description:
        "What is being done to bring the target back on track, each with an owner, a due date and a status (open until done): the corrective action critical success factor 6 asks for, beside a measurement's free-text correctiveAction.",
    }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Target" });
/** A SMART target. @category Model */
export type Target = z.infer<typeof Target>;

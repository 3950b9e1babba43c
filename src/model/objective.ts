import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { CalendarDate, Id, NonNegativeDecimalValue, Note } from "./primitives.js";

/**
 * How an objective's achievement bears on the one it contributes to (seed 5.3.5.7–5.3.5.8):
 * `direct` when the council's own activity drives the outcome (street cleanliness), `indirect` when the
 * council is one of several stakeholders and must work in partnership (unemployment).
 *
 * @category Model
 * @example
 * import { LinkKind } from "performance-management/model";
 * LinkKind.options //=> ["direct", "indirect"]
 */
export const LinkKind = z.enum(["direct", "indirect"]).clone().register(modelMetadata, { title: "LinkKind" });
/** Direct or indirect contribution. @category Model */
export type LinkKind = z.infer<typeof LinkKind>;

/**
 * A link from an objective up to an objective it contributes to. An objective may contribute to several,
 * so the cascade is a graph, not a tree.
 *
 * @category Model
 * @example
 * import { Contribution } from "performance-management/model";
 * Contribution.parse({ objective: "obj-keys-safe", soThat: "the locks do not need to be changed" }).objective
 * //=> "obj-keys-safe"
 */
export const Contribution = z
  .strictObject({
    objective: Id.clone().register(modelMetadata, { description: "The id of the objective contributed to." }),
    link: LinkKind.optional().clone().register(modelMetadata, { description: "direct (the default) or indirect." }),
    partners: z
      .array(Id)
      .optional()
      .clone()
      .register(modelMetadata, { description: "Owner ids of the partners an indirect link depends on." }),
    soThat: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "The 'so that' of an accountability chain (seed 5.3.5.6)." }),
    weight: NonNegativeDecimalValue.optional().clone().register(modelMetadata, {
      description: "Relative weight when statuses are rolled up, 0 or more; 1 when absent.",
    }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Contribution" });
/** A link to an objective contributed to. @category Model */
export type Contribution = z.infer<typeof Contribution>;

/**
 * A step that says how an objective will be delivered: the "how" behind a "who" (seed 4.3). A SMART
 * action (seed 5.4.5) names who does it (`owner`) and by when (`due`); `status` says whether it is
 * done, `open` when absent, and `completed` when it was done, so a report as of an earlier date
 * sees it still open (an action with a completion date is done from that date, whatever its
 * `status`). A standing duty in a work plan, done whenever it arises, is `ongoing` and has no due
 * date.
 *
 * @category Model
 * @example
 * import { Action } from "performance-management/model";
 * Action.parse({ title: "Collect keys", owner: "officer-void" }).title //=> "Collect keys"
 * Action.parse({ title: "Collect keys", owner: "officer-void", due: "2001-09-30", status: "done" }).status //=> "done"
 * Action.parse({ title: "Collect keys", owner: "officer-void", status: "done", completed: "2001-09-21" }).completed //=> "2001-09-21"
 */
export const Action = z
  .strictObject({
    id: Id.optional(),
    title: z.string().min(1),
    owner: Id.optional()
      .clone()
      .register(modelMetadata, { description: "The owner id of whoever carries the action out." }),
    due: CalendarDate.optional()
      .clone()
      .register(modelMetadata, { description: "The date the action is to be done by." }),
    status: z.enum(["open", "done"], { error: 'must be "open" or "done"' }).optional().clone().register(modelMetadata, {
      description: "open (the default) until the action is done; an open action past its due date is overdue.",
    }),
    completed: CalendarDate.optional().clone().register(modelMetadata, {
      description:
        "The date the action was done: a report as of an earlier date shows it still open. An action with a completion date is done from that date; one marked done without one is shown as done, date not recorded.",
    }),
    ongoing: z.boolean().optional().clone().register(modelMetadata, {
      description:
        "A standing duty done whenever it arises (tag every set of keys handed in), with no date to be done by: it needs no due date and is never overdue.",
    }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Action" });
/** A step in an action plan. @category Model */
export type Action = z.infer<typeof Action>;

/**
 * An objective in a plan: what is to be achieved, by whom, contributing to which higher objectives,
 * and through which actions.
 *
 * @category Model
 * @example
 * import { Objective } from "performance-management/model";
 * const objective = Objective.parse({
 *   id: "obj-zero-homelessness",
 *   plan: "plan-community",
 *   title: "Zero homelessness",
 * });
 * objective.contributesTo //=> undefined
 */
export const Objective = z
  .strictObject({
    id: Id,
    plan: Id.clone().register(modelMetadata, {
      description: "The id of the plan the objective belongs to; its level is the plan's.",
    }),
    title: z.string().min(1),
    outcome: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "The outcome sought, in the community's terms." }),
    owner: Id.optional(),
    contributesTo: z.array(Contribution).optional(),
    actions: z.array(Action).optional(),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Objective" });
/** An objective in a plan. @category Model */
export type Objective = z.infer<typeof Objective>;

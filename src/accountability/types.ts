import type { CascadeKind, Id, LinkKind, PlanLevel } from "../model/index.js";

/**
 * What a step of a chain, or an entry of a report, is about: an objective, a target or an action,
 * by its id and the title a report shows (a target's `title`, else its id).
 *
 * @category Accountability
 */
export interface SubjectRef {
  readonly kind: "objective" | "target" | "action";
  readonly id: Id;
  readonly title: string;
}

/**
 * Who owns a subject: the owner's id, its name (`null` when the id names no owner: the cascade
 * checker's `dangling-reference` reports that) and the entity whose `owner` field supplied it: the
 * subject itself, or the one it inherits from (an action's owner, else its objective's; a target's,
 * else its objective's, else the plan's; an objective's, else its plan's).
 *
 * @category Accountability
 */
export interface OwnerRef {
  readonly id: Id;
  readonly name: string | null;
  readonly from: CascadeKind | "action";
}

/**
 * One step of an accountability chain. `link`, `partners` and `soThat` describe the link from this
 * step to the next: a target or an action leads to its objective by a `direct` link with no partners
 * and no `soThat`; an objective's link is the `contributesTo` entry followed (`link` `direct` when
 * the entry gives none). The last step's `link` and `soThat` are `null` and its `partners` empty.
 *
 * @category Accountability
 */
export interface ChainStep {
  readonly subject: SubjectRef;
  /** The level of the plan the subject sits in; `null` when that plan, or the objective, does not exist. */
  readonly level: PlanLevel | null;
  /** The id of the plan the subject sits in, as its objective names it; `null` when its objective does not exist. */
  readonly plan: Id | null;
  /** Who owns the subject (own or inherited); `null` when nobody on the way has an owner. */
  readonly owner: OwnerRef | null;
  readonly link: LinkKind | null;
  /** The owner ids of the partners an indirect link depends on, as written; empty for none. */
  readonly partners: readonly Id[];
  /**
   * The partners' names, in the order of `partners`: each partner's owner `name`, or its id when the
   * framework has no owner by that id. What `narrate` and reports say; empty for none.
   */
  readonly partnerNames: readonly string[];
  readonly soThat: string | null;
}

/**
 * Why a chain that does not reach the apex stops where it does:
 * - `orphan`: its last objective is below the apex and links to nothing;
 * - `missing-objective`: its last objective's links all name objectives that do not exist (or a
 *   target's objective does not exist);
 * - `cycle`: its last objective's next link leads back to an objective already on the chain.
 *
 * @category Accountability
 */
export type ChainStop = "orphan" | "cycle" | "missing-objective";

/**
 * One path up the `contributesTo` links from a subject: its steps from the start (included) to the
 * end (included); `direct` when no link on it is indirect; `reachesApex` when it ends at an
 * objective at the apex of the cascade (the community plan, or the level the cascade checker judges
 * orphans against); `stop` says why when it does not, and is `null` when it does.
 *
 * @category Accountability
 */
export interface Chain {
  readonly steps: readonly ChainStep[];
  readonly direct: boolean;
  readonly reachesApex: boolean;
  readonly stop: ChainStop | null;
}

import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { Id, Note } from "./primitives.js";

/**
 * The kinds of owner the framework recognises. `member` is an elected member
 * (Stockton's cabinet members each own a strand of the community plan, seed 5.2.1.1).
 *
 * @category Model
 * @example
 * import { OwnerKind } from "performance-management/model";
 * OwnerKind.options //=> ["individual", "team", "member", "partnership", "organisation"]
 */
export const OwnerKind = z
  .enum(["individual", "team", "member", "partnership", "organisation"])
  .clone()
  .register(modelMetadata, { title: "OwnerKind" });
/** The kinds of owner. @category Model */
export type OwnerKind = z.infer<typeof OwnerKind>;

/**
 * Someone who owns plans, objectives and targets: a person, a team, an elected member,
 * a partnership or a whole organisation. Every target must be owned (seed 2.2.2 iii). `elected`
 * marks a body of elected members whose members are not listed (Spelthorne's "members"), so the
 * `no-member-reporting` rule counts it as reporting to members.
 *
 * @category Model
 * @example
 * import { Owner } from "performance-management/model";
 * Owner.parse({ id: "cllr-health", name: "Cabinet member for health", kind: "member" }).kind //=> "member"
 * Owner.parse({ id: "members", name: "Elected members", kind: "team", elected: true }).elected //=> true
 * Owner.safeParse({ id: "cllr", name: "A councillor", kind: "individual", elected: true }).success //=> false
 */
export const Owner = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    kind: OwnerKind,
    role: z.string().optional(),
    partOf: Id.optional().clone().register(modelMetadata, {
      description: "The id of the owner this one belongs to (a team within a department).",
    }),
    elected: z.boolean().optional().clone().register(modelMetadata, {
      description:
        "true for a body of elected members (the full council, the executive or cabinet, a scrutiny committee) whose members are not listed as owners of kind member.",
    }),
    note: Note.optional(),
  })
  .refine((owner) => owner.elected !== true || owner.kind !== "individual", {
    message:
      'is true on an individual: an elected member is an owner of kind "member"; "elected" marks a team, partnership or organisation of elected members',
    path: ["elected"],
  })
  .clone()
  .register(modelMetadata, {
    title: "Owner",
    description: "A person, team, elected member, partnership or organisation that owns things.",
  });
/** Someone who owns plans, objectives and targets. @category Model */
export type Owner = z.infer<typeof Owner>;

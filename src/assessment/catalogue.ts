import * as z from "zod";
import { AssessmentError, type AssessmentIssue } from "./errors.js";

const CatalogueId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, "must be kebab-case words, parts joined by '/'");
const Text = z.string().min(1);
const References = z.array(CatalogueId);

/**
 * The zod schema of an assessment catalogue: areas of characteristics, and optionally the critical
 * success factors, building blocks and warning signs that refer to them. Besides the shape, it checks
 * that ids are unique (areas and characteristics share one namespace, as weights name either) and that
 * every reference names a characteristic, each problem with its path.
 *
 * @category Assessment
 * @example
 * import { catalogueSchema } from "performance-management/assessment";
 * const result = catalogueSchema.safeParse({
 *   areas: [{ id: "a", title: "Area", characteristics: [{ id: "a/x", text: "X", evidence: "judgement" }] }],
 *   warningSigns: [{ id: "w", text: "W", kind: "symptom", characteristics: ["a/y"] }],
 * });
 * result.success //=> false
 * result.error?.issues.map((issue) => [issue.path.join("."), issue.message])
 * //=> [["warningSigns.0.characteristics.0", 'names no characteristic: "a/y"']]
 */
export const catalogueSchema = z
  .strictObject({
    areas: z
      .array(
        z.strictObject({
          id: CatalogueId,
          title: Text,
          characteristics: z
            .array(
              z.strictObject({
                id: CatalogueId,
                text: Text,
                seedRef: Text.optional(),
                evidence: z.enum(["derived", "partly", "judgement"]),
                parent: CatalogueId.optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
    criticalSuccessFactors: z
      .array(
        z.strictObject({
          id: CatalogueId,
          text: Text,
          summaryText: Text.optional(),
          seedRef: Text.optional(),
          characteristics: References,
        }),
      )
      .optional(),
    buildingBlocks: z
      .array(z.strictObject({ id: CatalogueId, title: Text, seedRef: Text.optional(), characteristics: References }))
      .optional(),
    warningSigns: z
      .array(
        z.strictObject({
          id: CatalogueId,
          text: Text,
          seedRef: Text.optional(),
          kind: z.enum(["symptom", "resistance"]),
          characteristics: References,
        }),
      )
      .optional(),
  })
  .superRefine((catalogue, context) => {
    for (const issue of crossReferenceIssues(catalogue))
      context.addIssue({ code: "custom", path: [...issue.path], message: issue.message, input: catalogue });
  });

/**
 * An assessment catalogue: Appendix A's shape, with the lists that give its characteristics an order
 * of priority (building blocks), a purpose (critical success factors) and symptoms (warning signs).
 *
 * @category Assessment
 */
export type Catalogue = z.infer<typeof catalogueSchema>;
/** An area of a catalogue ("What's needed"). @category Assessment */
export type CatalogueArea = Catalogue["areas"][number];
/** One characteristic of an area; `parent` names the characteristic a sub-criterion belongs to. @category Assessment */
export type Characteristic = CatalogueArea["characteristics"][number];
/** How far the framework model can speak to a characteristic. @category Assessment */
export type EvidenceKind = Characteristic["evidence"];
/** A critical success factor and the characteristics that serve it. @category Assessment */
export type CriticalSuccessFactor = NonNullable<Catalogue["criticalSuccessFactors"]>[number];
/** A building block, in its natural sequence, and the characteristics that put it in place. @category Assessment */
export type BuildingBlock = NonNullable<Catalogue["buildingBlocks"]>[number];
/** A warning sign and the characteristics whose weakness points to it. @category Assessment */
export type WarningSign = NonNullable<Catalogue["warningSigns"]>[number];

/** The cross-reference problems of a catalogue whose shape is right: duplicate ids, references to nothing. */
function crossReferenceIssues(catalogue: Catalogue): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const seen = new Map<string, string>();
  const characteristics = new Map<string, { area: string; parent: string | undefined }>();
  const claim = (id: string, path: (string | number)[]): void => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path.join("."));
    else issues.push({ path, message: `repeats the id "${id}" of ${first}` });
  };
  catalogue.areas.forEach((area, a) => {
    claim(area.id, ["areas", a, "id"]);
    area.characteristics.forEach((characteristic, c) => {
      claim(characteristic.id, ["areas", a, "characteristics", c, "id"]);
      if (!characteristics.has(characteristic.id))
        characteristics.set(characteristic.id, { area: area.id, parent: characteristic.parent });
    });
  });
  catalogue.areas.forEach((area, a) => {
    area.characteristics.forEach((characteristic, c) => {
      if (characteristic.parent === undefined) return;
      const path = ["areas", a, "characteristics", c, "parent"];
      const parent = characteristics.get(characteristic.parent);
      if (parent?.area !== area.id)
        issues.push({ path, message: `names no characteristic of area "${area.id}": "${characteristic.parent}"` });
      else if (parent.parent !== undefined)
        issues.push({ path, message: `names "${characteristic.parent}", itself a sub-criterion` });
    });
  });
  const lists = ["criticalSuccessFactors", "buildingBlocks", "warningSigns"] as const;
  for (const list of lists) {
    const ids = new Map<string, number>();
    (catalogue[list] ?? []).forEach((entry, e) => {
      const first = ids.get(entry.id);
      if (first === undefined) ids.set(entry.id, e);
      else issues.push({ path: [list, e, "id"], message: `repeats the id "${entry.id}" of ${list}.${String(first)}` });
      entry.characteristics.forEach((reference, r) => {
        if (!characteristics.has(reference))
          issues.push({ path: [list, e, "characteristics", r], message: `names no characteristic: "${reference}"` });
      });
    });
  }
  return issues;
}

/**
 * Checks a catalogue of your own (another benchmark, a later framework) and returns it typed; the
 * assessment functions call it on any catalogue they are given.
 *
 * @category Assessment
 * @param catalogue - the catalogue to check
 * @returns the catalogue, parsed
 * @throws {@link AssessmentError} listing every problem with its path in `issues`, or saying the catalogue cannot be read (a getter or proxy trap that throws)
 * @example
 * import { AssessmentError, parseCatalogue } from "performance-management/assessment";
 * const area = { id: "a", title: "Area", characteristics: [{ id: "a", text: "X", evidence: "judgement" }] };
 * let caught;
 * try { parseCatalogue({ areas: [area] }); } catch (error) { caught = error; }
 * caught instanceof AssessmentError //=> true
 * caught.issues //=> [{ path: ["areas", 0, "characteristics", 0, "id"], message: 'repeats the id "a" of areas.0.id' }]
 */
export function parseCatalogue(catalogue: unknown): Catalogue {
  let result: ReturnType<typeof catalogueSchema.safeParse>;
  try {
    result = catalogueSchema.safeParse(catalogue);
  } catch (error) {
    // A getter or a proxy trap that throws while the catalogue is read: the library's error, as
    // parseFramework makes it an issue, never the caller's own exception escaping from inside.
    const message = `cannot be read: a property threw when read (${error instanceof Error ? error.message : "a value that is not an Error"})`;
    throw new AssessmentError(`the catalogue ${message}`, [{ path: [], message }], { cause: error });
  }
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issue.message,
  }));
  const lines = issues.map((issue) => `- ${issue.path.join(".") || "(catalogue)"}: ${issue.message}`);
  throw new AssessmentError(
    `the catalogue is not valid (${String(issues.length)} problem${issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
    issues,
  );
}

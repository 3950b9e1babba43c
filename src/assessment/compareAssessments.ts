import { AssessmentError } from "./errors.js";
import { compare, formatFraction, fractionOf, subtract } from "./fraction.js";
import type { Verdict } from "./scale.js";
import type { Assessment } from "./types.js";

/**
 * How a score or rating moved between two assessments.
 *
 * @category Assessment
 */
export type Movement = "improved" | "declined" | "unchanged" | "newly assessed" | "no longer assessed" | "not assessed";

/**
 * One score or rating in two assessments.
 *
 * @category Assessment
 */
export interface ScoreChange {
  readonly id: string;
  /** Before, `null` when not assessed. */
  readonly before: string | null;
  /** After, `null` when not assessed. */
  readonly after: string | null;
  /** `after − before`; `null` unless both are assessed. */
  readonly change: string | null;
  readonly movement: Movement;
}

/**
 * The result of {@link compareAssessments}.
 *
 * @category Assessment
 */
export interface AssessmentComparison {
  readonly overall: Omit<ScoreChange, "id"> & {
    readonly verdictBefore: Verdict | null;
    readonly verdictAfter: Verdict | null;
  };
  readonly limitingArea: { readonly before: string | null; readonly after: string | null };
  /** Each area's score, with its verdict before and after. */
  readonly areas: readonly (ScoreChange & {
    readonly verdictBefore: Verdict | null;
    readonly verdictAfter: Verdict | null;
  })[];
  /** Each characteristic's rating (the one that counts), with its area. */
  readonly characteristics: readonly (ScoreChange & { readonly area: string })[];
}

function change(id: string, before: string | null, after: string | null): ScoreChange {
  if (before === null || after === null)
    return {
      id,
      before,
      after,
      change: null,
      movement: before === null ? (after === null ? "not assessed" : "newly assessed") : "no longer assessed",
    };
  const difference = subtract(fractionOf(after), fractionOf(before));
  const sign = compare(difference, { numerator: 0n, denominator: 1n });
  return {
    id,
    before,
    after,
    change: formatFraction(difference),
    movement: sign > 0 ? "improved" : sign < 0 ? "declined" : "unchanged",
  };
}

/**
 * The movement between two assessments against one catalogue on one scale (a council's baseline
 * self-assessment and its assessment a year on): per area, per characteristic and overall.
 * Differences are taken between the scores as the assessments give them.
 *
 * @category Assessment
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @returns the movement overall, per area and per characteristic, in catalogue order
 * @throws {@link AssessmentError} when the two were made against different catalogues or scales
 * @example
 * import { assess, compareAssessments } from "performance-management/assessment";
 * const before = assess([{ characteristic: "financial-management/financial-planning-integrated", rating: 0 }]);
 * const after = assess([
 *   { characteristic: "financial-management/financial-planning-integrated", rating: 3 },
 *   { characteristic: "financial-management/financial-information", rating: 2 },
 * ]);
 * const moved = compareAssessments(before, after);
 * moved.areas.find((area) => area.id === "financial-management")
 * //=> { id: "financial-management", before: "0", after: "2.5", change: "2.5", movement: "improved", verdictBefore: "ineffective", verdictAfter: "developing" }
 * moved.characteristics.filter((c) => c.movement !== "not assessed").map((c) => c.movement) //=> ["improved", "newly assessed"]
 */
export function compareAssessments(before: Assessment, after: Assessment): AssessmentComparison {
  const sameScale =
    before.scale.min === after.scale.min &&
    before.scale.max === after.scale.max &&
    before.scale.effective === after.scale.effective &&
    before.scale.developing === after.scale.developing;
  const idsOf = (assessment: Assessment): string =>
    JSON.stringify(assessment.areas.map((area) => [area.id, area.characteristics.map((c) => c.id)]));
  if (!sameScale || idsOf(before) !== idsOf(after))
    throw new AssessmentError(
      `compareAssessments: the two assessments were made ${sameScale ? "against different catalogues" : "on different scales"}; only like can be compared`,
      [{ path: [], message: sameScale ? "different catalogues" : "different scales" }],
    );
  const areas = before.areas.map((area, a) => {
    const later = after.areas[a] ?? area;
    return { ...change(area.id, area.score, later.score), verdictBefore: area.verdict, verdictAfter: later.verdict };
  });
  const characteristics = before.areas.flatMap((area, a) =>
    area.characteristics.map((characteristic, c) => ({
      ...change(characteristic.id, characteristic.rating, after.areas[a]?.characteristics[c]?.rating ?? null),
      area: area.id,
    })),
  );
  const overall = change("overall", before.overall.score, after.overall.score);
  return {
    overall: {
      before: overall.before,
      after: overall.after,
      change: overall.change,
      movement: overall.movement,
      verdictBefore: before.overall.verdict,
      verdictAfter: after.overall.verdict,
    },
    limitingArea: { before: before.limitingArea?.id ?? null, after: after.limitingArea?.id ?? null },
    areas,
    characteristics,
  };
}

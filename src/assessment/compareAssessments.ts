import { checkAssessment } from "./checkAssessment.js";
import { AssessmentError } from "./errors.js";
import {
  type Fraction,
  compare,
  exactString,
  formatFraction,
  fractionOf,
  readExact,
  subtract,
} from "../internal/fraction.js";
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
  /** `after − before`, rounded half-even to two places as the scores are (exactly in `exactChange`); `null` unless both are assessed. */
  readonly change: string | null;
  /** `after − before` exactly, `"numerator/denominator"` (`"1/300000000000"`); `null` unless both are assessed. */
  readonly exactChange: string | null;
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

/** A score or rating as an assessment gave it: the decimal shown, and the exact fraction when the assessment carries it. */
interface Given {
  readonly shown: string | null;
  readonly exact: string | null | undefined;
}

/** The exact value of a score: its exact fraction, else (an assessment made before scores carried one) its decimal. */
function exactOf(given: Given & { readonly shown: string }): Fraction {
  return readExact(given.exact) ?? fractionOf(given.shown);
}

function change(id: string, before: Given, after: Given): ScoreChange {
  if (before.shown === null || after.shown === null)
    return {
      id,
      before: before.shown,
      after: after.shown,
      change: null,
      exactChange: null,
      movement:
        before.shown === null ? (after.shown === null ? "not assessed" : "newly assessed") : "no longer assessed",
    };
  const difference = subtract(
    exactOf({ shown: after.shown, exact: after.exact }),
    exactOf({ shown: before.shown, exact: before.exact }),
  );
  const sign = compare(difference, { numerator: 0n, denominator: 1n });
  return {
    id,
    before: before.shown,
    after: after.shown,
    change: formatFraction(difference, 2),
    exactChange: exactString(difference),
    movement: sign > 0 ? "improved" : sign < 0 ? "declined" : "unchanged",
  };
}

/**
 * The movement between two assessments against one catalogue on one scale (a council's baseline
 * self-assessment and its assessment a year on): per area, per characteristic and overall.
 * Differences are taken between the exact fractions the scores come from (`exactScore`,
 * `exactRating`), so a movement too small to show in ten decimal places is still a movement; `change`
 * shows it rounded as the scores are, `exactChange` exactly. An assessment without the exact
 * fractions (made before they were carried) is read from its decimal scores.
 *
 * @category Assessment
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @returns the movement overall, per area and per characteristic, in catalogue order
 * @throws {@link AssessmentError} when either is not an assessment made by {@link assess} (`{}`, a
 * catalogue), naming it, or the two were made against different catalogues or scales
 * @example
 * import { assess, compareAssessments } from "performance-management/assessment";
 * const before = assess([{ characteristic: "financial-management/financial-planning-integrated", rating: 0 }]);
 * const after = assess([
 *   { characteristic: "financial-management/financial-planning-integrated", rating: 3 },
 *   { characteristic: "financial-management/financial-information", rating: 2 },
 * ]);
 * const moved = compareAssessments(before, after);
 * // One of three rated before: a score, but no verdict; two of three after: a verdict.
 * moved.areas.find((area) => area.id === "financial-management")
 * //=> { id: "financial-management", before: "0", after: "2.5", change: "2.5", exactChange: "5/2", movement: "improved", verdictBefore: null, verdictAfter: "developing" }
 * moved.characteristics.filter((c) => c.movement !== "not assessed").map((c) => c.movement) //=> ["improved", "newly assessed"]
 */
export function compareAssessments(before: Assessment, after: Assessment): AssessmentComparison {
  checkAssessment(before, "before", "compareAssessments");
  checkAssessment(after, "after", "compareAssessments");
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
    return {
      ...change(
        area.id,
        { shown: area.score, exact: area.exactScore },
        { shown: later.score, exact: later.exactScore },
      ),
      verdictBefore: area.verdict,
      verdictAfter: later.verdict,
    };
  });
  const characteristics = before.areas.flatMap((area, a) =>
    area.characteristics.map((characteristic, c) => {
      const later = after.areas[a]?.characteristics[c];
      return {
        ...change(
          characteristic.id,
          { shown: characteristic.rating, exact: characteristic.exactRating },
          { shown: later?.rating ?? null, exact: later?.exactRating },
        ),
        area: area.id,
      };
    }),
  );
  const overall = change(
    "overall",
    { shown: before.overall.score, exact: before.overall.exactScore },
    { shown: after.overall.score, exact: after.overall.exactScore },
  );
  return {
    overall: {
      before: overall.before,
      after: overall.after,
      change: overall.change,
      exactChange: overall.exactChange,
      movement: overall.movement,
      verdictBefore: before.overall.verdict,
      verdictAfter: after.overall.verdict,
    },
    limitingArea: { before: before.limitingArea?.id ?? null, after: after.limitingArea?.id ?? null },
    areas,
    characteristics,
  };
}

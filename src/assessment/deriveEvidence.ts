import { assessmentError } from "./errors.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { CascadeFacts, type Finding, checkCascade } from "../cascade/index.js";
import { checkDate } from "../internal/options.js";
import { type Framework, type FrameworkIndex } from "../model/index.js";
import { evaluateFramework } from "../trajectory/index.js";
import { appendixA } from "./appendixA.js";
import { derivers } from "./derivations.js";
import { fact } from "./deriveGround.js";
import { AssessmentError } from "./errors.js";
import { DERIVED_SCALE } from "./readResponses.js";
import type { AssessmentResponse, EvidenceFact } from "./types.js";

/**
 * Options for {@link deriveEvidence}.
 *
 * @category Assessment
 */
export interface DeriveEvidenceOptions {
  /** The date the evidence is drawn as of, `YYYY-MM-DD`: reviews due and data current by then. */
  readonly asOf: string;
}

/**
 * A rating {@link deriveEvidence} suggests, with the facts behind it.
 *
 * @category Assessment
 */
export interface DerivedResponse extends AssessmentResponse {
  readonly rating: number;
  readonly source: "derived";
  /** The facts, first the one the rating rests on. */
  readonly facts: readonly EvidenceFact[];
  /** The facts' messages, joined: what a report shows beside the rating. */
  readonly evidence: string;
}

/**
 * A characteristic {@link deriveEvidence} can speak to but the framework gives nothing to judge by
 * (no targets, no individual work plans, no review cycles in the export): not evidenced, which is
 * not a 0. It is left out of `responses`, so {@link assess} counts it as not assessed.
 *
 * @category Assessment
 */
export interface NotEvidenced {
  readonly characteristic: string;
  /** What the framework lacks. */
  readonly facts: readonly EvidenceFact[];
  /** The facts' messages, joined. */
  readonly evidence: string;
}

/**
 * The highest rating {@link deriveEvidence} suggests for a characteristic, by how much of it the
 * framework's data cover (its `evidence` in the catalogue): 4 (embedded) where the structure and data
 * decide it (`derived`), 2 (developing) where they show only part of it (`partly`: the corporate
 * plan's existence but not its quality, budgets but not the budget process). Whether a
 * characteristic covered in part is established or embedded is for people to judge.
 *
 * @category Assessment
 * @example
 * import { derivedRatingCaps } from "performance-management/assessment";
 * derivedRatingCaps //=> { derived: 4, partly: 2 }
 */
export const derivedRatingCaps: Readonly<{ derived: 4; partly: 2 }> = Object.freeze({ derived: 4, partly: 2 });

/**
 * The result of {@link deriveEvidence}: pass it to {@link assess} as `options.derived`.
 *
 * @category Assessment
 */
export interface DerivedEvidence {
  readonly asOf: string;
  /** The scale the ratings are on, 0–4: {@link assess} puts them onto its own. */
  readonly scale: { readonly min: "0"; readonly max: "4" };
  /** One suggested rating for each characteristic the model can speak to and the framework evidences, in Appendix A's order. */
  readonly responses: readonly DerivedResponse[];
  /** The characteristics the model can speak to but the framework gives nothing to judge by, in Appendix A's order. */
  readonly notEvidenced: readonly NotEvidenced[];
}

/**
 * The evidence the framework itself gives for a self-assessment against Appendix A: for every
 * characteristic the model can speak to (its `evidence` is `derived` or `partly`), a suggested rating
 * on the default 0–4 scale with the facts behind it (counts, ids, findings), marked `derived`. It
 * reads the cascade report ({@link checkCascade}'s findings: orphan objectives, lateral links,
 * unowned targets, unbalanced measures, unreviewed and overdue subjects, plans without budgets), the
 * cascade facts, the evaluation of every target ({@link evaluateFramework}) and the review schedules
 * ({@link reviewsDue}), never deciding again what they decide.
 *
 * A share of things that pass rates 4 when every one passes, 3 from nine in ten, 2 from half, 1 for
 * any and 0 for none. Each kind of evidence has its cap ({@link derivedRatingCaps}): a `partly`
 * characteristic, one the data cover only in part, is suggested at most 2 (developing), since people
 * judge the rest, and a fact (`capped`) says so. A characteristic with nothing in the framework to
 * judge it by is not evidenced (`notEvidenced`), never rated 0: an export without individual work
 * plans says nothing about whether the council has them. The guide (docs/assessment.md) lists what
 * each characteristic's rating rests on.
 *
 * @category Assessment
 * @param source - the framework, or its index
 * @param options - the date to draw the evidence as of
 * @returns the suggested ratings, each with its facts
 * @throws {@link AssessmentError} when `asOf` is not a calendar date
 * @throws {@link AssessmentError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { assess, deriveEvidence } from "performance-management/assessment";
 * const derived = deriveEvidence({
 *   id: "fw", name: "Small", owners: [{ id: "head", name: "Head of service", kind: "individual" }],
 *   plans: [{ id: "cp", name: "Corporate plan", level: "corporate", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   objectives: [{ id: "o", plan: "cp", title: "Clean streets" }],
 *   indicators: [{ id: "pi", title: "Clean streets", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "quarterly" }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", owner: "head", baseline: { date: "2001-03-31", value: "80" }, goal: { date: "2002-03-31", value: "90" } }],
 * }, { asOf: "2001-10-01" });
 * const owned = derived.responses.find((r) => r.characteristic === "leadership-and-management/every-target-owned");
 * [owned?.rating, owned?.evidence] //=> [4, "1 of 1 targets is owned by individuals or teams."]
 * assess([], { derived }).coverage.derivedOnly //=> derived.responses.length
 */
export function deriveEvidence(source: Framework | FrameworkIndex, options: DeriveEvidenceOptions): DerivedEvidence {
  const given: unknown = options;
  if (typeof given !== "object" || given === null)
    throw new AssessmentError("deriveEvidence needs options with asOf, a date written YYYY-MM-DD", [
      { path: ["options"], message: "is missing" },
    ]);
  checkDate(
    options.asOf,
    "options.asOf",
    (message) => new AssessmentError(message, [{ path: ["options", "asOf"], message }]),
  );
  const index = checkedFrameworkIndex(source, assessmentError);
  const findings = new Map<string, Finding[]>();
  for (const finding of checkCascade(index, { asOf: options.asOf }).findings) {
    const list = findings.get(finding.ruleId);
    if (list === undefined) findings.set(finding.ruleId, [finding]);
    else list.push(finding);
  }
  const ground = {
    index,
    facts: new CascadeFacts(index),
    asOf: options.asOf,
    findings,
    evaluation: evaluateFramework(index, { asOf: options.asOf }),
  };
  const responses: DerivedResponse[] = [];
  const notEvidenced: NotEvidenced[] = [];
  for (const area of appendixA.areas)
    for (const characteristic of area.characteristics) {
      const derive = derivers.get(characteristic.id);
      if (derive === undefined || characteristic.evidence === "judgement") continue;
      const derivation = derive(ground);
      if (derivation.rating === null) {
        const facts = derivation.facts;
        notEvidenced.push({
          characteristic: characteristic.id,
          facts,
          evidence: facts.map((f) => f.message).join(" "),
        });
        continue;
      }
      const cap = derivedRatingCaps[characteristic.evidence];
      const capped = derivation.rating > cap;
      const facts = capped
        ? [
            ...derivation.facts,
            fact(
              "capped",
              cap,
              `The data cover this characteristic only in part: the ${String(derivation.rating)} they show is capped at ${String(cap)} (developing); people judge the rest.`,
            ),
          ]
        : derivation.facts;
      responses.push({
        characteristic: characteristic.id,
        rating: capped ? cap : derivation.rating,
        source: "derived",
        evidence: facts.map((f) => f.message).join(" "),
        facts,
      });
    }
  return { asOf: options.asOf, scale: DERIVED_SCALE, responses, notEvidenced };
}

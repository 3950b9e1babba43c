import { describe, expect, it } from "vitest";
import {
  type AssessOptions,
  AssessmentError,
  type AssessmentResponse,
  type Catalogue,
  type RatingScale,
  appendixA,
  assess,
  compareAssessments,
  diagnose,
  priorities,
} from "../../src/assessment/index.js";
import { RAG } from "../../src/trajectory/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const V = "vision-and-purpose/";
const FM = "financial-management/";

function area(assessment: ReturnType<typeof assess>, id: string) {
  const found = assessment.areas.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no area ${id}`);
  return found;
}

describe("assess", () => {
  it("scores each area as the mean of its rated characteristics, unrated ones not counted", () => {
    const result = assess(
      deepFreeze([
        { characteristic: `${V}clear-sense-of-direction`, rating: 4 },
        { characteristic: `${V}stakeholders-share-vision`, rating: 3 },
        { characteristic: `${V}continuing-engagement`, rating: "2" },
      ]),
    );
    // (4 + 3 + 2) / 3 = 3 exactly: "effective", the fourth characteristic not assessed, not zero.
    expect(area(result, "vision-and-purpose")).toMatchObject({ score: "3", verdict: "effective", rated: 3, total: 4 });
    expect(area(result, "people-management")).toMatchObject({ score: null, verdict: null, rated: 0, total: 5 });
    expect(result.overall).toEqual({ score: "3", exactScore: "3/1", verdict: "effective", uncapped: "effective" });
    expect(result.limitingArea).toEqual({
      id: "vision-and-purpose",
      title: "A clear vision and purpose",
      score: "3",
      verdict: "effective",
      capped: false,
    });
    expect(result.coverage).toEqual({
      rated: 3,
      ratedByPeople: 3,
      derivedOnly: 0,
      total: 44,
      areasAssessed: 1,
      areas: 8,
    });
    expect(area(result, "vision-and-purpose").characteristics[0]).toEqual({
      id: `${V}clear-sense-of-direction`,
      rating: "4",
      exactRating: "4/1",
      label: "embedded",
      source: "self",
      human: { rating: "4", source: "self", original: null, evidence: null, facts: [] },
      self: null,
      peer: null,
      derived: null,
      disagreement: null,
    });
  });

  it("decides verdicts on the exact mean and shows it to two places, the exact fraction beside it", () => {
    // (3 + 3 + 2) / 3 = 2.666…: developing; (4 + 3 + 3) / 3 = 3.333…: effective.
    const result = assess([
      { characteristic: `${V}clear-sense-of-direction`, rating: 3 },
      { characteristic: `${V}stakeholders-share-vision`, rating: 3 },
      { characteristic: `${V}continuing-engagement`, rating: 2 },
      { characteristic: `${FM}financial-planning-integrated`, rating: 4 },
      { characteristic: `${FM}financial-information`, rating: 3 },
      { characteristic: `${FM}devolved-financial-decisions`, rating: 3 },
    ]);
    expect(area(result, "vision-and-purpose")).toMatchObject({
      score: "2.67",
      exactScore: "8/3",
      verdict: "developing",
    });
    expect(area(result, "financial-management")).toMatchObject({
      score: "3.33",
      exactScore: "10/3",
      verdict: "effective",
    });
    // (8/3 + 10/3) / 2 = 3 exactly, effective on its own, capped at developing by the vision.
    expect(result.overall).toEqual({ score: "3", exactScore: "3/1", verdict: "developing", uncapped: "effective" });
    expect(result.limitingArea).toMatchObject({ id: "vision-and-purpose", capped: true });
  });

  it("weights areas in the overall score and characteristics in their area's", () => {
    const responses = [
      { characteristic: `${V}clear-sense-of-direction`, rating: 4 },
      { characteristic: `${V}stakeholders-share-vision`, rating: 1 },
      { characteristic: `${FM}financial-planning-integrated`, rating: 1 },
      { characteristic: `${FM}financial-information`, rating: 1 },
    ];
    const result = assess(responses, {
      weights: new Map<string, number | string>([
        [`${V}clear-sense-of-direction`, 2],
        ["financial-management", "0.5"],
      ]),
    });
    // vision (2×4 + 1)/3 = 3; financial (1 + 1)/2 = 1; overall (1×3 + 0.5×1)/1.5 = 2.333…, shown 2.33
    expect(area(result, "vision-and-purpose").score).toBe("3");
    expect(result.overall).toMatchObject({ score: "2.33", exactScore: "7/3" });
    expect(result.overall.verdict).toBe("ineffective");
  });

  it("keeps a derived rating beside a human one, the human one counting", () => {
    const derived = deepFreeze([
      {
        characteristic: `${V}vision-translated-into-corporate-objectives`,
        rating: 4,
        source: "derived" as const,
        facts: [{ fact: "corporate-objectives", value: 5, message: "5 corporate objectives" }],
      },
      { characteristic: `${V}clear-sense-of-direction`, rating: 2, source: "derived" as const },
    ]);
    const result = assess(
      [{ characteristic: `${V}vision-translated-into-corporate-objectives`, rating: 2, source: "peer" }],
      {
        derived: { responses: derived },
      },
    );
    const [direction, , translated] = area(result, "vision-and-purpose").characteristics;
    expect(translated).toEqual({
      id: `${V}vision-translated-into-corporate-objectives`,
      rating: "2",
      exactRating: "2/1",
      label: "developing",
      source: "peer",
      human: { rating: "2", source: "peer", original: null, evidence: null, facts: [] },
      self: null,
      peer: null,
      // The facts as given, each with its ids (`[]` when it names none).
      derived: {
        rating: "4",
        source: "derived",
        original: null,
        evidence: null,
        facts: [{ fact: "corporate-objectives", value: 5, message: "5 corporate objectives", ids: [] }],
      },
      // Issue 20: two points apart, so the assessment says so.
      disagreement: { human: "2", humanSource: "peer", derived: "4", difference: "-2", direction: "person-lower" },
    });
    expect(result.disagreements).toEqual([
      {
        characteristic: `${V}vision-translated-into-corporate-objectives`,
        human: "2",
        humanSource: "peer",
        derived: "4",
        difference: "-2",
        direction: "person-lower",
      },
    ]);
    expect(direction).toMatchObject({ rating: "2", source: "derived" });
    // (2 + 2) / 2: the human 2 counts, not the derived 4.
    expect(area(result, "vision-and-purpose").score).toBe("2");
    expect(result.coverage).toMatchObject({ rated: 2, ratedByPeople: 1, derivedOnly: 1 });
  });

  it("rates on a scale of the caller's own, with its labels and thresholds", () => {
    const catalogue: Catalogue = {
      areas: [
        {
          id: "data",
          title: "Data quality",
          characteristics: [
            { id: "data/timely", text: "Timely", evidence: "judgement" },
            { id: "data/accurate", text: "Accurate", evidence: "judgement" },
          ],
        },
      ],
    };
    const result = assess(
      [
        { characteristic: "data/timely", rating: 5 },
        { characteristic: "data/accurate", rating: 4 },
      ],
      { catalogue, scale: { min: 1, max: 5, labels: ["a", "b", "c", "d", "e"], effective: 4.5 } },
    );
    expect(result.scale).toEqual({
      min: "1",
      max: "5",
      labels: ["a", "b", "c", "d", "e"],
      effective: "4.5",
      developing: "3",
    });
    expect(result.overall).toEqual({ score: "4.5", exactScore: "9/2", verdict: "effective", uncapped: "effective" });
    expect(result.areas[0]?.characteristics.map((c) => c.label)).toEqual(["e", "d"]);
  });

  it("gives nothing a score when nothing is rated", () => {
    const result = assess([]);
    expect(result.overall).toEqual({ score: null, exactScore: null, verdict: null, uncapped: null });
    expect(result.limitingArea).toBeNull();
    expect(priorities(result)).toEqual([]);
    expect(diagnose(result)).toEqual([]);
  });

  it.each([
    [
      () => assess([{ characteristic: "vision-and-purpose", rating: 2 }]),
      /responses\[0\]\.characteristic names no characteristic/,
    ],
    [
      () => assess([{ characteristic: `${V}clear-sense-of-direction`, rating: 5 }]),
      /responses\[0\]\.rating 5 is off the scale 0–4/,
    ],
    [
      () => assess([{ characteristic: `${V}clear-sense-of-direction`, rating: Number.NaN }]),
      /rating must be a finite number/,
    ],
    [
      () =>
        assess([
          { characteristic: `${V}clear-sense-of-direction`, rating: 2 },
          { characteristic: `${V}clear-sense-of-direction`, rating: 3, source: "self" },
        ]),
      /responses\[1\] rates "vision-and-purpose\/clear-sense-of-direction" a second time \(self ratings/,
    ],
    [
      () =>
        assess([
          { characteristic: `${V}clear-sense-of-direction`, rating: 2, source: "peer" },
          { characteristic: `${V}clear-sense-of-direction`, rating: 3, source: "peer" },
        ]),
      /responses\[1\] rates "vision-and-purpose\/clear-sense-of-direction" a second time \(peer ratings/,
    ],
    [
      () => assess([{ characteristic: `${V}clear-sense-of-direction`, rating: 2, source: "boss" as "self" }]),
      /source must be/,
    ],
    [() => assess([], { weights: [["nothing", 1]] }), /options\.weights names no area or characteristic/],
    [() => assess([], { weights: [["financial-management", 0]] }), /must be positive/],
    [() => assess([], { weights: { a: 1 } as unknown as Map<string, number> }), /must be a Map or a list/],
    [() => assess([], { scale: { min: 4, max: 4 } }), /min must be below/],
    [() => assess([], { scale: { developing: 3.5 } }), /min ≤ developing ≤ effective ≤ max; got 0 ≤ 3.5 ≤ 3 ≤ 4/],
    [() => assess([], { scale: { min: 1, max: 5, labels: ["x"] } }), /labels must name each whole rating/],
    [() => assess([], { catalogue: { areas: [] } }), /the catalogue is not valid/],
    [() => assess(null as unknown as AssessmentResponse[]), /responses must be an array/],
    [
      () => assess([], { derived: 5 as unknown as AssessmentResponse[] }),
      /options\.derived must be deriveEvidence's result/,
    ],
  ])("throws an AssessmentError on misuse (%#)", (call, message) => {
    expectMisuse(call, AssessmentError, message);
  });

  // A fact a response gives: the four fields of a fact, as deriveEvidence writes them.
  it.each([
    [[5], /responses\[0\]\.facts\[0\] must be an object; got 5/],
    [[{}], /responses\[0\]\.facts\[0\]\.fact must be a string; got undefined/],
    [
      [{ fact: "f", value: Number.NaN, message: "m" }],
      /facts\[0\]\.value must be a string or a finite number; got NaN/,
    ],
    [[{ fact: "f", value: 1, message: 2 }], /facts\[0\]\.message must be a string; got 2/],
    [[{ fact: "f", value: 1, message: "m", ids: "o1" }], /facts\[0\]\.ids must be a list of ids, strings; got "o1"/],
    [
      [{ fact: "f", value: 1, message: "m", idz: [] }],
      /facts\[0\]\.idz is not a field assess reads: did you mean "ids"\?/,
    ],
  ] as const)("refuses a fact that is not one (%#)", (facts, message) => {
    const response = { characteristic: `${V}clear-sense-of-direction`, rating: 2, facts };
    expectMisuse(() => assess([response as unknown as AssessmentResponse]), AssessmentError, message);
  });

  it("copies a fact it is given, with its ids ([] when left out)", () => {
    const facts = deepFreeze([
      { fact: "f", value: "0.5", message: "m" },
      { fact: "g", value: 2, ids: ["o1"], message: "n" },
    ]);
    const result = assess([{ characteristic: `${V}clear-sense-of-direction`, rating: 2, source: "derived", facts }]);
    const kept = area(result, "vision-and-purpose").characteristics[0]?.derived?.facts;
    expect(kept).toEqual([
      { fact: "f", value: "0.5", ids: [], message: "m" },
      { fact: "g", value: 2, ids: ["o1"], message: "n" },
    ]);
    expect(kept?.[1]?.ids).not.toBe(facts[1]?.ids);
  });
});

describe("assess refuses what it does not read: nothing is counted under a guess", () => {
  const id = `${V}clear-sense-of-direction`;
  it.each<[string, () => unknown, RegExp]>([
    [
      "a misspelt field of a response",
      () => assess([{ characteristic: id, rating: 3, evidance: "minutes" } as AssessmentResponse]),
      /responses\[0\]\.evidance is not a field assess reads: did you mean "evidence"\?/,
    ],
    [
      "a misspelt characteristic field",
      () => assess([{ characterstic: id, rating: 3 } as unknown as AssessmentResponse]),
      /responses\[0\]\.characterstic is not a field assess reads: did you mean "characteristic"\?/,
    ],
    [
      "a capitalised rating",
      () => assess([{ characteristic: id, Rating: 3 } as unknown as AssessmentResponse]),
      /responses\[0\]\.Rating .* did you mean "rating"\?/,
    ],
    [
      "weight for weights",
      () => assess([], { weight: [[id, 2]] } as unknown as AssessOptions),
      /options\.weight is not a field assess reads: did you mean "weights"\?/,
    ],
    [
      "a misspelt preferredSource",
      () => assess([], { preferedSource: "self" } as unknown as AssessOptions),
      /options\.preferedSource .* did you mean "preferredSource"\?/,
    ],
    [
      "a misspelt field of a derived response",
      () => assess([], { derived: [{ characteristic: id, rating: 3, sourse: "derived" } as AssessmentResponse] }),
      /options\.derived\[0\]\.sourse .* did you mean "source"\?/,
    ],
    [
      "a misspelt field of deriveEvidence's result",
      () => assess([], { derived: { responses: [], scael: { min: 0, max: 4 } } } as unknown as AssessOptions),
      /options\.derived\.scael .* did you mean "scale"\?/,
    ],
    [
      "a trajectory scale (RAG) for a rating scale",
      () => assess([], { scale: RAG as unknown as RatingScale }),
      /options\.scale\.id is not a field assess reads \(the fields are min, max, labels, effective, developing\)/,
    ],
    [
      "a scale written as text",
      () => assess([], { scale: "0-4" as unknown as RatingScale }),
      /options\.scale must be a rating scale/,
    ],
    [
      "maximum for max",
      () => assess([], { scale: { min: 0, maximum: 10 } as unknown as RatingScale }),
      /options\.scale\.maximum .* did you mean "max"\?/,
    ],
    [
      "labels that are not a list of names",
      () => assess([], { scale: { labels: "absent" } as unknown as RatingScale }),
      /options\.scale\.labels must be a list of names/,
    ],
    [
      "a weight given twice",
      () =>
        assess([], {
          weights: [
            [id, 2],
            [id, 3],
          ],
        }),
      /options\.weights gives "vision-and-purpose\/clear-sense-of-direction" a weight twice/,
    ],
    [
      "a misspelt option of priorities",
      () => priorities(assess([]), { catalog: appendixA } as unknown as { catalogue: Catalogue }),
      /options\.catalog is not a field priorities reads: did you mean "catalogue"\?/,
    ],
  ])("%s", (_name, call, message) => {
    expectMisuse(call, AssessmentError, message);
  });

  it("names the field in the error's issue path", () => {
    let caught: unknown;
    try {
      assess([{ characteristic: id, rating: 3, evidance: "minutes" } as AssessmentResponse]);
    } catch (error) {
      caught = error;
    }
    expect((caught as AssessmentError).issues[0]?.path).toEqual(["responses", "0", "evidance"]);
  });

  it("still reads every field it knows", () => {
    const result = assess([{ characteristic: id, rating: 3, evidence: "minutes", source: "peer", facts: [] }], {
      scale: { min: 0, max: 4, labels: ["a", "b", "c", "d", "e"], effective: 3, developing: 2 },
      weights: [[id, 2]],
    });
    expect(result.areas[0]?.characteristics[0]?.rating).toBe("3");
  });
});

describe("priorities, diagnose and compareAssessments", () => {
  const assessment = perTest(() =>
    assess([
      { characteristic: "people-management/appraisals-with-incentives", rating: 0 },
      { characteristic: "focus-on-outcomes/targets-manageable-number", rating: 2 },
      { characteristic: "focus-on-outcomes/targets-smart", rating: 1 },
      { characteristic: `${V}clear-sense-of-direction`, rating: 3 },
    ]),
  );

  it("orders gaps by building block, then by size, each with its critical success factors", () => {
    expect(
      priorities(assessment()).map((gap) => [gap.characteristic, gap.gap, gap.buildingBlock, gap.successFactors]),
    ).toEqual([
      // measures and targets: SMART's gap 3 − 1 = 2 before the manageable number's 3 − 2 = 1
      ["focus-on-outcomes/targets-smart", "2", "measures-and-targets", ["csf-3-balanced-smart-targets"]],
      ["focus-on-outcomes/targets-manageable-number", "1", "measures-and-targets", ["csf-3-balanced-smart-targets"]],
      // reinforcement last, though its gap of 3 is the largest
      ["people-management/appraisals-with-incentives", "3", "reinforcement", ["csf-10-enabling-corporate-management"]],
    ]);
  });

  it("names the warning signs the weak ratings point to", () => {
    expect(diagnose(assessment()).map((sign) => [sign.sign, sign.characteristics])).toEqual([
      ["symptom/low-morale", [{ id: "people-management/appraisals-with-incentives", rating: "0" }]],
      ["symptom/smart-targets-not-used", [{ id: "focus-on-outcomes/targets-smart", rating: "1" }]],
      ["symptom/personal-objectives-unlinked", [{ id: "people-management/appraisals-with-incentives", rating: "0" }]],
    ]);
  });

  it("refuses a catalogue the assessment was not made against", () => {
    const other: Catalogue = {
      areas: [{ id: "a", title: "A", characteristics: [{ id: "a/x", text: "X", evidence: "judgement" }] }],
    };
    expectMisuse(
      () => priorities(assessment(), { catalogue: other }),
      AssessmentError,
      /priorities: the assessment() was not made against this catalogue/,
    );
    expectMisuse(
      () => diagnose(assess([], { catalogue: other })),
      AssessmentError,
      /diagnose: the assessment() was not made against/,
    );
    expectMisuse(
      () => compareAssessments(assessment(), assess([], { catalogue: other })),
      AssessmentError,
      /different catalogues/,
    );
    expectMisuse(
      () => compareAssessments(assessment(), assess([], { scale: { max: 5 } })),
      AssessmentError,
      /different scales/,
    );
  });

  it("compares two assessments per area, per characteristic and overall", () => {
    const after = assess([
      { characteristic: "people-management/appraisals-with-incentives", rating: 2 },
      { characteristic: "focus-on-outcomes/targets-smart", rating: 1 },
      { characteristic: `${V}clear-sense-of-direction`, rating: 4 },
    ]);
    const moved = compareAssessments(deepFreeze(assessment()), deepFreeze(after));
    // focus on outcomes (2 + 1)/2 = 1.5 before, 1 after; overall (3 + 1.5 + 0)/3 = 1.5 before, (4 + 1 + 2)/3 = 2.333… after
    expect(moved.areas.filter((a) => a.movement !== "not assessed").map((a) => [a.id, a.change, a.movement])).toEqual([
      ["vision-and-purpose", "1", "improved"],
      ["focus-on-outcomes", "-0.5", "declined"],
      ["people-management", "2", "improved"],
    ]);
    // Every area is rated on under half its characteristics: no verdict, so no overall score either
    // side (issue 20); the areas' scores still compare.
    expect(moved.overall).toMatchObject({ before: null, after: null, movement: "not assessed" });
    expect(moved.characteristics.find((c) => c.id === "focus-on-outcomes/targets-manageable-number")).toEqual({
      id: "focus-on-outcomes/targets-manageable-number",
      area: "focus-on-outcomes",
      before: "2",
      after: null,
      change: null,
      exactChange: null,
      movement: "no longer assessed",
    });
    expect(moved.limitingArea).toEqual({ before: null, after: null });
  });
});

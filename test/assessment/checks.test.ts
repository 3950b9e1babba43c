import { describe, expect, it } from "vitest";
import { AssessmentError, appendixA, assess, compareAssessments, parseCatalogue } from "../../src/assessment/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";

/** A pattern that matches `words` as written. */
const literally = (words: string): RegExp => new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

const [firstArea] = appendixA.areas;
const characteristic = firstArea?.characteristics[0]?.id ?? "";

describe("assess reads each response's evidence as text", () => {
  it("refuses evidence that is not a string, naming the response", () => {
    expect(assess([{ characteristic, rating: 2, evidence: "minutes of March" }]).areas[0]?.rated).toBe(1);
    expectMisuse(
      () => assess([{ characteristic, rating: 2, evidence: 5 as unknown as string }]),
      AssessmentError,
      /^performance-management: responses\[0\]\.evidence must be a string; got 5$/,
    );
  });
});

describe("parseCatalogue's message lists every problem with its path", () => {
  it("names the catalogue itself where the problem is the whole value", () => {
    expectMisuse(
      () => parseCatalogue("x"),
      AssessmentError,
      literally("the catalogue is not valid (1 problem):\n- (catalogue): "),
    );
    const area = { id: "a", title: "A", characteristics: [{ id: "a", text: "X", evidence: "judgement" }] };
    expectMisuse(
      () => parseCatalogue({ areas: [area] }),
      AssessmentError,
      literally('(1 problem):\n- areas.0.characteristics.0.id: repeats the id "a" of areas.0.id'),
    );
  });
});

describe("compareAssessments refuses what assess did not make", () => {
  const before = () => assess([{ characteristic, rating: 2 }]);

  it("an overall result that is not one, or has no score", () => {
    const given = before();
    expectMisuse(
      () => compareAssessments({ ...given, overall: null } as never, given),
      AssessmentError,
      literally("before.overall must be assess's overall result, with a score; got null"),
    );
    expectMisuse(
      () => compareAssessments(given, { ...given, overall: { ...given.overall, score: "x" } }),
      AssessmentError,
      literally("after.overall must be assess's overall result, with a score"),
    );
  });

  it("an area that is not one, at its place in the list", () => {
    const given = before();
    const areas = [...given.areas];
    areas[1] = {} as never;
    expectMisuse(
      () => compareAssessments(given, { ...given, areas }),
      AssessmentError,
      literally("after.areas[1] must be an area as assess scored it (id, score, characteristics); got {}"),
    );
  });
});

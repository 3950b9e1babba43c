import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type AssessmentResponse, assess, diagnose, priorities } from "../../src/assessment/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { seedSection } from "./seedText.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const example = deepFreeze(
  JSON.parse(readFileSync(`${root}examples/assessments/spelthorne.json`, "utf8")) as {
    responses: AssessmentResponse[];
  },
);
const selfAssessment = seedSection("They found that they had:", "5.3.1.2.");

describe("Spelthorne's self-assessment (5.3.1.1)", () => {
  it("rates its eight strengths and weaknesses in the seed's own words", () => {
    const quoted = new Set(example.responses.flatMap((response) => (response.evidence ?? "").split("; ")));
    for (const words of quoted) expect(selfAssessment, words).toContain(words);
    // The eight items: two strengths (+), six weaknesses; the performance audit's two questions with it.
    expect([...quoted].filter((words) => words.startsWith("+ "))).toHaveLength(2);
    expect([...quoted].filter((words) => !words.startsWith("+ ") && !words.startsWith("where "))).toHaveLength(6);
  });

  const result = assess(example.responses);

  it("scores each area from what Spelthorne rated, the rest not assessed", () => {
    expect(result.areas.map((area) => [area.id, area.score, area.verdict, area.rated])).toEqual([
      ["vision-and-purpose", null, null, 0],
      // the performance audit it lacked: 1
      ["focus-on-outcomes", "1", "ineffective", 1],
      // it identified who had to deliver: 3
      ["leadership-and-management", "3", "effective", 1],
      // an end of year report, but no real monitoring at member level: 2
      ["democratic-and-community-engagement", "2", "developing", 1],
      // (3 + 1 + 1) / 3 = 1.666…
      ["planning-monitoring-review", "1.6666666667", "ineffective", 3],
      ["people-management", null, null, 0],
      ["project-and-procurement", null, null, 0],
      // not linked into the budget process: 0
      ["financial-management", "0", "ineffective", 1],
    ]);
    // (1 + 3 + 2 + 5/3 + 0) / 5 = (23/3) / 5 = 23/15 = 1.5333…
    expect(result.overall).toMatchObject({ score: "1.5333333333", verdict: "ineffective", uncapped: "ineffective" });
    expect(result.coverage).toMatchObject({ rated: 7, total: 44, areasAssessed: 5 });
  });

  it("is limited by its financial management: not linked into the budget process", () => {
    expect(result.limitingArea).toEqual({
      id: "financial-management",
      title: "Financial Management",
      score: "0",
      verdict: "ineffective",
      capped: false,
    });
  });

  it("puts the measures, targets and plans first, then monitoring and reporting", () => {
    expect(priorities(result).map((gap) => [gap.characteristic, gap.gap, gap.buildingBlock])).toEqual([
      // measures and targets, largest gap first: 3 − 0, then 3 − 1 twice in catalogue order
      ["financial-management/financial-planning-integrated", "3", "measures-and-targets"],
      ["focus-on-outcomes/coherent-measures-and-targets", "2", "measures-and-targets"],
      ["planning-monitoring-review/service-plans", "2", "measures-and-targets"],
      // rigorous review: 3 − 1, then 3 − 2
      ["planning-monitoring-review/monitored-at-every-level", "2", "rigorous-review"],
      ["democratic-and-community-engagement/executive-information", "1", "rigorous-review"],
    ]);
    expect(priorities(result)[0]?.successFactors).toEqual(["csf-8-policy-led-budget"]);
  });

  it("points to the warning signs it names itself, 'know who has to deliver, but not how' among them", () => {
    expect(diagnose(result).map((sign) => [sign.text, sign.characteristics.map((c) => c.id)])).toEqual([
      [
        "SMART (specific, measurable, achievable, relevant, time-related) targets not used for community / corporate objectives",
        ["focus-on-outcomes/coherent-measures-and-targets"],
      ],
      [
        "service planning not consistently applied across departments",
        ["planning-monitoring-review/service-plans", "planning-monitoring-review/monitored-at-every-level"],
      ],
      [
        "inadequate links between corporate planning, service planning and budget setting processes",
        ["financial-management/financial-planning-integrated"],
      ],
      ["plans that sit on the shelf", ["planning-monitoring-review/monitored-at-every-level"]],
      ["know who has to deliver, but not how", ["planning-monitoring-review/service-plans"]],
      [
        "No clear statement of approach to performance management",
        ["planning-monitoring-review/monitored-at-every-level"],
      ],
      ["Plans produced to 'sit on the shelf'", ["planning-monitoring-review/monitored-at-every-level"]],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  AssessmentError,
  appendixA,
  buildingBlocks,
  catalogueSchema,
  criticalSuccessFactors,
  defaultCatalogue,
  parseCatalogue,
  warningSigns,
} from "../../src/assessment/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { seedSection } from "./seedText.js";

const characteristics = appendixA.areas.flatMap((area) => area.characteristics);
const ids = new Set(characteristics.map((c) => c.id));

describe("Appendix A as data", () => {
  it("has the eight areas, 37 characteristics and the seven SMART sub-criteria: 44 items", () => {
    expect(appendixA.areas.map((area) => area.characteristics.length)).toEqual([4, 10, 7, 6, 6, 5, 3, 3]);
    // 4 + 3 + 7 + 6 + 6 + 5 + 3 + 3 = 37 characteristics; the focus on outcomes' 10 holds 7 sub-criteria.
    const subCriteria = characteristics.filter((c) => c.parent !== undefined);
    expect(characteristics.length - subCriteria.length).toBe(37);
    expect(subCriteria.length).toBe(7);
    expect(new Set(subCriteria.map((c) => c.parent))).toEqual(new Set(["focus-on-outcomes/targets-smart"]));
    expect(ids.size).toBe(44);
  });

  it("words every area and characteristic exactly as the seed's Appendix A does, typos included", () => {
    const appendix = seedSection("appendix a\n", "\nreferences\n");
    for (const area of appendixA.areas) expect(appendix, area.id).toContain(area.title);
    for (const characteristic of characteristics) expect(appendix, characteristic.id).toContain(characteristic.text);
    expect(appendixA.areas[4]?.title).toBe("Robust planning, monitoring review systems");
    expect(characteristics.find((c) => c.id === "people-management/employees-in-target-setting")?.text).toContain(
      "targeting setting",
    );
  });

  it("keeps ids stable kebab-case under their area", () => {
    for (const area of appendixA.areas)
      for (const characteristic of area.characteristics) expect(characteristic.id.startsWith(`${area.id}/`)).toBe(true);
    expect(ids.has("focus-on-outcomes/targets-related-and-cascaded")).toBe(true);
  });
});

describe("the seed's other lists", () => {
  it("has section 6's ten critical success factors, and the executive summary's wording of each", () => {
    expect(criticalSuccessFactors).toHaveLength(10);
    const section6 = seedSection("6.1. The evidence compiled", "appendix a\n");
    const summary = seedSection("10 factors, critical", "It is quite clear");
    for (const factor of criticalSuccessFactors) {
      expect(section6, factor.id).toContain(factor.text);
      expect(summary, factor.id).toContain(factor.summaryText);
    }
    const reworded = criticalSuccessFactors.filter((factor) => factor.summaryText !== factor.text).map((f) => f.id);
    expect(reworded).toEqual([
      "csf-2-internal-planning",
      "csf-4-committed-leadership",
      "csf-5-vision-drives-change",
      "csf-10-enabling-corporate-management",
    ]);
  });

  it("has the five building blocks in their natural sequence, each characteristic in exactly one", () => {
    const section = seedSection("2.2.2. The Public Services", "2.2.3.");
    expect(buildingBlocks.map((block) => block.title)).toEqual([
      "Bold aspirations",
      "A coherent set of measures and targets",
      "Ownership and accountability",
      "Rigorous performance review",
      "Reinforcement",
    ]);
    let last = -1;
    for (const block of buildingBlocks) {
      const at = section.indexOf(block.title);
      expect(at, block.id).toBeGreaterThan(last);
      last = at;
    }
    const placed = buildingBlocks.flatMap((block) => block.characteristics);
    expect(placed.length).toBe(44);
    expect(new Set(placed)).toEqual(ids);
  });

  it("serves a critical success factor with every characteristic", () => {
    const served = new Set(criticalSuccessFactors.flatMap((factor) => factor.characteristics));
    expect(served).toEqual(ids);
  });

  it("has 4.3's twelve symptoms and 5.4.4's six behaviours of resistance, worded as the seed words them", () => {
    const symptoms = seedSection("Authorities who struggle", "4.4.");
    const resistance = seedSection("5.4.4.", "5.4.5.");
    expect(warningSigns.filter((sign) => sign.kind === "symptom")).toHaveLength(12);
    expect(warningSigns.filter((sign) => sign.kind === "resistance")).toHaveLength(6);
    for (const sign of warningSigns)
      expect(sign.kind === "symptom" ? symptoms : resistance, sign.id).toContain(sign.text);
    expect(warningSigns.map((sign) => sign.text)).toContain("know who has to deliver, but not how");
  });

  it("is a valid catalogue: ids unique, every reference resolving", () => {
    expect(parseCatalogue(deepFreeze(structuredClone(defaultCatalogue)))).toEqual(defaultCatalogue);
  });
});

describe("catalogueSchema", () => {
  const area = (id: string, characteristicIds: string[]) => ({
    id,
    title: `Area ${id}`,
    characteristics: characteristicIds.map((c) => ({ id: c, text: c, evidence: "judgement" as const })),
  });

  it("reports each duplicate id, dangling reference and bad parent with its path", () => {
    const result = catalogueSchema.safeParse({
      areas: [
        area("a", ["a/x", "a/x"]),
        {
          ...area("b", ["b/y"]),
          characteristics: [{ id: "b/y", text: "Y", evidence: "derived", parent: "a/x" }],
        },
      ],
      buildingBlocks: [
        { id: "first", title: "First", characteristics: ["a/x", "c/z"] },
        { id: "first", title: "Again", characteristics: [] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["areas.0.characteristics.1.id", 'repeats the id "a/x" of areas.0.characteristics.0.id'],
      ["areas.1.characteristics.0.parent", 'names no characteristic of area "b": "a/x"'],
      ["buildingBlocks.0.characteristics.1", 'names no characteristic: "c/z"'],
      ["buildingBlocks.1.id", 'repeats the id "first" of buildingBlocks.0'],
    ]);
  });

  it("refuses a sub-criterion of a sub-criterion, and ids that are not kebab-case", () => {
    const nested = {
      areas: [
        {
          id: "a",
          title: "A",
          characteristics: [
            { id: "a/top", text: "Top", evidence: "judgement" },
            { id: "a/sub", text: "Sub", evidence: "judgement", parent: "a/top" },
            { id: "a/subsub", text: "Subsub", evidence: "judgement", parent: "a/sub" },
          ],
        },
      ],
    };
    expect(catalogueSchema.safeParse(nested).error?.issues.map((issue) => issue.message)).toEqual([
      'names "a/sub", itself a sub-criterion',
    ]);
    expect(catalogueSchema.safeParse({ areas: [area("Bad Id", ["x"])] }).error?.issues[0]?.path).toEqual([
      "areas",
      0,
      "id",
    ]);
  });

  it("parseCatalogue throws an AssessmentError listing every problem", () => {
    let caught: unknown;
    try {
      parseCatalogue({ areas: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssessmentError);
    expect((caught as AssessmentError).issues).toEqual([
      { path: ["areas"], message: expect.stringMatching(/>=1|at least 1/) as unknown },
    ]);
    expect((caught as AssessmentError).message).toMatch(
      /^performance-management: the catalogue is not valid \(1 problem\):\n- areas: /,
    );
  });

  it("parseCatalogue makes a catalogue whose getter or proxy trap throws its own AssessmentError (issue 19)", () => {
    const trapping = new Proxy(
      {},
      {
        get() {
          throw new Error("proxy-get areas");
        },
        ownKeys() {
          throw new Error("proxy-ownKeys");
        },
      },
    );
    const withGetter = Object.defineProperty({ id: "c" }, "areas", {
      enumerable: true,
      get() {
        throw new Error("no areas today");
      },
    });
    for (const [catalogue, cause] of [
      [trapping, /proxy-/],
      [withGetter, /no areas today/],
    ] as const) {
      let caught: unknown;
      try {
        parseCatalogue(catalogue);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AssessmentError);
      expect((caught as AssessmentError).message).toMatch(
        /^performance-management: the catalogue cannot be read: a property threw when read \(/,
      );
      expect((caught as AssessmentError).message).toMatch(cause);
    }
  });
});

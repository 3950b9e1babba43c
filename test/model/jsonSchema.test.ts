import { Ajv2020 } from "ajv/dist/2020.js";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { generateFrameworkJsonSchema } from "../../scripts/frameworkSchema.js";
import packageJson from "../../package.json" with { type: "json" };
import { frameworkJsonSchema, parseFramework, safeParseFramework } from "../../src/index.js";
import { jsonCopy, loadExample, minimalFramework } from "../helpers/fixtures.js";
import { type DocumentEdit, REMOVE, patchDocument } from "./patchDocument.js";

describe("the framework's JSON Schema as kept", () => {
  // The committed schema is the pinned zod's: under another zod (PM_ZOD, scripts/zodRange.sh) the
  // generator's output differs in ways that do not matter to the library, which no longer runs it.
  const { major, minor, patch } = z.core.version;
  const pinned = `${String(major)}.${String(minor)}.${String(patch)}` === packageJson.devDependencies.zod;
  it.skipIf(!pinned)(
    "is what the pinned zod generates from the model (run npm run schema after changing a schema)",
    () => {
      expect(frameworkJsonSchema()).toEqual(generateFrameworkJsonSchema());
    },
  );

  it("is a fresh copy on each call", () => {
    const first = frameworkJsonSchema();
    (first.$defs as Record<string, unknown>).Target = "changed";
    expect((frameworkJsonSchema().$defs as Record<string, unknown>).Target).not.toBe("changed");
  });
});

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(frameworkJsonSchema());
}

const ENTITY_DEFINITIONS = [
  "Owner",
  "Plan",
  "Objective",
  "Contribution",
  "Action",
  "Indicator",
  "Target",
  "Goal",
  "Tolerance",
  "Measurement",
  "ReviewCycle",
  "Review",
  "Id",
  "CalendarDate",
  "DecimalValue",
  "Period",
  "PlanLevel",
];

function definitionsOf(schema: Record<string, unknown>): Record<string, unknown> {
  const definitions = schema.$defs;
  expect(definitions).toBeTypeOf("object");
  return definitions as Record<string, unknown>;
}

describe("frameworkJsonSchema", () => {
  it("is a draft 2020-12 schema of an object with the framework's required fields", () => {
    const schema = frameworkJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["id", "name", "owners", "plans", "objectives", "indicators", "targets"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("survives JSON and returns a fresh object each call", () => {
    const first = frameworkJsonSchema();
    expect(jsonCopy(first)).toEqual(first);
    expect(frameworkJsonSchema()).not.toBe(first);
  });

  it("names its definitions after the entities and values they describe, never __schema0…", () => {
    const definitions = Object.keys(definitionsOf(frameworkJsonSchema()));
    expect(definitions.filter((name) => name.startsWith("__schema"))).toEqual([]);
    expect(definitions).toEqual(expect.arrayContaining(ENTITY_DEFINITIONS));
    expect(new Set(definitions).size).toBe(definitions.length);
    expect(Object.keys(definitionsOf(frameworkJsonSchema()))).toEqual(definitions);
  });

  it("refers to the named definitions, and each definition carries its title", () => {
    const schema = frameworkJsonSchema();
    expect(schema.properties).toMatchObject({
      owners: { items: { $ref: "#/$defs/Owner" } },
      targets: { items: { $ref: "#/$defs/Target" } },
    });
    for (const [name, definition] of Object.entries(definitionsOf(schema))) {
      expect(definition).toMatchObject({ title: name });
    }
    const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(definitionsOf(schema)).toHaveProperty([ref[1] ?? ""]);
    }
  });

  it("accepts the seed's examples, as parseFramework does", () => {
    const validate = validator();
    for (const name of ["stockton", "spelthorne"] as const) {
      const doc = loadExample(name);
      expect(parseFramework(doc)).toEqual(doc);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it.each([
    ["a missing id", [["id"], REMOVE], "/"],
    ["an unknown level", [["plans", 0, "level"], "county"], "/plans/0/level"],
    ["a value with a unit", [["targets", 0, "goal", "value"], "75%"], "/targets/0/goal"],
    ["a misspelt field", [["targets", 0, "ower"], "x"], "/targets/0"],
    ["a date in another format", [["targets", 0, "baseline", "date"], "31/03/2001"], "/targets/0/baseline/date"],
    ["an id with surrounding spaces", [["owners", 0, "id"], " owner-1"], "/owners/0/id"],
    ["a tolerance with both forms", [["targets", 0, "tolerance"], { percent: 1, absolute: 2 }], "/targets/0/tolerance"],
    ["money as a JSON number", [["spend"], [{ budget: "b", date: "2002-06-30", amount: 5 }]], "/spend/0/amount"],
    [
      "a negative budget",
      [["budgets"], [{ id: "b", name: "B", years: [{ year: "2002/03", amount: "-1" }] }]],
      "/budgets/0/years/0/amount",
    ],
    ["a budget line with no year", [["budgets"], [{ id: "b", name: "B", years: [] }]], "/budgets/0/years"],
    [
      "a financial year written as a date",
      [["carryForwards"], [{ budget: "b", from: "2002-03", amount: "1" }]],
      "/carryForwards/0/from",
    ],
  ] satisfies [string, DocumentEdit, string][])("refuses %s, as parseFramework does", (_name, edit, where) => {
    const doc = patchDocument(minimalFramework(), edit);
    expect(safeParseFramework(doc).success).toBe(false);
    const validate = validator();
    expect(validate(doc)).toBe(false);
    expect(
      (validate.errors ?? []).some((error) => (error.instancePath === "" ? "/" : error.instancePath).startsWith(where)),
    ).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  BRAG,
  DCA5,
  RAG,
  TrajectoryError,
  defineScale,
  evaluateFramework,
  evaluateTarget,
  statusHistory,
} from "../../src/trajectory/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { framework } from "./optionsFramework.js";

const AS_OF = "2001-10-15";

/** Each bad option, as the options it goes in, and a fragment of the message naming it. */
const BAD_SHARED_OPTIONS: readonly [string, Record<string, unknown>, RegExp][] = [
  ['tolerance { percent: "abc" }', { tolerance: { percent: "abc" } }, /options\.tolerance \{"percent":"abc"\}/u],
  ["tolerance { percent: NaN }", { tolerance: { percent: Number.NaN } }, /options\.tolerance \{"percent":null\}/u],
  ['tolerance { percent: "NaN" }', { tolerance: { percent: "NaN" } }, /options\.tolerance/u],
  ["tolerance { absolute: Infinity }", { tolerance: { absolute: Infinity } }, /options\.tolerance/u],
  ['tolerance { absolute: "Infinity" }', { tolerance: { absolute: "Infinity" } }, /options\.tolerance/u],
  ['tolerance { percent: "-5" }', { tolerance: { percent: "-5" } }, /decimal at least 0/u],
  ["tolerance { absolute: -1 }", { tolerance: { absolute: -1 } }, /options\.tolerance \{"absolute":-1\}/u],
  [
    "tolerance {} (neither key)",
    { tolerance: {} },
    /options\.tolerance \{\} must be \{ percent \}, \{ absolute \} or \{ points \}/u,
  ],
  ["tolerance with both keys", { tolerance: { percent: "5", absolute: "1" } }, /options\.tolerance/u],
  ['tolerance { ratio: "5" }', { tolerance: { ratio: "5" } }, /options\.tolerance/u],
  ['tolerance "5"', { tolerance: "5" }, /options\.tolerance "5"/u],
  ["tolerance []", { tolerance: [] }, /options\.tolerance \[\]/u],
  ["scale {}", { scale: {} }, /options\.scale \{\} is not a scale/u],
  ['scale "RAG"', { scale: "RAG" }, /options\.scale "RAG" is not a scale/u],
  ["scale with bands not an array", { scale: { ...RAG, bands: "green" } }, /options\.scale .* is not a scale/u],
  ["scale with a null band", { scale: { ...RAG, bands: [null] } }, /options\.scale .* is not a scale/u],
  [
    "scale with an unknown status",
    { scale: { ...RAG, bands: [{ status: "purple", upTo: "0" }] } },
    /options\.scale: scale "RAG": "purple" is not a rating status/u,
  ],
  [
    "scale with falling thresholds",
    {
      scale: {
        ...RAG,
        bands: [
          { status: "green", upTo: "0" },
          { status: "amber", upTo: "2" },
          { status: "red", upTo: "1" },
        ],
      },
    },
    /options\.scale: .*thresholds must be decimal strings that rise/u,
  ],
  ['scale with blueWhenGoalMet "yes"', { scale: { ...RAG, blueWhenGoalMet: "yes" } }, /options\.scale/u],
];

const BAD_AS_OF: readonly [string, Record<string, unknown>, RegExp][] = [
  ["a missing asOf", {}, /options\.asOf is missing/u],
  ["asOf as a number", { asOf: 20011015 }, /options\.asOf 20011015 is not a calendar date/u],
  ["asOf not a date", { asOf: "2001-02-30" }, /options\.asOf "2001-02-30" is not a calendar date/u],
  ["asOf as a Date", { asOf: new Date(0) }, /options\.asOf "1970-01-01T00:00:00\.000Z" is not a calendar date/u],
];

/** Calls a function as a JavaScript caller could, with options of any shape. */
type Loose = (options: Record<string, unknown>) => unknown;

const ENGINES: readonly [string, Loose][] = [
  ["evaluateTarget", (options) => evaluateTarget(framework, "t", { asOf: AS_OF, ...options })],
  ["statusHistory", (options) => statusHistory(framework, { dates: [AS_OF], ...options })],
  ["evaluateFramework", (options) => evaluateFramework(framework, { asOf: AS_OF, ...options } as never)],
  [
    "evaluateFramework (status)",
    (options) => evaluateFramework(framework, { asOf: AS_OF, detail: "status", ...options } as never),
  ],
];

describe.each(ENGINES)("%s refuses bad options with a TrajectoryError naming the option", (_, call) => {
  it.each(BAD_SHARED_OPTIONS)("%s", (_name, options, message) => {
    expectMisuse(() => call(options), TrajectoryError, message);
  });

  it.each([
    ["tolerance", { tolerance: { percent: "5" } }],
    ["a tolerance of 0", { tolerance: { absolute: "0" } }],
    ["a tolerance as a finite number", { tolerance: { percent: 7.5 } }],
    ["a null tolerance (absent)", { tolerance: null }],
    ["BRAG", { scale: BRAG }],
    ["DCA5", { scale: DCA5 }],
    ["a copy of RAG", { scale: { ...RAG } }],
    ["a defined scale", { scale: defineScale({ id: "s", bands: [{ status: "green", upTo: "0" }], beyond: "red" }) }],
  ])("accepts %s", (_name, options) => {
    expect(() => call(options)).not.toThrow();
  });
});

describe("the asOf of evaluateTarget and evaluateFramework", () => {
  it.each(BAD_AS_OF)("%s", (_name, options, message) => {
    const { asOf } = options;
    const given = asOf === undefined ? {} : { asOf };
    expectMisuse(() => evaluateTarget(framework, "t", given as never), TrajectoryError, message);
    expectMisuse(() => evaluateFramework(framework, given as never), TrajectoryError, message);
    expectMisuse(() => evaluateFramework(framework, { ...given, detail: "status" } as never), TrajectoryError, message);
  });

  it("options missing altogether", () => {
    expectMisuse(
      () => evaluateTarget(framework, "t", undefined as never),
      TrajectoryError,
      /options must be an object; got undefined/u,
    );
    expectMisuse(
      () => evaluateFramework(framework, null as never),
      TrajectoryError,
      /options must be an object; got null/u,
    );
    expectMisuse(() => statusHistory(framework, undefined as never), TrajectoryError, /options must be an object/u);
  });
});

describe("evaluateFramework's detail", () => {
  it.each([["fast"], [1], [null], ["STATUS"]])("refuses detail %j", (detail) => {
    expectMisuse(
      () => evaluateFramework(framework, { asOf: AS_OF, detail } as never),
      TrajectoryError,
      /options\.detail .* is not one of "full", "status"/u,
    );
  });
});

describe("statusHistory's dates", () => {
  it.each([
    ["missing", undefined, /options\.dates undefined must be an array/u],
    ["a string", "2001-10-15", /options\.dates "2001-10-15" must be an array/u],
    ["a bad date", ["2001-10-15", "2001-13-01"], /options\.dates\[1\] "2001-13-01" is not a calendar date/u],
    ["a number", [20011015], /options\.dates\[0\] 20011015 is not a calendar date/u],
    ["a hole", [undefined], /options\.dates\[0\] is missing/u],
  ])("refuses dates %s", (_name, dates, message) => {
    expectMisuse(() => statusHistory(framework, { dates } as never), TrajectoryError, message);
  });
});

describe("good options give the results they gave before", () => {
  it("a tolerance given as options judges as one given by the target", () => {
    const wide = evaluateTarget(framework, "t", { asOf: AS_OF, tolerance: { absolute: "10" } });
    expect([wide.status, wide.tolerance]).toEqual(["amber", "10"]);
    expect(statusHistory(framework, { dates: [AS_OF], tolerance: { absolute: "10" } }).targets[0]?.statuses).toEqual([
      "amber",
    ]);
    expect(evaluateTarget(framework, "t", { asOf: AS_OF, tolerance: { absolute: "0" } }).status).toBe("red");
  });
});

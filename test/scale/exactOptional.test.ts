// Issue 24: option types accept `undefined` where the runtime does. A consumer compiling with
// `exactOptionalPropertyTypes` writes `{ asOf, year: maybeYear }` with `maybeYear: string | undefined`;
// every optional option must say `| undefined` for that to compile, as the engines accept it.
import { describe, expect, it } from "vitest";
import { costPerOutcome, evaluateFramework, monitorBudgets, parseFramework } from "../../src/index.js";
import { compileSnippet } from "../helpers/compileSnippet.js";
import { loadExample } from "../helpers/fixtures.js";

/** Every exported options interface of the library. */
const OPTIONS = [
  "CatalogueOptions",
  "DeriveEvidenceOptions",
  "AssessOptions",
  "EvaluateTargetOptions",
  "RollUpOptions",
  "ExpectedValueOptions",
  "StatusHistoryOptions",
  "EvaluateFrameworkOptions",
  "PerformanceReportOptions",
  "TrajectorySvgOptions",
  "CascadeMermaidOptions",
  "SparklineSvgOptions",
  "ReportHtmlOptions",
  "ReportMarkdownOptions",
  "PlanOverviewOptions",
  "OverdueReviewsOptions",
  "ReviewsDueOptions",
  "ReviewScheduleOptions",
  "TraceUpOptions",
  "NarrateOptions",
  "ActionsInHandOptions",
  "MonitorBudgetsOptions",
  "CostPerOutcomeOptions",
  "ResourcesByAimOptions",
  "CheckCascadeOptions",
];

/** Compiles `code` against the library's sources with `exactOptionalPropertyTypes`, and gives its errors. */
const compile = (code: string): string[] => compileSnippet(code, { exactOptionalPropertyTypes: true });

const PRELUDE = `
import type * as PM from "performance-management";
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
/** The optional keys of T that do not take undefined, or never. */
// Required<T> drops the undefined that optionality adds, and under exactOptionalPropertyTypes keeps a written one.
type Strict<T> = { [K in OptionalKeys<T>]-?: undefined extends Required<T>[K] ? never : K }[OptionalKeys<T>];
type Accepts<T, Missing extends never> = [T, Missing];
`;

describe("option types under exactOptionalPropertyTypes (issue 24)", () => {
  it("every optional option takes undefined, as the runtime does", () => {
    const checks = OPTIONS.map((name) => `export type Check${name} = Accepts<PM.${name}, Strict<PM.${name}>>;`);
    expect(compile(`${PRELUDE}\n${checks.join("\n")}\n`)).toEqual([]);
  });

  it("the check bites: an optional key without | undefined is reported", () => {
    const errors = compile(
      `${PRELUDE}\ninterface Loose { readonly asOf?: string }\nexport type CheckLoose = Accepts<Loose, Strict<Loose>>;\n`,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("asOf");
  });

  it("compiles a call with a maybe-undefined option, and the engines take it as absent", () => {
    expect(
      compile(`
import { RAG, evaluateFramework, type Framework } from "performance-management";
declare const framework: Framework;
declare const strict: boolean;
const maybeScale = strict ? RAG : undefined;
evaluateFramework(framework, { asOf: "2001-07-15", scale: maybeScale, tolerance: undefined });
`),
    ).toEqual([]);
    const stockton = parseFramework(loadExample("stockton"));
    expect(evaluateFramework(stockton, { asOf: "2001-07-15", scale: undefined, tolerance: undefined })).toEqual(
      evaluateFramework(stockton, { asOf: "2001-07-15" }),
    );
    expect(monitorBudgets(stockton, { asOf: "2001-07-15", year: undefined, tolerances: undefined })).toEqual(
      monitorBudgets(stockton, { asOf: "2001-07-15" }),
    );
    expect(costPerOutcome(stockton, { asOf: "2001-07-15", year: undefined })).toEqual(
      costPerOutcome(stockton, { asOf: "2001-07-15" }),
    );
  });
});

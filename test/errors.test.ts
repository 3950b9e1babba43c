import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as accountability from "../src/accountability/index.js";
import * as report from "../src/report/index.js";
import * as cascade from "../src/cascade/index.js";
import * as model from "../src/model/index.js";
import * as review from "../src/review/index.js";
import * as trajectory from "../src/trajectory/index.js";
import * as assessment from "../src/assessment/index.js";
import {
  AccountabilityError,
  AssessmentError,
  CascadeConfigError,
  FrameworkValidationError,
  PerformanceManagementError,
  ReviewError,
  TrajectoryError,
  checkCascade,
  expectedValue,
  parseCatalogue,
  parseFramework,
  reviewsDue,
  traceUp,
} from "../src/index.js";
import { minimalFramework } from "./helpers/fixtures.js";

/** The error a call throws, or a failed expectation when it throws nothing. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  expect.fail("expected the call to throw");
}

const target = minimalFramework().targets[0];

const cases = [
  {
    name: "FrameworkValidationError",
    errorClass: FrameworkValidationError,
    code: "framework-validation",
    throwIt: () => parseFramework({ id: "fw" }),
    message: "performance-management: the framework is not valid (6 problems):\n- name: is required.",
  },
  {
    name: "CascadeConfigError",
    errorClass: CascadeConfigError,
    code: "cascade-config",
    throwIt: () => checkCascade(minimalFramework(), { rules: { "no-such-rule": "error" } }),
    message: 'performance-management: unknown cascade rule "no-such-rule" in options.rules; ',
  },
  {
    name: "TrajectoryError",
    errorClass: TrajectoryError,
    code: "trajectory",
    throwIt: () => (target === undefined ? undefined : expectedValue(target, "31/03/2002")),
    message: 'performance-management: date "31/03/2002" is not a calendar date written YYYY-MM-DD',
  },
  {
    name: "ReviewError",
    errorClass: ReviewError,
    code: "review",
    throwIt: () => reviewsDue(minimalFramework(), "no-such-cycle", { kind: "plan", id: "p" }, { asOf: "2001-10-01" }),
    message: 'performance-management: there is no review cycle "no-such-cycle"',
  },
  {
    name: "AccountabilityError",
    errorClass: AccountabilityError,
    code: "accountability",
    throwIt: () => traceUp(minimalFramework(), "no-such-objective"),
    message: 'performance-management: "no-such-objective" names no objective, target or action',
  },
  {
    name: "ReportError",
    errorClass: report.ReportError,
    code: "report",
    throwIt: () => report.performanceReport(minimalFramework(), { asOf: "31/03/2002" }),
    message: 'performance-management: options.asOf "31/03/2002" is not a calendar date',
  },
  {
    name: "AssessmentError",
    errorClass: AssessmentError,
    code: "assessment",
    throwIt: () => parseCatalogue({ areas: [] }),
    message: "performance-management: the catalogue is not valid (1 problem):\n- areas: ",
  },
] as const;

describe("PerformanceManagementError", () => {
  it.each(cases)("is the base of $name, which keeps its name, code and message", (errorCase) => {
    const error = thrownBy(errorCase.throwIt);
    expect(error).toBeInstanceOf(errorCase.errorClass);
    expect(error).toBeInstanceOf(PerformanceManagementError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: errorCase.name, code: errorCase.code });
    expect((error as Error).message.startsWith(errorCase.message)).toBe(true);
    expect((error as Error).stack).toContain(errorCase.name);
    expect(String(error)).toMatch(new RegExp(`^${errorCase.name}: performance-management: `));
  });

  it("gives each error class a code of its own", () => {
    const codes = cases.map((errorCase) => (thrownBy(errorCase.throwIt) as PerformanceManagementError).code);
    expect(new Set(codes).size).toBe(cases.length);
  });

  it("lets a caller catch every misuse error in one place", () => {
    const caught: string[] = [];
    for (const errorCase of cases) {
      try {
        errorCase.throwIt();
      } catch (error) {
        if (error instanceof PerformanceManagementError) caught.push(error.code);
        else throw error;
      }
    }
    expect(caught).toEqual([
      "framework-validation",
      "cascade-config",
      "trajectory",
      "review",
      "accountability",
      "report",
      "assessment",
    ]);
  });

  it("is one class, exported from the root and from every subpath", () => {
    expect(model.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(cascade.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(trajectory.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(review.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(accountability.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(report.PerformanceManagementError).toBe(root.PerformanceManagementError);
    expect(assessment.PerformanceManagementError).toBe(root.PerformanceManagementError);
  });

  it("is not an error a domain problem throws: a valid framework with findings throws nothing", () => {
    expect(() => checkCascade(minimalFramework())).not.toThrow();
  });
});

describe("errors as plain JSON, with the error behind them (issue 24)", () => {
  it("keeps name, code and message through JSON.stringify, which gives {} for a bare Error", () => {
    const error = thrownBy(() => expectedValue(target as never, "31/03/2002"));
    expect(error).toBeInstanceOf(TrajectoryError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "TrajectoryError",
      code: "trajectory",
      message: 'performance-management: date "31/03/2002" is not a calendar date written YYYY-MM-DD',
      cause: null,
    });
    expect(JSON.stringify(new Error("lost"))).toBe("{}");
  });

  it("carries the issues of a validation or catalogue error", () => {
    const invalid = thrownBy(() => parseFramework({ id: "fw" }));
    expect(invalid).toBeInstanceOf(FrameworkValidationError);
    const json = JSON.parse(JSON.stringify(invalid)) as { code: string; issues: unknown[] };
    expect(json.code).toBe("framework-validation");
    expect(json.issues).toEqual((invalid as FrameworkValidationError).issues);
  });

  it("keeps the error behind it as its cause: a getter that throws, a malformed locale, a scale refused", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new RangeError("no reading this");
        },
        ownKeys() {
          throw new RangeError("no reading this");
        },
      },
    );
    const catalogue = thrownBy(() => parseCatalogue(hostile));
    expect(catalogue).toBeInstanceOf(AssessmentError);
    expect((catalogue as AssessmentError).cause).toBeInstanceOf(RangeError);
    expect(JSON.parse(JSON.stringify(catalogue))).toMatchObject({ code: "assessment", cause: "no reading this" });
    const locale = thrownBy(() =>
      report.performanceReport(minimalFramework(), { asOf: "2001-07-01", locale: "en_GB!" }),
    );
    expect(locale).toBeInstanceOf(report.ReportError);
    expect((locale as Error).cause).toBeInstanceOf(RangeError);
    const scale = thrownBy(() =>
      root.evaluateFramework(minimalFramework(), {
        asOf: "2001-07-01",
        // Bands out of order: defineScale refuses it, and its error is the cause.
        scale: {
          id: "muddled",
          bands: [
            { status: "amber", upTo: "0.5" },
            { status: "green", upTo: "0" },
          ],
          beyond: "red",
        } as never,
      }),
    );
    expect(scale).toBeInstanceOf(TrajectoryError);
    expect((scale as Error).cause).toBeInstanceOf(Error);
    // An error with nothing behind it has a null cause, in JSON too (every field present, docs/results.md).
    expect(JSON.parse(JSON.stringify(thrownBy(() => traceUp(minimalFramework(), "nothing"))))).toHaveProperty(
      "cause",
      null,
    );
  });
});

// Issue 8, item 8: hostile documents get answers of bounded size, in memory proportional to the input.
import { describe, expect, it } from "vitest";
import { frameworkIssuesFrom } from "../../src/model/issueMessages.js";
import {
  Framework,
  FrameworkValidationError,
  MAX_FRAMEWORK_ISSUES,
  MAX_ISSUES_IN_MESSAGE,
  type TooManyIssuesIssue,
  parseFramework,
  safeParseFramework,
} from "../../src/index.js";

const empty = { id: "fw", name: "F", owners: [], plans: [], objectives: [], indicators: [], targets: [] };

function failure(input: unknown): FrameworkValidationError {
  const result = safeParseFramework(input);
  expect(result.success).toBe(false);
  if (result.success) throw new Error("expected a failure");
  return result.error;
}

describe("bounded answers (issue 8, item 8)", () => {
  it("answers the issue's document (one 20,000-character id, 30,000 bad links) with short messages", () => {
    const id = "x".repeat(20_000);
    const contributesTo = Array.from({ length: 30_000 }, () => ({ objective: 5 }));
    const error = failure({ ...empty, objectives: [{ id, plan: "p", title: "T", contributesTo }] });
    expect(error.issues).toHaveLength(MAX_FRAMEWORK_ISSUES + 1);
    for (const issue of error.issues) expect(issue.message.length).toBeLessThan(300);
    expect(error.issues[0]?.message).toContain("(20000 characters)");
    const last = error.issues[MAX_FRAMEWORK_ISSUES] as TooManyIssuesIssue;
    expect(last).toMatchObject({ code: "too_many_issues", path: [], omitted: 30_000 - MAX_FRAMEWORK_ISSUES });
    expect(last.message).toContain("29000 more problems were found and not listed");
    expect(error.message.length).toBeLessThan(10_000);
    expect(error.message).toContain("(30000 problems)");
    expect(error.message).toContain(`and ${30_000 - MAX_ISSUES_IN_MESSAGE} more`);
  });

  it("counts the issues past the cap exactly as it would list them, union branches included", () => {
    const target = (i: number): unknown => ({
      id: `t-${i}`,
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-01-01", value: "1" },
      goal: i % 2 === 0 ? { date: "2002-01-01", change: { percent: "x" } } : { date: "x", low: 1, high: "y" },
    });
    const input = {
      ...empty,
      targets: Array.from({ length: 1_500 }, (_, i) => target(i)),
    };
    const everyIssue = Framework.safeParse(input);
    const full = everyIssue.success ? [] : frameworkIssuesFrom(everyIssue.error.issues, input);
    expect(full.length).toBeGreaterThan(MAX_FRAMEWORK_ISSUES);
    const error = failure(input);
    expect(error.issues.slice(0, MAX_FRAMEWORK_ISSUES)).toEqual(full.slice(0, MAX_FRAMEWORK_ISSUES));
    expect(error.issues[MAX_FRAMEWORK_ISSUES]).toMatchObject({ omitted: full.length - MAX_FRAMEWORK_ISSUES });
  });

  it("keeps every listed issue when there are no more than the maximum, and says nothing more", () => {
    const error = failure({ ...empty, measurements: new Array<number>(MAX_FRAMEWORK_ISSUES).fill(0) });
    expect(error.issues).toHaveLength(MAX_FRAMEWORK_ISSUES);
    expect(error.issues.every((issue) => issue.code === "invalid_type")).toBe(true);
    expect(error.message.split("\n")).toHaveLength(1 + MAX_ISSUES_IN_MESSAGE + 1);
  });

  it("lists at most ten unknown keys in a message, each abbreviated, and keeps them all in keys", () => {
    const extra = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${"k".repeat(100)}${i}`, i]));
    const error = failure({ ...empty, ...extra });
    const issue = error.issues[0];
    expect(issue?.code).toBe("unrecognized_keys");
    expect(issue?.code === "unrecognized_keys" ? issue.keys : []).toHaveLength(50);
    expect(issue?.message).toContain("and 40 more");
    expect(issue?.message.length).toBeLessThan(2_000);
  });

  it("answers 50,000 bad measurements with an answer of bounded size (the 16 MB document, scaled down)", () => {
    let error: unknown;
    try {
      parseFramework({ ...empty, measurements: new Array<number>(50_000).fill(0) });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FrameworkValidationError);
    const issues = (error as FrameworkValidationError).issues;
    expect(issues).toHaveLength(MAX_FRAMEWORK_ISSUES + 1);
    expect(issues[MAX_FRAMEWORK_ISSUES]).toMatchObject({ omitted: 50_000 - MAX_FRAMEWORK_ISSUES });
    // Before the fix every measurement kept an issue: 50,000 of them, 7 MB as JSON, 3 MB of message.
    expect(JSON.stringify(issues).length).toBeLessThan(300_000);
    expect((error as Error).message.length).toBeLessThan(5_000);
  });

  it("keeps issues in document order: the top level's fields, each list's entries, then unknown fields", () => {
    const error = failure({ ...empty, name: "", owners: [{ id: "" }], targets: 5, typo: 1 });
    expect(error.issues.map((issue) => issue.path[0] ?? "(root)")).toEqual([
      "name",
      "owners",
      "owners",
      "owners",
      "targets",
      "(root)",
    ]);
  });
});

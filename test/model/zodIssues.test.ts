import { describe, expect, it } from "vitest";
import { Framework, Target, issuesFromZodError, safeParseFramework } from "../../src/index.js";
import { minimalFramework } from "../helpers/fixtures.js";

describe("issuesFromZodError (issue 24)", () => {
  const badTarget = {
    id: "t",
    objective: "o",
    indicator: "i",
    baseline: { date: "2001-02-30", value: "abc" },
    goal: { date: "2002-03-31", value: "50" },
  };

  it("gives a part's issues as safeParseFramework gives them for the part in its document", () => {
    const result = Target.safeParse(badTarget);
    if (result.success) expect.fail("the target parsed");
    const whole = safeParseFramework({ ...minimalFramework(), targets: [badTarget] });
    if (whole.success) expect.fail("the framework parsed");
    const issues = issuesFromZodError(result.error, badTarget, ["targets", 0]);
    expect(issues).toEqual(whole.error.issues);
    expect(issues.map((issue) => issue.message)).toEqual([
      'target "t" (targets[0]), baseline.date: must be a real calendar date written YYYY-MM-DD (found the text "2001-02-30").',
      'target "t" (targets[0]), baseline.value: must be a decimal number such as 95.5 (found the text "abc").',
    ]);
  });

  it("reads a whole document without a path, and places a part under a key called __proto__ as under any other", () => {
    const document = { ...minimalFramework(), owners: "none" };
    const result = Framework.safeParse(document);
    if (result.success) expect.fail("the framework parsed");
    const issues = issuesFromZodError(result.error, document);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[["owners"], "invalid_type"]]);
    expect(issues[0]?.message).toMatch(/^owners: /u);
    const part = Target.safeParse({ ...badTarget, goal: undefined });
    if (part.success) expect.fail("the target parsed");
    const placed = issuesFromZodError(part.error, { ...badTarget, goal: undefined }, ["__proto__"]);
    expect(placed.map((issue) => issue.path)).toEqual([
      ["__proto__", "baseline", "date"],
      ["__proto__", "baseline", "value"],
      ["__proto__", "goal"],
    ]);
    expect(placed[0]?.message).toContain('found the text "2001-02-30"');
  });
});

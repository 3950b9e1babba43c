// Issue 24: what the README says the library prints, it prints. The quick start's comments quote
// a validation issue and a checker finding; each is checked against the library's real output.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCascade, parseFramework, safeParseFramework } from "../../src/index.js";
import { loadExample, minimalFramework } from "../helpers/fixtures.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const quickStart = /## Quick start\n\n```ts\n([\s\S]*?)```/u.exec(readme)?.[1] ?? "";

describe("README.md's quick start says what the library prints", () => {
  it("quotes the issue safeParseFramework gives for an impossible baseline date", () => {
    const quoted = /\/\/ (target "t-1" \(targets\[0\]\), baseline\.date: .*)$/mu.exec(quickStart)?.[1];
    expect(quoted).toBeDefined();
    const framework = minimalFramework();
    const target = { ...(framework.targets[0] as object), id: "t-1", baseline: { date: "2001-02-30", value: "60" } };
    const result = safeParseFramework({ ...framework, targets: [target] });
    if (result.success) expect.fail("the framework parsed");
    expect(result.error.issues.map((issue) => issue.message)).toContain(quoted);
  });

  it("quotes a finding the checker gives on Stockton as of the date it passes", () => {
    const quoted = /\/\/ (warning|error|info) ([a-z-]+) (.+)$/mu.exec(
      quickStart.slice(quickStart.indexOf("On examples/frameworks/stockton.json")),
    );
    expect(quoted).not.toBeNull();
    const asOf = /checkCascade\(index, \{ asOf: "(\d{4}-\d{2}-\d{2})" \}\)/u.exec(quickStart)?.[1];
    const findings = checkCascade(parseFramework(loadExample("stockton")), { asOf: asOf ?? "" }).findings;
    expect(findings.map((finding) => [finding.severity, finding.ruleId, finding.message])).toContainEqual([
      quoted?.[1],
      quoted?.[2],
      quoted?.[3],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { type Finding, type Framework, checkCascade } from "../../src/index.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";
import { baseFramework, byId } from "./harness.js";

/** The base framework moved 7,994 years on: its plans run from 9995-04-01 to 9999-03-31. */
function farFuture(edit: (framework: Framework) => void = () => undefined): Framework {
  const moved = JSON.parse(
    JSON.stringify(baseFramework()).replace(/"(200\d)-/gu, (_, year: string) => `"${String(Number(year) + 7994)}-`),
  ) as Framework;
  const copy = jsonCopy(moved);
  edit(copy);
  return deepFreeze(copy);
}

function findings(framework: Framework, asOf: string, ruleId: string): Finding[] {
  return checkCascade(framework, { asOf }).findings.filter((finding) => finding.ruleId === ruleId);
}

const FIVE_DIGIT_YEAR = /\d{5}-\d{2}-\d{2}/u;

describe("the cascade rules at the calendar's end (9999-12-31)", () => {
  it("unmeasured: a first figure due past 9999-12-31 is not due within the calendar: no finding", () => {
    const late = farFuture((f) => {
      const target = byId(f.targets, "t-top-short");
      target.baseline = { date: "9999-10-31", value: "100" };
      target.goal = { date: "9999-12-31", value: "90" };
    });
    expect(findings(late, "9999-12-31", "unmeasured").filter((f) => f.subject.id === "t-top-short")).toEqual([]);
  });

  it("unmeasured: a figure due inside the calendar's last months is still reported", () => {
    const late = farFuture((f) => {
      const target = byId(f.targets, "t-top-short");
      target.baseline = { date: "9999-06-30", value: "100" };
      target.goal = { date: "9999-12-31", value: "90" };
    });
    const found = findings(late, "9999-12-31", "unmeasured").filter((f) => f.subject.id === "t-top-short");
    // The quarter to 30 September is due six weeks (the default 42 days) later: 11 November.
    expect(found.map((f) => f.data.due)).toEqual(["9999-11-11"]);
  });

  it("review-overdue: a review due past 9999-12-31 is never overdue", () => {
    const late = farFuture((f) => {
      byId(f.plans, "svc").period.end = "9999-12-31";
      byId(f.targets, "t-svc").goal.date = "9999-12-31";
      f.reviews = [{ cycle: "rc-targets", subject: "t-svc", date: "9999-11-15" }];
    });
    const found = findings(late, "9999-12-31", "review-overdue").filter((f) => f.subject.id === "t-svc");
    expect(found).toEqual([]);
  });

  it("unbalanced-measures: a target of under twelve months that ends on 9999-12-31 is short-term, one of under 36 months is not long-term", () => {
    const late = farFuture((f) => {
      f.targets = f.targets.filter((t) => t.id !== "t-top-short" && t.id !== "t-corp-short");
      const long = byId(f.targets, "t-top-long");
      long.baseline.date = "9999-03-31";
      long.goal.date = "9999-12-31";
      const corporate = byId(f.targets, "t-corp-long");
      corporate.baseline.date = "9997-03-31";
      corporate.goal.date = "9999-12-31";
    });
    // Judged over the whole framework: t-top-long (9 months to 9999-12-31) is short-term, and neither
    // t-corp-long (33 months) nor t-svc (24 months) is long-term.
    const messageIds = findings(late, "9999-12-31", "unbalanced-measures").map((f) => f.messageId);
    expect(messageIds).not.toContain("noShortTerm");
    expect(messageIds).toContain("noLongTerm");
  });

  it("deadline-after-parent and smart compare dates at the calendar's end correctly", () => {
    const late = farFuture((f) => {
      byId(f.plans, "svc").period.end = "9999-12-31";
      byId(f.targets, "t-svc").goal.date = "9999-12-31";
      byId(f.targets, "t-corp-long").goal.date = "9999-12-30";
    });
    const parent = findings(late, "9999-12-31", "deadline-after-parent").filter((f) => f.subject.id === "t-svc");
    expect(parent.map((f) => f.data)).toEqual([
      { target: "t-svc", due: "9999-12-31", parent: "corp-obj", parentDue: "9999-12-30" },
    ]);
    const smart = findings(late, "9999-12-31", "smart").filter((f) => f.subject.id === "t-svc");
    expect(smart.map((f) => f.messageId)).toEqual([]);
  });

  it("no finding of the moved framework names a date past 9999-12-31, whatever the asOf", () => {
    for (const asOf of ["9995-06-15", "9998-12-31", "9999-06-30", "9999-12-31"]) {
      const report = checkCascade(farFuture(), { asOf });
      for (const finding of report.findings) {
        expect(finding.message).not.toMatch(FIVE_DIGIT_YEAR);
        expect(JSON.stringify(finding.data)).not.toMatch(FIVE_DIGIT_YEAR);
      }
    }
  });
});

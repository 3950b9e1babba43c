import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  assess,
  deriveEvidence,
  diagnose,
  monitorBudgets,
  overdueReviews,
  performanceReport,
  priorities,
  renderReportHtml,
  renderReportMarkdown,
  reviewSchedule,
  traceDown,
  traceUp,
} from "../../src/index.js";
import { example } from "../helpers/fixtures.js";
import { printedResult, root, runCli, spelthorne, stockton } from "./run.js";
import { perTest } from "../helpers/perTest.js";

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const stocktonFramework = example("stockton");
const spelthorneFramework = example("spelthorne");
const spelthorneAssessment = `${root}examples/assessments/spelthorne.json`;

describe("trace", () => {
  it("narrates the receptionist's chain up to the well-being strand, with each step's owner", async () => {
    const { code, out } = await runCli(["trace", stockton, "io-key-tags"]);
    expect(code).toBe(0);
    // Seed 5.3.5.6: "so that the keys do not get lost so that the locks do not need to be changed ..."
    expect(out).toContain("Receptionist puts key tag on keys, tying a good knot so that the keys do not get lost");
    expect(out).toContain(
      "  1. objective Receptionist puts key tag on keys, tying a good knot (io-key-tags) [individual plan plan-receptionist]: owner Housing office receptionist (receptionist-housing), direct link",
    );
    expect(out).toMatch(
      / {2}5\. objective .* \(cp-wellbeing\) .*: owner Cabinet member for safety and social well-being \(cllr-wellbeing\)\n/,
    );
  });

  it("names the New Deal chain indirect, through the Employment Service", async () => {
    const { out } = await runCli(["trace", stockton, "so-new-deal"]);
    expect(out).toContain("Chain 1 (indirect, reaches the top)");
    expect(out).toContain("indirect link with employment-service");
  });

  it("--format json is traceUp's and traceDown's result", async () => {
    const up = await runCli(["trace", stockton, "t-relet-28-days", "--kind", "target", "--format", "json"]);
    expect(printedResult(up.out, "Trace")).toEqual(
      asJson(traceUp(stocktonFramework, "t-relet-28-days", { kind: "target" })),
    );
    const down = await runCli(["trace", stockton, "cp-wellbeing", "--down", "--format", "json"]);
    expect(printedResult(down.out, "ContributionTree")).toEqual(asJson(traceDown(stocktonFramework, "cp-wellbeing")));
  });

  it("--down indents the tree by depth; an unknown id is misuse (exit 2)", async () => {
    const { out } = await runCli(["trace", stockton, "cp-wellbeing", "--down"]);
    // io-key-tags is four links below cp-wellbeing: depth 4, so five levels of indentation.
    expect(out).toContain("\n          Receptionist puts key tag on keys, tying a good knot (io-key-tags)");
    const missing = await runCli(["trace", stockton, "no-such-objective"]);
    expect([missing.code, missing.out]).toEqual([2, ""]);
    expect(missing.err).toContain("no-such-objective");
  });
});

describe("assess", () => {
  it("--format json holds assess, priorities and diagnose as the API returns them", async () => {
    const document = JSON.parse(readFileSync(spelthorneAssessment, "utf8")) as { responses: never[] };
    const assessment = assess(document.responses);
    const { code, out } = await runCli(["assess", spelthorneAssessment, "--format", "json"]);
    expect(code).toBe(0);
    expect(printedResult(out, "AssessOutput")).toEqual(
      asJson({ assessment, priorities: priorities(assessment), diagnosis: diagnose(assessment), derived: null }),
    );
  });

  it("derives evidence from a framework as of a date, and prints the profile with its limiting area", async () => {
    const argv = ["assess", spelthorneAssessment, "--framework", spelthorne, "--as-of", "2002-03-31"];
    const json = JSON.parse((await runCli([...argv, "--format", "json"])).out) as { derived: unknown };
    expect(json.derived).toEqual(asJson(deriveEvidence(spelthorneFramework, { asOf: "2002-03-31" })));
    const { out } = await runCli(argv);
    expect(out).toMatch(/^Overall: \d/);
    expect(out).toContain("Limiting area: ");
    expect(out).toContain("\nPriorities\n  1. ");
  });

  it("a list of responses works too; a bad response is invalid input (exit 1), --framework alone misuse (exit 2)", async () => {
    const good = await runCli(["assess", "-"], {
      stdin: JSON.stringify([{ characteristic: "planning-monitoring-review/corporate-plan", rating: 3 }]),
    });
    expect(good.code).toBe(0);
    const bad = await runCli(["assess", "-"], { stdin: JSON.stringify([{ characteristic: "no-such", rating: 3 }]) });
    expect(bad.code).toBe(1);
    // The package's name is said once, first, not again after the file's name.
    expect(bad.err).toBe(
      'performance-management: standard input: responses[0].characteristic names no characteristic of the catalogue: "no-such"\n',
    );
    expect((await runCli(["assess", "-"], { stdin: "{}" })).code).toBe(1);
    expect((await runCli(["assess", spelthorneAssessment, "--framework", spelthorne])).code).toBe(2);
  });
});

describe("report", () => {
  const report = perTest(() => performanceReport(stocktonFramework, { asOf: "2001-07-15" }));

  it("prints the Markdown report, or HTML, or the report object, as the API renders them", async () => {
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15"])).out).toBe(renderReportMarkdown(report()));
    // HTML carries the charts by default (a sparkline beside each exception, its full chart linked); --no-charts leaves them out.
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "html"])).out).toBe(
      renderReportHtml(report(), { charts: stocktonFramework }),
    );
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "html", "--no-charts"])).out).toBe(
      renderReportHtml(report()),
    );
    const json = await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "json"]);
    expect(printedResult(json.out, "PerformanceReport")).toEqual(asJson(report()));
  });

  it("writes --out, and passes --audience, --from/--to and --scale to the report", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pm-cli-"));
    try {
      const out = join(folder, "report.md");
      const argv = ["report", stockton, "--as-of", "2001-07-15", "--audience", "scrutiny", "--out", out];
      const run = await runCli([...argv, "--from", "2001-04-01", "--to", "2001-06-30", "--scale", "BRAG"]);
      expect([run.code, run.out]).toEqual([0, ""]);
      const expected = performanceReport(stocktonFramework, {
        asOf: "2001-07-15",
        audience: "scrutiny",
        period: { from: "2001-04-01", to: "2001-06-30" },
        scale: (await import("../../src/index.js")).BRAG,
      });
      expect(readFileSync(out, "utf8")).toBe(renderReportMarkdown(expected));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15", "--from", "2001-04-01"])).code).toBe(2);
  });
});

describe("schedule and overdue", () => {
  it("--format json is reviewSchedule's and overdueReviews's result", async () => {
    const schedule = await runCli([
      "schedule",
      stockton,
      "--from",
      "2001-04-01",
      "--to",
      "2001-09-30",
      "--format",
      "json",
    ]);
    expect(printedResult(schedule.out, "ReviewSchedule")).toEqual(
      asJson(reviewSchedule(stocktonFramework, { from: "2001-04-01", to: "2001-09-30" })),
    );
    const overdue = await runCli(["overdue", stockton, "--as-of", "2002-06-30", "--format", "json"]);
    expect(printedResult(overdue.out, "OverdueOutput")).toEqual({
      asOf: "2002-06-30",
      reviews: asJson(overdueReviews(stocktonFramework, { asOf: "2002-06-30" })),
    });
  });

  it("lists each review with its due date, and each overdue one with its days", async () => {
    const schedule = await runCli(["schedule", stockton, "--from", "2001-04-01", "--to", "2001-09-30"]);
    const expected = reviewSchedule(stocktonFramework, { from: "2001-04-01", to: "2001-09-30" });
    expect(schedule.out).toContain(`Reviews due from 1 April 2001 to 30 September 2001: ${expected.reviews.length}\n`);
    // The quarter to 30 June, reported to cabinet within two months (issue 20: deadlines).
    expect(schedule.out).toContain(
      "  due 31 August 2001  target Zero homelessness (t-zero-homelessness): period 1 April 2001 to 30 June 2001, Quarterly reports on progress against targets/Performance Indicators (rc-quarterly-targets), by Cabinet: the leader, deputy and five members (cabinet); done 31 July 2001 (Progress reported to cabinet)\n",
    );
    const overdue = await runCli(["overdue", stockton, "--as-of", "2002-06-30"]);
    // The annual review of 2001/02 was due by 12 May 2002 (six weeks after 31 March): 19 + 30 = 49
    // days before 30 June 2002.
    expect(overdue.out).toContain(
      "  49 days overdue  plan Stockton Community Plan: promoting achievement and tackling disadvantage (plan-community): due 12 May 2002, An annual review of plans (rc-annual-plan-review), by Cabinet: the leader, deputy and five members (cabinet); never reviewed\n",
    );
    expect((await runCli(["overdue", stockton])).code).toBe(2);
  });
});

describe("budgets", () => {
  it("--format json is monitorBudgets's result", async () => {
    const run = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(printedResult(run.out, "BudgetMonitoring")).toEqual(
      asJson(monitorBudgets(stocktonFramework, { asOf: "2001-07-15" })),
    );
    const year = await runCli(["budgets", stockton, "--as-of", "2002-06-30", "--year", "2001/02", "--format", "json"]);
    expect((JSON.parse(year.out) as { year: string }).year).toBe("2001/02");
  });

  it("reads each line, its holder and objective by name, money as members read it, and the totals", async () => {
    const { code, out } = await runCli(["budgets", stockton, "--as-of", "2001-07-15"]);
    expect(code).toBe(0);
    expect(out).toContain("Budget monitoring 2001/02, 3 of 12 months (to 30 June 2001), as of 15 July 2001\n");
    // 1,000,000 × 3/13 expected, 246,450 spent: × 13/3 = 1,067,950 by March, 6.8% over.
    expect(out).toContain(
      "  red    Street cleansing (b-street-cleansing), held by Street cleansing zone team (team-street-cleansing), for 95% of each zone/patch of high or acceptable cleanliness (so-zone-cleanliness): forecast £1,067,950 (at its run rate) against £1,000,000; £67,950 over (6.8%)\n",
    );
    expect(out).toContain(
      "  amber  Revenue in GBP, 4 lines: forecast £3,059,750 against £3,000,000; £59,750 over (2%)\n",
    );
    expect(out).toContain("5 budget lines: 1 red, 1 amber, 3 green\n");
  });

  it("exits 1 with --fail-on red when a line is red, and names a holderless line so", async () => {
    expect((await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--fail-on", "red"])).code).toBe(1);
    const spelthorneRun = await runCli(["budgets", spelthorne, "--as-of", "2001-07-01", "--fail-on", "amber"]);
    expect(spelthorneRun.code).toBe(0);
    expect(spelthorneRun.out).toContain("Food safety inspections (b-food-safety), no holder, for ");
  });

  it("refuses a missing --as-of, a year written as a date and an unknown --fail-on", async () => {
    expect((await runCli(["budgets", stockton])).code).toBe(2);
    const year = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--year", "2002-03"]);
    expect(year.code).toBe(2);
    expect(year.err).toContain("--year must be a financial year written like 2002/03");
    expect((await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--year", "2002/99"])).err).toContain(
      "--year must be",
    );
    expect((await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--fail-on", "green"])).code).toBe(2);
  });
});

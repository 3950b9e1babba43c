// Issue 21, the reviewer's second reading as a council officer: the report's charts and scrutiny's
// follow-up, CSV problems headed by the CSV, warnings for rows that cannot mean what they say, the
// report's status words, and consistent errors. In-process; the officer's points also run through
// the packed bin in test/scale/cli.test.ts.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFramework, performanceReport, renderReportHtml, renderReportMarkdown } from "../../src/index.js";
import { STATUS_WORDS, statusWord } from "../../src/cli/command.js";
import { sincePreviousWords } from "../../src/cli/evaluate.js";
import { fixture, runCli, stockton } from "./run.js";

const stocktonFramework = parseFramework(JSON.parse(readFileSync(stockton, "utf8")));
const folder = mkdtempSync(join(tmpdir(), "pm-officer-"));
const csv = (name: string, rows: readonly string[]): string => {
  const path = join(folder, name);
  writeFileSync(path, ["indicator,date,value", ...rows].join("\n"));
  return path;
};

describe("report: the charts and scrutiny's follow-up", () => {
  it("HTML carries a sparkline for each exception by default; --no-charts leaves them out; Markdown refuses it", async () => {
    const html = await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "html"]);
    expect(html.code).toBe(0);
    expect(html.out).toContain("<svg");
    expect(html.out).toContain('href="#chart-1"');
    const plain = await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "html", "--no-charts"]);
    expect(plain.out).not.toContain("<svg");
    const md = await runCli(["report", stockton, "--as-of", "2001-07-15", "--no-charts"]);
    expect([md.code, md.err]).toEqual([
      2,
      "performance-management: report: --no-charts is for --format html; Markdown has no charts\n",
    ]);
  });

  it("--previous gives scrutiny the report saved as JSON, and follows up what was decided then", async () => {
    const q1 = join(folder, "q1.json");
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "json", "--out", q1])).code).toBe(0);
    const previous = performanceReport(stocktonFramework, { asOf: "2001-07-15" });
    const expected = performanceReport(stocktonFramework, {
      asOf: "2002-05-15",
      audience: "scrutiny",
      previous: JSON.parse(JSON.stringify(previous)) as typeof previous,
    });
    const run = await runCli(["report", stockton, "--as-of", "2002-05-15", "--audience", "scrutiny", "--previous", q1]);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(run.out).toBe(renderReportMarkdown(expected));
    expect(run.out).toContain("What was decided last time, and whether it happened (report of 15 July 2001)");
    const html = await runCli([
      "report",
      stockton,
      "--as-of",
      "2002-05-15",
      "--audience",
      "scrutiny",
      "--previous",
      q1,
      "--format",
      "html",
    ]);
    expect(html.out).toBe(renderReportHtml(expected, { charts: stocktonFramework }));
  });

  it("--previous without --audience scrutiny is misuse, said before any input is read", async () => {
    const run = await runCli(["report", join(folder, "missing.json"), "--as-of", "2002-05-15", "--previous", "-"]);
    expect([run.code, run.err]).toEqual([
      2,
      "performance-management: report: --previous is read by scrutiny's version only: give --audience scrutiny with it, or leave --previous out\n",
    ]);
  });

  it("a previous report that is not JSON, not a report, or not earlier is bad input named by its file", async () => {
    const scrutiny = ["report", stockton, "--as-of", "2001-07-15", "--audience", "scrutiny", "--previous"];
    const notJson = join(folder, "notjson.json");
    writeFileSync(notJson, "{");
    const a = await runCli([...scrutiny, notJson]);
    expect([a.code, a.err]).toEqual([
      1,
      expect.stringMatching(/^performance-management: .*notjson\.json: not JSON: /u),
    ]);
    const list = join(folder, "list.json");
    writeFileSync(list, "[1]");
    const b = await runCli([...scrutiny, list]);
    expect([b.code, b.err]).toEqual([
      1,
      `performance-management: ${list}: not a previous report this one can follow up: the previous report must be a report from performanceReport; got [1]\n`,
    ]);
    const same = join(folder, "same.json");
    expect((await runCli(["report", stockton, "--as-of", "2001-07-15", "--format", "json", "--out", same])).code).toBe(
      0,
    );
    const c = await runCli([...scrutiny, same]);
    expect([c.code, c.err]).toEqual([
      1,
      `performance-management: ${same}: not a previous report this one can follow up: the previous report is as of 2001-07-15, not before this report's 2001-07-15: give the report made before this one\n`,
    ]);
    const missing = await runCli([...scrutiny, join(folder, "nowhere.json")]);
    expect([missing.code, missing.err]).toEqual([
      2,
      expect.stringContaining("nowhere.json: cannot read: no such file"),
    ]);
  });
});

describe("a CSV's problems are headed by the CSV, not the framework", () => {
  it("one bad date: the CSV's name and the count head the lines, the framework is not blamed", async () => {
    const bad = csv("bad2.csv", ["pi-unemployment,30/09/2001,6.1"]);
    const run = await runCli(["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", bad]);
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      [
        `performance-management: ${bad}: 1 problem in the measurements:`,
        '  line 2, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "30/09/2001").',
        "",
      ].join("\n"),
    );
    expect(run.err).not.toContain("not a valid framework");
  });

  it("the framework's own problems stay under its name, apart from the CSV's", async () => {
    const broken = JSON.parse(readFileSync(stockton, "utf8")) as { targets: { goal: { date: string } }[] };
    (broken.targets[0] as { goal: { date: string } }).goal.date = "2003-02-30";
    const path = join(folder, "broken.json");
    writeFileSync(path, JSON.stringify(broken));
    const bad = csv("bad3.csv", ["pi-unemployment,2001-09-31,6.1"]);
    const run = await runCli(["check", path, "--measurements", bad]);
    const lines = run.err.split("\n");
    expect(lines[0]).toBe(`performance-management: ${path}: not a valid framework (1 problem):`);
    expect(lines[1]).toContain("goal.date");
    expect(lines[2]).toBe(`${bad}: 1 problem in the measurements:`);
    expect(lines[3]).toMatch(/^ {2}line 2, column 2 \(date\): /u);
  });
});

describe("rows the framework accepts but cannot use: warnings, or nothing", () => {
  const asOf = ["--as-of", "2001-07-15"];

  it("a GCSE figure dated 15 July where its series ends on 31 August: a warning with its line, and the run goes on", async () => {
    const rows = csv("gcse.csv", ["pi-gcse,2001-07-15,48"]);
    const run = await runCli(["evaluate", stockton, ...asOf, "--measurements", rows]);
    expect(run.code).toBe(0); // a warning changes no exit code
    expect(run.out).toContain("Evaluation as of 15 July 2001");
    expect(run.err).toBe(
      [
        `performance-management: evaluate: warning: ${rows}: 1 warning in the measurements (the run goes on; --strict makes them errors):`,
        '  line 2, column 2 (date): 2001-07-15 is not the end of a period of "Pupils achieving 5 or more A*-C grade GCSEs" (pi-gcse), whose annual periods end on 31 August (from its baseline, 2000-08-31); date a figure by the last day of the period it measures',
        "",
      ].join("\n"),
    );
  });

  it("a figure after --as-of is warned about; one before the baseline (history) and one on a period's end are not", async () => {
    const rows = csv("dates.csv", [
      "pi-temporary-accommodation,2001-09-30,31", // after 15 July: warned
      "pi-temporary-accommodation,1999-06-30,52", // a quarter end before the 2001-03-31 baseline: history, nothing
      "pi-zone-cleanliness,2001-05-31,90", // a month's end on a monthly series: nothing
      "pi-regional-unemployment,2001-05-17,6.5", // no target sets its periods: nothing
    ]);
    const run = await runCli(["report", stockton, ...asOf, "--measurements", rows]);
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      [
        `performance-management: report: warning: ${rows}: 1 warning in the measurements (the run goes on; --strict makes them errors):`,
        "  line 2, column 2 (date): 2001-09-30 is after --as-of 2001-07-15; this run does not read the figure",
        "",
      ].join("\n"),
    );
  });

  it("quarterly and monthly series off their ends; the eleventh row and on are counted", async () => {
    const rows = csv("off.csv", [
      "pi-temporary-accommodation,2001-06-15,31", // quarterly, ends at the month's end of Jun/Sep/Dec/Mar
      "pi-temporary-accommodation,2001-05-31,31", // a month's end, but not a quarter's
      ...Array.from({ length: 11 }, (_, k) => `pi-zone-cleanliness,2000-${String(k + 1).padStart(2, "0")}-15,90`),
    ]);
    const run = await runCli(["check", stockton, "--measurements", rows]);
    expect(run.err).toContain(`${rows}: 13 warnings in the measurements`);
    expect(run.err).toContain(
      '  line 2, column 2 (date): 2001-06-15 is not the end of a period of "Homeless households in temporary hostel or bed and breakfast accommodation" (pi-temporary-accommodation), whose quarterly periods end on the last day of March, June, September and December (from its baseline, 2001-03-31)',
    );
    expect(run.err).toContain("  line 3, column 2 (date): 2001-05-31 is not the end of a period");
    expect(run.err).toContain("whose monthly periods end on the last day of each month");
    expect(run.err).toContain("  and 3 more rows dated off their period ends\n");
    // check without --as-of says nothing of dates after it.
    expect(run.err).not.toContain("after --as-of");
  });

  it("--strict makes the warnings errors (exit 1, nothing evaluated); without --measurements it is misuse", async () => {
    const rows = csv("strict.csv", ["pi-gcse,2001-07-15,48"]);
    const run = await runCli(["evaluate", stockton, ...asOf, "--measurements", rows, "--strict"]);
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toContain(`performance-management: ${rows}: 1 problem in the measurements (--strict):\n`);
    const alone = await runCli(["evaluate", join(folder, "missing.json"), ...asOf, "--strict"]);
    expect([alone.code, alone.err]).toEqual([
      2,
      "performance-management: evaluate: --strict is about the measurements of a CSV file: give --measurements with it\n",
    ]);
    // A clean file passes --strict.
    expect(
      (
        await runCli([
          "evaluate",
          stockton,
          "--as-of",
          "2001-10-15",
          "--measurements",
          fixture("stockton-q2.csv"),
          "--strict",
        ])
      ).err,
    ).toBe("");
  });
});

describe("evaluate words statuses and directions as the report does", () => {
  it("status words are the report's, a symbol and a word; counts read the word alone", async () => {
    expect(STATUS_WORDS["awaiting-data"]).toBe("… Awaiting data");
    expect(STATUS_WORDS["no-data"]).toBe("? No data");
    expect(statusWord("awaiting-data")).toBe("awaiting data");
    expect(statusWord("amber-red")).toBe("amber-red");
    // The report renders the same words: the exceptions table of Stockton's quarter 1 shows them.
    const markdown = renderReportMarkdown(performanceReport(stocktonFramework, { asOf: "2001-07-15" }));
    expect(markdown).toContain(STATUS_WORDS.red);
    expect(markdown).toContain(STATUS_WORDS.amber);
    const { out } = await runCli(["evaluate", stockton, "--as-of", "2001-07-15"]);
    expect(out).toContain(
      "  … Awaiting data 50% of pupils achieve 5 or more A*-C grade GCSEs by 2002 (t-gcse): no figure yet\n",
    );
    expect(out).toContain("  ? No data       Receptionist puts key tag on keys");
    expect(out).not.toMatch(/awaiting-data|no-data|since previous/u);
    expect(out).toContain("11 targets: 3 green, 3 amber, 2 red, 3 awaiting data;");
  });

  it("direction against the previous figure, in words", () => {
    expect(sincePreviousWords("improving")).toBe("improving since the previous figure");
    expect(sincePreviousWords("worsening")).toBe("worsening since the previous figure");
    expect(sincePreviousWords("no-change")).toBe("no change since the previous figure");
    expect(sincePreviousWords(null)).toBe("no previous figure");
  });
});

describe("nits", () => {
  it("a command's misuse always starts with the command's name", async () => {
    const cases: [string[], string][] = [
      [["evaluate", stockton], "performance-management: evaluate: --as-of is required\n"],
      [
        ["report", stockton, "--as-of", "2001-07-15", "--audience", "members"],
        'performance-management: report: --audience must be one of executive, scrutiny; got "members"\n',
      ],
      [["trace", stockton, "nothing-by-this-id"], "performance-management: trace: "],
      [["overdue", stockton], "performance-management: overdue: --as-of is required\n"],
      [["check", stockton, "--rule", "x"], "performance-management: check: --rule must be id="],
    ];
    for (const [argv, start] of cases) {
      const run = await runCli(argv);
      expect([argv[0], run.code, run.err.startsWith(start)], run.err).toEqual([argv[0], 2, true]);
    }
  });

  it("trace's usage shows --max-chains; 0 is misuse", async () => {
    const help = await runCli(["trace", "--help"]);
    expect(help.out).toContain("[--style so-that|in-order-to] [--max-chains N]");
    const zero = await runCli(["trace", stockton, "t-relet-28-days", "--max-chains", "0"]);
    expect([zero.code, zero.err]).toEqual([
      2,
      'performance-management: trace: --max-chains must be a whole number from 1 to 9,007,199,254,740,991; got "0"\n',
    ]);
    expect((await runCli(["trace", stockton, "t-relet-28-days", "--max-chains", "1"])).code).toBe(0);
  });

  it("report offers no --no-color, which would do nothing to Markdown or HTML; text commands keep it", async () => {
    expect((await runCli(["report", "--help"])).out).not.toContain("--no-color");
    const run = await runCli(["report", stockton, "--as-of", "2001-07-15", "--no-color"]);
    expect([run.code, run.err]).toEqual([2, expect.stringContaining("report: Unknown option '--no-color'")]);
    expect((await runCli(["evaluate", "--help"])).out).toContain("--no-color");
    expect((await runCli(["evaluate", stockton, "--as-of", "2001-07-15", "--no-color"])).code).toBe(0);
  });

  it("assess on the blank template says why there are no priorities, rather than an empty heading", async () => {
    const template = await runCli(["assess", "--template"]);
    const run = await runCli(["assess", "-"], { stdin: template.out });
    expect(run.code).toBe(0);
    expect(run.out).toContain("\nPriorities\n  none: nothing rated yet\n");
  });
});

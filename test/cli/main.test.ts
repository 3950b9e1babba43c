import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCascade, evaluateFramework, parseFramework, safeParseFramework } from "../../src/index.js";
import { readMeasurementsCsv } from "../../src/cli/csv.js";
import { jsonErrorOffset } from "../../src/cli/json.js";
import { firstInvalidUtf8 } from "../../src/cli/input.js";
import { main } from "../../src/cli/main.js";
import { Readable } from "node:stream";
import { fixture, printedResult, root, runCli, spelthorne, stockton } from "./run.js";

const stocktonText = readFileSync(stockton, "utf8");
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("main: commands, help and exit codes", () => {
  it("lists the commands with --help (exit 0) and without a command (exit 2)", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["validate", "check", "evaluate", "trace", "assess", "report", "schedule", "overdue", "schema"])
      expect(help.out).toMatch(new RegExp(`^  ${name} `, "m"));
    expect((await runCli([])).code).toBe(2);
  });

  it("prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(await runCli(["--version"])).toMatchObject({ code: 0, out: `${version}\n`, err: "" });
  });

  it("exits 2 on misuse, naming the problem, never with a stack", async () => {
    const cases = [
      [["frob"], 'unknown command "frob"'],
      [["check", stockton, "--bogus"], "Unknown option '--bogus'"],
      [["check"], "expected check <framework.json>"],
      [["validate", "no-such.json"], "no-such.json: cannot read: no such file"],
      [
        ["check", stockton, "--rule", "orphan-objective=loud"],
        '--rule must be id=off|info|warning|error; got "orphan-objective=loud"',
      ],
      // Named as the flag typed, never as the checker's options.rules.
      [
        ["check", stockton, "--rule", "no-such-rule=off"],
        '--rule "no-such-rule" names no cascade rule; the rules are: ',
      ],
      [["check", stockton, "--rule", "__proto__=off"], '--rule "__proto__" names no cascade rule'],
      // A one-value option or a rule given twice is refused, not settled by which came last.
      [
        ["check", stockton, "--rule", "smart=off", "--rule", "smart=error"],
        "--rule smart is given twice, as off and as error; give it once",
      ],
      [["evaluate", stockton, "--as-of", "2001-07-15", "--as-of=2002-07-15"], "evaluate: --as-of is given twice"],
      [["check", stockton, "--format", "json", "--format", "text"], "check: --format is given twice"],
      [["check", stockton, "--max-warnings=-1"], "--max-warnings must be a whole number"],
      [["evaluate", stockton], "--as-of is required"],
      [
        ["evaluate", stockton, "--as-of", "15/07/2001"],
        '--as-of must be a calendar date written YYYY-MM-DD; got "15/07/2001"',
      ],
      // A bad date is named as the flag typed, never as the library's options.asOf or options.period.from.
      [
        ["check", stockton, "--as-of", "2001-02-29"],
        '--as-of must be a calendar date written YYYY-MM-DD; got "2001-02-29"',
      ],
      [["overdue", stockton, "--as-of", "2001-02-29"], "--as-of must be a calendar date"],
      [["schedule", stockton, "--from", "2001-01-01", "--to", "2001-13-01"], "--to must be a calendar date"],
      [
        ["report", stockton, "--as-of", "2001-07-15", "--from", "2001-02-29", "--to", "2001-06-30"],
        '--from must be a calendar date written YYYY-MM-DD; got "2001-02-29"',
      ],
      [
        ["assess", `${root}examples/assessments/spelthorne.json`, "--framework", stockton, "--as-of", "2001-7-15"],
        "--as-of must be a calendar date",
      ],
      [
        ["evaluate", stockton, "--as-of", "2001-07-15", "--scale", "traffic-lights"],
        "--scale must be one of RAG, BRAG, DCA5",
      ],
      [["validate", stockton, "--format", "yaml"], '--format must be text or json; got "yaml"'],
    ] as const;
    for (const [argv, words] of cases) {
      const { code, out, err } = await runCli(argv);
      expect([argv, code, out]).toEqual([argv, 2, ""]);
      expect(err).toContain(words);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it("takes every calendar date as a date flag, the calendar's edges and 29 February of a leap year included", async () => {
    for (const asOf of ["0001-01-01", "2000-02-29", "9999-12-31"]) {
      const { code, err } = await runCli(["overdue", stockton, "--as-of", asOf, "--format", "json"]);
      expect([asOf, code, err]).toEqual([asOf, 0, ""]);
    }
  });

  it("takes --rule for several rules, and one rule twice at one severity", async () => {
    const argv = ["check", stockton, "--rule", "smart=off", "--rule", "unbalanced-measures=off", "--rule", "smart=off"];
    const { code, err, out } = await runCli(argv);
    expect([code, err]).toEqual([0, ""]);
    expect(out).not.toContain("unbalanced-measures");
  });

  it("says where to report an unexpected error, and exits 3", async () => {
    const errors: string[] = [];
    const code = await main(["schema"], {
      stdout: {
        write: () => {
          throw new TypeError("disk on fire");
        },
      },
      stderr: { write: (chunk: string) => void errors.push(chunk) },
      stdin: Readable.from([]),
      env: {},
    });
    expect(code).toBe(3);
    expect(errors.join("")).toMatch(
      /internal error \(a bug, not your input\)\. Please report it on the package's issue tracker[\s\S]*disk on fire/,
    );
  });

  it("gives every command a --help that names its options", async () => {
    const help = await runCli(["evaluate", "--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--as-of", "--scale", "--detail", "--fail-on", "--measurements", "--format", "--no-color"])
      expect(help.out).toContain(option);
  });
});

describe("validate and input", () => {
  it("accepts the examples (exit 0) and lists every problem of a broken copy with its path (exit 1)", async () => {
    expect((await runCli(["validate", spelthorne])).code).toBe(0);
    const broken = JSON.parse(stocktonText) as { plans: { period: { start: string } }[]; targets: unknown[] };
    (broken.plans[0] as { period: { start: string } }).period.start = "2001-02-30";
    const { code, out } = await runCli(["validate", "-"], { stdin: JSON.stringify({ ...broken, name: 7 }) });
    expect(code).toBe(1);
    expect(out).toContain("standard input: not a valid framework (2 problems):");
    expect(out).toContain("  name: ");
    expect(out).toContain("period.start");
  });

  it("--format json is safeParseFramework's result, as JSON", async () => {
    const document = { id: "fw", name: 7 };
    const { code, out } = await runCli(["validate", "-", "--format", "json"], { stdin: JSON.stringify(document) });
    expect(code).toBe(1);
    expect(printedResult(out, "ValidationOutput")).toEqual(asJson(safeParseFramework(document)));
  });

  it("reads UTF-8 with a byte-order mark from a file and from standard input", async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stocktonText)]);
    expect((await runCli(["validate", "-"], { stdin: withBom })).code).toBe(0);
  });

  it("refuses text that is not UTF-8 at its line and column, rather than reading U+FFFD in its place", async () => {
    // A note saved as Windows-1252: "£" is the one byte 0xA3.
    const cp1252 = Buffer.from('{\n  "id": "x",\n  "note": "cost \xa3 5"\n}', "latin1");
    const { code, err } = await runCli(["validate", "-"], { stdin: cp1252 });
    expect(code).toBe(1);
    expect(err).toBe(
      "performance-management: standard input: not UTF-8: line 3, column 17: byte 0xA3 is not UTF-8 text; save the file as UTF-8\n",
    );
    const csv = await runCli(["check", stockton, "--measurements", "-"], {
      stdin: Buffer.from("indicator,date,value,note\npi-unemployment,2001-06-30,6,\xe9t\xe9\n", "latin1"),
    });
    expect(csv.code).toBe(1);
    expect(csv.err).toContain("standard input: not UTF-8: line 2, column 30: byte 0xE9");
    // Well-formed UTF-8 of every length, the longest code point included, is read.
    for (const text of ["£", "€", "\u{10FFFF}", "日本"]) expect(firstInvalidUtf8(Buffer.from(text))).toBe(-1);
    // Overlong forms, surrogates, code points above U+10FFFF and a sequence cut short are not.
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xe2, 0x82],
    ])
      expect(firstInvalidUtf8(Buffer.from(bytes))).toBe(bytes[0] === 0x41 ? 1 : 0);
  });

  it("names the line and column where a file stops being JSON", async () => {
    const { code, err } = await runCli(["validate", "-"], { stdin: '{\n  "id": "x",\n  "name": nope\n}' });
    expect(code).toBe(1);
    // Line 3 is `  "name": nope`: `n` could start `null`, so the unexpected `o` is its 12th character.
    expect(err).toBe("performance-management: standard input: not JSON: line 3, column 12: Unexpected token 'o'\n");
    const trailing = await runCli(["validate", "-"], { stdin: '{"id": "x",\n}' });
    expect(trailing.err).toContain("line 2, column 1: Expected double-quoted property name");
    // The parser's 0-based "at position 9" is dropped: it would contradict the 1-based column beside it.
    const after = await runCli(["validate", "-"], { stdin: '{"a": 1} x' });
    expect(after.err).toBe(
      "performance-management: standard input: not JSON: line 1, column 10: Unexpected non-whitespace character after JSON\n",
    );
  });

  it("finds the first error of any text that is not JSON, at any depth, without recursion", () => {
    expect(jsonErrorOffset("[1, 2")).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("[".repeat(100_000) + "x")).toBe(100_000);
  });
});

describe("check", () => {
  it("prints the cascade report grouped by subject, with a summary line", async () => {
    const { code, out } = await runCli(["check", stockton]);
    const report = checkCascade(parseFramework(JSON.parse(stocktonText)));
    expect(code).toBe(0);
    expect(out).toContain("  framework Stockton-on-Tees Borough Council performance framework (stockton-on-tees)\n");
    expect(out).toContain('    warning The framework "stockton-on-tees" has no financial target');
    expect(out.trimEnd().split("\n").at(-1)).toBe(
      `⚠ ${report.findings.length} findings (0 errors, ${report.warningCount} warning, ${report.infoCount} info)`,
    );
  });

  it("--format json is checkCascade's report; --rule and --as-of reach the checker", async () => {
    const argv = ["check", stockton, "--as-of", "2001-07-15", "--rule", "unbalanced-measures=off", "--format", "json"];
    const { out } = await runCli(argv);
    const expected = checkCascade(parseFramework(JSON.parse(stocktonText)), {
      asOf: "2001-07-15",
      rules: { "unbalanced-measures": "off" },
    });
    expect(printedResult(out, "CascadeReport")).toEqual(asJson(expected));
    expect(expected.findings.some((finding) => finding.ruleId === "unbalanced-measures")).toBe(false);
  });

  it("exits 1 on errors, and on more warnings than --max-warnings", async () => {
    // Stockton has one warning (unbalanced-measures): 0 allowed fails, 1 allowed passes.
    expect((await runCli(["check", stockton, "--max-warnings", "0"])).code).toBe(1);
    expect((await runCli(["check", stockton, "--max-warnings", "1"])).code).toBe(0);
    expect((await runCli(["check", stockton, "--rule", "unbalanced-measures=error"])).code).toBe(1);
  });
});

describe("evaluate", () => {
  const framework = parseFramework(JSON.parse(stocktonText));

  it("--format json is evaluateFramework's result, for either detail and any scale", async () => {
    for (const detail of ["full", "status"] as const) {
      const { out } = await runCli([
        "evaluate",
        stockton,
        "--as-of",
        "2001-07-15",
        "--detail",
        detail,
        "--format",
        "json",
      ]);
      expect(printedResult(out, detail === "status" ? "FrameworkStatusEvaluation" : "FrameworkEvaluation")).toEqual(
        asJson(evaluateFramework(framework, { asOf: "2001-07-15", detail })),
      );
    }
    const brag = await runCli(["evaluate", stockton, "--as-of", "2001-07-15", "--scale", "BRAG", "--format", "json"]);
    expect((JSON.parse(brag.out) as { scale: string }).scale).toBe("BRAG");
  });

  it("prints statuses and figures; --fail-on red exits 1 on Stockton's two red targets", async () => {
    const { code, out } = await runCli(["evaluate", stockton, "--as-of", "2001-07-15", "--fail-on", "red"]);
    // Re-lets within 28 days: 79% against the year's 100% (79 - 100 = -21 points, higher is better: worse).
    expect(out).toContain(
      "  ✖ Red           100% houses available for re-let within 28 days (t-relet-28-days): 79% at 30 June 2001, 100% expected; 21 percentage points worse than expected\n",
    );
    // Zero homelessness: 34 households against 36.6788…, shown to one place as the report does; fewer is better.
    expect(out).toContain(
      "  ✔ Green         Zero homelessness (t-zero-homelessness): 34 households at 30 June 2001, 36.7 households expected; 2.7 households better than expected\n",
    );
    expect(out).toContain("Evaluation as of 15 July 2001 on the RAG scale\n");
    expect(out).toContain(
      "  ✖ Red           Offer every homeless household accommodation within 21 days (so-homeless-offers)\n",
    );
    expect(out).toContain("11 targets: 3 green, 3 amber, 2 red, 3 awaiting data");
    expect(code).toBe(1);
    expect((await runCli(["evaluate", stockton, "--as-of", "2001-07-15"])).code).toBe(0);
  });

  it("says how a target that has ended stands: its outturn awaited until its figure is due, then late (issue 20)", async () => {
    // Street cleanliness ended on 31 March 2002; March's figure is due six weeks later, 12 May.
    const may = await runCli(["evaluate", stockton, "--as-of", "2002-05-10"]);
    expect(may.out).toContain(
      "(t-street-cleanliness): 89.5% at 30 June 2001, 89.7% expected; 0.2 percentage points worse than expected; ended 31 March 2002: outturn due 12 May 2002\n",
    );
    // The three-year target runs on: no outturn (its late September figure is said after the variance).
    expect(may.out).toMatch(
      /\(t-zero-homelessness\): [^\n]*better than expected; next figure late, was due 11 November 2001\n/u,
    );
    const late = await runCli(["evaluate", stockton, "--as-of", "2002-05-13"]);
    expect(late.out).toContain(
      "(t-street-cleanliness): 89.5% at 30 June 2001, 89.7% expected; 0.2 percentage points worse than expected; ended 31 March 2002: outturn late, was due 12 May 2002",
    );
  });

  it("says when a target's next figure is late, without changing its status (issue 20)", async () => {
    // 10 May 2002: Stockton's last figures are June 2001's. Zero homelessness is quarterly with the
    // six-week default lag: September's figure was due 30 September + 42 days = 11 November 2001.
    const may = await runCli(["evaluate", stockton, "--as-of", "2002-05-10"]);
    expect(may.out).toContain(
      "  ✔ Green         Zero homelessness (t-zero-homelessness): 34 households at 30 June 2001, 36.7 households expected; 2.7 households better than expected; next figure late, was due 11 November 2001\n",
    );
    // Unemployment is monthly: July's figure was due 31 July + 21 days (its own lag) = 21 August 2001.
    expect(may.out).toContain(
      "(t-unemployment): 6.3% at 30 June 2001, 6.4% expected; 0.1 percentage points better than expected; next figure late, was due 21 August 2001\n",
    );
    // GCSEs have never had a figure: the first (the year to August 2001) was due by 31 October 2001.
    expect(may.out).toContain(
      "  ? No data       50% of pupils achieve 5 or more A*-C grade GCSEs by 2002 (t-gcse): no figure yet; first figure late, was due 31 October 2001\n",
    );
    // Heart disease's first figure (2001) is due by 30 September 2002: awaited, so nothing is said.
    expect(may.out).toContain("(t-heart-disease): no figure yet\n");
    // On 15 July 2001 June's figures are in and September's are not yet due: no line says late.
    const july = await runCli(["evaluate", stockton, "--as-of", "2001-07-15"]);
    expect(july.out).not.toContain("late");
  });

  it("prints a council's status rule's note after the figures (issue 20)", async () => {
    // Havering's rule on Stockton: re-lets, 79% against 100%, are more than 10% off with no figure
    // a year earlier, so red, and the line says why.
    const havering = JSON.stringify({
      ...(JSON.parse(stocktonText) as object),
      statusRule: { kind: "within-percent-else-year-on-year", withinPercent: "10" },
    });
    const { out } = await runCli(["evaluate", "-", "--as-of", "2001-07-15"], { stdin: havering });
    expect(out).toContain(
      "(t-relet-28-days): 79% at 30 June 2001, 100% expected; 21 percentage points worse than expected (more than 10% off the expected figure, and no figure for the same period a year earlier to show it improved or was maintained: red)",
    );
    // Within 10%: green, and no note. Zone cleanliness, 91.2 against 91.2465753425.
    expect(out).toMatch(
      /✔ Green +95% zone\/patch to be of high\/acceptable cleanliness \(t-zone-cleanliness\): 91\.2% at 30 June 2001, 91\.2% expected; 0\.05 percentage points worse than expected\n/,
    );
  });

  it("colours statuses on a terminal, and not with NO_COLOR, --no-color or a pipe", async () => {
    const argv = ["evaluate", stockton, "--as-of", "2001-07-15"];
    expect((await runCli(argv, { tty: true })).out).toContain("\u001b[31m✖ Red");
    expect((await runCli(argv, { env: { FORCE_COLOR: "1" } })).out).toContain("\u001b[31m✖ Red");
    for (const run of [
      runCli(argv, { tty: true, env: { NO_COLOR: "1" } }),
      runCli([...argv, "--no-color"], { tty: true }),
      runCli(argv),
      runCli(argv, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }),
    ])
      expect((await run).out).not.toContain("\u001b[");
  });
});

describe("--measurements from a CSV file", () => {
  const argv = (csv: string): string[] => [
    "evaluate",
    stockton,
    "--as-of",
    "2001-10-15",
    "--measurements",
    fixture(csv),
  ];

  it("adds a clean file's rows, a quoted comma kept inside its note", async () => {
    const { code, out } = await runCli([...argv("stockton-q2.csv"), "--format", "json"]);
    expect(code).toBe(0);
    const offers = (
      JSON.parse(out) as { targets: { target: string; actual: string; actualDate: string }[] }
    ).targets.find((row) => row.target === "t-homeless-offers");
    expect([offers?.actual, offers?.actualDate]).toEqual(["92", "2001-09-30"]);
    // The note's comma is inside quotes: one cell, not two.
    const csv = readMeasurementsCsv(readFileSync(fixture("stockton-q2.csv"), "utf8"), "q2.csv", 24);
    expect(csv.rows[0]).toEqual({
      indicator: "pi-homeless-offers",
      date: "2001-09-30",
      value: "92",
      quality: "validated",
      note: "Offers within 21 days, up from 84",
      correctiveAction: "Lettings and homelessness teams to share one list, weekly",
    });
    expect(csv.rows[1]).toEqual({ indicator: "pi-unemployment", date: "2001-09-30", value: "6.1" });
    expect([...csv.lines]).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("reports a bad date with its line and column, and evaluates nothing", async () => {
    const { code, out, err } = await runCli(argv("stockton-bad-date.csv"));
    expect([code, out]).toEqual([1, ""]);
    expect(err).toContain("stockton-bad-date.csv: 1 problem in the measurements:\n  line 7, column 2 (date): ");
    expect(err).toContain('(found the text "31/09/2001")');
  });

  it("reports a missing column, and an unknown one, on the header line", async () => {
    const missing = await runCli(argv("stockton-missing-column.csv"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('stockton-missing-column.csv: line 1: missing column "date"');
    const unknown = await runCli(["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", "-"], {
      stdin: "indicator,date,value,colour\n",
    });
    expect(unknown.err).toContain('standard input: line 1, column 4: unknown column "colour"');
  });

  it("reports a row of the wrong length with the parser's line", async () => {
    const { code, err } = await runCli(["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", "-"], {
      stdin: "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-unemployment,2001-10-31\n",
    });
    expect(code).toBe(1);
    expect(err).toContain("standard input: line 3: Invalid Record Length");
  });

  it("refuses rows whose indicator the framework does not have, which evaluate and report would drop unseen", async () => {
    const rows = ["indicator,date,value", "pi-unemployment,2001-09-30,6.1", "pi-unemployment,2001-10-31,6"];
    for (let k = 0; k < 12; k++) rows.push(`pi-unemploymnet,2001-${String(k + 1).padStart(2, "0")}-01,6`);
    for (const command of [
      ["evaluate", stockton, "--as-of", "2001-10-15"],
      ["report", stockton, "--as-of", "2001-10-15"],
      ["check", stockton],
    ]) {
      const { code, out, err } = await runCli([...command, "--measurements", "-"], { stdin: rows.join("\n") });
      expect([command[0], code, out]).toEqual([command[0], 1, ""]);
      expect(err).toContain('  line 4, column 1 (indicator): "pi-unemploymnet" names no indicator of the framework');
      expect(err).toContain("standard input: 12 problems in the measurements:\n");
      expect(err).toContain("  line 13, column 1 (indicator)");
      expect(err).toContain("and 2 more rows naming no indicator");
    }
  });
});

describe("progress on standard error", () => {
  const argv = ["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", fixture("stockton-q2.csv")];
  // A clock that moves 0.6 s at every reading: the first stage is reported after a second.
  const clock = (): (() => number) => {
    let t = 0;
    return () => (t += 600);
  };

  it("reports each stage once a run has lasted over a second, on a terminal, and clears the line", async () => {
    const { code, err } = await runCli(argv, { tty: true, now: clock() });
    expect(code).toBe(0);
    expect(err).toContain("validating");
    expect(err).toContain("\r\u001b[Kevaluating…");
    expect(err.endsWith("\r\u001b[K")).toBe(true);
  });

  it("says nothing when standard error is not a terminal, or within the first second", async () => {
    expect((await runCli(argv, { now: clock() })).err).toBe("");
    expect((await runCli(argv, { tty: true, now: () => 0 })).err).toBe("");
  });
});

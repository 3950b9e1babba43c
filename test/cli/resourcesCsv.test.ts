// Issue 23: budgets and spend read from CSV files (`--budgets`, `--spend`), reported as the
// measurements' CSV is: every problem at its line and column, under the CSV's own name.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { BudgetLine, Framework, Spend } from "../../src/index.js";
import { loadFramework } from "../../src/cli/input.js";
import { fixture, root, runCli, stockton } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "pm-resources-csv-"));
const example = JSON.parse(readFileSync(stockton, "utf8")) as Framework;

/** Writes a file into the test's folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text, "utf8");
  return path;
}

/** A CSV cell as a spreadsheet writes it: quoted when it holds a comma, a quote or a line break. */
const cell = (text: string | undefined): string =>
  text === undefined ? "" : /[",\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;

/** Stockton's own spend entries as a ledger's CSV, each column from its entry, empty where the entry has none. */
function spendCsv(entries: readonly Spend[], end = "\n"): string {
  const rows = entries.map((e) => [e.budget, e.date, e.amount, e.kind, e.note].map(cell).join(","));
  return ["budget,date,amount,kind,note", ...rows].join(end) + end;
}

/** A framework with no spend of its own. */
const withoutSpend = file("stockton-no-spend.json", JSON.stringify({ ...example, spend: undefined }));

/** Loads a framework with CSV files in-process, as a command does, and returns it with what was warned. */
async function load(
  path: string,
  files: { spend?: string; budgets?: string; strict?: boolean },
  stdin = "",
): Promise<{ framework: Framework; warned: string[] }> {
  const warned: string[] = [];
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from([stdin]), env: {} };
  const framework = await loadFramework(path, io, { ...files, warn: (lines) => warned.push(...lines) });
  return { framework, warned };
}

const budgets = (framework: string, ...more: string[]) => [
  "budgets",
  framework,
  "--as-of",
  "2001-07-15",
  "--format",
  "json",
  ...more,
];

/**
 * Runs `budgets` on Stockton with a CSV's rows on standard input, and expects them refused: exit 1,
 * nothing monitored, and standard error exactly `lines`.
 */
async function expectRefused(option: "--spend" | "--budgets", rows: readonly string[], lines: readonly string[]) {
  const { code, out, err } = await runCli(budgets(stockton, option, "-"), { stdin: rows.join("\r\n") });
  expect({ code, out, err }).toEqual({ code: 1, out: "", err: [...lines, ""].join("\n") });
}

describe("--spend: the ledger from a CSV file", () => {
  const spend = example.spend ?? [];

  it("monitors the budgets as the same entries in the framework do (LF and CRLF, quoted notes, empty kinds)", async () => {
    // One entry is a commitment and two have notes, one with a colon: the CSV holds every column.
    expect(spend.some((e) => e.kind === "commitment")).toBe(true);
    expect(spend.filter((e) => e.note !== undefined)).toHaveLength(2);
    const expected = await runCli(budgets(stockton));
    expect(expected.code).toBe(0);
    for (const end of ["\n", "\r\n"]) {
      const csv = file(`spend-${end.length}.csv`, spendCsv(spend, end));
      const got = await runCli(budgets(withoutSpend, "--spend", csv));
      expect(got.err).toBe("");
      expect(got.code).toBe(0);
      expect(JSON.parse(got.out)).toEqual(JSON.parse(expected.out));
    }
    // And the entries are the framework's, every cell as written, an empty kind left out.
    const { framework } = await load(withoutSpend, { spend: file("spend.csv", spendCsv(spend)) });
    expect(framework.spend).toEqual(spend);
  });

  it("holds Stockton's own spend in its example file, which monitors as the framework's entries do", async () => {
    const example = `${root}examples/resources/stockton-spend.csv`;
    expect(readFileSync(example, "utf8")).toBe(spendCsv(spend));
    const expected = await runCli(budgets(stockton));
    const got = await runCli(budgets(withoutSpend, "--spend", example));
    expect(JSON.parse(got.out)).toEqual(JSON.parse(expected.out));
  });

  it("adds the rows after the framework's own spend, in the file's order", async () => {
    const csv = file(
      "more-spend.csv",
      "budget,date,amount\nb-new-deal,2001-07-31,50000\nb-voids,2001-07-31,70000.50\n",
    );
    const { framework } = await load(stockton, { spend: csv });
    expect(framework.spend?.slice(0, spend.length)).toEqual(spend);
    expect(framework.spend?.slice(spend.length)).toEqual([
      { budget: "b-new-deal", date: "2001-07-31", amount: "50000" },
      { budget: "b-voids", date: "2001-07-31", amount: "70000.50" },
    ]);
  });

  it("reads a file with a byte-order mark, and one from standard input", async () => {
    const expected = JSON.parse((await runCli(budgets(stockton))).out) as unknown;
    const bom = await runCli(budgets(withoutSpend, "--spend", file("bom.csv", `\uFEFF${spendCsv(spend)}`)));
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.out)).toEqual(expected);
    const piped = await runCli(budgets(withoutSpend, "--spend", "-"), { stdin: spendCsv(spend) });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out)).toEqual(expected);
  });

  it("reports each bad cell at its line and column, under the CSV's name, and nothing is monitored", async () => {
    await expectRefused(
      "--spend",
      [
        "date,budget,amount,kind",
        "2001-07-31,b-voids,12,",
        "",
        "2001-02-30,b-voids,1.2.3,actuals",
        "2001-07-31,,100,commitment",
      ],
      [
        "performance-management: standard input: 4 problems in the spend:",
        '  line 4, column 1 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-02-30").',
        '  line 4, column 3 (amount): must be a decimal number such as 95.5 (found the text "1.2.3").',
        '  line 4, column 4 (kind): the text "actuals" is not allowed; use one of "actual", "commitment".',
        "  line 5, column 2 (budget): must not be empty.",
      ],
    );
  });

  it("says the framework's own problems under its name, apart from the CSV's", async () => {
    const broken = file("broken-spend.json", JSON.stringify({ ...example, currency: "pounds" }));
    const { code, err } = await runCli(budgets(broken, "--spend", "-"), {
      stdin: "budget,date,amount\nb-voids,2001-07-31,ten\n",
    });
    expect(code).toBe(1);
    expect(err).toContain("broken-spend.json: not a valid framework (1 problem):\n  currency: must be a three-letter");
    expect(err).toContain(
      'standard input: 1 problem in the spend:\n  line 2, column 3 (amount): must be a decimal number such as 95.5 (found the text "ten").\n',
    );
  });

  it("refuses a file with no header row, and a row of too few cells with the parser's words", async () => {
    const empty = await runCli(budgets(stockton, "--spend", "-"), { stdin: "" });
    expect(empty.err).toBe(
      "performance-management: standard input: no header row (it needs budget, date and amount)\n",
    );
    const short = await runCli(budgets(stockton, "--spend", "-"), {
      stdin: "budget,date,amount\nb-voids,2001-07-31\n",
    });
    expect(short.err).toBe(
      "performance-management: standard input: line 2: Invalid Record Length: expect 3, got 2 on line 2\n",
    );
  });

  it("warns of a row naming no budget line, which the monitoring reports as spend with no budget; --strict refuses it", async () => {
    const csv = file("unbudgeted.csv", "budget,date,amount\nb-voids,2001-06-30,10\nb-vodis,2001-06-30,250\n");
    const warned = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--spend", csv]);
    expect(warned.code).toBe(0);
    expect(warned.err).toBe(
      `performance-management: budgets: warning: ${csv}: 1 warning in the spend (the run goes on; --strict makes them errors):\n` +
        '  line 3, column 1 (budget): "b-vodis" names no budget line of the framework, so no budget judges its money\n',
    );
    expect(warned.out).toContain("  spend  £250 against b-vodis, which is not a budget line\n");
    const strict = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--spend", csv, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe("");
    expect(strict.err).toBe(
      `performance-management: ${csv}: 1 problem in the spend (--strict):\n` +
        '  line 3, column 1 (budget): "b-vodis" names no budget line of the framework, so no budget judges its money\n',
    );
  });

  it("lists the first ten rows naming no budget line and counts the rest", async () => {
    const rows = Array.from({ length: 13 }, (_, k) => `b-gone-${String(k)},2001-06-30,1`);
    const { code, err } = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--spend", "-"], {
      stdin: ["budget,date,amount", ...rows].join("\n"),
    });
    expect(code).toBe(0);
    const lines = err.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "performance-management: budgets: warning: standard input: 13 warnings in the spend (the run goes on; --strict makes them errors):",
    );
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe(
      '  line 11, column 1 (budget): "b-gone-9" names no budget line of the framework, so no budget judges its money',
    );
    expect(lines[11]).toBe("  and 3 more rows naming no budget line");
  });

  it("is read by report and check too", async () => {
    const csv = file("report-spend.csv", spendCsv(spend));
    const report = async (path: string, ...more: string[]) =>
      runCli(["report", path, "--as-of", "2001-07-15", "--format", "json", ...more]);
    const expected = await report(stockton);
    const got = await report(withoutSpend, "--spend", csv);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.out)).toEqual(JSON.parse(expected.out));
    const check = await runCli(["check", stockton, "--spend", "-", "--format", "json"], {
      stdin: "budget,date,amount\nb-nowhere,2001-06-30,99\n",
    });
    expect(check.err).toContain('line 2, column 1 (budget): "b-nowhere" names no budget line of the framework');
    expect(JSON.parse(check.out)).toMatchObject({
      findings: expect.arrayContaining([expect.objectContaining({ ruleId: "unbudgeted-spend" })]) as unknown,
    });
  });
});

describe("--budgets: the medium-term financial plan from a CSV file", () => {
  /** Stockton with two lines moved to the end (the order a CSV's lines take), or left out. */
  const moved = ["b-void-improvements", "b-new-deal"];
  const own = (example.budgets ?? []).filter((line) => !moved.includes(line.id));
  const movedLines = moved.map((id) => (example.budgets ?? []).find((line) => line.id === id) as BudgetLine);

  it("monitors lines read from CSV as the same lines in the framework", async () => {
    // Neither moved line has a profile or revisions, which a CSV row cannot give.
    expect(movedLines.every((line) => line.profile === undefined && line.revisions === undefined)).toBe(true);
    const reordered = file("reordered.json", JSON.stringify({ ...example, budgets: [...own, ...movedLines] }));
    const without = file("two-lines-less.json", JSON.stringify({ ...example, budgets: own }));
    // One row a year, the line's description on its first row only (empty cells say nothing), the
    // rows of the two lines interleaved: they are grouped by id.
    const csv = [
      "budget,year,amount,name,objective,plan,holder,kind,currency",
      "b-void-improvements,2001/02,250000,Void property improvements (capital),uo-relet-28-days,plan-housing,director-housing,capital,",
      'b-new-deal,2001/02,600000,"New Deal and employment partnership",so-new-deal,plan-regeneration,director-regeneration,,',
      "b-void-improvements,2002/03,150000,,,,,,",
      "b-new-deal,2002/03,600000,,,,,,",
      "b-new-deal,2003/04,600000,New Deal and employment partnership,,,,revenue,GBP",
    ].join("\n");
    const expected = await runCli(budgets(reordered));
    const got = await runCli(budgets(without, "--budgets", file("two-lines.csv", csv)));
    expect(got.err).toBe("");
    expect(got.code).toBe(0);
    expect(JSON.parse(got.out)).toEqual(JSON.parse(expected.out));
  });

  it("groups the rows by id in the order ids first appear, each line's years in row order; names a line by its id when no row does", async () => {
    const csv = file(
      "grouped.csv",
      [
        "budget,year,amount,name",
        "b-b,2002/03,2,",
        "b-a,2001/02,10,Alpha",
        "b-b,2001/02,1,",
        "b-a,2002/03,20,",
        "b-b,2003/04,3,",
      ].join("\n"),
    );
    const { framework } = await load(stockton, { budgets: csv });
    const added = framework.budgets?.slice(example.budgets?.length);
    // Each line whole: its keys, and its years as "year=amount" in order.
    expect(
      added?.map((line) => [Object.keys(line), line.name, line.years.map((y) => `${y.year}=${y.amount}`)]),
    ).toEqual([
      [["id", "name", "years"], "b-b", ["2002/03=2", "2001/02=1", "2003/04=3"]],
      [["id", "name", "years"], "Alpha", ["2001/02=10", "2002/03=20"]],
    ]);
    expect(added?.map((line) => line.id)).toEqual(["b-b", "b-a"]);
    // The framework's own lines come first, unchanged.
    expect(framework.budgets?.slice(0, example.budgets?.length)).toEqual(example.budgets);
  });

  it('takes "__proto__" as an id like any other, for a line and for its spend', async () => {
    const csv = file(
      "proto.csv",
      "budget,year,amount,name\n__proto__,2001/02,1200,Prototype\n__proto__,2002/03,1300,\nconstructor,2001/02,5,\n",
    );
    const spend = file("proto-spend.csv", "budget,date,amount\n__proto__,2001-04-30,100\n__proto__,2001-05-31,110\n");
    const { framework, warned } = await load(stockton, { budgets: csv, spend });
    expect(warned).toEqual([]);
    const added = framework.budgets?.slice(example.budgets?.length);
    expect(added?.map((line) => [line.id, line.name, line.years.length])).toEqual([
      ["__proto__", "Prototype", 2],
      ["constructor", "constructor", 1],
    ]);
    const { code, out } = await runCli(budgets(stockton, "--budgets", csv, "--spend", spend));
    expect(code).toBe(0);
    const line = (JSON.parse(out) as { lines: { id: string; actualToDate: string; budget: string }[] }).lines.find(
      (l) => l.id === "__proto__",
    );
    expect(line).toMatchObject({ id: "__proto__", actualToDate: "210", budget: "1200" });
  });

  it("reports each bad cell at its row's line and column, a repeated year by the line that gave it first", async () => {
    await expectRefused(
      "--budgets",
      [
        "budget,year,amount,kind,currency",
        "b-libraries,2001/02,300000,,",
        "b-libraries,2002-03,-5,cap,gbp",
        "b-libraries,2001/02,7,,",
        ",2001/02,7,,",
        "b-museums,2001/02,x,,",
      ],
      [
        "performance-management: standard input: 7 problems in the budgets:",
        '  line 3, column 4 (kind): the text "cap" is not allowed; use one of "revenue", "capital".',
        '  line 3, column 5 (currency): must be a three-letter currency code such as GBP (found the text "gbp").',
        '  line 3, column 2 (year): must be a financial year such as "2002/03" (the year it starts in, then the next year\'s last two digits) (found the text "2002-03").',
        '  line 3, column 3 (amount): must not be negative: a budget is 0 or more (record income or a credit as a negative spend entry against the line) (found the text "-5").',
        '  line 4, column 2 (year): is the year of line 2 as well: give each financial year one budget (found the text "2001/02").',
        "  line 5, column 1 (budget): must not be empty.",
        '  line 6, column 3 (amount): must be a decimal number such as 95.5 (found the text "x").',
      ],
    );
  });

  it("refuses rows of one line that disagree on its description, at the later row's cell, naming the earlier line", async () => {
    await expectRefused(
      "--budgets",
      [
        "budget,year,amount,name,holder",
        "b-libraries,2001/02,300000,Libraries,director-housing",
        "b-libraries,2002/03,310000,,director-housing",
        "b-libraries,2003/04,320000,Library service,director-regeneration",
      ],
      [
        "performance-management: standard input: 2 problems in the budgets:",
        '  line 4, column 4 (name): "Library service" differs from "Libraries" on line 2 for budget line "b-libraries"; the rows of a line give the same name, or leave it empty',
        '  line 4, column 5 (holder): "director-regeneration" differs from "director-housing" on line 2 for budget line "b-libraries"; the rows of a line give the same holder, or leave it empty',
      ],
    );
  });

  it("refuses a line the framework has already: a CSV adds lines, it does not change one", async () => {
    await expectRefused(
      "--budgets",
      ["budget,year,amount", "b-libraries,2001/02,1", "b-voids,2004/05,835000", "b-voids,2005/06,835000"],
      [
        "performance-management: standard input: 1 problem in the budgets:",
        '  line 3, column 1 (budget): budget line "b-voids" is already in the framework; a CSV line adds a line, it does not change one',
      ],
    );
  });

  it("lists those problems with validation's, so one run names every row to mend, the first ten listed", async () => {
    const rows = Array.from(
      { length: 12 },
      (_, k) => `b-libraries,${String(2001 + k)}/${String(2 + k).padStart(2, "0")},1,Name ${String(k)}`,
    );
    const csv = ["budget,year,amount,name", "b-voids,2001/02,1,", ...rows, "b-museums,2001/02,-1,"].join("\n");
    const { code, err } = await runCli(budgets(stockton, "--budgets", "-"), { stdin: csv });
    expect(code).toBe(1);
    const lines = err.trimEnd().split("\n");
    expect(lines[0]).toBe("performance-management: standard input: 13 problems in the budgets:");
    expect(lines[1]).toBe(
      '  line 2, column 1 (budget): budget line "b-voids" is already in the framework; a CSV line adds a line, it does not change one',
    );
    expect(lines[2]).toBe(
      '  line 4, column 4 (name): "Name 1" differs from "Name 0" on line 3 for budget line "b-libraries"; the rows of a line give the same name, or leave it empty',
    );
    // Validation's problem, by its line, then the count of the found rows not listed.
    expect(lines.at(-2)).toMatch(/^ {2}line 15, column 3 \(amount\): must not be negative/u);
    expect(lines.at(-1)).toBe("  and 2 more rows adding or describing a budget line wrongly");
    expect(lines).toHaveLength(13);
  });

  it("reads the fixture of docs/cli.md: two new lines, one capital, named and held", async () => {
    const { framework } = await load(stockton, { budgets: fixture("stockton-budgets.csv") });
    expect(framework.budgets?.slice(example.budgets?.length)).toEqual([
      {
        id: "b-libraries",
        name: "Libraries and information",
        holder: "director-housing",
        years: ["2001/02=310000", "2002/03=318000", "2003/04=325000"].map((y) => ({
          year: y.slice(0, 7),
          amount: y.slice(8),
        })),
      },
      {
        id: "b-cctv",
        name: "Town centre CCTV",
        holder: "director-regeneration",
        kind: "capital",
        years: [{ year: "2001/02", amount: "120000" }],
      },
    ]);
  });

  it("adds spend against the CSV's own lines, both files given", async () => {
    const lines = file("libraries.csv", "budget,year,amount,name\nb-libraries,2001/02,120000,Libraries\n");
    const spend = file("libraries-spend.csv", "budget,date,amount\nb-libraries,2001-04-30,10000\n");
    const { code, out, err } = await runCli(budgets(stockton, "--budgets", lines, "--spend", spend));
    expect(err).toBe("");
    expect(code).toBe(0);
    const line = (JSON.parse(out) as { lines: { id: string; actualToDate: string }[] }).lines.find(
      (l) => l.id === "b-libraries",
    );
    expect(line?.actualToDate).toBe("10000");
  });
});

describe("a CSV's header row", () => {
  const spendColumns = "(the columns are budget, date, amount, kind, note)";
  const budgetColumns = "(the columns are budget, year, amount, name, objective, plan, holder, kind, currency)";
  it.each([
    ["--spend", "budget,date,amount,cost centre", `line 1, column 4: unknown column "cost centre" ${spendColumns}`],
    [
      "--spend",
      "budget,date,amount,date",
      'line 1, column 4: column "date" is repeated (it is also column 2); each column appears once',
    ],
    ["--spend", "budget,when,amount,kind", `line 1, column 2: unknown column "when" ${spendColumns}`],
    [
      "--spend",
      "budget,kind,note,amount",
      'line 1: missing column "date" (the header row needs budget, date and amount)',
    ],
    ["--budgets", "budget,year,amount,note", `line 1, column 4: unknown column "note" ${budgetColumns}`],
    [
      "--budgets",
      "budget,year,budget",
      'line 1, column 3: column "budget" is repeated (it is also column 1); each column appears once',
    ],
    [
      "--budgets",
      "budget,name,holder",
      'line 1: missing columns "year", "amount" (the header row needs budget, year and amount)',
    ],
  ])("%s with the header %s is refused at line 1", async (option, header, words) => {
    const { code, out, err } = await runCli(budgets(stockton, option, "-"), { stdin: `${header}\nb-x,2001/02,1,\n` });
    expect({ code, out, err }).toEqual({ code: 1, out: "", err: `performance-management: standard input: ${words}\n` });
  });
});

describe("misuse of the CSV options", () => {
  it("refuses two inputs from standard input before reading any", async () => {
    const cases: [string[], string][] = [
      [["budgets", "-", "--as-of", "2001-07-15", "--spend", "-"], "the framework and the spend"],
      [["budgets", stockton, "--as-of", "2001-07-15", "--spend", "-", "--budgets", "-"], "the spend and the budgets"],
      [
        ["report", stockton, "--as-of", "2001-07-15", "--measurements", "-", "--budgets", "-"],
        "the measurements and the budgets",
      ],
      [["check", "-", "--budgets", "-"], "the framework and the budgets"],
    ];
    for (const [argv, inputs] of cases) {
      const { code, err } = await runCli(argv);
      expect(code).toBe(2);
      expect(err).toBe(
        `performance-management: ${argv[0] as string}: ${inputs} cannot both come from standard input\n`,
      );
    }
    const previous = await runCli([
      "report",
      stockton,
      "--as-of",
      "2001-07-15",
      "--audience",
      "scrutiny",
      "--previous",
      "-",
      "--spend",
      "-",
    ]);
    expect(previous.code).toBe(2);
    expect(previous.err).toContain("only one input can come from standard input");
  });

  it("refuses --strict without a CSV file, naming the command's own CSV options", async () => {
    const budgetsRun = await runCli(["budgets", stockton, "--as-of", "2001-07-15", "--strict"]);
    expect(budgetsRun.code).toBe(2);
    expect(budgetsRun.err).toBe(
      "performance-management: budgets: --strict is about the rows of a CSV file: give --spend or --budgets with it\n",
    );
    const report = await runCli(["report", stockton, "--as-of", "2001-07-15", "--strict"]);
    expect(report.err).toBe(
      "performance-management: report: --strict is about the rows of a CSV file: give --measurements, --spend or --budgets with it\n",
    );
  });

  it("does not take --spend or --budgets where no budget is read", async () => {
    const { code, err } = await runCli(["evaluate", stockton, "--as-of", "2001-07-15", "--spend", fixture("x.csv")]);
    expect(code).toBe(2);
    expect(err).toContain("--spend");
  });

  it("says the options in --help", async () => {
    for (const command of ["budgets", "report", "check"]) {
      const { out } = await runCli([command, "--help"]);
      expect(out).toContain(
        "--spend F            add the spend of a CSV file, a row an entry (budget,date,amount[,kind,note])",
      );
      expect(out).toContain("--budgets F          add the budget lines of a CSV file, a row a line's year");
    }
    expect((await runCli(["budgets", "--help"])).out).toContain(
      "--strict             the CSV's warnings (spend on no budget line) are errors: exit 1",
    );
  });
});

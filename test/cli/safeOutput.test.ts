// Issue 19: the CLI never writes control characters from the data to a terminal. Ids, titles, names
// and outcomes carry an SGR (ESC [31m), an OSC 8 hyperlink (ESC ]8;;http://x BEL), a C1 CSI (U+009B)
// and a right-to-left override (U+202E); every format meant for people shows them escaped, while JSON
// and files written with --out keep the data exactly.
/* eslint-disable no-control-regex -- the assertions look for control characters */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evaluateFramework,
  parseFramework,
  performanceReport,
  renderReportMarkdown,
  traceUp,
} from "../../src/index.js";
import { forPeople, jsonText, printable } from "../../src/cli/io.js";
import { printedResult, runCli, stockton } from "./run.js";

const SGR = "\u001b[31m";
const OSC = "\u001b]8;;http://x\u0007";
const C1 = "\u009b";
const RLO = "\u202e";
const HOSTILE = `${SGR}${OSC}${C1}${RLO}`;
/** How the CLI shows HOSTILE to people. */
const SHOWN = "\\x1b[31m\\x1b]8;;http://x\\x07\\x9b\\u202e";
/** Any character a terminal may act on. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** An ESC that does not start one of the painter's own colour sequences (ESC [ digits m). */
const FOREIGN_ESCAPE = /\u001b(?!\[\d+m)/;

/** Stockton with hostile ids (an objective, a target, an individual objective), titles, an owner's name and review outcomes. */
function hostileStockton(): string {
  let text = readFileSync(stockton, "utf8");
  for (const id of ["cp-wellbeing", "t-relet-28-days", "io-key-tags", "plan-community", "t-co2", "director-housing"])
    text = text.replaceAll(JSON.stringify(id), JSON.stringify(`${id}${HOSTILE}`));
  const document = JSON.parse(text) as {
    objectives: { title: string }[];
    targets: { title: string }[];
    owners: { name: string }[];
    reviews: { outcome?: string }[];
  };
  for (const item of [...document.objectives, ...document.targets]) item.title = `${item.title} ${HOSTILE}`;
  for (const owner of document.owners) owner.name = `${owner.name} ${HOSTILE}`;
  for (const review of document.reviews) if (review.outcome !== undefined) review.outcome += ` ${HOSTILE}`;
  return JSON.stringify(document);
}

const hostile = hostileStockton();
const framework = parseFramework(JSON.parse(hostile));

/** How a renderer that escapes Markdown's brackets shows it: each character escaped, wherever it stands. */
const SHOWN_EACH = ["\\x1b", "\\x07", "\\x9b", "\\u202e"];

/** Every command and format meant for people, with the framework on standard input. */
const FOR_PEOPLE: readonly (readonly string[])[] = [
  ["check", "-", "--as-of", "2002-06-30"],
  ["evaluate", "-", "--as-of", "2001-07-15"],
  ["evaluate", "-", "--as-of", "2001-07-15", "--detail", "status"],
  ["trace", "-", `io-key-tags${HOSTILE}`],
  ["trace", "-", `t-relet-28-days${HOSTILE}`, "--style", "in-order-to"],
  ["trace", "-", `cp-wellbeing${HOSTILE}`, "--down"],
  ["schedule", "-", "--from", "2001-04-01", "--to", "2002-06-30"],
  ["overdue", "-", "--as-of", "2002-06-30"],
  ["report", "-", "--as-of", "2001-07-15"],
  ["report", "-", "--as-of", "2001-07-15", "--audience", "scrutiny"],
  ["report", "-", "--as-of", "2001-07-15", "--format", "html"],
  // Issue 21: the plans listed, and a plan's one page, with its hostile owner's and objectives' names.
  ["plan", "-"],
  ["plan", "-", `plan-community${HOSTILE}`],
  ["plan", "-", "plan-housing"],
];

describe("output for people shows control characters from the data escaped", () => {
  it("printable escapes C0, DEL, C1 and bidi overrides; newline and tab only without keepLayout", () => {
    expect(printable(`a${HOSTILE}b`)).toBe(`a${SHOWN}b`);
    expect(printable("x\u0000\u007f\u0085\u2066\u2069y")).toBe("x\\x00\\x7f\\x85\\u2066\\u2069y");
    // The noncharacters XML forbids are shown too, in data and in whole texts.
    expect(printable("a\ufffeb\uffffc")).toBe("a\\ufffeb\\uffffc");
    expect(printable("a\ufffe\nb", true)).toBe("a\\ufffe\nb");
    expect(printable("one\ttwo\nthree\r")).toBe("one\\x09two\\x0athree\\x0d");
    expect(printable("one\ttwo\nthree\r", true)).toBe("one\ttwo\nthree\\x0d");
    // Its output has nothing left to escape, so escaping twice changes nothing.
    expect(printable(printable(`a${HOSTILE}\n`))).toBe(printable(`a${HOSTILE}\n`));
    // Text without such characters, a backslash in a Windows path included, is left as it is.
    expect(printable("C:\\temp\\Zürich — 🏠 ״")).toBe("C:\\temp\\Zürich — 🏠 ״");
  });

  it("forPeople copies a result with every string and key escaped, sharing kept, the input untouched", () => {
    const shared = { id: `s${SGR}` };
    const value = Object.freeze({ list: [shared, shared, 3, null, true], [`k${C1}`]: `v${RLO}` });
    const copy = forPeople(value);
    expect(copy).toEqual({ list: [{ id: "s\\x1b[31m" }, { id: "s\\x1b[31m" }, 3, null, true], "k\\x9b": "v\\u202e" });
    expect(copy.list[0]).toBe(copy.list[1]);
    expect(value.list[0]).toEqual({ id: `s${SGR}` });
    // No recursion: a result nested 100,000 deep is copied.
    let deep: unknown = "x\u001b";
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    let copied = forPeople(deep);
    for (let i = 0; i < 100_000; i += 1) copied = (copied as unknown[])[0];
    expect(copied).toBe("x\\x1b");
  });

  for (const argv of FOR_PEOPLE)
    it(`${argv.join(" ")}: escaped, with or without colour`, async () => {
      const plain = await runCli(argv, { stdin: hostile });
      expect(plain.code).toBe(0);
      expect(plain.err).toBe("");
      expect(plain.out).not.toMatch(UNSAFE);
      // HTML is XML-safe before the CLI sees it: the renderer shows C0 controls (ESC, BEL) as U+FFFD.
      if (argv.includes("html")) for (const shown of ["\uFFFD", "\\x9b", "\\u202e"]) expect(plain.out).toContain(shown);
      else if (argv[0] === "report") for (const shown of SHOWN_EACH) expect(plain.out).toContain(shown);
      else expect(plain.out).toContain(SHOWN);
      const coloured = await runCli(argv, { stdin: hostile, env: { FORCE_COLOR: "1" } });
      expect(coloured.out).not.toMatch(FOREIGN_ESCAPE);
      expect(coloured.out.replace(/\u001b\[\d+m/g, "")).not.toMatch(UNSAFE);
      if (argv[0] !== "report") expect(coloured.out).toContain(SHOWN);
    });

  it("validate: each problem, quoting an id, escaped", async () => {
    const document = JSON.parse(hostile) as { targets: { goal: { date: string } }[] };
    (document.targets[0] as { goal: { date: string } }).goal.date = `2003${HOSTILE}`;
    const run = await runCli(["validate", "-"], { stdin: JSON.stringify(document), env: { FORCE_COLOR: "1" } });
    expect(run.code).toBe(1);
    expect(run.out).toContain("not a valid framework (1 problem)");
    expect(run.out).toContain("goal.date");
    expect(run.out).toContain("\\x9b\\u202e");
    expect(run.out).not.toMatch(FOREIGN_ESCAPE);
    expect(run.out.replace(/\u001b\[\d+m/g, "")).not.toMatch(UNSAFE);
  });

  it("the data's own newlines cannot forge a line: a title's newline is shown as \\x0a", async () => {
    const document = JSON.parse(hostile) as { objectives: { id: string; title: string }[] };
    const objective = document.objectives.find((o) => o.id === `io-key-tags${HOSTILE}`) as { title: string };
    objective.title = "Tags\n✔ standard input: a valid framework";
    const { out } = await runCli(["trace", "-", `io-key-tags${HOSTILE}`], { stdin: JSON.stringify(document) });
    expect(out).toContain("objective Tags\\x0a✔ standard input: a valid framework (");
    expect(out).not.toMatch(/^✔/m);
  });

  it("JSON keeps the data exactly, with C1 and bidi characters written as \\u escapes", async () => {
    const run = await runCli(["evaluate", "-", "--as-of", "2001-07-15", "--format", "json"], { stdin: hostile });
    expect(run.out).not.toMatch(UNSAFE);
    expect(run.out).toContain("t-relet-28-days\\u001b[31m\\u001b]8;;http://x\\u0007\\u009b\\u202e");
    expect(printedResult(run.out, "FrameworkEvaluation")).toEqual(
      JSON.parse(JSON.stringify(evaluateFramework(framework, { asOf: "2001-07-15" }))),
    );
    const trace = await runCli(["trace", "-", `io-key-tags${HOSTILE}`, "--format", "json"], { stdin: hostile });
    expect(printedResult(trace.out, "Trace")).toEqual(
      JSON.parse(JSON.stringify(traceUp(framework, `io-key-tags${HOSTILE}`))),
    );
    expect(trace.out).not.toMatch(UNSAFE);
    const report = await runCli(["report", "-", "--as-of", "2001-07-15", "--format", "json"], { stdin: hostile });
    expect(report.out).not.toMatch(UNSAFE);
    expect(printedResult(report.out, "PerformanceReport")).toEqual(
      JSON.parse(JSON.stringify(performanceReport(framework, { asOf: "2001-07-15" }))),
    );
    expect(JSON.parse(jsonText({ [`k${C1}`]: `v${HOSTILE}\u007f` }))).toEqual({ [`k${C1}`]: `v${HOSTILE}\u007f` });
  });

  it("a report written with --out keeps the data exactly, as the renderer wrote it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pm-cli-safe-"));
    try {
      const out = join(folder, "report.md");
      const run = await runCli(["report", "-", "--as-of", "2001-07-15", "--out", out], { stdin: hostile });
      expect([run.code, run.out]).toEqual([0, ""]);
      const written = readFileSync(out, "utf8");
      expect(written).toBe(renderReportMarkdown(performanceReport(framework, { asOf: "2001-07-15" })));
      for (const raw of [SGR.slice(0, 1), C1, RLO]) expect(written).toContain(raw);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("error messages that quote the data are escaped too", () => {
  const cases: readonly [string, readonly string[], string, string][] = [
    // The library quotes a value as JSON does (ESC as \u001b); the CLI escapes what JSON leaves (C1, bidi).
    ["an id to trace that names nothing", ["trace", "-", `nothing${HOSTILE}`], hostile, "\\x9b\\u202e"],
    ["a key the schema does not know", ["validate", "-"], JSON.stringify({ id: "x", [`key${HOSTILE}`]: 1 }), "key"],
    ["a token that is not JSON", ["validate", "-"], `{"id": ${SGR}}`, "\\x1b"],
    [
      "a response the assessment refuses",
      ["assess", "-"],
      JSON.stringify([{ characteristic: `no-such${HOSTILE}`, rating: 3 }]),
      "\\x9b\\u202e",
    ],
    ["an unknown command", [`frob${HOSTILE}`], "", `frob${SHOWN}`],
    ["an unknown option value", ["evaluate", "-", "--as-of", `2001${HOSTILE}`], hostile, "\\x9b\\u202e"],
  ];
  for (const [what, argv, stdin, shown] of cases)
    it(what, async () => {
      const run = await runCli(argv, { stdin });
      expect(run.code).not.toBe(0);
      expect(run.code).not.toBe(3);
      expect(`${run.out}${run.err}`).toContain(shown);
      expect(run.out).not.toMatch(UNSAFE);
      expect(run.err).not.toMatch(UNSAFE);
    });

  it("a CSV's unknown column, a bad cell and a file's own name", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pm-cli-safe-"));
    try {
      const column = join(folder, "column.csv");
      writeFileSync(column, `indicator,date,value,${SGR}x\n`);
      const unknown = await runCli(["check", stockton, "--measurements", column]);
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain('unknown column "\\x1b[31mx"');
      expect(unknown.err).not.toMatch(UNSAFE);
      const named = join(folder, `name${SGR}${C1}.json`);
      writeFileSync(named, "{");
      const badName = await runCli(["validate", named]);
      expect(badName.code).toBe(1);
      expect(badName.err).toContain("name\\x1b[31m\\x9b.json: not JSON");
      expect(badName.err).not.toMatch(UNSAFE);
      const rows = join(folder, "rows.csv");
      writeFileSync(rows, `indicator,date,value\npi-relet-28-days,2001-09-30,"7${C1}"x,\n`);
      const badCell = await runCli(["check", stockton, "--measurements", rows]);
      expect(badCell.code).toBe(1);
      expect(badCell.err).toContain("line 2");
      expect(badCell.err).not.toMatch(UNSAFE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("progress on a terminal shows the file's name escaped", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pm-cli-safe-"));
    try {
      const csv = join(folder, `q2${OSC.replace("http://x", "x")}.csv`);
      writeFileSync(csv, "indicator,date,value\n");
      let clock = 0;
      const run = await runCli(["check", stockton, "--measurements", csv], { tty: true, now: () => (clock += 2000) });
      expect(run.code).toBe(0);
      expect(run.err).toContain("reading ");
      expect(run.err).toContain("q2\\x1b]8;;x\\x07.csv");
      expect(run.err.replace(/\r\u001b\[K/g, "")).not.toMatch(UNSAFE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

// The command-line tool as a user meets it: built, packed with `npm pack`, unpacked into a consumer
// folder in the system's temporary directory, and run through `npx performance-management`. Its
// dependencies (zod, decimal.js, csv-parse) are linked from this project's node_modules, as npm
// would install them, so the test needs no network. In the scale project: the build takes ~20 s.
import { execFileSync, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkCascade,
  evaluateFramework,
  frameworkJsonSchema,
  parseFramework,
  performanceReport,
  renderReportHtml,
  safeParseFramework,
} from "../../src/index.js";
import { fixture, printedResult, root, spelthorne, stockton, unplacedCsv } from "../cli/run.js";
import packageJson from "../../package.json" with { type: "json" };

let consumer = "";
/** The installed command's script, run with `node` directly where npx's own process would be in the way. */
let binScript = "";
const stocktonText = readFileSync(stockton, "utf8");
const framework = parseFramework(JSON.parse(stocktonText));
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Runs `npx performance-management …` in the consumer folder. */
function cli(
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR;
    if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
    const child = spawn("npx", ["--offline", "performance-management", ...args], { cwd: consumer, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, out, err });
    });
    child.stdin.end(options.stdin ?? "");
  });
}

beforeAll(() => {
  execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "ignore" });
  consumer = mkdtempSync(join(tmpdir(), "pm-cli-consumer-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: root })
    .toString()
    .trim();
  const installed = join(consumer, "node_modules", "performance-management");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(consumer, tarball), "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
    bin: Record<string, string>;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
    symlinkSync(join(root, "node_modules", name), join(consumer, "node_modules", name));
  mkdirSync(join(consumer, "node_modules", ".bin"));
  const bin = manifest.bin["performance-management"] as string;
  binScript = join(installed, bin);
  symlinkSync(
    join("..", "performance-management", bin),
    join(consumer, "node_modules", ".bin", "performance-management"),
  );
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const broken = JSON.parse(stocktonText) as { targets: { goal: { date: string } }[] };
  (broken.targets[0] as { goal: { date: string } }).goal.date = "2003-02-30";
  writeFileSync(join(consumer, "broken.json"), JSON.stringify(broken));
  writeFileSync(join(consumer, "not-json.json"), '{\n  "id": "x",\n  "name": "y"\n  "owners": []\n}');
  // 3,000 more targets: `evaluate` prints about 300 KB, more than a pipe holds.
  const many = JSON.parse(stocktonText) as { targets: { id: string }[] };
  const first = many.targets[0] as { id: string };
  for (let i = 0; i < 3000; i += 1) many.targets.push({ ...first, id: `t-copy-${i}` });
  writeFileSync(join(consumer, "many.json"), JSON.stringify(many));
  // Six megabytes of measurements.
  const big = JSON.parse(stocktonText) as { measurements: unknown[] };
  big.measurements = Array.from({ length: 60_000 }, () => big.measurements[0]);
  writeFileSync(join(consumer, "big.json"), JSON.stringify(big));
}, 120_000);

afterAll(() => {
  if (consumer !== "") rmSync(consumer, { recursive: true, force: true });
});

describe("npx performance-management, from the packed package", () => {
  it("lists the commands (exit 0), prints its version, and exits 2 without a command or with an unknown one", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: performance-management <command> [options]");
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect((await cli(["--version"])).out).toBe(`${version}\n`);
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(["frobnicate"]);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('unknown command "frobnicate"')]);
  });

  it("validate: 0 for the examples, 1 with every problem named for a broken copy, 1 for text that is not JSON, 2 for a missing file", async () => {
    expect((await cli(["validate", stockton])).code).toBe(0);
    expect((await cli(["validate", spelthorne])).code).toBe(0);
    const broken = await cli(["validate", "broken.json"]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("broken.json: not a valid framework (1 problem):");
    expect(broken.out).toContain("goal.date");
    const json = await cli(["validate", "broken.json", "--format", "json"]);
    expect(printedResult(json.out, "ValidationOutput")).toEqual(
      asJson(safeParseFramework(JSON.parse(readFileSync(join(consumer, "broken.json"), "utf8")))),
    );
    // Line 4 is `  "owners": []`: a comma was expected before it, at its third character.
    const notJson = await cli(["validate", "not-json.json"]);
    expect([notJson.code, notJson.err]).toEqual([
      1,
      "performance-management: not-json.json: not JSON: line 4, column 3: Expected ',' or '}' after property value\n",
    ]);
    const missing = await cli(["validate", "missing.json"]);
    expect([missing.code, missing.err]).toEqual([
      2,
      "performance-management: validate: missing.json: cannot read: no such file\n",
    ]);
  });

  it("reads standard input, with a byte-order mark", async () => {
    const run = await cli(["validate", "-"], { stdin: "\uFEFF" + stocktonText });
    expect(run.code).toBe(0);
    expect(run.out).toContain("standard input: a valid framework");
  });

  it("check: the API's report as JSON; exit 1 past --max-warnings; exit 2 for an unknown option", async () => {
    const run = await cli(["check", stockton, "--as-of", "2001-07-15", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(printedResult(run.out, "CascadeReport")).toEqual(asJson(checkCascade(framework, { asOf: "2001-07-15" })));
    expect((await cli(["check", stockton, "--max-warnings", "0"])).code).toBe(1);
    expect((await cli(["check", stockton, "--colour"])).code).toBe(2);
  });

  it("evaluate: the API's evaluation as JSON; --fail-on red exits 1; colours only when forced and NO_COLOR unset", async () => {
    const run = await cli(["evaluate", stockton, "--as-of", "2001-07-15", "--format", "json"]);
    expect(printedResult(run.out, "FrameworkEvaluation")).toEqual(
      asJson(evaluateFramework(framework, { asOf: "2001-07-15" })),
    );
    const failing = await cli(["evaluate", stockton, "--as-of", "2001-07-15", "--fail-on", "red"]);
    expect(failing.code).toBe(1);
    expect(failing.out).not.toContain("\u001b[");
    const forced = await cli(["evaluate", stockton, "--as-of", "2001-07-15"], { env: { FORCE_COLOR: "1" } });
    expect(forced.out).toContain("\u001b[31m✖ Red");
    const noColor = await cli(["evaluate", stockton, "--as-of", "2001-07-15"], {
      env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    });
    expect(noColor.out).not.toContain("\u001b[");
  });

  it("imports measurements from CSV: a clean file, a bad date on line 7, a missing column, a quoted comma", async () => {
    const clean = await cli([
      "report",
      stockton,
      "--as-of",
      "2001-10-15",
      "--measurements",
      fixture("stockton-q2.csv"),
    ]);
    expect(clean.code).toBe(0);
    // The corrective action's comma sat inside quotes: the whole sentence is one cell's end (issue
    // 21: the Action in hand cell, after the actions, as recorded with the figure).
    expect(clean.out).toContain(
      "Recorded with the figure: Lettings and homelessness teams to share one list, weekly |",
    );
    const badDate = await cli([
      "evaluate",
      stockton,
      "--as-of",
      "2001-10-15",
      "--measurements",
      fixture("stockton-bad-date.csv"),
    ]);
    expect([badDate.code, badDate.out]).toEqual([1, ""]);
    expect(badDate.err).toContain("stockton-bad-date.csv: 1 problem in the measurements:\n  line 7, column 2 (date):");
    const missing = await cli(["check", stockton, "--measurements", fixture("stockton-missing-column.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('line 1: missing column "date"');
  });

  it("trace, assess, report, schedule, overdue and schema run from the package", async () => {
    const trace = await cli(["trace", stockton, "io-key-tags"]);
    expect(trace.out).toContain("owner Housing office receptionist (receptionist-housing)");
    const assess = await cli([
      "assess",
      join(root, "examples/assessments/spelthorne.json"),
      "--framework",
      spelthorne,
      "--as-of",
      "2002-03-31",
    ]);
    expect([assess.code, assess.out.startsWith("Overall: ")]).toEqual([0, true]);
    const report = await cli(["report", stockton, "--as-of", "2001-07-15", "--format", "html", "--out", "report.html"]);
    expect(report.code).toBe(0);
    expect(readFileSync(join(consumer, "report.html"), "utf8")).toBe(
      renderReportHtml(performanceReport(framework, { asOf: "2001-07-15" }), { charts: framework }),
    );
    expect((await cli(["schedule", stockton, "--from", "2001-04-01", "--to", "2001-06-30"])).out).toMatch(
      /^Reviews due from/,
    );
    // The year's annual plan reviews were due by 12 May 2002 (six weeks after the year): 49 days
    // overdue on 30 June, counted from the deadline (issue 20).
    expect((await cli(["overdue", stockton, "--as-of", "2002-06-30"])).out).toContain(
      "49 days overdue  plan Stockton Community Plan: promoting achievement and tackling disadvantage (plan-community): due 12 May 2002",
    );
    const { $id, ...frameworkSchema } = JSON.parse((await cli(["schema"])).out) as Record<string, unknown>;
    expect(frameworkSchema).toEqual(asJson(frameworkJsonSchema()));
    expect($id).toBe(`urn:performance-management:framework:${packageJson.version}`);
    // The results' schema the packed package ships beside the bin.
    const results = JSON.parse((await cli(["schema", "--results"])).out) as { $id: string };
    expect(results).toEqual(JSON.parse(readFileSync(join(root, "schemas/results.schema.json"), "utf8")));
    expect(results.$id).toBe(`urn:performance-management:results:${packageJson.version}`);
  });
});

/** Runs a shell command line in the consumer folder, `$BIN` the installed command's script. */
function shell(line: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", line], { cwd: consumer, env: { ...process.env, BIN: binScript } });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, out, err });
    });
  });
}

describe("the packed command under stress (issue 19)", () => {
  it("a reader that closes the pipe early (| head -1): no stack trace, and the command's own exit code", async () => {
    // The command's exit code, not head's: PIPESTATUS[0].
    const head = await shell('node "$BIN" evaluate many.json --as-of 2001-07-15 | head -1; exit ${PIPESTATUS[0]}');
    expect(head).toEqual({ code: 0, out: "Evaluation as of 15 July 2001 on the RAG scale\n", err: "" });
    // check finds errors (exit 1) whether or not anyone reads the whole report.
    const failing = await shell(
      'node "$BIN" check many.json --rule missing-perspective=error | head -1; exit ${PIPESTATUS[0]}',
    );
    expect([failing.code, failing.err]).toEqual([1, ""]);
    // The reader gone before the first write.
    const closed = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const child = spawn("node", [binScript, "schema"], { cwd: consumer });
      child.stdout.destroy();
      let err = "";
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => {
        resolve({ code, err });
      });
    });
    expect(closed).toEqual({ code: 0, err: "" });
  });

  it.skipIf(!existsSync("/dev/full"))(
    "output that cannot be written (a full disk) is a message and exit 2, not a stack trace",
    async () => {
      expect(await shell('node "$BIN" schema > /dev/full')).toEqual({
        code: 2,
        out: "",
        err: "performance-management: standard output: cannot write: ENOSPC: no space left on device, write\n",
      });
      // Standard error full too: nothing can be said, but the exit code still tells.
      expect((await shell('node "$BIN" schema > /dev/full 2> /dev/full')).code).toBe(2);
    },
  );

  it("standard input of megabytes reads as the same file does", async () => {
    const text = readFileSync(join(consumer, "big.json"), "utf8");
    expect(text.length).toBeGreaterThan(5_000_000);
    const fromFile = await cli(["evaluate", "big.json", "--as-of", "2001-07-15", "--format", "json"]);
    const fromStdin = await cli(["evaluate", "-", "--as-of", "2001-07-15", "--format", "json"], { stdin: text });
    expect(fromFile.code).toBe(0);
    expect([fromStdin.code, fromStdin.err]).toEqual([0, ""]);
    expect(fromStdin.out).toBe(fromFile.out);
    const piped = await shell('cat big.json | node "$BIN" validate -');
    expect(piped).toEqual({
      code: 0,
      out: "✔ standard input: a valid framework (8 plans, 17 objectives, 11 targets, 14 indicators, 60000 measurements)\n",
      err: "",
    });
  });

  it("an input larger than the longest string is refused alike from a file and a pipe (exit 2), never exit 3", async () => {
    // A sparse file of 600 MB: no disk is used, and it reads as zeros.
    const huge = join(consumer, "huge.json");
    closeSync(openSync(huge, "w"));
    truncateSync(huge, 600 * 2 ** 20);
    const limit = "larger than 536,870,888 bytes (512 MiB), the most one input may hold\n";
    try {
      expect(await shell('node "$BIN" validate huge.json')).toEqual({
        code: 2,
        out: "",
        err: `performance-management: validate: huge.json: cannot read: ${limit}`,
      });
      expect(await shell('cat huge.json | node "$BIN" validate -')).toEqual({
        code: 2,
        out: "",
        err: `performance-management: validate: standard input: cannot read: ${limit}`,
      });
    } finally {
      rmSync(huge, { force: true });
    }
  }, 60_000);
});

/**
 * Runs the installed command with standard input left open (a pipe whose writer never closes it):
 * a command that read its input before checking its options would wait for ever, and the run is
 * killed after `timeout` milliseconds with the code null.
 */
function cliWithOpenStdin(
  args: readonly string[],
  timeout = 20_000,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binScript, ...args], { cwd: consumer });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

describe("the packed command as an officer uses it (issue 21)", () => {
  it("evaluate's text: names beside ids, figures with units, variance by polarity, dates for people", async () => {
    const { code, out } = await cli(["evaluate", stockton, "--as-of", "2001-07-15"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "  ✔ Green         Zero homelessness (t-zero-homelessness): 34 households at 30 June 2001, 36.7 households expected; 2.7 households better than expected\n",
    );
    expect(out).toContain(
      "(t-relet-28-days): 79% at 30 June 2001, 100% expected; 21 percentage points worse than expected\n",
    );
    const overdue = await cli(["schedule", stockton, "--from", "2001-04-01", "--to", "2001-06-30"]);
    expect(overdue.out).toMatch(/^Reviews due from 1 April 2001 to 30 June 2001: /u);
  });

  it("a CSV row with an impossible date, a date not YYYY-MM-DD or an unknown indicator is an error at its line", async () => {
    const run = await cli(unplacedCsv.argv);
    expect([run.code, run.out]).toEqual([1, ""]);
    for (const problem of unplacedCsv.problems) expect(run.err).toContain(problem);
  });

  it("--fail-on any status, scales in any case, overdue --fail-on overdue, trace's default of 100 chains", async () => {
    const asOf = ["--as-of", "2001-07-15"];
    expect((await cli(["evaluate", stockton, ...asOf, "--fail-on", "amber"])).code).toBe(1);
    expect((await cli(["evaluate", stockton, ...asOf, "--fail-on", "no-data"])).code).toBe(0);
    expect((await cli(["evaluate", stockton, ...asOf, "--fail-on", "awaiting-data"])).code).toBe(1);
    const dca = await cli(["evaluate", stockton, ...asOf, "--scale", "dca5", "--format", "json"]);
    expect((JSON.parse(dca.out) as { scale: string }).scale).toBe("DCA5");
    expect((await cli(["overdue", stockton, "--as-of", "2002-06-30", "--fail-on", "overdue"])).code).toBe(1);
    expect((await cli(["overdue", stockton, "--as-of", "2002-06-30"])).code).toBe(0);
    expect((await cli(["trace", "--help"])).out).toContain("(default 100)");
  });

  it("misuse is reported before any input is read: a missing file, standard input that never closes", async () => {
    const bad = await cli(["evaluate", "missing.json", "--as-of", "2001-07-15", "--bogus"]);
    expect([bad.code, bad.err]).toEqual([2, "performance-management: evaluate: Unknown option '--bogus'\n"]);
    const window = await cli(["schedule", "missing.json", "--from", "2001-09-30", "--to", "2001-07-01"]);
    expect([window.code, window.err]).toEqual([
      2,
      "performance-management: schedule: --to (2001-07-01) is before --from (2001-09-30); give a window that ends after it starts\n",
    ]);
    const open = await cliWithOpenStdin(["evaluate", "-", "--as-of", "2001-07-15", "--fail-on", "purple"]);
    expect([open.code, open.err]).toEqual([
      2,
      expect.stringContaining("--fail-on must name statuses of the RAG scale"),
    ]);
    const both = await cliWithOpenStdin(["evaluate", "-", "--as-of", "2001-07-15", "--measurements", "-"]);
    expect([both.code, both.err]).toEqual([
      2,
      "performance-management: evaluate: the framework and the measurements cannot both come from standard input\n",
    ]);
  });

  it("assess --template prints a blank responses file that assess reads; plan prints the one-page plan", async () => {
    const blank = await cli(["assess", "--template"]);
    expect(blank.code).toBe(0);
    const template = JSON.parse(blank.out) as { responses: { rating: number | null }[] };
    expect(template.responses).toHaveLength(44);
    for (const response of template.responses) response.rating = 2;
    const filled = await cli(["assess", "-"], { stdin: JSON.stringify(template) });
    expect([filled.code, filled.out.split("\n")[0]]).toEqual([0, "Overall: 2 developing"]);
    const plan = await cli(["plan", spelthorne, "plan-environmental"]);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain("Where are we now?\n");
    expect(plan.out).toContain("How do we monitor our success?\n  Standards\n");
  });
});

describe("the packed command, read again as a council officer (issue 21, second reading)", () => {
  const asOf = ["--as-of", "2001-07-15"];

  it("report --format html carries the sparklines and charts; --no-charts leaves them out", async () => {
    const html = await cli(["report", stockton, ...asOf, "--format", "html"]);
    expect([html.code, html.err]).toEqual([0, ""]);
    const report = performanceReport(framework, { asOf: "2001-07-15" });
    expect(html.out).toBe(renderReportHtml(report, { charts: framework }));
    expect(html.out).toContain("<svg");
    const plain = await cli(["report", stockton, ...asOf, "--format", "html", "--no-charts"]);
    expect(plain.out).toBe(renderReportHtml(report));
    expect(plain.out).not.toContain("<svg");
  });

  it("report --previous: scrutiny's year end follows up quarter 1's report, saved as JSON; misuse and bad files said plainly", async () => {
    const q1 = join(consumer, "q1-2001-02.json");
    expect((await cli(["report", stockton, ...asOf, "--format", "json", "--out", q1])).code).toBe(0);
    const yearEnd = ["report", stockton, "--as-of", "2002-05-15"];
    const run = await cli([...yearEnd, "--audience", "scrutiny", "--previous", q1]);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(run.out).toContain("What was decided last time, and whether it happened (report of 15 July 2001)");
    // Without scrutiny: misuse, before the (missing) framework is read.
    const executive = await cli(["report", "missing.json", "--as-of", "2002-05-15", "--previous", q1]);
    expect([executive.code, executive.err]).toEqual([
      2,
      "performance-management: report: --previous is read by scrutiny's version only: give --audience scrutiny with it, or leave --previous out\n",
    ]);
    writeFileSync(join(consumer, "not-a-report.json"), "{}");
    const bad = await cli([...yearEnd, "--audience", "scrutiny", "--previous", "not-a-report.json"]);
    expect([bad.code, bad.err]).toEqual([
      1,
      expect.stringMatching(
        /^performance-management: not-a-report\.json: not a previous report this one can follow up: /u,
      ),
    ]);
    expect((await cli(["report", "--help"])).out).toContain("--previous F");
  });

  it("a CSV's problem is headed by the CSV, not blamed on the framework", async () => {
    writeFileSync(join(consumer, "bad2.csv"), "indicator,date,value\npi-unemployment,30/09/2001,6.1\n");
    const run = await cli(["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", "bad2.csv"]);
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      "performance-management: bad2.csv: 1 problem in the measurements:\n" +
        '  line 2, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "30/09/2001").\n',
    );
  });

  it("a row dated off its period's end or after --as-of is a warning on standard error; --strict fails the run", async () => {
    const rows = fixture("stockton-unusable.csv");
    const run = await cli(["evaluate", stockton, ...asOf, "--measurements", rows]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Evaluation as of 15 July 2001");
    expect(run.err).toContain(`performance-management: evaluate: warning: ${rows}: 2 warnings in the measurements`);
    expect(run.err).toContain(
      '  line 2, column 2 (date): 2001-07-15 is not the end of a period of "Pupils achieving 5 or more A*-C grade GCSEs" (pi-gcse), whose annual periods end on 31 August',
    );
    expect(run.err).toContain(
      "  line 3, column 2 (date): 2001-09-30 is after --as-of 2001-07-15; this run does not read the figure\n",
    );
    const strict = await cli(["evaluate", stockton, ...asOf, "--measurements", rows, "--strict"]);
    expect([strict.code, strict.out]).toEqual([1, ""]);
    expect(strict.err).toContain(`performance-management: ${rows}: 2 problems in the measurements (--strict):\n`);
  });

  it("evaluate prints the report's status words and directions, not ids", async () => {
    const { out } = await cli(["evaluate", stockton, ...asOf]);
    expect(out).toContain(
      "  … Awaiting data Carbon dioxide emissions from dwellings cut by 9000 tonnes each year (t-co2): no figure yet\n",
    );
    expect(out).toContain("  ? No data       Receptionist puts key tag on keys, tying a good knot (io-key-tags)\n");
    expect(out).toContain("6.4% at 30 June 2001, improving since the previous figure\n");
    expect(out).not.toMatch(/awaiting-data|no-data|since previous improving/u);
  });

  it("errors name the command; trace shows and checks --max-chains; report has no --no-color; assess says why no priorities", async () => {
    const required = await cli(["evaluate", stockton]);
    expect([required.code, required.err]).toEqual([2, "performance-management: evaluate: --as-of is required\n"]);
    const help = await cli(["trace", "--help"]);
    expect(help.out).toContain("[--max-chains N]");
    const zero = await cli(["trace", stockton, "t-relet-28-days", "--max-chains", "0"]);
    expect([zero.code, zero.err]).toEqual([
      2,
      'performance-management: trace: --max-chains must be a whole number from 1 to 9,007,199,254,740,991; got "0"\n',
    ]);
    expect((await cli(["report", "--help"])).out).not.toContain("--no-color");
    const blank = await cli(["assess", "--template"]);
    const assessed = await cli(["assess", "-"], { stdin: blank.out });
    expect(assessed.out).toContain("\nPriorities\n  none: nothing rated yet\n");
  });
});

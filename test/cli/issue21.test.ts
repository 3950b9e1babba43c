// Issue 21: the command line as an officer uses it unaided. Run in-process; the same points run
// through the packed bin in test/scale/cli.test.ts.
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { appendixA, planOverview } from "../../src/index.js";
import { asFlags, main } from "../../src/cli/main.js";
import { varianceWords } from "../../src/cli/people.js";
import { example } from "../helpers/fixtures.js";
import { printedResult, root, runCli, spelthorne, stockton, unplacedCsv } from "./run.js";

const spelthorneFramework = example("spelthorne");

describe("people-facing text uses the report's formatter (issue 21)", () => {
  it("words a variance by polarity: fewer homeless households is better, fewer relets is worse", () => {
    // Zero homelessness: 34 - 36.6788… = -2.68, lower is better.
    expect(varianceWords("-2.6788321168", "−2.7 households", "lower-is-better")).toBe(
      "2.7 households better than expected",
    );
    // Relets: 79 - 100 = -21 points, higher is better.
    expect(varianceWords("-21", "−21 percentage points", "higher-is-better")).toBe(
      "21 percentage points worse than expected",
    );
    expect(varianceWords("3", "+3 households", "lower-is-better")).toBe("3 households worse than expected");
    expect(varianceWords("0", "0 households", "higher-is-better")).toBe("as expected");
    expect(varianceWords("0.5", "+0.5%", "in-band")).toBe("0.5% above expected");
    expect(varianceWords(null, "none", "higher-is-better")).toBeNull();
  });

  it("evaluate: names beside ids, figures with units to the report's places, dates for people", async () => {
    const { out } = await runCli(["evaluate", stockton, "--as-of", "2001-07-15"]);
    expect(out).toContain(
      "  ✔ Green         Zero homelessness (t-zero-homelessness): 34 households at 30 June 2001, 36.7 households expected; 2.7 households better than expected\n",
    );
    // 91.2% against 91.2465…%: one decimal would read the same; amber, so shown apart.
    expect(out).toContain("(t-zero-homelessness)");
    expect(out).toContain("91.20% at 30 June 2001, 91.25% expected; 0.05 percentage points worse than expected");
    expect(out).toContain(
      "  Average regional unemployment rate (pi-regional-unemployment): 6.4% at 30 June 2001, improving since the previous figure\n",
    );
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
  });

  it("an id holding control characters keeps its name and unit, shown escaped", async () => {
    const document = JSON.parse(readFileSync(stockton, "utf8")) as { targets: { id: string }[] };
    const target = document.targets.find((t) => t.id === "t-zero-homelessness");
    if (target === undefined) throw new Error("Stockton has t-zero-homelessness");
    target.id = "t-zero\u001b[31m";
    const { out } = await runCli(["evaluate", "-", "--as-of", "2001-07-15"], { stdin: JSON.stringify(document) });
    expect(out).toContain(
      "Zero homelessness (t-zero\\x1b[31m): 34 households at 30 June 2001, 36.7 households expected; 2.7 households better than expected\n",
    );
    expect(out).not.toContain("\u001b");
  });

  it("evaluate at year end: the outturn in the report's words", async () => {
    const { out } = await runCli(["evaluate", spelthorne, "--as-of", "2002-05-15"]);
    expect(out).toContain(
      "  ✖ Red           99.5% of bins collected on the scheduled day (t-collection-day): 98.8% at 30 June 2001, 99.05% expected; 0.25 percentage points worse than expected; ended 31 March 2002: outturn late, was due 12 May 2002",
    );
  });
});

describe("measurements a CSV row cannot place are errors with their line and column (issue 21)", () => {
  it("an impossible date, a date not YYYY-MM-DD and an unknown indicator, all in one run", async () => {
    const { code, out, err } = await runCli(unplacedCsv.argv);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toBe(
      [
        `performance-management: ${unplacedCsv.path}: 3 problems in the measurements:`,
        ...unplacedCsv.problems.map((problem) => `  ${problem}`),
        "",
      ].join("\n"),
    );
  });
});

describe("options (issue 21)", () => {
  const asOf = ["--as-of", "2001-07-15"];

  it("--fail-on takes any status of the scale, as a threshold for rated ones, in any case", async () => {
    // Stockton on 15 July 2001: 3 green, 3 amber, 2 red, 3 awaiting-data.
    const run = (failOn: string, scale = "RAG") =>
      runCli(["evaluate", stockton, ...asOf, "--scale", scale, "--fail-on", failOn]).then((r) => r.code);
    expect(await run("red")).toBe(1);
    expect(await run("amber")).toBe(1);
    expect(await run("AMBER")).toBe(1);
    expect(await run("awaiting-data")).toBe(1);
    expect(await run("no-data")).toBe(0);
    expect(await run("not-started,no-data")).toBe(0);
    // On 1 April 2001, before any figure is due, every target awaits data: nothing amber or worse.
    const april = await runCli(["evaluate", stockton, "--as-of", "2001-04-01", "--fail-on", "amber"]);
    expect(april.code).toBe(0);
    // Blue is not on RAG: misuse, with the scale's statuses listed.
    const blue = await runCli(["evaluate", stockton, ...asOf, "--fail-on", "blue"]);
    expect([blue.code, blue.err]).toEqual([
      2,
      'performance-management: evaluate: --fail-on must name statuses of the RAG scale, separated by commas (green, amber, red, no-data, not-started, awaiting-data); got "blue"\n',
    ]);
    // On BRAG blue is a status: "blue or worse" is every rated target, so Stockton's reds fail it.
    expect(await run("blue", "brag")).toBe(1);
  });

  it("scale names are case-insensitive", async () => {
    const json = await runCli(["evaluate", stockton, ...asOf, "--scale", "dca5", "--format", "json"]);
    expect((JSON.parse(json.out) as { scale: string }).scale).toBe("DCA5");
    expect((await runCli(["report", stockton, ...asOf, "--scale", "rag"])).code).toBe(0);
    const bad = await runCli(["evaluate", stockton, ...asOf, "--scale", "rga"]);
    expect([bad.code, bad.err]).toEqual([
      2,
      'performance-management: evaluate: --scale must be one of RAG, BRAG, DCA5 (in any case); got "rga"\n',
    ]);
  });

  it("overdue --fail-on overdue exits 1 when a review is overdue, 0 when none is", async () => {
    expect((await runCli(["overdue", stockton, "--as-of", "2002-06-30", "--fail-on", "overdue"])).code).toBe(1);
    expect((await runCli(["overdue", stockton, "--as-of", "2002-06-30"])).code).toBe(0);
    expect((await runCli(["overdue", stockton, "--as-of", "2001-04-02", "--fail-on", "overdue"])).code).toBe(0);
    expect((await runCli(["overdue", stockton, "--as-of", "2002-06-30", "--fail-on", "late"])).code).toBe(2);
  });

  it("trace --max-chains defaults to the 100 its help says", async () => {
    // A framework with 150 chains from one target: 150 corporate objectives under one aim, one
    // service objective contributing to all of them.
    const document = JSON.parse(readFileSync(stockton, "utf8")) as {
      objectives: { id: string; plan: string; title: string; contributesTo?: unknown[] }[];
      targets: { id: string; objective: string }[];
    };
    const corporate = Array.from({ length: 150 }, (_, i) => ({
      id: `co-many-${i}`,
      plan: "plan-corporate",
      title: `Corporate ${i}`,
      contributesTo: [{ objective: "cp-wellbeing" }],
    }));
    const service = document.objectives.find((objective) => objective.id === "so-homeless-offers");
    if (service === undefined) throw new Error("Stockton has so-homeless-offers");
    service.contributesTo = corporate.map((objective) => ({ objective: objective.id }));
    document.objectives.push(...corporate);
    const stdin = JSON.stringify(document);
    const help = await runCli(["trace", "--help"]);
    expect(help.out).toContain("--max-chains N       list at most N chains, N at least 1 (default 100)");
    const json = await runCli(["trace", "-", "t-homeless-offers", "--format", "json"], { stdin });
    const trace = JSON.parse(json.out) as { total: string; chains: unknown[]; truncated: boolean };
    expect([trace.total, trace.chains.length, trace.truncated]).toEqual(["150", 100, true]);
    const text = await runCli(["trace", "-", "t-homeless-offers"], { stdin });
    expect(text.out).toContain(": 150 chains, the first 100 listed");
    const huge = await runCli(["trace", stockton, "t-zero-homelessness", "--max-chains", "99999999999999999999"]);
    expect([huge.code, huge.err]).toEqual([
      2,
      'performance-management: trace: --max-chains must be a whole number from 1 to 9,007,199,254,740,991; got "99999999999999999999"\n',
    ]);
  });

  it("misuse is said before any input is read: a missing file, or standard input that never closes", async () => {
    const missing = `${root}no-such-file.json`;
    const cases: [string[], string][] = [
      [["evaluate", missing, "--as-of", "2001-07-15", "--bogus"], "evaluate: Unknown option '--bogus'"],
      [
        ["evaluate", missing, "--as-of", "15/07/2001"],
        '--as-of must be a calendar date written YYYY-MM-DD; got "15/07/2001"',
      ],
      [["evaluate", missing, "--as-of", "2001-07-15", "--fail-on", "purple"], "--fail-on must name statuses"],
      [["evaluate", missing, "--as-of", "2001-07-15", "--scale", "x"], "--scale must be one of"],
      [
        ["report", missing, "--as-of", "2001-07-15", "--from", "2001-09-30", "--to", "2001-07-01"],
        "report: --to (2001-07-01) is before --from (2001-09-30)",
      ],
      [
        ["schedule", missing, "--from", "2001-09-30", "--to", "2001-07-01"],
        "schedule: --to (2001-07-01) is before --from (2001-09-30)",
      ],
      [["trace", missing, "x", "--max-chains=-1"], "--max-chains must be a whole number"],
      [["overdue", missing, "--as-of", "2001-07-15", "--fail-on", "red"], "--fail-on must be one of overdue"],
      [
        ["evaluate", "-", "--as-of", "2001-07-15", "--measurements", "-"],
        "the framework and the measurements cannot both come from standard input",
      ],
      [["assess", "--template", "responses.json"], "assess: --template takes no responses file"],
    ];
    for (const [argv, message] of cases) {
      // Standard input that never ends: a command that read it before checking its options would hang.
      const stdin = new PassThrough();
      let err = "";
      const code = await main(
        argv.map((arg) => (arg === missing ? "-" : arg)),
        {
          stdout: { write: () => true },
          stderr: { write: (chunk: string) => (err += chunk) },
          stdin,
          env: {},
        },
      );
      expect([argv.join(" "), code, err]).toEqual([argv.join(" "), 2, expect.stringContaining(message)]);
      const onFile = await runCli(argv);
      expect([argv.join(" "), onFile.code, onFile.err]).toEqual([argv.join(" "), 2, expect.stringContaining(message)]);
      expect(onFile.err).not.toContain("no such file");
    }
  });

  it("errors name the flag the user typed, not the library's option", async () => {
    const cases: string[][] = [
      ["report", stockton, "--as-of", "2001-07-15", "--from", "2001-09-30", "--to", "2001-07-01"],
      ["schedule", stockton, "--from", "2001-09-30", "--to", "2001-07-01"],
      ["trace", stockton, "t-zero-homelessness", "--max-chains", "99999999999999999999"],
      ["evaluate", stockton, "--as-of", "2001-02-30"],
    ];
    for (const argv of cases) {
      const { code, err } = await runCli(argv);
      expect(code).toBe(2);
      expect(err).not.toContain("options.");
      expect(err).toMatch(/--(?:from|to|max-chains|as-of)/u);
    }
  });
});

describe("library messages through the command line (issue 21)", () => {
  it("shows the library's options.asOf, options.period.from and options.maxChains as the flags", () => {
    expect(asFlags("performance-management: options.asOf must be a date")).toBe(
      "performance-management: --as-of must be a date",
    );
    expect(asFlags("options.period ends (2001-07-01) before it starts")).toBe(
      "the --from to --to window ends (2001-07-01) before it starts",
    );
    expect(asFlags("options.period.from is bad; options.maxChains too")).toBe("--from is bad; --max-chains too");
    // An option no flag gives is left as the library wrote it.
    expect(asFlags("options.weights must be…")).toBe("options.weights must be…");
  });
});

describe("assess --template and plan (issue 21)", () => {
  it("assess --template prints every Appendix A characteristic unrated; filled in, assess scores it", async () => {
    const blank = await runCli(["assess", "--template"]);
    expect(blank.code).toBe(0);
    const template = JSON.parse(blank.out) as {
      note: string;
      responses: { characteristic: string; question: string; rating: number | null; evidence: string }[];
    };
    const ids = appendixA.areas.flatMap((area) => area.characteristics.map((characteristic) => characteristic.id));
    expect(template.responses.map((response) => response.characteristic)).toEqual(ids);
    expect(template.responses[0]).toEqual({
      characteristic: "vision-and-purpose/clear-sense-of-direction",
      question:
        "A clear vision and purpose: A clear sense of direction derived from the needs and preferences of residents, service users, and other stakeholders",
      rating: null,
      evidence: "",
      source: "self",
    });
    // As printed, nothing is rated.
    const unrated = await runCli(["assess", "-"], { stdin: blank.out });
    expect([unrated.code, unrated.out.split("\n")[0]]).toEqual([0, "Overall: not assessed"]);
    // The vision area's four rated 3, 2, 3, 2: its score is their mean, 2.5; the rest left blank.
    for (const [i, rating] of [3, 2, 3, 2].entries()) {
      const response = template.responses[i];
      if (response === undefined) throw new Error("four vision characteristics");
      response.rating = rating;
      response.evidence = "Seen at the away day";
    }
    const filled = await runCli(["assess", "-", "--format", "json"], { stdin: JSON.stringify(template) });
    expect(filled.code).toBe(0);
    const result = JSON.parse(filled.out) as {
      assessment: { coverage: { rated: number }; areas: { id: string; score: string | null }[] };
    };
    expect(result.assessment.coverage.rated).toBe(4);
    expect(result.assessment.areas.find((area) => area.id === "vision-and-purpose")?.score).toBe("2.5");
    // A misspelt field is still the engine's to refuse: only the template's own are read as its.
    const misspelt = JSON.stringify({ responses: [{ ...template.responses[0], evidance: "x" }] });
    expect((await runCli(["assess", "-"], { stdin: misspelt })).code).toBe(1);
  });

  it("plan prints Spelthorne's one-page service plan under the seed's headings (5.3.3.1)", async () => {
    const { code, out } = await runCli(["plan", spelthorne, "plan-environmental"]);
    expect(code).toBe(0);
    const headings = [
      "Where are we now?",
      "Where do we want to be?",
      "How do we want to be?",
      "  Critical success factors",
      "  Strategies",
      "  Action plan",
      "What are the resource implications?",
      "How do we monitor our success?",
      "  Standards",
      "  Local indicators",
    ];
    const lines = out.split("\n");
    const at = headings.map((heading) => lines.indexOf(heading));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain("    - Re-plan refuse rounds: Refuse collection supervisor, by 30 September 2001\n");
    expect(out).toContain("  Budget: £2,350,000\n");
    expect(out).toContain(
      "    - 99.5% of bins collected on the scheduled day (t-collection-day): 99.5% by 31 March 2002 (98.9% at 31 March 2001)\n",
    );
    const json = await runCli(["plan", spelthorne, "plan-environmental", "--format", "json"]);
    expect(printedResult(json.out, "PlanOverviewReport")).toEqual(
      JSON.parse(JSON.stringify(planOverview(spelthorneFramework, "plan-environmental"))),
    );
    const list = await runCli(["plan", spelthorne]);
    expect(list.out).toContain(
      "  Environmental Services one-page service plan 2001/02 (plan-environmental): service, one-page overview\n",
    );
    const unknown = await runCli(["plan", spelthorne, "plan-nothing"]);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('plan: "plan-nothing" names no plan')]);
  });
});

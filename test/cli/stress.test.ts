// Issue 19, "the CLI under stress": a repeated CSV column, where a JSON error really is, standard input
// of any size, and a reader that closes the pipe early. The spawned, packed tool is tested in
// test/scale/cli.test.ts; these run in-process.
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readMeasurementsCsv } from "../../src/cli/csv.js";
import { MAX_INPUT_BYTES } from "../../src/cli/input.js";
import { guardOutput } from "../../src/cli/io.js";
import { jsonErrorOffset, lineColumn } from "../../src/cli/json.js";
import { main } from "../../src/cli/main.js";
import { runCli, stockton } from "./run.js";

const stocktonText = readFileSync(stockton, "utf8");

describe("a CSV header that repeats a column", () => {
  it("is refused on line 1, naming both columns, as an unknown or missing one is", async () => {
    const csv = "indicator,date,value,date\npi-relet-28-days,2001-09-30,70,2001-10-31\n";
    expect(() => readMeasurementsCsv(csv, "q2.csv", 0)).toThrow(
      'q2.csv: line 1, column 4: column "date" is repeated (it is also column 2); each column appears once',
    );
    // An optional column too: two notes would have the second silently win.
    expect(() => readMeasurementsCsv("indicator,date,value,note, note\n", "q2.csv", 0)).toThrow(
      'line 1, column 5: column "note" is repeated (it is also column 4)',
    );
    const run = await runCli(["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", "-"], { stdin: csv });
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      'performance-management: standard input: line 1, column 4: column "date" is repeated (it is also column 2); each column appears once\n',
    );
  });
});

describe("a JSON error is reported at its own line and column", () => {
  it("an invalid escape (a Windows path in a note) at the character after the backslash", async () => {
    const text = '{\n  "id": "x",\n  "note": "saved in C:\\data\\2001",\n  "name": "y"\n}';
    const run = await runCli(["validate", "-"], { stdin: text });
    expect(run.code).toBe(1);
    // Line 3 is `  "note": "saved in C:\data\2001",`: the `d` after the backslash is its 24th character.
    expect(run.err).toBe(
      "performance-management: standard input: not JSON: line 3, column 24: Bad escaped character\n",
    );
  });

  it("a control character inside a string at its own place, not the string's start", async () => {
    const run = await runCli(["validate", "-"], { stdin: '{\n  "id": "x",\n  "name": "two\tcolumns"\n}' });
    // Line 3 is `  "name": "two<TAB>columns"`: the tab is its 15th character.
    expect(run.err).toBe(
      "performance-management: standard input: not JSON: line 3, column 15: Bad control character in string literal\n",
    );
  });

  it("where JSON.parse itself stops, for every malformed string", () => {
    const cases: readonly [string, number][] = [
      ['{"a": "C:\\temp\\x"}', 15], // \t is an escape; \x is not
      ['["\\u12G4"]', 6], // the first digit that is not hex
      ['["\\u12', 6], // the text ends inside the escape
      ['["ok \\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9", x]', 34], // every escape is fine; x is not JSON
      ['{"a": "abc', 10], // never closed: the end
      ['{"a\u0001": 1}', 3], // in a key too
      ['["a\\', 4],
    ];
    for (const [text, offset] of cases) {
      expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
      const position = /at position (\d+)/.exec(
        (() => {
          try {
            JSON.parse(text);
            return "";
          } catch (error) {
            return (error as Error).message;
          }
        })(),
      );
      if (position !== null) expect([text, Number(position[1])]).toEqual([text, offset]);
    }
    // Numbers and literals too: at the character where each stops being JSON, not at its start.
    const elsewhere = ["[1.]", "[-]", "[1e]", "[1.5e+x]", "[01]", "[tru]", "[nul", "[+1]", '{"a":1,}', "[1]]", "  "];
    for (const text of elsewhere) {
      const offset = jsonErrorOffset(text);
      let message = "";
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const position = /at position (\d+)/.exec(message)?.[1];
      const token = /^Unexpected token '(.)'/.exec(message)?.[1];
      if (position !== undefined) expect([text, offset]).toEqual([text, Number(position)]);
      else if (token !== undefined) expect([text, text[offset]]).toEqual([text, token]);
      else expect([text, message, offset]).toEqual([text, "Unexpected end of JSON input", text.length]);
    }
    // A string 1,000,000 characters long with its error at the end is scanned without recursion.
    expect(jsonErrorOffset(`["${"a".repeat(1_000_000)}\\q"]`)).toBe(1_000_003);
  });

  it("counts lines at LF, CRLF and a lone CR, and columns in characters, an emoji once", () => {
    expect(lineColumn("a\r\nb\rc\nd", 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumn("a\r\nbc", 5)).toEqual({ line: 2, column: 3 });
    expect(lineColumn('{"🏠": x}', 7)).toEqual({ line: 1, column: 7 });
  });
});

describe("standard input of any size is read as a file of that size", () => {
  it("reads megabytes in many chunks as one text", async () => {
    const document = JSON.parse(stocktonText) as { measurements: unknown[]; note?: string };
    const measurement = document.measurements[0];
    // The note is written again at the end, with the euro: once, as a key repeated is refused.
    delete document.note;
    document.measurements = Array.from({ length: 60_000 }, () => measurement);
    const bytes = Buffer.from(JSON.stringify(document));
    expect(bytes.length).toBeGreaterThan(5_000_000);
    // 64 KiB chunks, as a pipe delivers them, with a chunk boundary inside a multi-byte character.
    const withEuro = Buffer.concat([Buffer.from("\uFEFF"), bytes.subarray(0, -1), Buffer.from(' ,"note": "€"}')]);
    const chunks = function* (): Generator<Uint8Array> {
      for (let at = 0; at < withEuro.length; at += 65_537) yield withEuro.subarray(at, at + 65_537);
    };
    let out = "";
    const code = await main(["validate", "-"], {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: () => true },
      stdin: Readable.from(chunks()),
      env: {},
    });
    expect(code).toBe(0);
    expect(out).toContain("60000 measurements");
  });

  it("refuses more than the longest string V8 holds with a message (exit 2), never exit 3", async () => {
    expect(MAX_INPUT_BYTES).toBeGreaterThan(500 * 2 ** 20);
    // One 64 MiB block yielded again and again: past the limit without holding it.
    const block = Buffer.alloc(64 * 2 ** 20, 0x20);
    let yielded = 0;
    const endless = function* (): Generator<Uint8Array> {
      for (;;) {
        yielded += block.length;
        yield block;
      }
    };
    let err = "";
    const code = await main(["validate", "-"], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (err += chunk) },
      stdin: Readable.from(endless()),
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toBe(
      `performance-management: validate: standard input: cannot read: larger than ${MAX_INPUT_BYTES.toLocaleString("en-GB")} bytes (512 MiB), the most one input may hold\n`,
    );
    // It stopped reading as soon as the limit was passed.
    expect(yielded).toBeLessThan(MAX_INPUT_BYTES + 2 * block.length);
  });
});

describe("standard input that fails as it is read", () => {
  it("is reported as a file that cannot be read (exit 2), not as a bug", async () => {
    const failing = function* (): Generator<Uint8Array> {
      yield Buffer.from('{"id": ');
      throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    };
    let err = "";
    const code = await main(["validate", "-"], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (err += chunk) },
      stdin: Readable.from(failing()),
      env: {},
    });
    expect([code, err]).toEqual([
      2,
      "performance-management: validate: standard input: cannot read: EIO: i/o error, read\n",
    ]);
  });
});

describe("a closed pipe ends the run quietly", () => {
  it("ignores EPIPE on the stream; any other error is a failure to write, with Node's words", () => {
    const stream = new EventEmitter();
    const failures: string[] = [];
    guardOutput(stream, "standard output", (message) => failures.push(message));
    expect(stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBe(true);
    expect(failures).toEqual([]);
    stream.emit("error", Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
    expect(failures).toEqual(["standard output: cannot write: ENOSPC: no space left on device, write"]);
  });
});

describe("trace inside a dense contribution loop (issue 19)", () => {
  it("prints the chain count as a lower bound, and says why", async () => {
    const k = 14;
    const ids = Array.from({ length: k }, (_, i) => `s${String(i)}`);
    const document = {
      id: "fw",
      name: "Dense loop",
      owners: [],
      plans: [
        { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
        { id: "sp", name: "Service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } },
      ],
      objectives: [
        { id: "aim", plan: "cp", title: "Aim" },
        ...ids.map((id) => ({
          id,
          plan: "sp",
          title: `Objective ${id}`,
          contributesTo: [
            { objective: "aim" },
            ...ids.filter((other) => other !== id).map((objective) => ({ objective })),
          ],
        })),
      ],
      indicators: [],
      targets: [],
    };
    const run = await runCli(["trace", "-", "s0", "--max-chains", "1"], { stdin: JSON.stringify(document) });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /objective Objective s0 \(s0\): at least \d+ chains, the first 1 listed \(a contribution loop makes more than can be counted\)/u,
    );
    const json = await runCli(["trace", "-", "s0", "--max-chains", "1", "--format", "json"], {
      stdin: JSON.stringify(document),
    });
    expect(JSON.parse(json.out)).toMatchObject({ totalExact: false, truncated: true });
  });
});

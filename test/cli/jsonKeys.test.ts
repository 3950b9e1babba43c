// Issue 19, "nothing silently taken or dropped": JSON.parse keeps the last of a key an object repeats
// (`{"id":"a","id":"b"}` has id "b") without a word, so the CLI refuses such a document, the framework
// or any other JSON it reads, at the repeated key's own line and column, naming where the first was.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repeatedKey } from "../../src/cli/json.js";
import { safeParseFramework } from "../../src/index.js";
import { root, runCli, stockton } from "./run.js";

const stocktonLines = readFileSync(stockton, "utf8").split("\n");
const spelthorneLines = readFileSync(`${root}examples/assessments/spelthorne.json`, "utf8").split("\n");

/** The lines with `line` inserted after line `after` (1-based). */
const inserted = (lines: readonly string[], after: number, line: string): string =>
  [...lines.slice(0, after), line, ...lines.slice(after)].join("\n");

const validate = (text: string) => runCli(["validate", "-"], { stdin: text });

describe("a JSON object that repeats a key", () => {
  it("at the top level: refused at the second key's quote, naming the first, exit 1", async () => {
    const run = await validate('{\n  "id": "a",\n  "id": "b"\n}');
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      'performance-management: standard input: not JSON: line 3, column 3: key "id" is repeated in this object (first at line 2, column 3); each key appears once\n',
    );
  });

  it("nested: a target that says goal twice is refused, where the last goal won before", async () => {
    // Stockton's t-zero-homelessness (found by its id, so fields added above it do not move the test) opens its
    // goal on one line and closes it three lines later; a second goal follows it.
    const opens =
      stocktonLines.indexOf('      "goal": {', stocktonLines.indexOf('      "id": "t-zero-homelessness",')) + 1;
    expect(stocktonLines[opens + 2]).toBe("      },");
    const text = inserted(stocktonLines, opens + 3, '      "goal": { "date": "2005-03-31", "value": "10" },');
    // What JSON.parse alone makes of it: a valid framework, the first goal silently dropped.
    expect(safeParseFramework(JSON.parse(text)).success).toBe(true);
    const run = await validate(text);
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      `performance-management: standard input: not JSON: line ${String(opens + 4)}, column 7: key "goal" is repeated in this object (first at line ${String(opens)}, column 7); each key appears once\n`,
    );
    // Every command that reads a framework reads it the same way.
    const evaluate = await runCli(["evaluate", "-", "--as-of", "2001-10-15"], { stdin: text });
    expect([evaluate.code, evaluate.err]).toEqual([1, run.err]);
  });

  it("inside an array of objects: assess's responses, a rating given twice", async () => {
    expect(spelthorneLines[7]).toBe('      "rating": 3,');
    const text = inserted(spelthorneLines, 8, '      "rating": 4,');
    const run = await runCli(["assess", "-"], { stdin: text });
    expect([run.code, run.out]).toEqual([1, ""]);
    expect(run.err).toBe(
      'performance-management: standard input: not JSON: line 9, column 7: key "rating" is repeated in this object (first at line 8, column 7); each key appears once\n',
    );
    // The same responses with one rating are assessed.
    expect((await runCli(["assess", "-"], { stdin: spelthorneLines.join("\n") })).code).toBe(0);
  });

  it("keys equal once decoded are one key: \\u0069d is id", async () => {
    const run = await validate('{"id": "a", "\\u0069d": "b"}');
    expect(run.err).toBe(
      'performance-management: standard input: not JSON: line 1, column 13: key "id" is repeated in this object (first at line 1, column 2); each key appears once\n',
    );
    // A written character and its escape, anywhere in the key; an escaped quote or backslash too.
    expect(repeatedKey('{"caf\\u00e9": 1, "café": 2}')).toEqual({ key: "café", first: 1, second: 17 });
    expect(repeatedKey('{"a\\"b": 1, "a\\u0022b": 2}')).toEqual({ key: 'a"b', first: 1, second: 12 });
    expect(repeatedKey('{"\\\\": 1, "\\u005c": 2}')).toEqual({ key: "\\", first: 1, second: 10 });
    expect(repeatedKey('{"\\/": 1, "/": 2}')?.key).toBe("/");
  });

  it("keys that differ only by an escape but decode differently are two keys", async () => {
    const cases = [
      '{"a\\n": 1, "a\\\\n": 2}', // a newline, and a backslash then n
      '{"\\u00e9": 1, "e\\u0301": 2}', // é precomposed, and e with a combining accent
      '{"\\"": 1, "\\\\": 2}', // a quote, and a backslash
      '{"a": 1, "A": 2, "a ": 3}', // case and spaces count
    ];
    for (const text of cases) expect([text, repeatedKey(text)]).toEqual([text, undefined]);
    // Through the tool: not a JSON error, the framework's own problems instead.
    const run = await validate(cases[0] as string);
    expect(run.code).toBe(1);
    expect([run.err, run.out]).toEqual(["", expect.stringContaining("not a valid framework") as unknown]);
    expect(run.out).not.toContain("repeated");
  });

  it("__proto__ twice is a repeated key like any other", async () => {
    const run = await validate('{"__proto__": {"id": "x"}, "__proto__": {}}');
    expect(run.err).toBe(
      'performance-management: standard input: not JSON: line 1, column 28: key "__proto__" is repeated in this object (first at line 1, column 2); each key appears once\n',
    );
    expect(repeatedKey('{"__proto__": 1, "constructor": 2, "toString": 3}')).toBeUndefined();
  });

  it("a key shown with nothing a terminal acts on, as other messages quote data", async () => {
    const run = await validate('{"\\u001b[31mred": 1, "\\u001b[31mred": 2}');
    expect(run.err).toBe(
      'performance-management: standard input: not JSON: line 1, column 22: key "\\x1b[31mred" is repeated in this object (first at line 1, column 2); each key appears once\n',
    );
    expect(run.err).not.toContain("\u001b");
  });

  it("the same key in sibling objects, or in an object and its parent, is accepted", async () => {
    // Every plan, objective and target has an id: siblings, all accepted.
    expect((await runCli(["validate", stockton])).code).toBe(0);
    expect(repeatedKey('[{"x": 1}, {"x": 2}, {"x": {"x": {"x": 3}}, "y": [{"x": 4}, {"x": 5}]}]')).toBeUndefined();
    // An object closes and its map is cleared: the next object at the same depth starts afresh.
    expect(repeatedKey('{"a": {"k": 1}, "b": {"k": 2}, "c": {}, "d": {"k": 3, "j": 4}}')).toBeUndefined();
    expect(repeatedKey('{"a": {"k": 1}, "b": {"k": 2, "k": 3}}')).toEqual({ key: "k", first: 22, second: 30 });
    // A repeat after a nested object with the same key is still found in the outer one.
    expect(repeatedKey('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual({ key: "a", first: 1, second: 24 });
  });

  it("100,000 objects deep, a repeat at the bottom: found, no stack overflow", async () => {
    const depth = 100_000;
    const text = `${'{"a":'.repeat(depth)}{"x": 1, "x": 2}${"}".repeat(depth)}`;
    const run = await validate(text);
    expect(run.err).toBe(
      `performance-management: standard input: not JSON: line 1, column ${5 * depth + 10}: key "x" is repeated in this object (first at line 1, column ${5 * depth + 2}); each key appears once\n`,
    );
    // Without the repeat, the same depth is JSON: the framework's problems, not a JSON error.
    const valid = await validate(`${'{"a":'.repeat(depth)}{"x": 1, "y": 2}${"}".repeat(depth)}`);
    expect(valid.code).toBe(1);
    expect([valid.err, valid.out]).toEqual(["", expect.stringContaining("not a valid framework") as unknown]);
    // Arrays and objects mixed, deep: one key at each depth is no repeat.
    expect(repeatedKey(`${'[{"a":'.repeat(depth)}1${"}]".repeat(depth)}`)).toBeUndefined();
  });
});

describe("repeatedKey against JSON.parse", () => {
  /**
   * A key written as JSON, each character (a code point) either as itself or as `\u` escapes of its
   * UTF-16 units, as `escapes` picks in turn.
   */
  const written = (key: string, escapes: readonly boolean[]): string => {
    let out = "";
    for (let at = 0, turn = 0; at < key.length; turn += 1) {
      const size = (key.codePointAt(at) as number) > 0xffff ? 2 : 1;
      const char = key.slice(at, at + size);
      if (escapes[turn % Math.max(1, escapes.length)] === true)
        for (let unit = at; unit < at + size; unit += 1)
          out += `\\u${key.charCodeAt(unit).toString(16).padStart(4, "0")}`;
      else out += JSON.stringify(char).slice(1, -1);
      at += size;
    }
    return `"${out}"`;
  };

  it("finds no repeat in any text JSON.stringify writes (its objects cannot repeat a key)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(repeatedKey(text)).toBeUndefined();
      }),
    );
  });

  it("finds a key written twice however each is escaped, at the second's quote", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.array(fc.boolean(), { maxLength: 4 }),
        fc.array(fc.boolean(), { maxLength: 4 }),
        (keys, pick, escapesFirst, escapesSecond) => {
          const again = keys[pick % keys.length] as string;
          const members = keys.map(
            (key, at) => `${written(key, at === pick % keys.length ? escapesFirst : [])}: ${at}`,
          );
          const head = `{${members.join(", ")}, `;
          const text = `${head}${written(again, escapesSecond)}: "again"}`;
          // JSON.parse takes it, keeping the last without a word; repeatedKey names it.
          expect((JSON.parse(text) as Record<string, unknown>)[again]).toBe("again");
          const found = repeatedKey(text);
          expect(found?.key).toBe(again);
          expect(found?.second).toBe(head.length);
          expect(text[found?.first ?? -1]).toBe('"');
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Finding, checkCascade, defineRule } from "../../src/index.js";
import { compileMessage, fillMessage, sortFindings } from "../../src/cascade/findings.js";
import { runs } from "../helpers/runs.js";

/** e420c48's order of findings, copied as it was: the oracle sortFindings must agree with. */
const SUBJECT_ORDER: Readonly<Record<string, number>> = {
  framework: 0,
  owner: 1,
  plan: 2,
  objective: 3,
  indicator: 4,
  target: 5,
  measurement: 6,
  reviewCycle: 7,
  review: 8,
};
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a: Finding, b: Finding): number {
  return (
    (SUBJECT_ORDER[a.subject.kind] as number) - (SUBJECT_ORDER[b.subject.kind] as number) ||
    compareText(a.subject.id, b.subject.id) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId) ||
    compareText(a.message, b.message) ||
    compareText(a.path.join("\u0000"), b.path.join("\u0000"))
  );
}
/** e420c48's messages, made as they were. */
function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const value =
      data === undefined ? undefined : Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

const few = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

/** Findings with few distinct values of each key, so ties at every level are common; `seq` tells equal ones apart. */
const findingArbitrary = fc
  .record({
    kind: few("framework", "owner", "plan", "objective", "indicator", "target", "measurement", "reviewCycle", "review"),
    id: few("a", "b", "ab", "B", "", "a\u0000", "é", "__proto__"),
    ruleId: few("r-1", "r-2", "r"),
    messageId: few("m", "n"),
    message: few("x", "y", "xy"),
    path: fc.array(few("p", "q", "p\u0000q"), { maxLength: 3 }),
    seq: fc.nat(),
  })
  .map(
    ({ kind, id, ruleId, messageId, message, path, seq }) =>
      ({
        ruleId,
        severity: "info",
        messageId,
        message,
        data: { seq },
        subject: { kind, id },
        path,
        related: [],
        seedRef: "0",
      }) as Finding,
  );

/** Runs of findings about one subject, as rules report them, and findings alone. */
const findingsArbitrary = fc
  .array(fc.tuple(findingArbitrary, fc.integer({ min: 1, max: 20 })), { maxLength: 60 })
  .map((groups) =>
    groups.flatMap(([finding, count]) =>
      Array.from({ length: count }, (_, i) => ({ ...finding, data: { seq: i }, messageId: i % 3 === 0 ? "n" : "m" })),
    ),
  );

describe("sortFindings", () => {
  it("orders findings as e420c48's sort by compareFindings did, ties in the order reported", () => {
    fc.assert(
      fc.property(findingsArbitrary, (findings) => {
        const expected = [...findings].sort(compareFindings);
        const sorted = [...findings];
        sortFindings(sorted);
        // The same objects in the same order: `data.seq` tells tied findings apart.
        expect(sorted).toStrictEqual(expected);
        sorted.forEach((finding, i) => {
          expect(finding).toBe(expected[i]);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it("sorts a custom rule's subject of an unknown kind or an id that is not a string by compareFindings itself", () => {
    const odd = [
      { kind: "objective", id: "b" },
      { kind: "objective", id: "a" },
      { kind: "toString", id: "c" },
    ].map((subject, i) => ({
      ruleId: "r",
      severity: "info",
      messageId: "m",
      message: String(i),
      subject,
      seedRef: "0",
    }));
    const expected = [...odd].sort((a, b) => compareFindings(a as Finding, b as Finding));
    const sorted = [...odd] as Finding[];
    sortFindings(sorted);
    expect(sorted).toEqual(expected);
  });
});

describe("compileMessage and fillMessage", () => {
  it("write the message String.prototype.replace wrote, placeholder by placeholder", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 4 }),
      few(
        "{{a}}",
        "{{ b }}",
        "{{a_1}}",
        "{{",
        "}}",
        "{{}}",
        "{{ a b }}",
        "{{__proto__}}",
        "{{constructor}}",
        "$&",
        "$1",
      ),
    );
    const dataArbitrary = fc.option(
      fc.dictionary(few("a", "b", "a_1", "__proto__", "constructor", "toString"), fc.oneof(fc.string(), fc.double())),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), dataArbitrary, (pieces, data) => {
        const template = pieces.join("");
        expect(fillMessage(compileMessage(template), data)).toBe(formatMessage(template, data));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("a custom rule's findings", () => {
  it("keep the subject, data, path and related subjects as reported, though the rule reuses and changes its objects", () => {
    const subject = { kind: "objective" as const, id: "first" };
    const data: Record<string, string> = { name: "first" };
    const path = ["first"];
    const related = [{ kind: "plan" as const, id: "p-first" }];
    const reusing = defineRule({
      id: "golden/reusing",
      meta: {
        description: "Reports twice with the same objects, changed between the reports.",
        defaultSeverity: "info",
        seedRef: "0",
        messages: { seen: "Seen {{name}}." },
        docs: "A test rule.",
      },
      check(context) {
        context.report({ messageId: "seen", subject, data, path, related });
        Object.assign(subject, { id: "second" });
        data.name = "second";
        path[0] = "second";
        Object.assign(related[0] as object, { id: "p-second" });
        context.report({ messageId: "seen", subject, data, path, related });
      },
    });
    const empty = { id: "fw", name: "F", owners: [], plans: [], objectives: [], indicators: [], targets: [] };
    const findings = checkCascade(empty, { customRules: [reusing], rules: { "missing-perspective": "off" } }).findings;
    expect(findings.filter((f) => f.ruleId === "golden/reusing")).toEqual([
      expect.objectContaining({
        message: "Seen first.",
        data: { name: "first" },
        subject: { kind: "objective", id: "first" },
        path: ["first"],
        related: [{ kind: "plan", id: "p-first" }],
      }),
      expect.objectContaining({
        message: "Seen second.",
        data: { name: "second" },
        subject: { kind: "objective", id: "second" },
        path: ["second"],
        related: [{ kind: "plan", id: "p-second" }],
      }),
    ]);
  });
});

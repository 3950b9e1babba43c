import { describe, expect, it } from "vitest";
import { evaluateFramework, parseFramework } from "../../src/index.js";
import type { Framework } from "../../src/index.js";
import type { Evaluation as TargetEvaluation } from "../../src/trajectory/index.js";
import { loadExample } from "../helpers/fixtures.js";
import { EXAMPLE_PAGE_CASES, tableCellsUnder } from "./examplesPage.js";

/** One body row of a statuses table: | `target` | status | latest figure | next figure or outturn | why | */
interface StatusRow {
  readonly target: string;
  readonly status: string;
  readonly latest: string;
  readonly next: string;
  readonly why: string;
}

/** The rows of the statuses table under `### <title>`. */
function statusesUnder(title: string): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const cells of tableCellsUnder(title)) {
    const target = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? "");
    if (target === null) continue;
    rows.push({
      target: target[1] ?? "",
      status: cells[2] ?? "",
      latest: cells[3] ?? "",
      next: cells[4] ?? "",
      why: cells[5] ?? "",
    });
  }
  return rows;
}

/** What a period of the indicator's frequency is called in the page: "quarter to 2001-09-30". */
const PERIOD_WORD: Readonly<Record<string, string>> = {
  monthly: "month",
  quarterly: "quarter",
  "half-yearly": "half-year",
  annual: "year",
};

/** The "Latest figure" cell the page must show for an evaluation: `89.5% at 2001-06-30`, or `none`. */
function latestCell(framework: Framework, evaluation: TargetEvaluation): string {
  if (evaluation.actual === null || evaluation.actualDate === null) return "none";
  const target = framework.targets.find((each) => each.id === evaluation.target);
  const indicator = framework.indicators.find((each) => each.id === target?.indicator);
  return `${evaluation.actual}${indicator?.unit === "%" ? "%" : ""} at ${evaluation.actualDate}`;
}

/**
 * The "Next figure or outturn" cell the page must show: the outturn first (for a target that has
 * ended), then the next figure asked for, with its due date and whether it is late, joined by "; ".
 * `outturn awaiting, due 2002-05-12; month to 2001-07-31 due 2001-09-11, late`.
 */
function nextCell(framework: Framework, evaluation: TargetEvaluation): string {
  const parts: string[] = [];
  const outturn = evaluation.outturn;
  if (outturn !== null) {
    if (outturn.status === "awaiting")
      parts.push(`outturn awaiting, due ${outturn.due}${outturn.overdue ? ", late" : ""}`);
    else if (outturn.status === "not-achieved") parts.push(`outturn not-achieved by ${outturn.shortfall ?? "?"}`);
    else parts.push(`outturn ${outturn.status}`);
  }
  const next = evaluation.nextFigure;
  if (next !== null) {
    const target = framework.targets.find((each) => each.id === evaluation.target);
    const indicator = framework.indicators.find((each) => each.id === target?.indicator);
    const word = PERIOD_WORD[String(indicator?.frequency)] ?? "period";
    parts.push(`${word} to ${next.periodEnd} due ${next.due}, ${next.overdue ? "late" : "awaited"}`);
  }
  return parts.length === 0 ? "nothing asked for" : parts.join("; ");
}

/** The expectation as the page's hand-worked "why" must quote it: to two places, no trailing zeros. */
function quoted(expected: string): string {
  return String(Number(Number(expected).toFixed(2)));
}

const cases = EXAMPLE_PAGE_CASES;

describe("docs/examples.md gives every target's status on both examples, with why", () => {
  it.each(cases)("%s statuses at %s: the table and the evaluation agree, row for row", (title, asOf, name) => {
    const framework = parseFramework(loadExample(name));
    const evaluation = evaluateFramework(framework, { asOf });
    const rows = statusesUnder(`${title} statuses at ${asOf}`);
    const found = evaluation.targets.map((target) => `${target.target} ${target.status}`);
    expect(rows.map((row) => `${row.target} ${row.status}`).sort()).toEqual([...found].sort());
    for (const row of rows) expect(row.why.length, row.target).toBeGreaterThan(40);
  });

  it.each(cases)(
    "%s statuses at %s: each latest figure, next figure and outturn is the evaluation's",
    (title, asOf, name) => {
      const framework = parseFramework(loadExample(name));
      const evaluation = evaluateFramework(framework, { asOf });
      const rows = new Map(statusesUnder(`${title} statuses at ${asOf}`).map((row) => [row.target, row]));
      for (const target of evaluation.targets) {
        const row = rows.get(target.target);
        expect(row, target.target).toBeDefined();
        expect(row?.latest, `${target.target}: latest figure`).toBe(latestCell(framework, target));
        expect(row?.next, `${target.target}: next figure or outturn`).toBe(nextCell(framework, target));
        // The hand-worked expectation in "why" is the library's, to two places.
        if (target.expected !== null) expect(row?.why, `${target.target}: expected`).toContain(quoted(target.expected));
      }
    },
  );

  it("the cells are read as the page means them (the checks above can fail)", () => {
    const framework = parseFramework(loadExample("stockton"));
    const [relets] = evaluateFramework(framework, { asOf: "2002-05-10" }).targets.filter(
      (target) => target.target === "t-relet-28-days",
    );
    expect(relets).toBeDefined();
    if (relets === undefined) return;
    expect(latestCell(framework, relets)).toBe("79% at 2001-06-30");
    expect(nextCell(framework, relets)).toBe(
      "outturn awaiting, due 2002-05-12; month to 2002-03-31 due 2002-05-12, awaited",
    );
    // Two days later the outturn is late too.
    const [late] = evaluateFramework(framework, { asOf: "2002-05-13" }).targets.filter(
      (target) => target.target === "t-relet-28-days",
    );
    expect(late === undefined ? "" : nextCell(framework, late)).toBe(
      "outturn awaiting, due 2002-05-12, late; month to 2002-03-31 due 2002-05-12, late",
    );
    expect(quoted("36.6788321168")).toBe("36.68");
    expect(quoted("100")).toBe("100");
  });
});

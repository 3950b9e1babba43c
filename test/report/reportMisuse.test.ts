import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/index.js";
import {
  ReportError,
  createFormatter,
  performanceReport,
  renderCascadeMermaid,
  renderReportHtml,
  renderReportMarkdown,
  renderTrajectorySvg,
} from "../../src/report/index.js";
import { example } from "../helpers/fixtures.js";
import { expectMisuse } from "../helpers/expectMisuse.js";

const stockton = (): Framework => example("stockton");
const asOf = "2001-07-15";

/** Values no report function accepts in place of what it reads: undefined, null, {}, and wrong shapes. */
const WRONG: readonly [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["{}", {}],
  ["a list", []],
  ["a number", 7],
  ["an object of another shape", { exceptions: 5, aims: "none", owners: "nobody" }],
];

// Issue 19: each of these threw a raw TypeError ("Cannot read properties of undefined").
describe("the report functions refuse what they do not understand, naming the argument (issue 19)", () => {
  it.each(WRONG)("a report that is %s, to both renderers", (_, report) => {
    expectMisuse(() => renderReportMarkdown(report as never), ReportError, /^performance-management: report /u);
    expectMisuse(() => renderReportHtml(report as never), ReportError, /^performance-management: report /u);
  });

  it("a report malformed deep inside, naming the place", () => {
    const report = performanceReport(stockton(), { asOf });
    const broken = {
      ...report,
      exceptions: report.exceptions.map((row, i) => (i === 1 ? { ...row, text: { ...row.text, actual: 79 } } : row)),
    };
    expectMisuse(
      () => renderReportMarkdown(broken as never),
      ReportError,
      /report\.exceptions\[1\]\.text\.actual must be a string; got 79/u,
    );
    const unknownStatus = { ...report, aims: [{ ...report.aims[0], status: "purple" }] };
    expectMisuse(
      () => renderReportHtml(unknownStatus as never),
      ReportError,
      /report\.aims\[0\]\.status must be one of/u,
    );
    const noChain = { ...report, exceptions: [{ ...report.exceptions[0], chain: { steps: "none" } }] };
    expectMisuse(
      () => renderReportHtml(noChain as never),
      ReportError,
      /report\.exceptions\[0\]\.chain\.steps must be a list/u,
    );
    // A report as performanceReport gives it still renders, and so does its JSON round trip.
    expect(renderReportHtml(JSON.parse(JSON.stringify(report)) as never)).toContain("<h1>");
  });

  it.each(WRONG)("a source that is %s, to every function taking one", (_, source) => {
    const named = /^performance-management: source (must be|is missing)/u;
    expectMisuse(() => performanceReport(source as never, { asOf }), ReportError, named);
    expectMisuse(() => renderTrajectorySvg(source as never, "t-relet-28-days", { asOf }), ReportError, named);
    expectMisuse(() => renderCascadeMermaid(source as never), ReportError, named);
  });

  it("names the entity list of an unparsed source that is not a list", () => {
    expectMisuse(
      () => performanceReport({ id: "fw", name: "Raw", owners: {}, plans: [] } as never, { asOf }),
      ReportError,
      /source\.owners must be a list, but is/u,
    );
  });

  it.each(WRONG)("a target id that is %s, to the chart", (_, id) => {
    expectMisuse(
      () => renderTrajectorySvg(stockton(), id as never, { asOf }),
      ReportError,
      /targetId must be a target's id, a string/u,
    );
  });

  it.each(WRONG.filter(([name]) => name !== "undefined"))(
    "an evaluation that is %s, to the diagram",
    (_, evaluation) => {
      expectMisuse(
        () => renderCascadeMermaid(stockton(), { evaluation: evaluation as never }),
        ReportError,
        /^performance-management: options\.evaluation /u,
      );
    },
  );

  it("an evaluation whose roll-ups are malformed, and a root that is not an id", () => {
    expectMisuse(
      () =>
        renderCascadeMermaid(stockton(), {
          evaluation: { objectives: [{ objective: "cp-wellbeing", status: 3 }] } as never,
        }),
      ReportError,
      /options\.evaluation\.objectives\[0\]\.status must be one of/u,
    );
    for (const [, root] of WRONG.filter(([name]) => name !== "undefined"))
      expectMisuse(
        () => renderCascadeMermaid(stockton(), { root: root as never }),
        ReportError,
        /options\.root must be an objective's id/u,
      );
  });

  it.each(WRONG.filter(([name]) => name !== "undefined"))(
    "options that are %s, or an asOf or locale that is",
    (name, value) => {
      if (name !== "{}" && name !== "an object of another shape") {
        expectMisuse(
          () => performanceReport(stockton(), value as never),
          ReportError,
          /^performance-management: options must be an object/u,
        );
        expectMisuse(
          () => renderTrajectorySvg(stockton(), "t-relet-28-days", value as never),
          ReportError,
          /options must be an object/u,
        );
      }
      expectMisuse(() => performanceReport(stockton(), { asOf: value as never }), ReportError, /options\.asOf/u);
      // A locale given to createFormatter is blamed as `locale`; one given as an option, as `options.locale`.
      expectMisuse(() => createFormatter(value as never), ReportError, /^performance-management: locale /u);
      expectMisuse(
        () => performanceReport(stockton(), { asOf, locale: value as never }),
        ReportError,
        /^performance-management: options\.locale /u,
      );
    },
  );
});

// Issue 21: the report's words come from one catalogue a caller can replace. A pseudo-catalogue
// wrapping every string of the default one in ⟦ ⟧ shows the catalogue is whole: rendered with it,
// every visible piece of text in the Markdown and the HTML (charts included) is either data (titles,
// names, units, figures, dates) or wrapped. And the page's lang is the words' language.
import * as fs from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { type Framework, parseFramework } from "../../src/index.js";
import * as reportModule from "../../src/report/index.js";
import {
  type PerformanceReport,
  REPORT_WORDS_EN_GB,
  ReportError,
  type ReportWords,
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
  renderSparklineSvg,
  renderTrajectorySvg,
} from "../../src/report/index.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

const stockton = deepFreeze(parseFramework(loadExample("stockton")));
const spelthorne = deepFreeze(parseFramework(loadExample("spelthorne")));

/** Every string of a catalogue wrapped in ⟦ ⟧, and every sentence's result. */
function wrapped(value: unknown): unknown {
  if (typeof value === "string") return `⟦${value}⟧`;
  if (typeof value === "function")
    return (...args: unknown[]) => `⟦${(value as (...given: unknown[]) => string)(...args)}⟧`;
  if (Array.isArray(value)) return value.map(wrapped);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wrapped(inner)]));
  return value;
}

/** The pseudo-catalogue: the default's words wrapped, its language a pseudo-locale's. */
const PSEUDO = deepFreeze({ ...(wrapped(REPORT_WORDS_EN_GB) as ReportWords), lang: "en-XA" });

/** The people-facing strings of a framework: what a report shows as data. */
function dataOf(framework: Framework): string[] {
  const found = new Set<string>();
  const keys = new Set(["name", "title", "unit", "group", "outcome", "correctiveAction", "label"]);
  const pending: [unknown, string | undefined][] = [[framework, undefined]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, key] = next;
    if (typeof value === "string") {
      if (key !== undefined && keys.has(key)) found.add(value);
    } else if (Array.isArray(value)) for (const item of value) pending.push([item, key]);
    else if (typeof value === "object" && value !== null)
      for (const [inner, item] of Object.entries(value)) pending.push([item, inner]);
  }
  return [...found];
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/** Text with its wrapped words, its data, dates and figures taken out: what is left should hold no letter. */
function leftOver(text: string, data: readonly string[]): string {
  let left = text;
  // The innermost wrapped words first, until none is left.
  for (let before = ""; before !== left;) {
    before = left;
    left = left.replace(/⟦[^⟦⟧]*⟧/gu, " ");
  }
  for (const datum of [...data].sort((a, b) => b.length - a.length)) left = left.split(datum).join(" ");
  return left
    .replace(new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, "gu"), " ")
    .replace(new RegExp(`\\b(?:${SHORT_MONTHS}) \\d{4}\\b`, "gu"), " ");
}

/** The visible text of an HTML page: its text nodes (SVG titles, descriptions and labels too), entities read. */
function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/gu, " ")
    .replace(/<[^>]*>/gu, " ")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

/** Markdown's text without its escapes. */
function markdownText(markdown: string): string {
  return markdown.replace(/\\(.)/gu, "$1").replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&");
}

/** The English words left outside the catalogue's, each with a little of its context. */
function english(text: string, report: PerformanceReport, framework: Framework): string[] {
  // The checker's findings are the cascade engine's (their rule ids, codes), shown in the officers' annex as they are.
  const data = [
    ...dataOf(framework),
    report.scale,
    ...report.findings.flatMap((finding) => [finding.message, finding.ruleId]),
  ];
  const left = leftOver(text, data);
  return [...left.matchAll(/[A-Za-z]{2,}/gu)].map((match) =>
    left.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/gu, " "),
  );
}

describe("the report's words come from one catalogue (issue 21)", () => {
  const cases = [
    ["Stockton", stockton],
    ["Spelthorne", spelthorne],
  ] as const;
  for (const [name, framework] of cases)
    for (const asOf of ["2001-07-15", "2002-05-15"])
      for (const audience of ["executive", "scrutiny"] as const)
        it(`leaves no English word of the layout outside the catalogue: ${name}, ${audience}, ${asOf}`, () => {
          const previous =
            audience === "scrutiny" && asOf === "2002-05-15"
              ? performanceReport(framework, { asOf: "2001-07-15", audience, words: PSEUDO, locale: "en-GB" })
              : undefined;
          const report = performanceReport(framework, {
            asOf,
            audience,
            words: PSEUDO,
            locale: "en-GB",
            ...(previous === undefined ? {} : { previous }),
          });
          expect(report.lang).toBe("en-XA");
          const markdown = renderReportMarkdown(report, { words: PSEUDO });
          const html = renderReportHtml(report, { words: PSEUDO, charts: framework });
          // The cases reach the parts of the layout: exceptions, charts, the annex, scrutiny's follow-up.
          expect(html).toContain('<figure class="chart"');
          expect(markdown).toContain("⟦Officers' annex⟧");
          if (previous !== undefined) expect(markdown).toContain("⟦What was decided last time");
          expect(english(markdownText(markdown), report, framework)).toEqual([]);
          expect(english(htmlText(html), report, framework)).toEqual([]);
          expect(html.startsWith('<!doctype html>\n<html lang="en-XA">')).toBe(true);
        });

  it("finds an English word left outside the catalogue (the check can fail)", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15", words: PSEUDO, locale: "en-GB" });
    const leaky: ReportWords = { ...PSEUDO, layout: { ...PSEUDO.layout, exceptionsHeading: "Exceptions" } };
    const markdown = renderReportMarkdown(report, { words: leaky });
    const left = english(markdownText(markdown), report, stockton);
    expect(left.length).toBe(1);
    expect(left[0]).toContain("## Exceptions");
    // And in the page: the heading, and nothing else.
    expect(english(htmlText(renderReportHtml(report, { words: leaky })), report, stockton)).toEqual([
      expect.stringContaining("Exceptions"),
    ]);
  });

  it('writes <html lang> from the words: a catalogue with lang "cy" gives lang="cy", its dates Welsh by default', () => {
    const cy: ReportWords = {
      ...REPORT_WORDS_EN_GB,
      lang: "cy",
      layout: { ...REPORT_WORDS_EN_GB.layout, exceptionsHeading: "Eithriadau" },
    };
    const report = performanceReport(stockton, { asOf: "2001-07-15", words: cy });
    expect(report.lang).toBe("cy");
    const html = renderReportHtml(report, { words: cy });
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(html).toContain("<h2>Eithriadau</h2>");
    // The Intl locale defaults to the words' language: the report's date in Welsh.
    expect(report.asOfText).toBe("15 Gorffennaf 2001");
    // A locale given stays the numbers' and dates' only: the page is still the words' language.
    const english = performanceReport(stockton, { asOf: "2001-07-15", locale: "cy-GB" });
    expect(english.asOfText).toBe("15 Gorffennaf 2001");
    expect(renderReportHtml(english).startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
  });

  it('runs docs/reporting.md\'s Welsh example: lang "cy" gives <html lang="cy">, its title and dates Welsh', () => {
    const page = fs.readFileSync(new URL("../../docs/reporting.md", import.meta.url), "utf8");
    const block = /## Your council's own words[\s\S]*?```ts\n([\s\S]*?)```/u.exec(page)?.[1] ?? "";
    expect(block).toContain('lang: "cy"');
    const { outputText } = ts.transpileModule(block, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    });
    const modules: Record<string, unknown> = {
      "node:fs": fs,
      "performance-management": root,
      "performance-management/report": reportModule,
    };
    const exported: { cy?: ReportWords; html?: string } = {};
    // The page's own example, run as written.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function("require", "exports", outputText) as (
      require: (name: string) => unknown,
      exports: object,
    ) => void;
    run((name) => modules[name], exported);
    expect(exported.cy?.lang).toBe("cy");
    const html = exported.html ?? "";
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(html).toContain(
      "<h1>Adroddiad perfformiad, Chwarter 1 2001/02: Stockton-on-Tees Borough Council performance framework</h1>",
    );
    expect(html).toContain("<h2>Eithriadau</h2>");
    expect(html).toContain("15 Gorffennaf 2001");
    expect(html).toContain('<span class="status status-red">✖ Coch</span>');
    expect(html).toContain('content: "Tudalen " counter(page) " o " counter(pages)');
  });

  it("numbers the printed pages in the words: 'Tudalen 2 o 9', a quote or '</style>' in them escaped", () => {
    const cy: ReportWords = {
      ...REPORT_WORDS_EN_GB,
      lang: "cy",
      layout: { ...REPORT_WORDS_EN_GB.layout, pageNumber: { before: "Tudalen ", between: " o ", after: "" } },
    };
    const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15", words: cy }), { words: cy });
    expect(html).toContain('@bottom-right { content: "Tudalen " counter(page) " o " counter(pages);');
    expect(renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }))).toContain(
      '@bottom-right { content: "Page " counter(page) " of " counter(pages);',
    );
    const sly: ReportWords = {
      ...REPORT_WORDS_EN_GB,
      layout: { ...REPORT_WORDS_EN_GB.layout, pageNumber: { before: '"</style>', between: "\\", after: " ." } },
    };
    const escaped = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }), { words: sly });
    expect(escaped).toContain('content: "\\22 \\3c /style>" counter(page) "\\5c " counter(pages) " ."');
    expect(escaped.split("</style>").length).toBe(2);
  });

  it("refuses to lay a report out in words of another language than it was made in, with a ReportError", () => {
    const cy: ReportWords = { ...REPORT_WORDS_EN_GB, lang: "cy" };
    const welsh = performanceReport(stockton, { asOf: "2001-07-15", words: cy });
    // Not given again: the default words are English, the report Welsh.
    expect(() => renderReportHtml(welsh)).toThrow(ReportError);
    expect(() => renderReportMarkdown(welsh)).toThrow(/report was made in "cy" \(report\.lang\): give options\.words/u);
    const english = performanceReport(stockton, { asOf: "2001-07-15" });
    expect(() => renderReportHtml(english, { words: cy })).toThrow(
      /options\.words is in "cy", but the report was made in "en-GB"/u,
    );
    // The same words again: laid out.
    expect(renderReportMarkdown(welsh, { words: cy })).toContain("# Performance report, Quarter 1 2001/02");
  });

  it("a catalogue missing a key does not compile (checked by tsc over the tests)", () => {
    // @ts-expect-error -- every key is required: a partial catalogue is refused by the type.
    const partial: ReportWords = { lang: "cy", status: REPORT_WORDS_EN_GB.status };
    // A catalogue that spreads the default and replaces some words is whole.
    const whole: ReportWords = { ...REPORT_WORDS_EN_GB, lang: "cy" };
    expect(Object.keys(partial)).toEqual(["lang", "status"]);
    expect(Object.keys(whole)).toEqual(Object.keys(REPORT_WORDS_EN_GB));
  });

  it("refuses a catalogue missing a key or of the wrong kind, naming the key, with a ReportError", () => {
    const partial: Record<string, unknown> = { ...REPORT_WORDS_EN_GB };
    delete partial.decision;
    expect(() => performanceReport(stockton, { asOf: "2001-07-15", words: partial as unknown as ReportWords })).toThrow(
      /^performance-management: options\.words\.decision must be an object, as in REPORT_WORDS_EN_GB; got undefined/u,
    );
    const badSentence = { ...REPORT_WORDS_EN_GB, layout: { ...REPORT_WORDS_EN_GB.layout, title: "Report" } };
    expect(() =>
      renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15" }), {
        words: badSentence as unknown as ReportWords,
      }),
    ).toThrow(/options\.words\.layout\.title must be a function/u);
    const shortHeaders = {
      ...REPORT_WORDS_EN_GB,
      layout: { ...REPORT_WORDS_EN_GB.layout, countsHeaders: ["Status"] },
    };
    expect(() =>
      renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }), { words: shortHeaders }),
    ).toThrow(/options\.words\.layout\.countsHeaders must be an array of 2 strings/u);
    const withLang = (lang: unknown) => () =>
      performanceReport(stockton, { asOf: "2001-07-15", words: { ...REPORT_WORDS_EN_GB, lang } as ReportWords });
    for (const lang of ["", "not a tag"])
      expect(withLang(lang)).toThrow(/options\.words\.lang .* is not a language tag/u);
    expect(withLang(7)).toThrow(/options\.words\.lang must be a string/u);
    expect(() => performanceReport(stockton, { asOf: "2001-07-15", words: null as unknown as ReportWords })).toThrow(
      /options\.words must be a catalogue of words/u,
    );
  });

  it("draws the charts in the words given", () => {
    const sparkline = renderSparklineSvg(stockton, "t-zone-cleanliness", { asOf: "2001-07-15", words: PSEUDO });
    expect(sparkline).toContain("⟦");
    expect(english(htmlText(sparkline), performanceReport(stockton, { asOf: "2001-07-15" }), stockton)).toEqual([]);
    const chart = renderTrajectorySvg(stockton, "t-relet-28-days", {
      asOf: "2001-07-15",
      words: PSEUDO,
      locale: "en-GB",
    });
    expect(english(htmlText(chart), performanceReport(stockton, { asOf: "2001-07-15" }), stockton)).toEqual([]);
  });
});

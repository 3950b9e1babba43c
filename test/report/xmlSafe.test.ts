import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, evaluateFramework, parseFramework } from "../../src/index.js";
import {
  performanceReport,
  renderCascadeMermaid,
  renderReportHtml,
  renderTrajectorySvg,
} from "../../src/report/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { isXmlChar, xmlProblem } from "../helpers/xml.js";

const asOf = "2001-07-15";
const parsed = parseFramework(loadExample("stockton"));

/** The characters of a text that XML 1.0 forbids, as code points. */
function forbidden(text: string): number[] {
  return Array.from(text, (character) => character.codePointAt(0) as number).filter((code) => !isXmlChar(code));
}

/** Stockton with the re-let target's title, its indicator's unit and title, and names and titles around it replaced. */
function stocktonWith(words: { title: string; unit: string; name: string; objective: string }): Framework {
  const framework = jsonCopy(parsed);
  for (const target of framework.targets) if (target.id === "t-relet-28-days") target.title = words.title;
  for (const indicator of framework.indicators)
    if (indicator.id === framework.targets.find((target) => target.id === "t-relet-28-days")?.indicator) {
      indicator.unit = words.unit;
      indicator.title = words.title;
    }
  for (const owner of framework.owners) owner.name = words.name;
  for (const objective of framework.objectives) objective.title = words.objective;
  return deepFreeze({ ...framework, name: words.name });
}

/** Strings of any characters, weighted towards those XML forbids or escapes: controls, noncharacters, lone surrogates. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "\u0000",
      "\u0001",
      "\u0008",
      "\u000B",
      "\u000C",
      "\u001B",
      "\u001F",
      "\t",
      "\n",
      "\r",
      "\u007F",
      "\u0085",
      "\uFFFE",
      "\uFFFF",
      "\uD800",
      "\uDFFF",
      "&",
      "<",
      ">",
      '"',
      "'",
      "]]>",
      "&amp;",
      "%",
      "😀",
    ),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 24,
});

describe("the checker the properties rely on", () => {
  it("finds what makes XML ill formed, and passes what is well formed", () => {
    expect(xmlProblem('<svg a="1"><title>A &amp; B &#65;</title><g/></svg>\n')).toBeUndefined();
    for (const bad of [
      "<svg>\u0001</svg>",
      "<svg>\uFFFE</svg>",
      "<svg>\uD800</svg>",
      "<svg>&</svg>",
      "<svg>&#1;</svg>",
      "<svg a='<'/>",
      '<svg a="1" a="2"/>',
      "<svg><g></svg>",
      "<svg></svg><svg/>",
      "<svg>",
    ])
      expect(xmlProblem(bad), bad).toBeDefined();
  });
});

// Issue 19: a title or unit holding a control character (an ESC, a NUL) reached the SVG and the
// HTML as it was, and an XML parser refused the chart.
describe("SVG and HTML never carry a character XML 1.0 forbids (issue 19)", () => {
  it("replaces controls, noncharacters and lone surrogates with U+FFFD, and escapes the rest", () => {
    const nasty = "Re-lets \u001B[31m\u0000 \uFFFE \uD800 <b>&\"'";
    const framework = stocktonWith({
      title: nasty,
      unit: "%\u0007",
      name: `Housing\u0001`,
      objective: `Well-being\u001F`,
    });
    const svg = renderTrajectorySvg(framework, "t-relet-28-days", { asOf });
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).toContain("Re-lets \uFFFD[31m\uFFFD \uFFFD \uFFFD &lt;b&gt;&amp;&quot;&#39;");
    const html = renderReportHtml(performanceReport(framework, { asOf, audience: "scrutiny" }));
    expect(forbidden(html)).toEqual([]);
    expect(html).toContain("Housing\uFFFD");
    const mermaid = renderCascadeMermaid(framework, { evaluation: evaluateFramework(framework, { asOf }) });
    expect(forbidden(mermaid)).toEqual([]);
    expect(mermaid).toContain("Well-being\uFFFD");
  });

  it("every chart parses as well-formed XML, and no page or diagram holds a forbidden character, whatever the titles, units and names", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, unit, name, objective) => {
        const framework = stocktonWith({ title, unit, name, objective });
        const svg = renderTrajectorySvg(framework, "t-relet-28-days", { asOf, width: 320 });
        expect(xmlProblem(svg)).toBeUndefined();
        const html = renderReportHtml(performanceReport(framework, { asOf }));
        expect(forbidden(html)).toEqual([]);
        expect(forbidden(renderCascadeMermaid(framework))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

import { expect, it } from "vitest";
import { evaluateFramework, parseFramework } from "../../src/index.js";
import {
  performanceReport,
  renderCascadeMermaid,
  renderReportHtml,
  renderTrajectorySvg,
} from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";
import { MERMAID_JS, axeViolations, describeInChromium, htmlDocument, screenshots, useChromium } from "./support.js";

/**
 * The report, the trajectory charts and the cascade diagram in a real browser: Debian's Chromium,
 * driven by playwright-core (which needs no browser download), with axe-core and mermaid injected
 * from node_modules. Where Chromium is not installed the tests are skipped, saying how to install it.
 */

const stockton = parseFramework(loadExample("stockton"));
const AS_OF = "2001-07-15";

describeInChromium("the members' report in headless Chromium", () => {
  const chromium = useChromium();

  it("renders the HTML report's tables, makes no request, and axe-core finds no WCAG 2.2 AA violation", async () => {
    const page = await chromium.page();
    for (const audience of ["executive", "scrutiny"] as const) {
      const html = renderReportHtml(performanceReport(stockton, { asOf: AS_OF, audience }));
      await page.setContent(html);
      const tables = await page.locator("table").count();
      expect(tables).toBeGreaterThan(5);
      // Every table has its caption on screen, and the exception table its five rows, each with its
      // line of detail in a full-width row beneath (issue 21).
      for (const caption of await page.locator("caption").all()) expect(await caption.isVisible()).toBe(true);
      const exceptions = page.locator("section", { hasText: "Exceptions" }).first();
      expect(await exceptions.locator("tbody tr:not(.detail)").count()).toBe(5);
      expect(await exceptions.locator("tbody tr.detail td[colspan='6']").count()).toBe(5);
      expect(await page.locator(".status-red").first().textContent()).toBe("✖ Red");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshots}report-${audience}.png`, fullPage: true });
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  it("renders the trajectory charts with their points inside the plot, and axe-core finds no violation", async () => {
    const page = await chromium.page();
    for (const target of ["t-relet-28-days", "t-zone-cleanliness", "t-heart-disease", "t-unemployment"]) {
      const svg = renderTrajectorySvg(stockton, target, { asOf: "2001-10-01" });
      await page.setContent(htmlDocument("Chart", `<h1>Chart</h1>${svg}`));
      const chart = await page.locator("svg").boundingBox();
      expect(chart).toMatchObject({ width: 640, height: 360 });
      for (const point of await page.locator("svg circle").all()) {
        const box = await point.boundingBox();
        expect(box !== null && chart !== null).toBe(true);
        if (box === null || chart === null) continue;
        expect(box.x).toBeGreaterThanOrEqual(chart.x);
        expect(box.y + box.height).toBeLessThanOrEqual(chart.y + chart.height);
      }
      expect(await page.locator("svg title#chart-title").textContent()).toContain("expected path and measurements");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshots}chart-${target}.png` });
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  it("renders the cascade with mermaid in the page, without a parse error, one node per objective", async () => {
    const page = await chromium.page();
    await page.setContent(htmlDocument("Cascade", "", "out"));
    await page.addScriptTag({ path: MERMAID_JS });
    const diagram = renderCascadeMermaid(stockton, { evaluation: evaluateFramework(stockton, { asOf: AS_OF }) });
    const rendered = await page.evaluate(async (text) => {
      const mermaid = (
        globalThis as unknown as {
          mermaid: {
            initialize: (config: object) => void;
            parse: (text: string) => Promise<unknown>;
            render: (id: string, text: string) => Promise<{ svg: string }>;
          };
        }
      ).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      await mermaid.parse(text);
      const { svg } = await mermaid.render("cascade", text);
      // The page's document, typed for the two calls made of it (the project has no DOM types).
      const page = (
        globalThis as unknown as {
          document: {
            getElementById: (id: string) => { innerHTML: string } | null;
            querySelectorAll: (selector: string) => { length: number };
          };
        }
      ).document;
      const out = page.getElementById("out");
      if (out !== null) out.innerHTML = svg;
      return {
        nodes: page.querySelectorAll("#out g.node").length,
        clusters: page.querySelectorAll("#out g.cluster").length,
      };
    }, diagram);
    expect(rendered).toEqual({ nodes: stockton.objectives.length, clusters: 5 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}cascade.png`, fullPage: true });
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  // Issue 19: past 500 links Mermaid refused the diagram ("Edge limit exceeded"), and ignores a
  // diagram's own maxEdges; the renderer draws the top of the cascade within the limit.
  it("draws a cascade of 700 links with mermaid: the top 500 and a note of the rest", async () => {
    const page = await chromium.page();
    await page.setContent(htmlDocument("Cascade", "", "out"));
    await page.addScriptTag({ path: MERMAID_JS });
    const large = parseFramework({
      id: "large",
      name: "A large cascade",
      owners: [],
      plans: [
        { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
        { id: "corp", name: "Corporate plan", level: "corporate", period: { start: "2001-04-01", end: "2004-03-31" } },
      ],
      objectives: [
        { id: "top", plan: "cp", title: "Outcomes" },
        ...Array.from({ length: 700 }, (_, i) => ({
          id: `c-${String(i)}`,
          plan: "corp",
          title: `Objective ${String(i)}`,
          contributesTo: [{ objective: "top" }],
        })),
      ],
      indicators: [],
      targets: [],
    });
    const diagram = renderCascadeMermaid(large);
    const nodes = await page.evaluate(async (text) => {
      const mermaid = (
        globalThis as unknown as {
          mermaid: {
            initialize: (config: object) => void;
            render: (id: string, text: string) => Promise<{ svg: string }>;
          };
        }
      ).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      const { svg } = await mermaid.render("large", text);
      const page = (
        globalThis as unknown as {
          document: {
            getElementById: (id: string) => { innerHTML: string } | null;
            querySelectorAll: (selector: string) => { length: number };
          };
        }
      ).document;
      const out = page.getElementById("out");
      if (out !== null) out.innerHTML = svg;
      return page.querySelectorAll("#out g.node").length;
    }, diagram);
    // The aim, 500 objectives and the note.
    expect(nodes).toBe(502);
    expect(await axeViolations(page)).toEqual([]);
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  // Issue 19: a control character in a title reached the SVG, and the XML parser refused the chart.
  it("parses a chart whose title and unit hold control characters as well-formed XML", async () => {
    const page = await chromium.page();
    const framework = JSON.parse(JSON.stringify(stockton)) as typeof stockton;
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.title = "Re-lets \u001B[31m\u0000 \uFFFE \uD800 <b>&\"'";
    for (const indicator of framework.indicators) indicator.unit = `${indicator.unit}\u0007`;
    const svg = renderTrajectorySvg(framework, "t-relet-28-days", { asOf: AS_OF });
    const parsed = await page.evaluate((text) => {
      const parser = new (
        globalThis as unknown as {
          DOMParser: new () => {
            parseFromString: (
              text: string,
              type: string,
            ) => { getElementsByTagName: (name: string) => { length: number }; documentElement: { nodeName: string } };
          };
        }
      ).DOMParser();
      const document = parser.parseFromString(text, "image/svg+xml");
      return { errors: document.getElementsByTagName("parsererror").length, root: document.documentElement.nodeName };
    }, svg);
    expect(parsed).toEqual({ errors: 0, root: "svg" });
    await page.close();
  });
});

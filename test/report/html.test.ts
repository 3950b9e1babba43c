import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { STATUS_COLOURS } from "../../src/report/html.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

/** WCAG 2.2's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const stockton = () => example("stockton");

describe("renderReportHtml", () => {
  const html = perTest(() => renderReportHtml(performanceReport(stockton(), { asOf: "2001-07-15" })));

  it("is one self-contained page: no script, no stylesheet link, no image or external request", () => {
    expect(html().startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html()).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(/u);
    expect(html()).toContain("<style>");
    expect(html()).toContain("@media print");
  });

  it("uses semantic tables: a caption, scoped column headers and a header cell for each row", () => {
    const tables = html().split("<table>").slice(1);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      expect(table).toMatch(/^\n<caption>[^<]+<\/caption>/u);
      expect(table).toContain('<th scope="col">');
      const rows = table.split("<tbody>")[1]?.split("<tr>").slice(1) ?? [];
      for (const row of rows) expect(row.startsWith('<th scope="row">')).toBe(true);
    }
  });

  it("shows each status as a word and symbol as well as a colour, every colour pair at least 7:1", () => {
    expect(html()).toContain('<span class="status status-red">✖ Red</span>');
    expect(html()).toContain('<span class="status status-amber">▲ Amber</span>');
    for (const [status, colours] of Object.entries(STATUS_COLOURS))
      expect(contrast(colours.text, colours.background), status).toBeGreaterThanOrEqual(7);
    // The page's own text on white, and table borders against white (non-text, 3:1).
    expect(contrast("#1a1a1a", "#ffffff")).toBeGreaterThanOrEqual(7);
    expect(contrast("#6b6b6b", "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("escapes every title: <script>, quotes and & render as text", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.title = `<script>alert("x")</script> & 'quoted' <b>bold</b>`;
    const escaped = renderReportHtml(performanceReport(deepFreeze(framework), { asOf: "2001-07-15" }));
    expect(escaped).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;b&gt;bold&lt;/b&gt;",
    );
    expect(escaped).not.toContain("<script>");
    expect(escaped).not.toContain("<b>");
  });

  it("writes the document's language from its words, not from the locale of its numbers and dates (issue 21)", () => {
    // Before the catalogue, locale "de-DE" marked a page of English sentences lang="de-DE" (WCAG 3.1.1).
    const german = renderReportHtml(performanceReport(stockton(), { asOf: "2001-07-15", locale: "de-DE" }));
    expect(german).toContain('<html lang="en-GB">');
    expect(german).not.toContain('lang="de-DE"');
    expect(german).toContain("15. Juli 2001");
  });

  it("matches its snapshot", () => {
    expect(html()).toMatchSnapshot();
  });
});

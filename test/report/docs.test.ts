import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateFramework, parseFramework } from "../../src/index.js";
import { renderCascadeMermaid, renderSparklineSvg, renderTrajectorySvg } from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";

const read = (path: string) => readFileSync(new URL(`../../docs/${path}`, import.meta.url), "utf8");

describe("docs/reporting.md shows what the renderers draw today", () => {
  const stockton = parseFramework(loadExample("stockton"));

  it("its chart is renderTrajectorySvg's for the re-let target on 15 July 2001", () => {
    // Regenerate with: renderTrajectorySvg(stockton, "t-relet-28-days", { asOf: "2001-07-15" }) into docs/images/.
    expect(read("images/relet-2001-07-15.svg")).toBe(
      renderTrajectorySvg(stockton, "t-relet-28-days", { asOf: "2001-07-15" }),
    );
    expect(read("reporting.md")).toContain("](images/relet-2001-07-15.svg)");
  });

  it("its zone-cleanliness chart is renderTrajectorySvg's on 15 July 2001", () => {
    expect(read("images/zone-cleanliness-2001-07-15.svg")).toBe(
      renderTrajectorySvg(stockton, "t-zone-cleanliness", { asOf: "2001-07-15" }),
    );
    expect(read("reporting.md")).toContain("](images/zone-cleanliness-2001-07-15.svg)");
  });

  it("its sparkline is renderSparklineSvg's for zone cleanliness on 15 July 2001, its words quoted", () => {
    const svg = renderSparklineSvg(stockton, "t-zone-cleanliness", { asOf: "2001-07-15" });
    expect(read("images/sparkline-zone-cleanliness-2001-07-15.svg")).toBe(svg);
    expect(read("reporting.md")).toContain("](images/sparkline-zone-cleanliness-2001-07-15.svg)");
    const said = /<title id="spark-title">([^<]*)<\/title>/u.exec(svg)?.[1] ?? "";
    const quoted = /> 95% zone\/patch[\s\S]*?\n\n/u.exec(read("reporting.md"))?.[0] ?? "";
    expect(quoted.replace(/\n> /gu, " ").replace(/^> /u, "").trim()).toBe(said);
  });

  it("its diagram is renderCascadeMermaid's for the well-being strand on 15 July 2001", () => {
    const diagram = renderCascadeMermaid(stockton, {
      root: "cp-wellbeing",
      evaluation: evaluateFramework(stockton, { asOf: "2001-07-15" }),
    });
    expect(read("reporting.md")).toContain(`\`\`\`mermaid\n${diagram}\`\`\``);
  });
});

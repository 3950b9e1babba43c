import { describe, expect, it } from "vitest";
import { type Framework, evaluateFramework } from "../../src/index.js";
import { renderCascadeMermaid } from "../../src/report/index.js";
import { deepCascade, ring } from "../../bench/shapes.js";
import { deepFreeze } from "../helpers/fixtures.js";

/** `count` corporate objectives under the aim `top`, each with a title `titleLength` characters long. */
function wide(count: number, titleLength = 20): Framework {
  const base = deepCascade(1);
  return deepFreeze({
    ...base,
    objectives: [
      { id: "top", plan: "cp", title: "Outcomes" },
      ...Array.from({ length: count }, (_, i) => ({
        id: `c-${String(i)}`,
        plan: "corp",
        title: `Objective ${String(i)} `.padEnd(titleLength, "x"),
        contributesTo: [{ objective: "top" }],
      })),
    ],
    targets: [],
    measurements: [],
    indicators: [],
  });
}

/** The arrows of a diagram, and whether every node an arrow names is declared. */
function arrowsOf(diagram: string): { arrows: number; undeclared: string[] } {
  const declared = new Set([...diagram.matchAll(/^ {4}(o\d+)\[/gmu)].map((match) => match[1]));
  const arrows = [...diagram.matchAll(/^ {2}(o\d+) (?:-->|-\. .* \.->) (o\d+)$/gmu)];
  const undeclared = arrows.flatMap((match) => [match[1], match[2]]).filter((id) => !declared.has(id)) as string[];
  return { arrows: arrows.length, undeclared };
}

// Issue 19: a cascade past Mermaid's limits (500 links, 50,000 characters) made a diagram Mermaid
// refuses to draw. Mermaid ignores a diagram's own maxEdges and maxTextSize (they are secure keys),
// so the renderer draws the top of the cascade within the limits and says what it leaves out.
describe("a cascade too large for Mermaid still renders (issue 19)", () => {
  it("draws the top of a 600-link cascade within 500 links, and says how much is left out", () => {
    const diagram = renderCascadeMermaid(wide(600));
    const { arrows, undeclared } = arrowsOf(diagram);
    expect(arrows).toBe(500);
    expect(undeclared).toEqual([]);
    expect(diagram.length).toBeLessThanOrEqual(50_000);
    expect(diagram).toContain(
      '  more["100 more objectives and 100 more links not drawn#58; a Mermaid diagram holds at most 500 links',
    );
    expect(diagram).toContain('    o0["Community plan<br>Outcomes"]');
  });

  it("keeps within 50,000 characters when the titles are long, coloured by status", () => {
    const framework = wide(300, 400);
    const diagram = renderCascadeMermaid(framework, {
      evaluation: evaluateFramework(framework, { asOf: "2002-03-31" }),
    });
    expect(diagram.length).toBeLessThanOrEqual(50_000);
    expect(arrowsOf(diagram).undeclared).toEqual([]);
    expect(diagram).toMatch(/ {2}more\["\d+ more objectives and \d+ more links not drawn/u);
    expect(diagram).toContain("  classDef ");
  });

  it("cannot raise the limit in the diagram: Mermaid refuses 501 links though its front matter sets maxEdges", async () => {
    const mermaid = (await import("mermaid")).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    const links = (count: number) =>
      ["---", "config:", "  maxEdges: 5000", "---", "flowchart BT"]
        .concat(Array.from({ length: count }, (_, i) => `  a${String(i)} --> a${String(i + 1)}`))
        .join("\n");
    await expect(mermaid.parse(links(500))).resolves.toBeTruthy();
    await expect(mermaid.parse(links(501))).rejects.toThrow(/Edge limit exceeded/u);
  });

  it("draws a cascade within the limits whole, with no note", () => {
    const diagram = renderCascadeMermaid(wide(500));
    expect(arrowsOf(diagram).arrows).toBe(500);
    expect(diagram).not.toContain("more[");
  });

  it("bounds a deep cascade drawn from a root too", () => {
    const diagram = renderCascadeMermaid(deepCascade(2_000), { root: "o-10" });
    expect(arrowsOf(diagram)).toEqual({ arrows: 500, undeclared: [] });
    expect(diagram).toContain("1489 more objectives and 1489 more links not drawn");
  });

  // Issue 21: strands follow each objective's first link up; a loop of first links is cut where it closes.
  it("cuts a loop of first links where it closes: a ring of 400 heads its own strand, its link to the aim drawn in the aim's", () => {
    const diagram = renderCascadeMermaid(ring(400));
    expect([...diagram.matchAll(/^ {2}subgraph (s\d+)\["(\d – [^"]*)"\]$/gmu)].map((match) => match[2])).toEqual([
      "2 – Ring objective 399",
      "1 – The aim",
    ]);
    // The aim's strand holds the aim and the box standing for the ring's last objective, which serves it.
    expect(diagram).toContain(
      '  subgraph s0["1 – The aim"]\n    direction BT\n    o0["Community plan<br>The aim"]\n    x0["Drawn in strand 2<br>Service plan<br>Ring objective 399"]\n  end\n',
    );
    expect(diagram).toContain("  x0 --> o0\n");
    expect(arrowsOf(diagram).undeclared).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { type Framework, ReportError, evaluateFramework, parseFramework } from "../../src/index.js";
import { escapeMermaid } from "../../src/report/mermaid.js";
import { renderCascadeMermaid } from "../../src/report/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";

const stockton = (): Framework => deepFreeze(parseFramework(loadExample("stockton")));

describe("renderCascadeMermaid", () => {
  it("draws every objective once, in a subgraph per level, community at the top, each link an arrow", () => {
    const framework = stockton();
    const diagram = renderCascadeMermaid(framework);
    const lines = diagram.split("\n");
    expect(lines[0]).toBe("flowchart BT");
    const subgraphs = lines.filter((line) => line.startsWith("  subgraph "));
    expect(subgraphs.map((line) => /level-([a-z]+)/u.exec(line)?.[1])).toEqual([
      "community",
      "corporate",
      "service",
      "unit",
      "individual",
    ]);
    const nodes = lines.filter((line) => /^ {4}o\d+\["/u.test(line));
    expect(nodes).toHaveLength(framework.objectives.length);
    const links = framework.objectives.flatMap((objective) => objective.contributesTo ?? []);
    const arrows = lines.filter((line) => / (-->|\.->) o\d+$/u.test(line));
    expect(arrows).toHaveLength(links.length);
    // Four indirect links (seed 5.3.5.7 and the illustrative ones), dashed and naming their partners.
    expect(lines.filter((line) => line.includes(" -. "))).toHaveLength(4);
    expect(diagram).toContain('-. "indirect, with Employment Service #40;New Deal#41;" .->');
  });

  it("colours and labels each objective by its rolled-up status when given an evaluation", () => {
    const framework = stockton();
    const diagram = renderCascadeMermaid(framework, {
      evaluation: evaluateFramework(framework, { asOf: "2001-07-15" }),
    });
    // The strand leads with its own outcome target, zero homelessness (green); the red offers serving it are red.
    expect(diagram).toContain("Promote the safety and social well-being of the community<br>✔ Green");
    expect(diagram).toContain("Offer every homeless household accommodation within 21 days<br>✖ Red");
    expect(diagram).toContain("classDef red fill:#fbdcdc,stroke:#7f1010,color:#7f1010");
    expect(diagram).toMatch(/\n {2}class [o\d,]+ red\n/u);
  });

  it("draws only the root and what contributes to it, with root", () => {
    const diagram = renderCascadeMermaid(stockton(), { root: "so-homeless-offers" });
    for (const title of [
      "Offer every homeless household accommodation within 21 days",
      "Make every house available for re-let within 28 days",
      "Receptionist puts key tag on keys, tying a good knot",
    ])
      expect(diagram).toContain(title);
    expect(diagram).not.toContain("Promote the safety");
    expect(() => renderCascadeMermaid(stockton(), { root: "no-such-objective" })).toThrow(ReportError);
  });

  it("escapes Mermaid syntax, quotes and HTML in titles, so any title renders as text", () => {
    expect(escapeMermaid('a"b#c<d>e&f`g|h[i]j{k}l(m)n;o:p%q\\r')).toBe(
      "a#34;b#35;c#60;d#62;e#38;f#96;g#124;h#91;i#93;j#123;k#125;l#40;m#41;n#59;o#58;p#37;q#92;r",
    );
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const objective = framework.objectives.find((candidate) => candidate.id === "co-gcse");
    if (objective !== undefined) objective.title = '"]; click o0 call alert(1); x["<script>';
    const diagram = renderCascadeMermaid(deepFreeze(framework));
    expect(diagram).not.toContain("<script>");
    expect(diagram).not.toContain('"];');
    expect(diagram).toContain("#34;#93;#59; click o0 call alert#40;1#41;#59; x#91;#34;#60;script#62;");
  });
});

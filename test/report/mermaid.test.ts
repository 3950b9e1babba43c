import { describe, expect, it } from "vitest";
import { type Framework, ReportError, evaluateFramework, parseFramework } from "../../src/index.js";
import { escapeMermaid } from "../../src/report/mermaid.js";
import { renderCascadeMermaid } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";

const stockton = (): Framework => example("stockton");

describe("renderCascadeMermaid", () => {
  it("draws every objective once, in a subgraph per strand headed by its aim, each link an arrow", () => {
    const framework = stockton();
    const diagram = renderCascadeMermaid(framework);
    const lines = diagram.split("\n");
    expect(lines[0]).toBe("flowchart BT");
    // Five strands, one per aim of the community plan, written last first (Mermaid lays them out
    // right to left), each drawing its chains bottom to top.
    const subgraphs = lines.filter((line) => line.startsWith("  subgraph "));
    // Each captioned by its number and its aim's title, cut at a word to 30 characters, so the
    // caption (which Mermaid does not wrap) fits over its strand's boxes.
    expect(subgraphs).toEqual([
      '  subgraph s4["5 – Improve opportunity…"]',
      '  subgraph s3["4 – Further regenerate…"]',
      '  subgraph s2["3 – Improve the health…"]',
      '  subgraph s1["2 – Promote the safety…"]',
      '  subgraph s0["1 – Secure a safe and…"]',
    ]);
    expect(lines.filter((line) => line === "    direction BT")).toHaveLength(5);
    const nodes = lines.filter((line) => /^ {4}o\d+\["/u.test(line));
    expect(nodes).toHaveLength(framework.objectives.length);
    const links = framework.objectives.flatMap((objective) => objective.contributesTo ?? []);
    const arrows = lines.filter((line) => / (-->|\.->) o\d+$/u.test(line));
    expect(arrows).toHaveLength(links.length);
    // Four indirect links (seed 5.3.5.7 and the illustrative ones), dashed and naming their partners.
    expect(lines.filter((line) => line.includes(" -. "))).toHaveLength(4);
    expect(diagram).toContain('-. "indirect, with Employment Service #40;New Deal#41;" .->');
    // Each box says its plan's level first, as the level subgraphs did.
    expect(diagram).toContain('["Community plan<br>Promote the safety and social well-being of the community"]');
    expect(diagram).toContain('["Individual work plan<br>Receptionist puts key tag on keys, tying a good knot"]');
  });

  // Issue 21: a subgraph per plan level drew the housing chain (homeless offers, re-lets, voids,
  // key tags) under the environment aim, its arrow to the well-being aim running past the
  // environment aim's box, so the chain read as feeding the environment strand.
  it("keeps each strand's chain inside its strand's subgraph: no arrow joins two strands", () => {
    const framework = stockton();
    const diagram = renderCascadeMermaid(framework);
    const strandOf = new Map<string, string>();
    let strand = "";
    for (const line of diagram.split("\n")) {
      const head = /^ {2}subgraph (s\d+)\[/u.exec(line);
      if (head !== null) strand = head[1] ?? "";
      const box = /^ {4}([ox]\d+)\["/u.exec(line);
      if (box !== null) strandOf.set(box[1] ?? "", strand);
    }
    const titleOf = (node: string): string =>
      new RegExp(`^ {4}${node}\\["(?:[^<]*)<br>([^<"]*)`, "mu").exec(diagram)?.[1] ?? "";
    const arrows = [...diagram.matchAll(/^ {2}([ox]\d+) (?:-->|-\. .* \.->) (o\d+)$/gmu)];
    expect(arrows).toHaveLength(12);
    for (const [, from = "", to = ""] of arrows) expect(strandOf.get(from)).toBe(strandOf.get(to));
    // The housing chain sits in the well-being strand (its second subgraph), the aim it serves.
    const wellBeing = [...strandOf].filter(([, s]) => s === "s1").map(([node]) => titleOf(node));
    expect(wellBeing).toEqual([
      "Promote the safety and social well-being of the community",
      "Reduce the rate of youth offending by a minimum of 10#37; by March 2003",
      "Offer every homeless household accommodation within 21 days",
      "Make every house available for re-let within 28 days",
      "Turn void houses round#58; collect keys, assess condition, arrange repairs, notify lettings when ready",
      "Receptionist puts key tag on keys, tying a good knot",
    ]);
  });

  it("draws a link to another strand from a dashed box standing for its source, inside the strand it serves", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const offers = framework.objectives.find((objective) => objective.id === "so-homeless-offers");
    offers?.contributesTo?.push({ objective: "cp-health" });
    const relets = framework.objectives.find((objective) => objective.id === "uo-relet-28-days");
    relets?.contributesTo?.push({
      objective: "co-street-cleanliness",
      link: "indirect",
      partners: ["primary-care-trust"],
    });
    const diagram = renderCascadeMermaid(deepFreeze(framework));
    // Homeless offers stays in the well-being strand (its first link); the health strand (3) and
    // the environment strand (1) each hold a box standing for the objective they are also served by.
    expect(diagram).toContain(
      '  subgraph s2["3 – Improve the health…"]\n    direction BT\n    o2["Community plan<br>Improve the health of the local community"]\n' +
        '    o8["Corporate plan<br>Reduce deaths from coronary heart disease and strokes by 40#37; by 2010"]\n' +
        '    x0["Drawn in strand 2<br>Service plan<br>Offer every homeless household accommodation within 21 days"]\n  end',
    );
    expect(diagram).toContain(
      '    x1["Drawn in strand 2<br>Team plan<br>Make every house available for re-let within 28 days"]\n  end\n',
    );
    expect(diagram).toContain("  x0 --> o2\n");
    expect(diagram).toContain('  x1 -. "indirect, with Primary Care Trust" .-> o6\n');
    expect(diagram).toContain("  classDef elsewhere fill:#ffffff,stroke:#333333,stroke-dasharray:5 3,color:#1a1a1a\n");
    expect(diagram).toContain("  class x0,x1 elsewhere\n");
    // Both links are drawn, and counted, once.
    expect([...diagram.matchAll(/ (?:-->|\.->) o\d+$/gmu)]).toHaveLength(14);
  });

  it("puts an objective reaching no aim at the head of its own strand, after the aims' strands", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const gcse = framework.objectives.find((objective) => objective.id === "co-gcse");
    if (gcse !== undefined) delete (gcse as { contributesTo?: unknown }).contributesTo;
    const diagram = renderCascadeMermaid(deepFreeze(framework));
    expect(diagram).toContain(
      '  subgraph s5["6 – 50#37; of pupils…"]\n    direction BT\n    o10["Corporate plan<br>50#37; of pupils',
    );
    expect(diagram.indexOf('  subgraph s5["6 – 50#37; of pupils…"]')).toBe(diagram.indexOf("  subgraph "));
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

import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Framework, evaluateFramework, parseFramework } from "../../src/index.js";
import { renderCascadeMermaid } from "../../src/report/index.js";
import { jsonCopy, loadExample } from "../helpers/fixtures.js";
import { MERMAID_JS, axeViolations, describeInChromium, htmlDocument, screenshots, useChromium } from "./support.js";

/**
 * Issue 21: the cascade diagram reads as the cascade. Stockton's cascade is drawn by mermaid 11.9.0
 * in Chromium and every arrow Mermaid draws is read back from the SVG: where its path starts and
 * ends, which boxes those points are on, which strand's box it runs through. With a subgraph per
 * plan level, the housing chain's arrow to the well-being aim ran past the environment aim's box.
 */

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
interface Point {
  readonly x: number;
  readonly y: number;
}
interface Drawn {
  readonly nodes: { id: string; text: string; box: Box }[];
  readonly clusters: { id: string; label: string; box: Box; labelBox: Box }[];
  readonly edges: { id: string; points: Point[] }[];
}

/** Renders `diagram` with mermaid into the page and reads back its boxes, strands and arrows' paths. */
async function drawn(page: Page, diagram: string): Promise<Drawn> {
  await page.setContent(htmlDocument("Cascade", "<h1>Cascade</h1>", "out"));
  await page.addScriptTag({ path: MERMAID_JS });
  return page.evaluate(async (text) => {
    // The page's globals, typed for the calls made of them (the project has no DOM types).
    interface Rect {
      left: number;
      top: number;
      right: number;
      bottom: number;
    }
    interface Element {
      id: string;
      textContent: string | null;
      getBoundingClientRect: () => Rect;
      querySelector: (selector: string) => Element | null;
    }
    interface PathElement extends Element {
      getTotalLength: () => number;
      getPointAtLength: (length: number) => { matrixTransform: (matrix: unknown) => Point };
      getScreenCTM: () => unknown;
    }
    const page = globalThis as unknown as {
      mermaid: {
        initialize: (config: object) => void;
        render: (id: string, text: string) => Promise<{ svg: string }>;
      };
      document: {
        getElementById: (id: string) => { insertAdjacentHTML: (where: string, html: string) => void } | null;
        querySelectorAll: (selector: string) => Iterable<Element>;
      };
    };
    page.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    const { svg } = await page.mermaid.render("cascade", text);
    page.document.getElementById("out")?.insertAdjacentHTML("beforeend", svg);
    const box = (element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const nodes = [...page.document.querySelectorAll("#out g.node")].map((node) => ({
      id: node.id,
      text: node.textContent ?? "",
      box: box(node.querySelector("rect") ?? node),
    }));
    const clusters = [...page.document.querySelectorAll("#out g.cluster")].map((cluster) => ({
      id: cluster.id,
      label: cluster.querySelector(".cluster-label")?.textContent ?? "",
      box: box(cluster.querySelector("rect") ?? cluster),
      // The caption's own text, not its wrapper (which Mermaid sizes to the strand).
      labelBox: box(
        cluster.querySelector(".cluster-label span, .cluster-label p, .cluster-label text") ??
          cluster.querySelector(".cluster-label") ??
          cluster,
      ),
    }));
    const edges = [...(page.document.querySelectorAll("#out path.flowchart-link") as Iterable<PathElement>)].map(
      (path) => {
        const length = path.getTotalLength();
        const matrix = path.getScreenCTM();
        const steps = Math.max(2, Math.ceil(length / 2));
        const points = Array.from({ length: steps + 1 }, (_, i) => {
          const point = path.getPointAtLength((length * i) / steps).matrixTransform(matrix);
          return { x: point.x, y: point.y };
        });
        return { id: path.id, points };
      },
    );
    return { nodes, clusters, edges };
  }, diagram);
}

/** How far `point` lies outside `box` (0 on or inside it). */
function distance(point: Point, box: Box): number {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy);
}
const inside = (point: Point, box: Box, margin: number): boolean =>
  point.x > box.left + margin &&
  point.x < box.right - margin &&
  point.y > box.top + margin &&
  point.y < box.bottom - margin;
const within = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;

/** The objective a box draws: the one whose title its text holds (the longest, should one title hold another). */
function objectiveOf(framework: Framework, text: string): string {
  const flat = text.replace(/\s+/gu, " ");
  const matches = framework.objectives.filter((objective) => flat.includes(objective.title));
  matches.sort((a, b) => b.title.length - a.title.length);
  return matches[0]?.id ?? `(no objective in "${flat}")`;
}

/**
 * Checks every arrow of the drawn diagram: the link it stands for is in the data (read from the
 * boxes it starts and ends on, not only from its id), it stays in one strand and crosses no other
 * box. Returns the links drawn, "from -> to" by objective id, and each strand's objectives.
 */
function readArrows(framework: Framework, picture: Drawn): { links: string[]; strands: Map<string, string[]> } {
  const nodeName = (id: string): string => /flowchart-([a-z]\d+)-\d+$/u.exec(id)?.[1] ?? id;
  const byName = new Map(picture.nodes.map((node) => [nodeName(node.id), node]));
  // Each box in exactly one strand's box.
  const strandOf = new Map<string, string>();
  for (const node of picture.nodes) {
    const holding = picture.clusters.filter((cluster) => within(node.box, cluster.box));
    expect(
      holding.map((cluster) => cluster.label),
      `the strands holding ${node.text}`,
    ).toHaveLength(1);
    strandOf.set(nodeName(node.id), holding[0]?.label ?? "");
  }
  const links: string[] = [];
  for (const edge of picture.edges) {
    const [, from = "", to = ""] = /L_([a-z]\d+)_([a-z]\d+)_\d+$/u.exec(edge.id) ?? [];
    const source = byName.get(from);
    const target = byName.get(to);
    expect(source !== undefined && target !== undefined, `${edge.id} names two boxes`).toBe(true);
    if (source === undefined || target === undefined) continue;
    const start = edge.points[0] ?? { x: NaN, y: NaN };
    const end = edge.points.at(-1) ?? { x: NaN, y: NaN };
    // It starts on the contributor's box and ends on the box of the one it serves (its line stops
    // a few pixels short, where the arrowhead drawn on its end begins; boxes stand 40 apart).
    expect(distance(start, source.box), `${edge.id} starts on ${source.text}`).toBeLessThanOrEqual(2);
    expect(distance(end, target.box), `${edge.id} ends on ${target.text}`).toBeLessThanOrEqual(6);
    // The boxes its two ends are nearest to are the ones it names.
    const nearest = (point: Point) =>
      [...picture.nodes].sort((a, b) => distance(point, a.box) - distance(point, b.box))[0]?.id;
    expect([nearest(start), nearest(end)]).toEqual([source.id, target.id]);
    // It joins two boxes of one strand, never leaves that strand's box, and crosses no other box.
    expect(strandOf.get(from), `${edge.id}'s two ends' strands`).toBe(strandOf.get(to));
    const strand = picture.clusters.find((cluster) => cluster.label === strandOf.get(from));
    for (const point of edge.points) {
      expect(strand !== undefined && distance(point, strand.box) <= 1, `${edge.id} stays in its strand`).toBe(true);
      for (const node of picture.nodes)
        if (node !== source && node !== target)
          expect(inside(point, node.box, 1), `${edge.id} crosses ${node.text}`).toBe(false);
    }
    links.push(`${objectiveOf(framework, source.text)} -> ${objectiveOf(framework, target.text)}`);
  }
  const strands = new Map<string, string[]>();
  for (const node of picture.nodes) {
    const label = strandOf.get(nodeName(node.id)) ?? "";
    strands.set(label, [...(strands.get(label) ?? []), objectiveOf(framework, node.text)].sort());
  }
  return { links: links.sort(), strands };
}

/** Every link of the data, "from -> to", sorted. */
const linksOf = (framework: Framework): string[] =>
  framework.objectives
    .flatMap((objective) => (objective.contributesTo ?? []).map((link) => `${objective.id} -> ${link.objective}`))
    .sort();

/** Stockton's five strands, as the seed gives them: each aim of the community plan and what serves it. */
const STOCKTON_STRANDS = new Map([
  ["1 – Secure a safe and…", ["co-co2", "co-street-cleanliness", "cp-environment", "so-zone-cleanliness"]],
  [
    "2 – Promote the safety…",
    [
      "co-youth-offending",
      "cp-wellbeing",
      "io-key-tags",
      "io-void-turnaround",
      "so-homeless-offers",
      "uo-relet-28-days",
    ],
  ],
  ["3 – Improve the health…", ["co-heart-disease", "cp-health"]],
  ["4 – Further regenerate…", ["co-unemployment", "cp-regeneration", "so-new-deal"]],
  ["5 – Improve opportunity…", ["co-gcse", "cp-education"]],
]);

describeInChromium("the cascade diagram in headless Chromium (issue 21)", () => {
  const chromium = useChromium();
  const stockton = parseFramework(loadExample("stockton"));

  it("draws each of Stockton's strands apart: every arrow joins the two objectives its link joins, inside one strand", async () => {
    const page = await chromium.page({ width: 1600, height: 900 });
    const diagram = renderCascadeMermaid(stockton, { evaluation: evaluateFramework(stockton, { asOf: "2001-07-15" }) });
    const picture = await drawn(page, diagram);
    expect(picture.nodes).toHaveLength(stockton.objectives.length);
    expect(picture.edges).toHaveLength(12);
    const { links, strands } = readArrows(stockton, picture);
    expect(links).toEqual(linksOf(stockton));
    expect(strands).toEqual(STOCKTON_STRANDS);
    // The strands left to right in order, their aims at the top of each.
    const lefts = [...picture.clusters].sort((a, b) => a.box.left - b.box.left).map((cluster) => cluster.label);
    expect(lefts).toEqual([...STOCKTON_STRANDS.keys()]);
    for (const cluster of picture.clusters) {
      // Each strand captioned by its aim's title, cut to fit: the caption inside its strand's box.
      expect(within(cluster.labelBox, cluster.box), `"${cluster.label}" fits its strand`).toBe(true);
      expect(cluster.labelBox.right - cluster.labelBox.left).toBeGreaterThan(0);
      // On one line, above every box of its strand (a second line ran into the aim's box).
      const highest = Math.min(
        ...picture.nodes.filter((node) => within(node.box, cluster.box)).map((node) => node.box.top),
      );
      expect(cluster.labelBox.bottom, `"${cluster.label}" clears its strand's boxes`).toBeLessThanOrEqual(highest);
      const boxes = picture.nodes.filter((node) => within(node.box, cluster.box));
      const top = [...boxes].sort((a, b) => a.box.top - b.box.top)[0];
      expect(objectiveOf(stockton, top?.text ?? "")).toMatch(/^cp-/u);
    }
    expect(await axeViolations(page)).toEqual([]);
    // docs/images/cascade-2001-07-15.png is this screenshot.
    await page.screenshot({ path: `${screenshots}cascade-strands.png`, fullPage: true });
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  it("draws a link to another strand inside the strand it serves, from a box standing for its source", async () => {
    const page = await chromium.page({ width: 1600, height: 900 });
    const raw = jsonCopy(stockton);
    raw.objectives
      .find((objective) => objective.id === "so-homeless-offers")
      ?.contributesTo?.push({ objective: "cp-health" });
    raw.objectives
      .find((objective) => objective.id === "uo-relet-28-days")
      ?.contributesTo?.push({ objective: "co-street-cleanliness", link: "indirect", partners: ["primary-care-trust"] });
    const framework = parseFramework(raw);
    const picture = await drawn(page, renderCascadeMermaid(framework));
    // Two more boxes, dashed, each in the strand it serves; every link drawn once.
    expect(picture.nodes).toHaveLength(framework.objectives.length + 2);
    const { links, strands } = readArrows(framework, picture);
    expect(links).toEqual(linksOf(framework));
    const [first = "", , third = ""] = [...STOCKTON_STRANDS.keys()];
    expect(strands.get(first)).toEqual([...(STOCKTON_STRANDS.get(first) ?? []), "uo-relet-28-days"].sort());
    expect(strands.get(third)).toEqual(["co-heart-disease", "cp-health", "so-homeless-offers"]);
    const stubs = picture.nodes.filter((node) => node.text.startsWith("Drawn in strand 2"));
    expect(stubs).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}cascade-shared.png`, fullPage: true });
    expect(chromium.requests).toEqual([]);
    await page.close();
  });
});

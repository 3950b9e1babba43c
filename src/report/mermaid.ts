import { checkKnownOptions, checkOptionsObject, shown } from "../internal/options.js";
import { checkEvaluation } from "./check.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex, Id, PlanLevel } from "../model/index.js";
import { PLAN_LEVELS, planLevelRank } from "../model/levels.js";
import type { FrameworkEvaluation, Status } from "../trajectory/index.js";
import { ReportError, reportError } from "./errors.js";
import { STATUS_COLOURS, xmlSafe } from "./htmlText.js";
import { STATUS_TEXT } from "./words.js";

/**
 * Options for {@link renderCascadeMermaid}.
 *
 * @category Report
 */
export interface CascadeMermaidOptions {
  /** Draw only this objective and everything that contributes to it, at any depth. */
  readonly root?: Id | undefined;
  /** An evaluation from `evaluateFramework`: each objective is coloured, and labelled, by its rolled-up status. */
  readonly evaluation?: Pick<FrameworkEvaluation, "objectives"> | undefined;
}

/** Each plan level's name, written as the first line of its objectives' boxes. */
const LEVEL_TITLE: Readonly<Record<PlanLevel, string>> = {
  community: "Community plan",
  corporate: "Corporate plan",
  service: "Service plan",
  unit: "Team plan",
  individual: "Individual work plan",
};
/** The first line of the box of an objective whose plan has no level. */
const NO_LEVEL_TITLE = "No plan";
/**
 * The most characters of a strand's caption: about what a box's width holds (Mermaid 11 wraps a
 * subgraph's caption at about 25 characters, and a second line runs into the strand's top box).
 */
const STRAND_CAPTION_CHARACTERS = 24;
/**
 * A strand's caption (not "1. …", which Mermaid reads as a Markdown list): its number and the title of the aim heading it, cut at a word to
 * {@link STRAND_CAPTION_CHARACTERS} with "…" ("2 – Promote the safety…"); the number is what
 * a box standing for an objective of another strand names ("Drawn in strand 2").
 */
function strandTitle(k: number, title: string): string {
  const whole = `${String(k + 1)} – ${title.replace(/\s+/gu, " ").trim()}`;
  if (whole.length <= STRAND_CAPTION_CHARACTERS) return whole;
  const cut = whole.slice(0, STRAND_CAPTION_CHARACTERS - 1);
  const space = cut.lastIndexOf(" ");
  // At the last whole word (the cut's own last word when a space follows it), unless that leaves only the number.
  const kept = whole.charAt(cut.length) === " " || space <= String(k + 1).length + 2 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,;:.]+$/u, "")}…`;
}
/**
 * The first line of a box standing, inside a strand it also serves, for an objective drawn in
 * another strand (its first link's), so no arrow leaves its strand.
 */
const drawnIn = (k: number): string => `Drawn in strand ${String(k + 1)}`;
/** Such a box's style: white, with a dashed border, so it never reads as one of the strand's own objectives. */
const ELSEWHERE_STYLE = "fill:#ffffff,stroke:#333333,stroke-dasharray:5 3,color:#1a1a1a";

/**
 * Text safe in a quoted Mermaid label or edge label: every character Mermaid or the HTML it
 * renders to could read as syntax (`"`, `#`, `<`, `>`, `&`, `` ` ``, `|`, brackets, braces,
 * semicolons) written as Mermaid's `#code;` entity, line breaks as spaces, and each character XML
 * 1.0 forbids replaced by U+FFFD, as in the SVG Mermaid draws.
 * @internal
 */
export function escapeMermaid(text: string): string {
  return xmlSafe(text)
    .replace(/\r\n|\r|\n/gu, " ")
    .replace(/["#<>&`|[\]{}();:%\\]/gu, (character) => `#${String(character.codePointAt(0))};`);
}

/**
 * The cascade as a Mermaid flowchart, drawn bottom to top: one subgraph per strand, captioned by
 * its number and its aim's title, cut at a word to 24 characters ("1 – Secure a safe and…"; each
 * headed by its aim of the community plan, in the framework's order, left to right), holding
 * that aim and every objective whose chain of first links reaches it, so no strand's chain runs
 * into another's. Each objective a box saying its plan's level ("Service plan") and its title (ids
 * are generated, `o0`, `o1`…, so any id renders), each contribution an arrow up to the objective
 * it serves, an indirect link dashed and labelled with its partners. An objective that also serves
 * another strand is drawn there again as a dashed white box ("Drawn in strand 2"), its arrow inside
 * the strand it serves: no arrow leaves its strand. An objective whose chain reaches no aim heads a
 * strand of its own, after the aims'. With an evaluation, each objective is tinted by its
 * rolled-up status (the report's 7:1 colours) and says the status in words, so colour is never the
 * only signal. With `root`, only that objective and what contributes to it are drawn, `root`
 * heading the first strand. Every title is escaped: Mermaid syntax, quotes or HTML in the data
 * render as text.
 *
 * Mermaid draws at most 500 links and 50,000 characters, and a diagram's own configuration cannot
 * raise either (`maxEdges` and `maxTextSize` are Mermaid's secure settings). Past them the diagram
 * is summarised: the top of the cascade, level by level, as far as both limits allow, and a note
 * (node `more`) saying how many objectives and links are not drawn; draw the rest with `root`.
 *
 * @category Report
 * @param source - a parsed framework or its index
 * @param options - `root`, and an `evaluation` to colour by
 * @returns the Mermaid source
 * @throws {@link ReportError} when `source` is neither a framework nor an index, the options are not an
 * object, `root` is not a string or names no objective, or `evaluation` has no list of roll-ups
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { renderCascadeMermaid } from "performance-management/report";
 * import { evaluateFramework } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const diagram = renderCascadeMermaid(stockton, { root: "co-unemployment", evaluation: evaluateFramework(stockton, { asOf: "2001-07-15" }) });
 * const lines = diagram.split("\n");
 * lines.slice(0, 3) //=> ["flowchart BT", "  subgraph s0[\"1 – Maintain the…\"]", "    direction BT"]
 * // New Deal's indirect link is dashed and names its partner; "%" and brackets are escaped.
 * lines[4] //=> '    o1["Service plan<br>Increase the job success of New Deal by 7#37; on average over 3 years<br>▲ Amber"]'
 * lines[6] //=> '  o1 -. "indirect, with Employment Service #40;New Deal#41;" .-> o0'
 * // Unemployment (6.3%, green) leads its objective; New Deal, delivered with a partner, does not drag it.
 * lines.slice(7, 11) //=> ["  classDef green fill:#dcf1e2,stroke:#14532d,color:#14532d", "  class o0 green", "  classDef amber fill:#fdefc8,stroke:#5c3d00,color:#5c3d00", "  class o1 amber"]
 * // The whole cascade: five strands, one per aim, the housing chain in the well-being strand.
 * const whole = renderCascadeMermaid(stockton);
 * whole.match(/subgraph s\d+/gu)?.length //=> 5
 */
export function renderCascadeMermaid(source: Framework | FrameworkIndex, options: CascadeMermaidOptions = {}): string {
  checkOptionsObject(options, "options", reportError);
  checkKnownOptions(options, ["root", "evaluation"], "options", reportError);
  const index = checkedFrameworkIndex(source, reportError);
  if (options.evaluation !== undefined) checkEvaluation(options.evaluation, "options.evaluation");
  if (options.root !== undefined && typeof options.root !== "string")
    throw new ReportError(`options.root must be an objective's id, a string; got ${shown(options.root)}`);
  if (options.root !== undefined && !index.objectives.has(options.root))
    throw new ReportError(`options.root "${options.root}" names no objective`);

  // The objectives drawn: all, or the root and everything beneath it (a breadth-first walk, no recursion).
  let drawn: Id[];
  if (options.root === undefined) drawn = [...index.objectives.keys()];
  else {
    const seen = new Set<Id>([options.root]);
    for (const id of seen) for (const edge of index.contributors.get(id) ?? []) seen.add(edge.from);
    drawn = [...seen];
  }
  const node = new Map(drawn.map((id, i) => [id, `o${String(i)}`]));
  const position = new Map(drawn.map((id, i) => [id, i]));
  const statuses = new Map<Id, Status>(
    (options.evaluation?.objectives ?? []).map((rollUp) => [rollUp.objective, rollUp.status]),
  );
  const rank = (id: Id): number => {
    const level = index.levelOf("objective", id);
    return level === undefined ? PLAN_LEVELS.length : planLevelRank(level);
  };
  const strands = strandsOf(index, drawn, position, rank, options.root);
  /** The title of the objective heading a strand (by its place in `drawn`): its aim's, the strand's caption. */
  const headTitle = (top: number): string => {
    const id = drawn[top] ?? "";
    return index.objectives.get(id)?.title ?? id;
  };
  const label = (id: Id): string => {
    const level = index.levelOf("objective", id);
    const title = escapeMermaid(index.objectives.get(id)?.title ?? id);
    const head = `${escapeMermaid(level === undefined ? NO_LEVEL_TITLE : LEVEL_TITLE[level])}<br>${title}`;
    const status = statuses.get(id);
    return status === undefined ? head : `${head}<br>${escapeMermaid(STATUS_TEXT[status])}`;
  };
  /**
   * An objective's arrows up to the drawn objectives it contributes to, each with its words (an
   * indirect link's partners); an arrow to an objective of another strand is marked `cross`.
   */
  const arrows = (id: Id, shown: (to: Id) => boolean): Arrow[] => {
    const out: Arrow[] = [];
    for (const link of index.objectives.get(id)?.contributesTo ?? []) {
      if (!node.has(link.objective) || !shown(link.objective)) continue;
      let text: string | undefined;
      if (link.link === "indirect") {
        const partners = (link.partners ?? []).map((partner) => index.owners.get(partner)?.name ?? partner);
        text = escapeMermaid(partners.length === 0 ? "indirect" : `indirect, with ${partners.join(", ")}`);
      }
      const cross = strands.strandOf(id) !== strands.strandOf(link.objective);
      out.push({ from: id, to: link.objective, text, cross });
    }
    return out;
  };
  /** An arrow's line, `from` and `to` its nodes' ids: dashed and labelled when it has words. */
  const arrowLength = (arrow: Arrow): number =>
    arrowLine(node.get(arrow.from) ?? "", node.get(arrow.to) ?? "", arrow.text).length + 1;

  // The links drawn, counted before any text is written: past Mermaid's limit, the whole
  // diagram's text is never built.
  let links = 0;
  for (const id of drawn)
    for (const link of index.objectives.get(id)?.contributesTo ?? []) if (node.has(link.objective)) links += 1;
  if (links <= MERMAID_MAX_EDGES) {
    const whole = diagramOf(
      strands,
      headTitle,
      () => true,
      node,
      statuses,
      label,
      (id) => arrows(id, () => true),
    );
    if (whole.text.length <= MERMAID_MAX_TEXT) return whole.text;
  }

  // Too large for Mermaid: the top of the cascade, level by level, as far as the limits allow.
  const order = drawn.map((id, i) => ({ id, i, rank: rank(id) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const kept = new Set<Id>();
  const strandsKept = new Set<number>();
  let edges = 0;
  let size = RESERVED_TEXT;
  for (const { id } of order) {
    // Its node, its arrows to and from the objectives kept so far (a link between strands with the
    // box standing for its source, and that box's place in a class line), its place in a class
    // line, and its strand's subgraph.
    const up = arrows(id, (to) => kept.has(to) || to === id);
    const down = (index.contributors.get(id) ?? []).filter((edge) => kept.has(edge.from));
    const downLines = down.flatMap((edge) => arrows(edge.from, (to) => to === id));
    const strand = strands.strandOf(id);
    const cost =
      `    ${node.get(id) ?? ""}["${label(id)}"]\n`.length +
      [...up, ...downLines].reduce(
        (sum, arrow) => sum + arrowLength(arrow) + (arrow.cross ? label(arrow.from).length + STUB_EXTRA : 0),
        0,
      ) +
      (statuses.has(id) ? `,${node.get(id) ?? ""}`.length : 0) +
      (strandsKept.has(strand) ? 0 : strandHead(strandsKept.size, headTitle(strand)).length + 20);
    if (edges + up.length + downLines.length > MERMAID_MAX_EDGES || size + cost > MERMAID_MAX_TEXT) break;
    kept.add(id);
    strandsKept.add(strand);
    edges += up.length + downLines.length;
    size += cost;
  }
  const part = diagramOf(
    strands,
    headTitle,
    (id) => kept.has(id),
    node,
    statuses,
    label,
    (id) => arrows(id, (to) => kept.has(to)),
  );
  const objectivesLeft = drawn.length - kept.size;
  const linksLeft = links - part.edges;
  const note = escapeMermaid(
    `${String(objectivesLeft)} more objective${objectivesLeft === 1 ? "" : "s"} and ${String(linksLeft)} more link${linksLeft === 1 ? "" : "s"} not drawn: a Mermaid diagram holds at most ${String(MERMAID_MAX_EDGES)} links and ${MERMAID_MAX_TEXT.toLocaleString("en-GB")} characters. Draw a part of the cascade with the root option.`,
  );
  return `${part.text}  more["${note}"]\n`;
}

/** A link drawn: the objectives it joins, its words (escaped) if any, and whether it joins two strands. */
interface Arrow {
  readonly from: Id;
  readonly to: Id;
  readonly text: string | undefined;
  readonly cross: boolean;
}

/** An arrow's line of Mermaid between the nodes `from` and `to`: dashed and labelled when it has words. */
function arrowLine(from: string, to: string, text: string | undefined): string {
  return text === undefined ? `  ${from} --> ${to}` : `  ${from} -. "${text}" .-> ${to}`;
}

/**
 * The most characters a box standing for an objective of another strand adds to that objective's
 * label: its id, quotes and indent, its first line ("Drawn in strand 123456"), and its place in the
 * class line.
 */
const STUB_EXTRA = 60;

/**
 * The strands of the objectives drawn: each objective's strand is the objective its chain of first
 * links reaches at the top (its first link to a drawn objective, then that one's, and so on), so
 * an objective that serves two aims sits in the strand of the first, and its other link joins two
 * strands. `root`, when given, heads its own strand. The strands in order (aims first, then
 * objectives heading a chain that reaches no aim, each level in the framework's order), and each
 * strand's objectives from the top down, breadth first. Linear in the objectives and links drawn:
 * each objective's chain is walked once, stopping at the first objective already placed (a loop of
 * first links is cut where it closes). No recursion.
 */
function strandsOf(
  index: FrameworkIndex,
  drawn: readonly Id[],
  position: ReadonlyMap<Id, number>,
  rank: (id: Id) => number,
  root: Id | undefined,
): Strands {
  const count = drawn.length;
  // By each objective's place in `drawn`: the place of its strand's head (-1 until known), and
  // the walk it was last on (a first link back onto the walk closes a loop, and the walk stops).
  const head = new Int32Array(count).fill(-1);
  const walk = new Int32Array(count).fill(-1);
  const up = (i: number): number => {
    const id = drawn[i] ?? "";
    if (id === root) return -1;
    for (const link of index.objectives.get(id)?.contributesTo ?? []) {
      const j = position.get(link.objective);
      if (j !== undefined && j !== i) return j;
    }
    return -1;
  };
  const path: number[] = [];
  for (let start = 0; start < count; start += 1) {
    path.length = 0;
    let current = start;
    let top: number;
    for (;;) {
      const known = head[current] ?? -1;
      if (known !== -1) {
        top = known;
        break;
      }
      path.push(current);
      walk[current] = start;
      const next = up(current);
      if (next === -1 || walk[next] === start) {
        top = current;
        break;
      }
      current = next;
    }
    for (const i of path) head[i] = top;
  }
  // The strands' heads in the order drawn, then (a stable sort) by level, highest first; each
  // strand's objectives breadth first down from its head, keeping siblings' chains together.
  const tops: { i: number; rank: number }[] = [];
  for (let i = 0; i < count; i += 1) if (head[i] === i) tops.push({ i, rank: rank(drawn[i] ?? "") });
  tops.sort((a, b) => a.rank - b.rank);
  const placed = new Uint8Array(count);
  const strands = tops.map(({ i: top }) => {
    placed[top] = 1;
    const members: Id[] = [drawn[top] ?? ""];
    // A for-of over an array visits what is pushed onto it while it runs: a queue.
    for (const member of members)
      for (const edge of index.contributors.get(member) ?? []) {
        const j = position.get(edge.from);
        if (j === undefined || head[j] !== top || placed[j] === 1) continue;
        placed[j] = 1;
        members.push(edge.from);
      }
    return { top, members };
  });
  const byTop = new Map(strands.map((strand) => [strand.top, strand.members]));
  for (let i = 0; i < count; i += 1) if (placed[i] === 0) byTop.get(head[i] ?? -1)?.push(drawn[i] ?? "");
  return {
    strandOf: (id) => {
      const i = position.get(id);
      return i === undefined ? -1 : (head[i] ?? -1);
    },
    strands,
  };
}

/**
 * The strands of the objectives drawn: each objective's strand, by the place in `drawn` of the
 * objective heading it, and the strands in order, each with its objectives from the top down.
 */
interface Strands {
  readonly strandOf: (id: Id) => number;
  readonly strands: readonly { readonly top: number; readonly members: readonly Id[] }[];
}

/**
 * A strand's subgraph lines: its id `s` and its number, and the direction of its chains, bottom to
 * top, which Mermaid otherwise draws top to bottom in a subgraph no link leaves.
 */
function strandHead(k: number, title: string): string {
  return `  subgraph s${String(k)}["${escapeMermaid(strandTitle(k, title))}"]\n    direction BT`;
}

/**
 * Mermaid's own limits, which a diagram's configuration cannot raise (`maxEdges` and `maxTextSize`
 * are among Mermaid's `secure` keys, which it ignores in a diagram's front matter or directives):
 * at most 500 links and 50,000 characters of text.
 */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT = 50_000;
/** Characters kept back for the header, the level subgraphs, the class lines' heads and the note. */
const RESERVED_TEXT = 3_000;

/**
 * A flowchart of the objectives drawn, a subgraph per strand holding its objectives from the top
 * down, then each one's arrows; its text and its arrows' count. A link from an objective to one of
 * another strand is drawn inside the strand it serves, from a box standing for its source ("Drawn
 * in strand 2", its level, title and status, a dashed white box): no arrow leaves its strand.
 */
function diagramOf(
  strands: Strands,
  headTitle: (top: number) => string,
  kept: (id: Id) => boolean,
  node: ReadonlyMap<Id, string>,
  statuses: ReadonlyMap<Id, Status>,
  label: (id: Id) => string,
  arrows: (id: Id) => Arrow[],
): { text: string; edges: number } {
  const blocks = new Map<number, string[]>();
  const drawn: Id[] = [];
  for (const strand of strands.strands) {
    const members = strand.members.filter(kept);
    if (members.length === 0) continue;
    blocks.set(strand.top, [
      strandHead(blocks.size, headTitle(strand.top)),
      ...members.map((id) => `    ${node.get(id) ?? ""}["${label(id)}"]`),
    ]);
    for (const id of members) drawn.push(id);
  }
  const number = new Map([...blocks.keys()].map((top, k) => [top, k]));
  const links: string[] = [];
  const stubs: string[] = [];
  for (const id of drawn)
    for (const arrow of arrows(id)) {
      const to = node.get(arrow.to) ?? "";
      if (!arrow.cross) {
        links.push(arrowLine(node.get(id) ?? "", to, arrow.text));
        continue;
      }
      // The source drawn again, as a box inside the strand served, saying where it is drawn.
      const stub = `x${String(stubs.length)}`;
      const home = number.get(strands.strandOf(id)) ?? 0;
      stubs.push(stub);
      blocks.get(strands.strandOf(arrow.to))?.push(`    ${stub}["${escapeMermaid(drawnIn(home))}<br>${label(id)}"]`);
      links.push(arrowLine(stub, to, arrow.text));
    }
  // Mermaid places side-by-side subgraphs right to left in the order they are written: the last
  // strand is written first, so the strands read left to right in order, the first on the left.
  const lines = ["flowchart BT", ...[...blocks.values()].reverse().flatMap((block) => [...block, "  end"]), ...links];
  // One class per status present, its members listed once.
  const byStatus = new Map<Status, string[]>();
  for (const id of drawn) {
    const status = statuses.get(id);
    if (status === undefined) continue;
    const list = byStatus.get(status);
    if (list === undefined) byStatus.set(status, [node.get(id) ?? ""]);
    else list.push(node.get(id) ?? "");
  }
  for (const [status, members] of byStatus) {
    const colours = STATUS_COLOURS[status];
    lines.push(`  classDef ${status} fill:${colours.background},stroke:${colours.text},color:${colours.text}`);
    lines.push(`  class ${members.join(",")} ${status}`);
  }
  if (stubs.length > 0) lines.push(`  classDef elsewhere ${ELSEWHERE_STYLE}`, `  class ${stubs.join(",")} elsewhere`);
  return { text: `${lines.join("\n")}\n`, edges: links.length };
}

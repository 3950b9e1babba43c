import { checkKnownOptions, checkOptionsObject, shown } from "../internal/options.js";
import { checkEvaluation } from "./check.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex, Id, PlanLevel } from "../model/index.js";
import { PlanLevel as PlanLevels } from "../model/index.js";
import type { FrameworkEvaluation, Status } from "../trajectory/index.js";
import { ReportError, reportError } from "./errors.js";
import { STATUS_COLOURS, xmlSafe } from "./html.js";
import { STATUS_TEXT } from "./words.js";

/**
 * Options for {@link renderCascadeMermaid}.
 *
 * @category Report
 */
export interface CascadeMermaidOptions {
  /** Draw only this objective and everything that contributes to it, at any depth. */
  readonly root?: Id;
  /** An evaluation from `evaluateFramework`: each objective is coloured, and labelled, by its rolled-up status. */
  readonly evaluation?: Pick<FrameworkEvaluation, "objectives">;
}

/** Level subgraphs' titles, highest first. */
const LEVEL_TITLE: Readonly<Record<PlanLevel, string>> = {
  community: "Community plan",
  corporate: "Corporate plan",
  service: "Service plans",
  unit: "Team plans",
  individual: "Individual work plans",
};

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
 * The cascade as a Mermaid flowchart: one subgraph per plan level, the community plan at the
 * top; each objective a node (ids are generated, `o0`, `o1`…, so any id renders), each
 * contribution an arrow up to the objective it serves, an indirect link dashed and labelled with
 * its partners. With an evaluation, each node is tinted by its rolled-up status (the report's
 * 7:1 colours) and says the status in words, so colour is never the only signal. With `root`,
 * only that objective and what contributes to it are drawn. Every title is escaped: Mermaid
 * syntax, quotes or HTML in the data render as text.
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
 * [lines[0], lines[1], lines[4]] //=> ["flowchart BT", '  subgraph level-corporate["Corporate plan"]', '  subgraph level-service["Service plans"]']
 * // New Deal's indirect link is dashed and names its partner; "%" and brackets are escaped.
 * lines[5] //=> '    o1["Increase the job success of New Deal by 7#37; on average over 3 years<br>▲ Amber"]'
 * lines[7] //=> '  o1 -. "indirect, with Employment Service #40;New Deal#41;" .-> o0'
 * // Unemployment (6.3%, green) leads its objective; New Deal, delivered with a partner, does not drag it.
 * lines.slice(8, 12) //=> ["  classDef green fill:#dcf1e2,stroke:#14532d,color:#14532d", "  class o0 green", "  classDef amber fill:#fdefc8,stroke:#5c3d00,color:#5c3d00", "  class o1 amber"]
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
  const statuses = new Map<Id, Status>(
    (options.evaluation?.objectives ?? []).map((rollUp) => [rollUp.objective, rollUp.status]),
  );
  const label = (id: Id): string => {
    const title = escapeMermaid(index.objectives.get(id)?.title ?? id);
    const status = statuses.get(id);
    return status === undefined ? title : `${title}<br>${escapeMermaid(STATUS_TEXT[status])}`;
  };
  /** An objective's arrows up to the drawn objectives it contributes to, one line each. */
  const arrows = (id: Id, shown: (to: Id) => boolean): string[] => {
    const out: string[] = [];
    for (const link of index.objectives.get(id)?.contributesTo ?? []) {
      const to = node.get(link.objective);
      if (to === undefined || !shown(link.objective)) continue;
      const from = node.get(id) ?? "";
      if (link.link === "indirect") {
        const partners = (link.partners ?? []).map((partner) => index.owners.get(partner)?.name ?? partner);
        const text = partners.length === 0 ? "indirect" : `indirect, with ${partners.join(", ")}`;
        out.push(`  ${from} -. "${escapeMermaid(text)}" .-> ${to}`);
      } else out.push(`  ${from} --> ${to}`);
    }
    return out;
  };

  const whole = diagramOf(index, drawn, node, statuses, label, (id) => arrows(id, () => true));
  if (whole.edges <= MERMAID_MAX_EDGES && whole.text.length <= MERMAID_MAX_TEXT) return whole.text;

  // Too large for Mermaid: the top of the cascade, level by level, as far as the limits allow.
  const rank = (id: Id): number => {
    const level = index.levelOf("objective", id);
    return level === undefined ? PlanLevels.options.length : PlanLevels.options.indexOf(level);
  };
  const order = drawn.map((id, i) => ({ id, i, rank: rank(id) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const kept = new Set<Id>();
  let edges = 0;
  let size = RESERVED_TEXT;
  for (const { id } of order) {
    // Its node, its arrows to and from the objectives kept so far, and its place in a class line.
    const up = arrows(id, (to) => kept.has(to) || to === id);
    const down = (index.contributors.get(id) ?? []).filter((edge) => kept.has(edge.from));
    const downLines = down.flatMap((edge) => arrows(edge.from, (to) => to === id));
    const cost =
      `    ${node.get(id) ?? ""}["${label(id)}"]\n`.length +
      [...up, ...downLines].reduce((sum, line) => sum + line.length + 1, 0) +
      (statuses.has(id) ? `,${node.get(id) ?? ""}`.length : 0);
    if (edges + up.length + downLines.length > MERMAID_MAX_EDGES || size + cost > MERMAID_MAX_TEXT) break;
    kept.add(id);
    edges += up.length + downLines.length;
    size += cost;
  }
  const keptInOrder = drawn.filter((id) => kept.has(id));
  const part = diagramOf(index, keptInOrder, node, statuses, label, (id) => arrows(id, (to) => kept.has(to)));
  const objectivesLeft = drawn.length - keptInOrder.length;
  const linksLeft = whole.edges - part.edges;
  const note = escapeMermaid(
    `${String(objectivesLeft)} more objective${objectivesLeft === 1 ? "" : "s"} and ${String(linksLeft)} more link${linksLeft === 1 ? "" : "s"} not drawn: a Mermaid diagram holds at most ${String(MERMAID_MAX_EDGES)} links and ${MERMAID_MAX_TEXT.toLocaleString("en-GB")} characters. Draw a part of the cascade with the root option.`,
  );
  return `${part.text}  more["${note}"]\n`;
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

/** A flowchart of the objectives `drawn`, in their order, with each one's arrows; its text and its arrows' count. */
function diagramOf(
  index: FrameworkIndex,
  drawn: readonly Id[],
  node: ReadonlyMap<Id, string>,
  statuses: ReadonlyMap<Id, Status>,
  label: (id: Id) => string,
  arrows: (id: Id) => string[],
): { text: string; edges: number } {
  const lines = ["flowchart BT"];
  const levels = new Map<PlanLevel | undefined, Id[]>();
  for (const id of drawn) {
    const level = index.levelOf("objective", id);
    const list = levels.get(level);
    if (list === undefined) levels.set(level, [id]);
    else list.push(id);
  }
  for (const level of [...PlanLevels.options, undefined]) {
    const ids = levels.get(level);
    if (ids === undefined) continue;
    const name = level ?? "unknown";
    lines.push(`  subgraph level-${name}["${level === undefined ? "No plan" : LEVEL_TITLE[level]}"]`);
    for (const id of ids) lines.push(`    ${node.get(id) ?? ""}["${label(id)}"]`);
    lines.push("  end");
  }
  let edges = 0;
  for (const id of drawn) {
    const own = arrows(id);
    edges += own.length;
    lines.push(...own);
  }
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
  return { text: `${lines.join("\n")}\n`, edges };
}

import { type Chain, type ContributionTree, type OwnerRef, type Trace, narrate, traceDown, traceUp } from "../index.js";
import { type Command, choiceOption, countOption, stringOption } from "./command.js";
import { loadFramework } from "./input.js";
import { type Painter, forPeople, printable, usageError, writeLines } from "./io.js";
import { writeResult } from "./results.js";
import { named } from "./people.js";

function ownerText(owner: OwnerRef | null): string {
  return owner === null ? "no owner" : `owner ${owner.name ?? owner.id} (${owner.id})`;
}

function chainLines(paint: Painter, chain: Chain, index: number, sentence: string): string[] {
  const how = [
    chain.direct ? "direct" : "indirect",
    chain.reachesApex ? "reaches the top" : `stops: ${chain.stop ?? "short"}`,
  ];
  const lines = [paint("bold", `Chain ${index + 1} (${how.join(", ")})`), `  ${sentence}`];
  for (const [i, step] of chain.steps.entries()) {
    const where = [step.level, step.plan].filter((part) => part !== null).join(" plan ");
    const via =
      step.link === null
        ? ""
        : `, ${step.link} link${step.partners.length > 0 ? ` with ${step.partners.join(", ")}` : ""}`;
    lines.push(
      `  ${i + 1}. ${step.subject.kind} ${named(step.subject.title, step.subject.id)}${where === "" ? "" : ` [${where}]`}: ${ownerText(step.owner)}${via}`,
    );
  }
  return lines;
}

/**
 * @internal The chains up from a subject, each narrated and then step by step with owners. The
 * sentences are the library's, narrated from the chains as traceUp returned them; the rest is built
 * from a copy with its strings escaped.
 */
function traceUpLines(paint: Painter, original: Trace, style: "so-that" | "in-order-to"): string[] {
  const sentences = original.chains.map((chain) => printable(narrate(chain, { style })));
  const trace = forPeople(original);
  const listed = trace.truncated ? `, the first ${trace.chains.length} listed` : "";
  const lines = [
    `${trace.start.kind} ${named(trace.start.title, trace.start.id)}: ${trace.totalExact ? "" : "at least "}${trace.total} chain${trace.total === "1" ? "" : "s"}${listed}${trace.totalExact ? "" : " (a contribution loop makes more than can be counted)"}`,
  ];
  for (const [i, chain] of trace.chains.entries())
    lines.push("", ...chainLines(paint, chain, i, sentences[i] as string));
  return lines;
}

/** @internal The contribution tree below an objective, indented by depth, with owners and targets. */
function traceDownLines(tree: ContributionTree): string[] {
  const lines = [
    `${tree.root.kind} ${named(tree.root.title, tree.root.id)}: ${tree.nodes.length} objectives${tree.cycle ? " (a contribution loop is cut)" : ""}`,
  ];
  for (const node of tree.nodes) {
    const indent = "  ".repeat(node.depth + 1);
    lines.push(`${indent}${named(node.subject.title, node.subject.id)}: ${ownerText(node.owner)}`);
    for (const target of node.targets)
      lines.push(`${indent}  target ${named(target.subject.title, target.subject.id)}: ${ownerText(target.owner)}`);
  }
  return lines;
}

/** How many chains `trace` lists when `--max-chains` is not given: what its help says, passed to traceUp (whose own default is larger). */
const DEFAULT_MAX_CHAINS = 100;

/** @internal `trace`: accountability chains up to the top (or the tree down with `--down`). */
export const traceCommand: Command = {
  name: "trace",
  summary: "trace an objective, target or action's accountability chains, narrated, with owners",
  usage:
    "trace <framework.json> <id> [--down] [--kind objective|target|action] [--style so-that|in-order-to] [--max-chains N]",
  options: {
    down: { type: "boolean" },
    kind: { type: "string" },
    style: { type: "string" },
    "max-chains": { type: "string" },
  },
  help: [
    "--down               the contribution tree below an objective instead of the chains up from the subject",
    "--kind K             which kind of subject <id> names when an objective, a target and an action share it",
    "--style S            how chains are narrated: so-that (default, from the ground up) or in-order-to (top down)",
    `--max-chains N       list at most N chains, N at least 1 (default ${String(DEFAULT_MAX_CHAINS)}); the total is exact, or marked at least inside a dense contribution loop`,
  ],
  formats: ["text", "json"],
  arity: [2, 2],
  async run(context) {
    const { io, positionals, paint, format, values } = context;
    const [path, id] = positionals as [string, string];
    const kind = choiceOption(context, "kind", ["objective", "target", "action"] as const);
    const style = choiceOption(context, "style", ["so-that", "in-order-to"] as const) ?? "so-that";
    const maxChains = countOption(stringOption(context, "max-chains"), "max-chains", 1);
    if (values.down === true && (kind !== undefined || maxChains !== undefined))
      throw usageError("trace: --down takes an objective's id, without --kind or --max-chains");
    const framework = await loadFramework(path, io);
    if (values.down === true) {
      const tree = traceDown(framework, id);
      if (format === "json") writeResult(io, "ContributionTree", tree);
      else writeLines(io, traceDownLines(forPeople(tree)));
      return 0;
    }
    const trace = traceUp(framework, id, {
      ...(kind === undefined ? {} : { kind }),
      maxChains: maxChains ?? DEFAULT_MAX_CHAINS,
    });
    if (format === "json") writeResult(io, "Trace", trace);
    else writeLines(io, traceUpLines(paint, trace, style));
    return 0;
  },
};

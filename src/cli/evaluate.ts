import { type Evaluation, type FrameworkEvaluation, RAG, type Status, evaluateFramework } from "../index.js";
import {
  type Command,
  MEASUREMENTS,
  loadWithMeasurements,
  choiceOption,
  requiredOption,
  scaleOption,
  statusLabel,
} from "./command.js";
import { type Painter, forPeople, writeJson, writeLines } from "./io.js";

function figure(value: string | null): string {
  return value ?? "–";
}

/** How an ended target's outturn reads: achieved, not achieved by how much, or awaited (late or not). */
function outturnPhrase(outturn: Evaluation["outturn"]): string {
  if (outturn === null) return "";
  const ended = `; ended ${outturn.date}, outturn`;
  if (outturn.status === "achieved") return `${ended} achieved`;
  if (outturn.status === "not-achieved")
    return `${ended} not achieved, short by ${figure(outturn.shortfall)}${outturn.shortfallPercent === null ? "" : ` (${outturn.shortfallPercent}%)`}`;
  if (outturn.status === "unjudged") return `${ended} not judged (nothing to judge it by)`;
  return `${ended} ${outturn.overdue ? "late" : "awaited"}${outturn.due === null ? "" : `, due ${outturn.due}`}`;
}

/**
 * A late next figure, said after the status it does not change (issue 20): a green target whose
 * September figure was due by 11 November is still green on 10 May, and the line says the figure is
 * late. Nothing is said while the next figure is awaited within its lag.
 */
function latePhrase(row: Evaluation): string {
  if (!row.stale || row.nextFigure === null) return "";
  return `; ${row.actual === null ? "first" : "next"} figure late, was due ${row.nextFigure.due}`;
}

function targetLine(paint: Painter, row: Evaluation | { readonly target: string; readonly status: Status }): string {
  const head = `  ${statusLabel(paint, row.status)}${row.target}`;
  if (!("actual" in row)) return head;
  if (row.actual === null) return `${head}: no figure yet${outturnPhrase(row.outturn)}${latePhrase(row)}`;
  const actual = row.actualDate === null ? figure(row.actual) : `${figure(row.actual)} (${row.actualDate})`;
  const line = `${head}: actual ${actual}, expected ${figure(row.expected)}, variance ${figure(row.variance)}${outturnPhrase(row.outturn)}`;
  // A council's own status rule says why, where it needed more than the shortfall (issue 20).
  return `${row.ruleNote === null ? line : `${line} (${row.ruleNote})`}${latePhrase(row)}`;
}

/** @internal The evaluation as lines for people: targets, objectives' roll-ups, counts, data-only indicators. */
function evaluationLines(
  paint: Painter,
  evaluation: FrameworkEvaluation | FrameworkEvaluation<{ readonly target: string; readonly status: Status }>,
): string[] {
  const lines = [paint("bold", `Evaluation as of ${evaluation.asOf} on the ${evaluation.scale} scale`), "", "Targets"];
  for (const row of evaluation.targets) lines.push(targetLine(paint, row));
  lines.push("", "Objectives (rolled up)");
  for (const rollUp of evaluation.objectives)
    lines.push(
      `  ${statusLabel(paint, rollUp.status)}${rollUp.objective}${rollUp.score === null ? "" : ` (score ${rollUp.score})`}`,
    );
  if (evaluation.indicators.length > 0) {
    lines.push("", "Indicators without targets");
    for (const row of evaluation.indicators) {
      const latest = row.actualDate === null ? "no figure" : `${figure(row.actual)} (${row.actualDate})`;
      lines.push(
        `  ${row.indicator}: ${latest}, since previous ${row.direction.sincePrevious ?? "–"}${row.stale ? ", stale" : ""}`,
      );
    }
  }
  const counts = Object.entries(evaluation.counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  lines.push(
    "",
    `${evaluation.targets.length} targets: ${counts.join(", ") || "none"}; ${evaluation.provisional} rated on provisional or estimated data`,
  );
  return lines;
}

/** @internal `evaluate`: every target's status and figures, and the roll-ups. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate every target as of a date and roll the statuses up the objectives",
  usage:
    "evaluate <framework.json> --as-of D [--scale RAG|BRAG|DCA5] [--detail full|status] [--fail-on red] [--measurements file.csv]",
  options: {
    "as-of": { type: "string" },
    scale: { type: "string" },
    detail: { type: "string" },
    "fail-on": { type: "string" },
    ...MEASUREMENTS.option,
  },
  help: [
    "--as-of D            the date to evaluate as of, YYYY-MM-DD (required)",
    "--scale S            RAG (default), BRAG or DCA5",
    "--detail D           full (default): every figure; status: only each target's status, fast, for national scale",
    "--fail-on red        exit 1 when any target is red",
    MEASUREMENTS.help,
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, paint, format, progress } = context;
    const asOf = requiredOption(context, "as-of");
    const scale = scaleOption(context) ?? RAG;
    const detail = choiceOption(context, "detail", ["full", "status"] as const) ?? "full";
    const failOn = choiceOption(context, "fail-on", ["red"] as const);
    const framework = await loadWithMeasurements(context);
    progress.report("evaluating");
    const evaluation = evaluateFramework(framework, { asOf, scale, detail });
    progress.done();
    if (format === "json") writeJson(io, evaluation);
    else writeLines(io, evaluationLines(paint, forPeople(evaluation)));
    return failOn !== undefined && evaluation.counts.red > 0 ? 1 : 0;
  },
};

import {
  type Direction,
  type Evaluation,
  type Framework,
  type FrameworkEvaluation,
  type Indicator,
  RAG,
  type Status,
  evaluateFramework,
} from "../index.js";
import { type ReportFormatter, formatterFor } from "../report/format.js";
import { targetFigureTexts } from "../report/performanceReport.js";
import { type Names, namesOf, varianceWords } from "./people.js";
import {
  type Command,
  loadWithCsv,
  choiceOption,
  failOnOption,
  requiredOption,
  scaleOption,
  statusLabel,
  statusWord,
  csvOptions,
} from "./command.js";
import { type Painter, printable, writeLines } from "./io.js";
import { writeResult } from "./results.js";

/** The figures of one target as the report words them, for people. */
interface TargetWords {
  readonly figures: (row: Evaluation) => ReturnType<typeof targetFigureTexts>;
  readonly polarity: (row: Evaluation) => Indicator["polarity"] | undefined;
  readonly indicatorOf: (id: string) => Indicator | undefined;
  readonly indicatorOfTarget: (row: Evaluation) => Indicator | undefined;
}

function wordsFor(framework: Framework, format: ReportFormatter): TargetWords {
  const targets = new Map(framework.targets.map((target) => [target.id, target] as const));
  const indicators = new Map(framework.indicators.map((indicator) => [indicator.id, indicator] as const));
  const indicatorOfTarget = (row: Evaluation) => {
    const target = targets.get(row.target);
    return target === undefined ? undefined : indicators.get(target.indicator);
  };
  return {
    // The words hold the indicator's unit, from the data: shown escaped, as every piece of data is.
    figures: (row) => {
      const text = targetFigureTexts(row, targets.get(row.target), indicatorOfTarget(row), format);
      return {
        actual: printable(text.actual),
        expected: printable(text.expected),
        variance: printable(text.variance),
        goal: printable(text.goal),
        outturn: text.outturn === null ? null : printable(text.outturn),
      };
    },
    polarity: (row) => indicatorOfTarget(row)?.polarity,
    indicatorOf: (id) => indicators.get(id),
    indicatorOfTarget,
  };
}

/**
 * A late next figure, said after the status it does not change (issue 20): a green target whose
 * September figure was due by 11 November is still green on 10 May, and the line says the figure is
 * late. Nothing is said while the next figure is awaited within its lag.
 */
function latePhrase(row: Evaluation, format: ReportFormatter): string {
  if (!row.stale || row.nextFigure === null) return "";
  return `; ${row.actual === null ? "first" : "next"} figure late, was due ${format.date(row.nextFigure.due)}`;
}

/**
 * One target for people: its name and id, the actual with its date, what was expected, the variance
 * worded by polarity ("2.7 households better than expected"), all as the members' report words them.
 */
function targetLine(
  paint: Painter,
  row: Evaluation | { readonly target: string; readonly status: Status },
  names: Names,
  words: TargetWords,
  format: ReportFormatter,
): string {
  const head = `  ${statusLabel(paint, row.status)}${names.target(row.target)}`;
  if (!("actual" in row)) return head;
  const text = words.figures(row);
  const outturn = text.outturn === null ? "" : `; ${text.outturn.replace(/^Ended/u, "ended")}`;
  if (row.actual === null) return `${head}: no figure yet${outturn}${latePhrase(row, format)}`;
  const expected =
    row.expected === null && row.band !== null
      ? `${printable(format.apart([row.band.low, row.band.high], words.indicatorOfTarget(row), 1).join(" to "))} expected`
      : `${text.expected} expected`;
  const variance = varianceWords(row.variance, text.variance, words.polarity(row));
  const line = `${head}: ${text.actual} at ${format.date(row.actualDate)}, ${expected}${variance === null ? "" : `; ${variance}`}${outturn}`;
  // A council's own status rule says why, where it needed more than the shortfall (issue 20).
  return `${row.ruleNote === null ? line : `${line} (${printable(row.ruleNote)})`}${latePhrase(row, format)}`;
}

/** @internal A direction of travel against the previous figure, in words: "improving since the previous figure". */
export function sincePreviousWords(direction: Direction | null): string {
  if (direction === null) return "no previous figure";
  return `${direction === "no-change" ? "no change" : direction} since the previous figure`;
}

/** @internal The evaluation as lines for people: targets, objectives' roll-ups, counts, data-only indicators. */
function evaluationLines(
  paint: Painter,
  evaluation: FrameworkEvaluation | FrameworkEvaluation<{ readonly target: string; readonly status: Status }>,
  names: Names,
  words: TargetWords,
  format: ReportFormatter,
): string[] {
  const lines = [
    paint("bold", `Evaluation as of ${format.date(evaluation.asOf)} on the ${printable(evaluation.scale)} scale`),
    "",
    "Targets",
  ];
  for (const row of evaluation.targets) lines.push(targetLine(paint, row, names, words, format));
  lines.push("", "Objectives (rolled up)");
  for (const rollUp of evaluation.objectives)
    lines.push(
      `  ${statusLabel(paint, rollUp.status)}${names.objective(rollUp.objective)}${rollUp.score === null ? "" : ` (score ${rollUp.score})`}`,
    );
  if (evaluation.indicators.length > 0) {
    lines.push("", "Indicators without targets");
    for (const row of evaluation.indicators) {
      const latest =
        row.actualDate === null
          ? "no figure"
          : `${printable(format.figure(row.actual, words.indicatorOf(row.indicator)))} at ${format.date(row.actualDate)}`;
      lines.push(
        `  ${names.indicator(row.indicator)}: ${latest}${row.actualDate === null ? "" : `, ${sincePreviousWords(row.direction.sincePrevious)}`}${row.stale ? ", stale" : ""}`,
      );
    }
  }
  const counts = Object.entries(evaluation.counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusWord(status as Status)}`);
  lines.push(
    "",
    `${evaluation.targets.length} targets: ${counts.join(", ") || "none"}; ${evaluation.provisional} rated on provisional or estimated data`,
  );
  return lines;
}

/** The CSV files `evaluate` reads. */
const CSV_FLAGS = ["measurements"] as const;
const CSV = csvOptions(CSV_FLAGS);

/** @internal `evaluate`: every target's status and figures, and the roll-ups. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate every target as of a date and roll the statuses up the objectives",
  usage:
    "evaluate <framework.json> --as-of D [--scale RAG|BRAG|DCA5] [--detail full|status] [--fail-on S[,S…]] [--measurements file.csv [--strict]]",
  options: {
    "as-of": { type: "string" },
    scale: { type: "string" },
    detail: { type: "string" },
    "fail-on": { type: "string" },
    ...CSV.option,
  },
  help: [
    "--as-of D            the date to evaluate as of, YYYY-MM-DD (required)",
    "--scale S            RAG (default), BRAG or DCA5, in any case",
    "--detail D           full (default): every figure; status: only each target's status, fast, for national scale",
    "--fail-on S[,S…]     exit 1 when any target has one of these statuses: a rated one (red, amber…) or worse on the",
    "                     scale (amber fails amber and red); no-data, not-started, awaiting-data only themselves",
    ...CSV.help,
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, paint, format, progress } = context;
    const asOf = requiredOption(context, "as-of");
    const scale = scaleOption(context) ?? RAG;
    const detail = choiceOption(context, "detail", ["full", "status"] as const) ?? "full";
    const failOn = failOnOption(context, scale);
    const framework = await loadWithCsv(context, CSV_FLAGS);
    progress.report("evaluating");
    const evaluation = evaluateFramework(framework, { asOf, scale, detail });
    progress.done();
    if (format === "json")
      writeResult(io, detail === "status" ? "FrameworkStatusEvaluation" : "FrameworkEvaluation", evaluation);
    else {
      const formatter = formatterFor(undefined, "locale");
      const words = wordsFor(framework, formatter);
      // The rows as the engine returned them, so ids are looked up as they are; every piece of data a
      // line shows (names, ids, units, a rule's note) is made printable where it is written.
      writeLines(io, evaluationLines(paint, evaluation, namesOf(framework), words, formatter));
    }
    return failOn !== undefined && [...failOn].some((status) => evaluation.counts[status] > 0) ? 1 : 0;
  },
};

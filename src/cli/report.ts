import { writeFile } from "node:fs/promises";
import {
  type PerformanceReport,
  PerformanceManagementError,
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
} from "../index.js";
import {
  type Command,
  choiceOption,
  loadWithCsv,
  requiredOption,
  scaleOption,
  csvOptions,
  stringOption,
  windowOption,
} from "./command.js";
import { displayName, readJson } from "./input.js";
import { inputError, printable, usageError } from "./io.js";
import { resultJson } from "./results.js";

/**
 * The report scrutiny follows up, read from its file (a report saved with `report --format json`)
 * and checked by the library as the report is made: a file the library refuses is bad input,
 * named by the file, with the library's words about `options.previous` said about the file.
 */
function previousError(error: unknown, name: string): unknown {
  if (!(error instanceof PerformanceManagementError) || !/\boptions\.previous\b/u.test(error.message)) return error;
  const words = error.message
    .replace(/^performance-management: /u, "")
    .replace(/\boptions\.previous\b(\.?)/gu, (_, dot: string) =>
      dot === "" ? "the previous report" : "the report's ",
    );
  return inputError(`${name}: not a previous report this one can follow up: ${words}`);
}

/** The CSV files `report` reads. */
const CSV_FLAGS = ["measurements", "spend", "budgets"] as const;
const CSV = csvOptions(CSV_FLAGS);

/** @internal `report`: the members' report, in Markdown, HTML or JSON, to stdout or `--out`. */
export const reportCommand: Command = {
  name: "report",
  summary: "write the members' performance report (Markdown, HTML or JSON)",
  usage:
    "report <framework.json> --as-of D [--format md|html|json] [--no-charts] [--out file] [--audience executive|scrutiny [--previous report.json]] [--from D --to D] [--scale S] [--measurements file.csv] [--spend file.csv] [--budgets file.csv] [--strict]",
  options: {
    "as-of": { type: "string" },
    out: { type: "string" },
    audience: { type: "string" },
    previous: { type: "string" },
    "no-charts": { type: "boolean" },
    from: { type: "string" },
    to: { type: "string" },
    scale: { type: "string" },
    ...CSV.option,
  },
  help: [
    "--as-of D            the report's date, YYYY-MM-DD (required)",
    "--out F              write the report to a file instead of standard output",
    "--audience A         executive (default: led by the exceptions) or scrutiny (all council activity)",
    "--previous F         scrutiny only: the previous report, saved with --format json; what was decided then is followed up",
    "--no-charts          HTML without its charts (by default each exception has a sparkline, linked to its full chart)",
    "--from D --to D      the period whose reviews are listed (default: the last complete quarter on or before --as-of)",
    "--scale S            RAG (default), BRAG or DCA5",
    ...CSV.help,
  ],
  formats: ["md", "html", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, format } = context;
    const asOf = requiredOption(context, "as-of");
    const audience = choiceOption(context, "audience", ["executive", "scrutiny"] as const);
    const scale = scaleOption(context);
    const period = windowOption(context, "report");
    const out = stringOption(context, "out");
    const previousPath = stringOption(context, "previous");
    const noCharts = context.values["no-charts"] === true;
    // Misuse is said before any input is read, as the library refuses a previous report to the executive.
    if (previousPath !== undefined && audience !== "scrutiny")
      throw usageError(
        "--previous is read by scrutiny's version only: give --audience scrutiny with it, or leave --previous out",
      );
    if (noCharts && format !== "html")
      throw usageError(`--no-charts is for --format html; ${format === "json" ? "JSON" : "Markdown"} has no charts`);
    if (
      previousPath === "-" &&
      [context.positionals[0], ...CSV_FLAGS.map((flag) => stringOption(context, flag))].includes("-")
    )
      throw usageError("only one input can come from standard input: give the previous report as a file");
    const framework = await loadWithCsv(context, CSV_FLAGS);
    const previous = previousPath === undefined ? undefined : ((await readJson(previousPath, io)) as PerformanceReport);
    context.progress.report("writing the report");
    let report: PerformanceReport;
    try {
      report = performanceReport(framework, {
        asOf,
        ...(audience === undefined ? {} : { audience }),
        ...(scale === undefined ? {} : { scale }),
        ...(period === undefined ? {} : { period }),
        ...(previous === undefined ? {} : { previous }),
      });
    } catch (error) {
      throw previousPath === undefined ? error : previousError(error, displayName(previousPath));
    }
    context.progress.done();
    const text =
      format === "json"
        ? resultJson("PerformanceReport", report)
        : format === "html"
          ? renderReportHtml(report, noCharts ? undefined : { charts: framework })
          : renderReportMarkdown(report);
    // Markdown and HTML on standard output are for people (a terminal, a pager): control characters from
    // the data are shown escaped there, as in every text format. A file written with --out keeps the data
    // exactly, as the renderer wrote it (HTML is escaped for HTML by the renderer itself).
    if (out === undefined) io.stdout.write(format === "json" ? text : printable(text, true));
    else
      await writeFile(out, text, "utf8").catch((error: unknown) => {
        throw usageError(`${out}: cannot write: ${(error as Error).message}`);
      });
    return 0;
  },
};

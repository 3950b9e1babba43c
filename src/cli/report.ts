import { writeFile } from "node:fs/promises";
import { performanceReport, renderReportHtml, renderReportMarkdown } from "../index.js";
import {
  type Command,
  MEASUREMENTS,
  choiceOption,
  loadWithMeasurements,
  requiredOption,
  scaleOption,
  stringOption,
  windowOption,
} from "./command.js";
import { jsonText, printable, usageError } from "./io.js";

/** @internal `report`: the members' report, in Markdown, HTML or JSON, to stdout or `--out`. */
export const reportCommand: Command = {
  name: "report",
  summary: "write the members' performance report (Markdown, HTML or JSON)",
  usage:
    "report <framework.json> --as-of D [--format md|html|json] [--out file] [--audience executive|scrutiny] [--from D --to D] [--scale S] [--measurements file.csv]",
  options: {
    "as-of": { type: "string" },
    out: { type: "string" },
    audience: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    scale: { type: "string" },
    ...MEASUREMENTS.option,
  },
  help: [
    "--as-of D            the report's date, YYYY-MM-DD (required)",
    "--out F              write the report to a file instead of standard output",
    "--audience A         executive (default: led by the exceptions) or scrutiny (all council activity)",
    "--from D --to D      the period whose reviews are listed (default: the last complete quarter on or before --as-of)",
    "--scale S            RAG (default), BRAG or DCA5",
    MEASUREMENTS.help,
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
    const framework = await loadWithMeasurements(context);
    context.progress.report("writing the report");
    const report = performanceReport(framework, {
      asOf,
      ...(audience === undefined ? {} : { audience }),
      ...(scale === undefined ? {} : { scale }),
      ...(period === undefined ? {} : { period }),
    });
    context.progress.done();
    const text =
      format === "json"
        ? jsonText(report)
        : format === "html"
          ? renderReportHtml(report)
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

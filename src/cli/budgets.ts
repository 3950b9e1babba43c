import {
  type BudgetFigures,
  type BudgetLineMonitoring,
  FinancialYear,
  type Framework,
  monitorBudgets,
} from "../index.js";
import { type Formatter, formatterFor } from "../report/format.js";
import { type Command, choiceOption, loadWithCsv, requiredOption, csvOptions, stringOption } from "./command.js";
import { type Painter, printable, usageError, writeLines } from "./io.js";
import { writeResult } from "./results.js";
import { type Names, namesOf } from "./people.js";

/** How each forecast basis reads in a sentence. */
const BASIS_WORDS: Readonly<Record<BudgetLineMonitoring["forecastBasis"], string>> = {
  holder: "the holder's forecast",
  "run-rate": "at its run rate",
  budget: "at its budget",
  outturn: "the year's spend",
};

/** The colour of a status. */
const STATUS_COLOUR = { red: "red", amber: "yellow", green: "green" } as const;

/** Money in a currency, as the members' report writes it: whole pounds "£1,067,950", else to the penny "£1,000.50". */
function money(format: Formatter, value: string, currency: string): string {
  return format.figure(value, { unit: currency, decimals: value.includes(".") ? 2 : 0 });
}

/** "£67,950 over (6.8%)", "£2,200 under (0.4%)", "on budget". */
function gapOf(format: Formatter, figures: BudgetFigures, currency: string): string {
  if (figures.direction === "on-budget") return "on budget";
  const size = figures.variance.startsWith("-") ? figures.variance.slice(1) : figures.variance;
  const percent = figures.variancePercent === null ? "" : ` (${figures.variancePercent.replace(/^-/u, "")}%)`;
  return `${money(format, size, currency)} ${figures.direction === "overspend" ? "over" : "under"}${percent}`;
}

function lineText(paint: Painter, line: BudgetLineMonitoring, format: Formatter, names: Names): string {
  const status = paint(STATUS_COLOUR[line.status], line.status.padEnd(5));
  const holder = line.holder === null ? "no holder" : `held by ${names.owner(line.holder)}`;
  const serves = line.objective === null ? "" : `, for ${names.objective(line.objective)}`;
  const forecast = `forecast ${money(format, line.forecastOutturn, line.currency)} (${BASIS_WORDS[line.forecastBasis]})`;
  return `  ${status}  ${printable(line.name)} (${printable(line.id)}${line.kind === "capital" ? ", capital" : ""}), ${holder}${serves}: ${forecast} against ${money(format, line.available, line.currency)}; ${gapOf(format, line, line.currency)}`;
}

/** The CSV files `budgets` reads. */
const CSV_FLAGS = ["spend", "budgets"] as const;
const CSV = csvOptions(CSV_FLAGS);

/** @internal `budgets`: the medium-term financial plan's lines monitored as of a date. */
export const budgetsCommand: Command = {
  name: "budgets",
  summary: "monitor the budget lines against their profiles as of a date",
  usage:
    "budgets <framework.json> --as-of D [--year 2002/03] [--fail-on red|amber] [--spend file.csv] [--budgets file.csv] [--strict]",
  options: {
    "as-of": { type: "string" },
    year: { type: "string" },
    "fail-on": { type: "string" },
    ...CSV.option,
  },
  help: [
    "--as-of D            the date, YYYY-MM-DD (required): spend to the end of the last month ended by it",
    "--year 2002/03       the financial year (default: the year of the last month ended by --as-of)",
    "--fail-on red|amber  exit 1 when any line or total is red (or amber or red)",
    ...CSV.help,
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, paint, format } = context;
    const asOf = requiredOption(context, "as-of");
    const year = stringOption(context, "year");
    if (year !== undefined && !FinancialYear.safeParse(year).success)
      throw usageError(`--year must be a financial year written like 2002/03; got ${printable(JSON.stringify(year))}`);
    const failOn = choiceOption(context, "fail-on", ["red", "amber"] as const);
    const framework: Framework = await loadWithCsv(context, CSV_FLAGS);
    const monitoring = monitorBudgets(framework, { asOf, ...(year === undefined ? {} : { year }) });
    if (format === "json") writeResult(io, "BudgetMonitoring", monitoring);
    else {
      const words = formatterFor(undefined, "locale");
      const names = namesOf(framework);
      const to = monitoring.monthsEnd === null ? "no month ended yet" : `to ${words.date(monitoring.monthsEnd)}`;
      const counts = { red: 0, amber: 0, green: 0 };
      for (const line of monitoring.lines) counts[line.status] += 1;
      writeLines(io, [
        `Budget monitoring ${monitoring.year}, ${String(monitoring.monthsElapsed)} of 12 months (${to}), as of ${words.date(asOf)}`,
        ...monitoring.lines.map((line) => lineText(paint, line, words, names)),
        ...monitoring.totals.map(
          (total) =>
            `  ${paint(STATUS_COLOUR[total.status], total.status.padEnd(5))}  ${total.kind === "capital" ? "Capital" : "Revenue"} in ${total.currency}, ${String(total.lines)} line${total.lines === 1 ? "" : "s"}: forecast ${money(words, total.forecastOutturn, total.currency)} against ${money(words, total.available, total.currency)}; ${gapOf(words, total, total.currency)}`,
        ),
        ...monitoring.unbudgetedSpend.map(
          (entry) =>
            `  ${paint("red", "spend")}  ${money(words, entry.actualToDate, entry.currency)} against ${entry.name === null ? printable(entry.id) : `${printable(entry.name)} (${printable(entry.id)})`}, ${entry.known ? `which has no budget for ${monitoring.year}` : "which is not a budget line"}`,
        ),
        `${String(monitoring.lines.length)} budget line${monitoring.lines.length === 1 ? "" : "s"}: ${String(counts.red)} red, ${String(counts.amber)} amber, ${String(counts.green)} green`,
      ]);
    }
    const failing = (status: string): boolean =>
      failOn !== undefined && (status === "red" || (failOn === "amber" && status === "amber"));
    return monitoring.lines.some((line) => failing(line.status)) ||
      monitoring.totals.some((total) => failing(total.status))
      ? 1
      : 0;
  },
};

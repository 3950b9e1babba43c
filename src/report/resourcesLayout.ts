/**
 * The resources section laid out (issue 23): the year's totals, money by aim and portfolio, the
 * lines (the executive's: those off budget; scrutiny's: every line), the carry-forwards, the money
 * behind red targets and the unit costs, as sentences and tables both renderers show alike.
 * @internal
 */
import type { ReportWords } from "./catalogue.js";
import type { Cell, Section, Table } from "./layoutTypes.js";
import type { PerformanceReport } from "./performanceReport.js";
import type { ReportMoneyFigures } from "./resources.js";

const text = (value: string): Cell => ({ text: value });

/** The money columns of a row: available, spent to date, forecast outturn and the variance in words. */
function moneyCells(figures: ReportMoneyFigures): Cell[] {
  return [
    text(figures.available.text),
    text(figures.actualToDate.text),
    text(figures.forecastOutturn.text),
    text(figures.varianceText),
  ];
}

/** A section of sentences and, when it has rows, one table of them. */
function tabled<T>(
  heading: string,
  paragraphs: readonly string[],
  items: readonly T[],
  table: { caption: string; headers: readonly string[] },
  row: (item: T) => Cell[],
): Section {
  return { heading, paragraphs, tables: items.length === 0 ? [] : [{ ...table, rows: items.map(row) }] };
}

/** The resources sections of a report, or none for a report without resources (a framework with no budget lines). */
export function resourcesSections(report: PerformanceReport, words: ReportWords): Section[] {
  const resources = report.resources;
  if (resources === null) return [];
  const w = words.resources;
  const scrutiny = report.audience === "scrutiny";
  const status = (value: "red" | "amber" | "green"): Cell => ({ text: words.status[value], status: value });

  const totals: Table = {
    caption: w.totalsCaption(resources.year),
    headers: w.totalsHeaders,
    rows: resources.totals.map((total) => [text(w.kind[total.kind]), ...moneyCells(total), status(total.status)]),
  };
  const sections: Section[] = [
    {
      heading: w.heading,
      paragraphs: [
        w.lead(resources.year, resources.monthsElapsed, resources.monthsEndText),
        ...resources.totals.map((total) =>
          w.totalSummary(total.kind, total.forecastOutturn.text, total.available.text, total.varianceText),
        ),
        ...resources.unbudgeted,
      ],
      tables: resources.totals.length === 0 ? [] : [totals],
    },
  ];

  const aimTables: Table[] = [];
  // The money that reaches no aim, so the table reconciles with the totals (other currencies apart).
  const besides = (
    [
      [w.unkeyedRow, resources.unkeyed],
      [w.unreachedRow, resources.unreached],
    ] as const
  ).flatMap(([name, figures]) =>
    figures === null ? [] : [[text(name), text(""), ...moneyCells(figures), text(""), text("")]],
  );
  if (resources.aims.length > 0 || besides.length > 0)
    aimTables.push({
      caption: w.aimsCaption(resources.year),
      headers: w.aimsHeaders,
      rows: [
        ...resources.aims.map((aim) => [
          text(aim.title),
          text(aim.portfolio?.name ?? words.layout.noOwner),
          ...moneyCells(aim),
          text(aim.shareText),
          { text: words.status[aim.status], status: aim.status },
        ]),
        ...besides,
      ],
    });
  // A portfolio holder's aims added up, where a holder holds more than one aim (else the aims' rows say it).
  if (resources.portfolios.some((portfolio) => portfolio.aims.length > 1))
    aimTables.push({
      caption: w.portfoliosCaption,
      subheading: w.portfoliosCaption,
      headers: w.portfoliosHeaders,
      rows: resources.portfolios.map((portfolio) => [
        text(portfolio.owner.name),
        text(String(portfolio.aims.length)),
        ...moneyCells(portfolio),
      ]),
    });
  if (aimTables.length > 0)
    sections.push({
      heading: w.aimsHeading,
      paragraphs: [
        w.aimsLead(resources.previousYear),
        ...(resources.otherCurrencies.length === 0 ? [] : [w.otherCurrencies(resources.otherCurrencies)]),
      ],
      tables: aimTables,
    });

  sections.push(
    tabled(
      w.linesHeading(scrutiny),
      [w.linesLead(scrutiny, resources.offBudget, resources.lineCount)],
      resources.lines,
      { caption: w.linesCaption(scrutiny), headers: w.linesHeaders },
      (line) => [
        text(line.kind === "capital" ? w.capital(line.name) : line.name),
        text(line.holder?.name ?? w.noHolder),
        text(line.objective?.title ?? w.noObjective),
        text(line.available.text),
        text(line.profileToDate.text),
        text(line.actualToDate.text),
        text(`${line.forecastOutturn.text} (${w.basis[line.forecastBasis]})`),
        text(line.varianceText),
        status(line.status),
      ],
    ),
    tabled(
      w.carryHeading,
      resources.carryForwards.length === 0 ? [w.noCarry] : [],
      resources.carryForwards,
      { caption: w.carryCaption, headers: w.carryHeaders },
      (carried) => [
        text(carried.name),
        text(w.carried(carried.from, carried.into)),
        text(carried.amountText),
        text(carried.approvedText ?? w.notAgreed),
      ],
    ),
    tabled(
      w.redHeading,
      [resources.redTargets.length === 0 ? w.noRed : w.redLead],
      resources.redTargets,
      { caption: w.redCaption, headers: w.redHeaders },
      (row) => [
        text(row.title),
        text(row.objective.title),
        text(row.available.text),
        text(row.actualToDate.text),
        text(row.forecastOutturn.text),
      ],
    ),
  );

  if (resources.unitCosts.length > 0)
    sections.push({
      heading: w.unitHeading,
      paragraphs: [w.unitLead],
      tables: [
        {
          caption: w.unitCaption,
          headers: w.unitHeaders,
          rows: resources.unitCosts.map((cost) => [
            text(cost.name),
            text(cost.outcomesText ?? w.noCount),
            text(cost.spend?.text ?? words.figures.noFigure),
            text(cost.cost?.text ?? words.figures.noFigure),
            text(cost.previousCost?.text ?? words.figures.noFigure),
            text(cost.direction === null ? w.noComparison : w.direction[cost.direction]),
          ]),
        },
      ],
    });
  return sections;
}

import type { Status } from "../trajectory/index.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import { addMonths } from "../internal/dates.js";
import { formatterFor } from "./format.js";
import type { PerformanceReport, ReportException, ReportObjective, ReportTarget } from "./performanceReport.js";
import type { ReportAction } from "./inHand.js";
import type { ReportWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";
import { annexSections, listed, scrutinySections } from "./annexLayout.js";
import { resourcesSections } from "./resourcesLayout.js";

export type { Cell, Layout, Section, Table } from "./layoutTypes.js";
import type { Cell, Layout, Section, Table } from "./layoutTypes.js";

const text = (value: string): Cell => ({ text: value });
const statusCell = (w: ReportWords, value: Status): Cell => ({ text: w.status[value], status: value });

/** An action in a few words: its title, then its owner, due date and where it stands, in brackets. */
function actionText(w: ReportWords, action: ReportAction): string {
  return w.layout.action(action.title, {
    owner: action.owner?.name ?? null,
    due: action.dueText,
    ongoing: action.ongoing,
    state: action.state,
    completed: action.completedText,
    tooLate: action.tooLate,
  });
}

/** The actions in hand, then those done listed apart ("Done: …"); "none open" with neither. */
function actionsText(w: ReportWords, actions: readonly ReportAction[]): string {
  const done = (action: ReportAction) => action.state === "done" || action.state === "done-undated";
  const open = actions.filter((action) => !done(action)).map((action) => actionText(w, action));
  const closed = actions.filter(done).map((action) => actionText(w, action));
  if (closed.length === 0) return open.length === 0 ? w.layout.noneOpen : open.join("; ");
  return [open.join("; "), w.layout.doneActions(closed.join("; "))].filter((part) => part !== "").join(". ");
}

/** The objectives an exception reaches on its way to its aim, and the partners it shares them with. */
function chainText(w: ReportWords, row: ReportException): string {
  const steps = row.chain?.steps ?? [];
  const objectives = steps.filter((step) => step.subject.kind === "objective");
  if (objectives.length === 0) return w.layout.reachesNone;
  const titles = objectives.map((step) => step.subject.title);
  // A long chain is held summarised: its first steps, then its last, with the count left out between.
  const omitted = row.chain?.omitted ?? 0;
  if (omitted > 0) titles.splice(-1, 0, w.layout.moreObjectives(omitted));
  return w.layout.chain(
    titles,
    row.chain?.reachesApex === false ? w.layout.chainStop[row.chain.stop ?? "orphan"] : null,
    row.sharedWith.map((partner) => partner.name),
    row.chains,
    row.chainsExact,
  );
}

/** A target's title with what it measures where the framework says ("Standard", "Local indicator"). */
function targetTitle(w: ReportWords, row: ReportTarget): string {
  return row.measureLabel === null ? row.title : w.layout.titled(row.title, row.measureLabel);
}

/** The status with its direction of travel, kept as a status cell for its colour: "✖ Red ↓ worsening". */
const statusDirection = (w: ReportWords, row: ReportTarget): Cell => {
  const words = row.text.status;
  const status = w.status[row.status];
  // The status tinted, its direction after it in plain text (a catalogue's words may give none).
  return words.startsWith(status) && words.length > status.length
    ? { text: status, status: row.status, after: words.slice(status.length) }
    : { text: words, status: row.status };
};

/** The actual against the expected and the goal. */
const againstCell = (w: ReportWords, row: ReportTarget): Cell => text(row.text.against);

/** The previous period's and the same period last year's figures, and the quartiles. */
const comparedCell = (row: ReportTarget): Cell => text(row.text.compared);

/** What is being done: the actions in hand, and the corrective action recorded with the figure. */
function inHandText(w: ReportWords, row: ReportException): string {
  return w.layout.inHand(actionsText(w, row.inHand.actions), row.correctiveAction);
}

/**
 * An exception's row in the exceptions table: at most seven columns, so it fits an A4 landscape
 * page (what members read to decide); everything else about the exception goes in the line
 * beneath its row.
 */
function exceptionRow(w: ReportWords, row: ReportException): Cell[] {
  return [
    text(targetTitle(w, row)),
    statusDirection(w, row),
    againstCell(w, row),
    comparedCell(row),
    text(inHandText(w, row)),
    text(row.decisionText),
  ];
}

/** The line beneath an exception's row: why, its owner, the variance, the forecast or outturn, caveats, and what it reaches. */
function exceptionDetail(w: ReportWords, row: ReportException): string {
  return w.layout.detail({
    reasons: row.reasons.map((reason) => w.layout.reasons[reason]),
    owner: row.owner?.name ?? null,
    variance: row.text.variance,
    // An ended target is not forecast: its outturn instead.
    outturn: row.outturn?.text.summary ?? null,
    forecast: row.forecast === null ? null : row.text.forecast,
    shortOfGoal: row.forecastMeetsGoal === false,
    caveat: row.quality === "provisional" || row.quality === "estimate" ? row.quality : null,
    noCorrectiveAction: row.correctiveAction === null,
    reaches: chainText(w, row),
  });
}

/**
 * A target's status cell, marked when its next figure is late (`stale`): a green whose figure is
 * out of date is not shown as plainly green ("✔ Green ↑ improving, figure late since 11 November 2001").
 */
function statusLate(w: ReportWords, row: ReportTarget): Cell {
  const cell = statusDirection(w, row);
  if (!row.stale || row.nextFigureDue === null) return cell;
  return { ...cell, after: `${cell.after ?? ""}${w.layout.figureLate(row.text.nextFigureDue)}` };
}

function targetRow(w: ReportWords, row: ReportTarget): Cell[] {
  return [
    text(targetTitle(w, row)),
    statusLate(w, row),
    text(row.owner?.name ?? w.layout.noOwner),
    againstCell(w, row),
    comparedCell(row),
  ];
}

/** The order reports list statuses in, whatever order a catalogue lists their words in. */
const STATUS_ORDER = Object.keys(REPORT_WORDS_EN_GB.status) as Status[];

/** Counts by status in words, in the order reports list statuses, leaving out the zeros: "2 ✔ Green, 2 ✖ Red". */
export function countsText(w: ReportWords, counts: Readonly<Partial<Record<Status, number>>>): string {
  return w.layout.counts(
    STATUS_ORDER.filter((value) => (counts[value] ?? 0) > 0).map((value) => ({
      count: counts[value] ?? 0,
      status: w.status[value],
    })),
  );
}

/** A progress figure for people: whole percent, "no data" when nothing is measured (never 0%). */
function progressText(w: ReportWords, progress: string | null): string {
  return w.layout.progress(progress === null ? null : formatDecimal(toDecimal(progress), 0));
}

/** What an aim's or objective's roll-up says beyond its headline: its delivery confidence and its partners' share. */
function rolledUpText(w: ReportWords, objective: ReportObjective): string {
  const total = Object.values(objective.partnerDelivered).reduce((sum, value) => sum + value, 0);
  // A status that rests wholly on partner-delivered contributions says so (issue 20).
  return w.layout.rolledUp({
    status: w.status[objective.status],
    ownOutcome: objective.outcome !== null,
    onPartners: objective.ratedOnPartners,
    delivery: objective.outcome !== null && objective.delivery !== null ? w.status[objective.delivery] : null,
    partners: total === 0 ? null : countsText(w, objective.partnerDelivered),
    progress: progressText(w, objective.progress),
  });
}

/**
 * A section of targets, with a line of detail beneath each row when `detail` is given; where the
 * framework says which indicators are standards (`measureLabel`), the standards in one table and
 * the indicators in another (Spelthorne's one-page plan monitors "Standards" and "Local
 * indicators" apart), each captioned so; else one table.
 */
function listedTargets<T extends ReportTarget>(
  w: ReportWords,
  heading: string,
  items: readonly T[],
  none: string,
  caption: string,
  headers: readonly string[],
  row: (item: T) => Cell[],
  detail?: (item: T) => string,
): Section {
  if (items.length === 0) return { heading, paragraphs: [none], tables: [] };
  const tableOf = (shown: readonly T[], captioned: string, subheading?: string): Table => ({
    caption: captioned,
    headers,
    rows: shown.map(row),
    ...(detail === undefined ? {} : { details: shown.map(detail) }),
    ...(subheading === undefined ? {} : { subheading }),
  });
  const framed = items.some((item) => item.measureLabel !== null);
  if (!framed) return { heading, paragraphs: [], tables: [tableOf(items, caption)] };
  const standards = items.filter((item) => item.standard === true);
  const indicators = items.filter((item) => item.standard !== true);
  const tables: Table[] = [];
  if (standards.length > 0)
    tables.push(tableOf(standards, w.layout.tableOf(caption, w.layout.standards), w.layout.standards));
  if (indicators.length > 0) {
    // "Local indicators" when every one is local.
    const local = w.target.measure.local;
    const kind = indicators.every((row) => row.measureLabel === local) ? w.layout.localIndicators : w.layout.indicators;
    tables.push(tableOf(indicators, w.layout.tableOf(caption, kind), kind));
  }
  return { heading, paragraphs: [], tables };
}

/** The report's title: by its period ("Performance report, Quarter 1 2001/02: …"). */
function titleOf(w: ReportWords, report: PerformanceReport): string {
  return w.layout.title(report.framework.name, report.period.title, report.asOfText);
}

/**
 * The lead: who it is for, the report's date and the date of the latest figure it rests on, the
 * period it covers, and the scale.
 */
function leadOf(w: ReportWords, report: PerformanceReport): string {
  return w.layout.lead({
    audience: report.audience,
    date: report.asOfText,
    dataAsOf: report.dataAsOf === null ? null : report.dataAsOfText,
    period: report.period.text,
    scale: report.scale,
    ...yearOf(w, report),
  });
}

/** A year-end report on the year's last quarter: the whole year it ends, and the quarter's dates, for the lead. */
function yearOf(
  w: ReportWords,
  report: PerformanceReport,
): { year?: NonNullable<Parameters<ReportWords["layout"]["lead"]>[0]["year"]> } {
  const { kind, quarter, from, to } = report.period;
  const yearFrom = addMonths(from, -9);
  if (kind !== "year-end" || quarter !== 4 || yearFrom === undefined) return {};
  const format = formatterFor(report.locale, "report.locale", w);
  return {
    year: {
      range: w.figures.range(format.date(yearFrom), format.date(to)),
      quarter,
      from: format.date(from),
      to: format.date(to),
    },
  };
}

/** The order a committee reads the outturns in: the shortfalls first. */
const OUTTURN_GROUPS = ["notAchieved", "achieved", "awaiting", "unjudged"] as const;

/**
 * The outturns: the targets that have ended, counted ("Of 6 targets that have ended: 2 achieved, 3
 * not achieved, 1 awaiting its outturn.") and listed by how they ended, the shortfalls first.
 */
function outturnsSection(
  w: ReportWords,
  report: PerformanceReport,
  rows: ReadonlyMap<string, ReportTarget>,
): Section | undefined {
  const outturns = report.outturns;
  const total =
    outturns.achieved.length + outturns.notAchieved.length + outturns.awaiting.length + outturns.unjudged.length;
  if (total === 0) return undefined;
  const tables: Table[] = [];
  for (const key of OUTTURN_GROUPS) {
    const caption = w.layout.outturnGroups[key];
    const shown = outturns[key].flatMap((id) => {
      const row = rows.get(id);
      return row === undefined ? [] : [row];
    });
    if (shown.length === 0) continue;
    // Each group headed by how its targets ended; its standards and indicators apart within it.
    const laid = listedTargets(w, "", shown, "", caption, w.layout.outturnHeaders, (row) => [
      text(targetTitle(w, row)),
      text(row.owner?.name ?? w.layout.noOwner),
      text(row.outturn?.text.summary ?? ""),
    ]).tables;
    tables.push(
      ...laid.map((table) => {
        // "Not achieved (2)", "Awaiting the outturn: standards (2)": the heading and the caption alike.
        const heading = w.layout.outturnGroup(caption, table.subheading ?? null, table.rows.length);
        return { ...table, caption: heading, subheading: heading };
      }),
    );
  }
  return {
    heading: w.layout.outturnsHeading,
    paragraphs: [
      w.layout.outturnCounts({
        total,
        achieved: outturns.achieved.length,
        notAchieved: outturns.notAchieved.length,
        awaiting: outturns.awaiting.length,
        unjudged: outturns.unjudged.length,
      }),
    ],
    tables,
  };
}

/**
 * A report laid out: the counts, the exceptions (for scrutiny, followed by its own sections: red
 * for two or more periods, last time's decisions), what is going well, a section per aim (its
 * counts and corporate objectives, and for scrutiny every target beneath it), the overdue
 * reviews, the checker's findings and the data caveats. Given `charts` (markup by target id), each
 * exception's first cell, the target, carries its target's chart.
 * @internal
 */
export function layoutOf(
  report: PerformanceReport,
  charts?: ReadonlyMap<string, string>,
  w: ReportWords = REPORT_WORDS_EN_GB,
): Layout {
  const l = w.layout;
  const status = (value: Status): Cell => statusCell(w, value);
  const targetRowOf = (row: ReportTarget): Cell[] => targetRow(w, row);
  const rows = new Map(report.targets.map((row) => [row.target, row]));
  const counted = (Object.entries(report.counts) as [Status, number][]).filter(([, count]) => count > 0);
  const ended = report.targets.filter((row) => row.outturn !== null);
  const outturns = outturnsSection(w, report, rows);
  const yearEnd = report.period.kind === "year-end";
  const aims = report.aims.map((aim): Section => {
    const listedIds = report.audience === "scrutiny" ? aim.targets : aim.exceptions;
    const beneath = listedIds.flatMap((id) => {
      const row = rows.get(id);
      return row === undefined ? [] : [row];
    });
    const tables: Table[] = [];
    if (aim.objectives.length > 0)
      tables.push({
        caption: l.objectivesCaption(aim.title),
        headers: l.objectiveHeaders,
        rows: aim.objectives.map((objective) => [
          text(objective.title),
          status(objective.status),
          objective.delivery === null ? text(l.none) : status(objective.delivery),
          text(progressText(w, objective.progress)),
          text(objective.owner?.name ?? l.noOwner),
          text(String(objective.direction.improving)),
          text(String(objective.direction.worsening)),
        ]),
      });
    // The executive's version lists its exceptions once, in the exceptions table, not again under each aim;
    // scrutiny's lists every target beneath its aim.
    if (beneath.length > 0 && report.audience === "scrutiny")
      tables.push({
        caption: l.beneathCaption(true, aim.title),
        headers: l.targetHeaders,
        rows: beneath.map(targetRowOf),
      });
    return {
      heading: aim.title,
      kind: "aim",
      paragraphs: [
        l.aimTargets(countsText(w, aim.targetCounts)),
        l.aimSummary(
          rolledUpText(w, aim),
          aim.owner?.name ?? null,
          aim.direction.improving,
          aim.direction.worsening,
          aim.direction.noChange,
        ),
      ],
      tables,
    };
  });
  // Scrutiny's version asks the portfolio holder questions where the executive's asks for a decision.
  const exceptionHeaders =
    report.audience === "scrutiny" ? [...l.exceptionHeaders.slice(0, -1), w.annex.questionsHeader] : l.exceptionHeaders;
  return {
    title: titleOf(w, report),
    lead: leadOf(w, report),
    counts: {
      caption: l.countsCaption,
      headers: l.countsHeaders,
      rows: counted.map(([value, count]) => [status(value), text(String(count))]),
    },
    sections: [
      // The year-end report leads with the year's outturns.
      ...(outturns !== undefined && yearEnd ? [outturns] : []),
      listedTargets(
        w,
        l.exceptionsHeading,
        report.exceptions,
        l.noExceptions,
        l.exceptionsCaption,
        exceptionHeaders,
        (row) => withChart(exceptionRow(w, row), charts?.get(row.target)),
        (row) => exceptionDetail(w, row),
      ),
      // Scrutiny's own sections (red for two or more periods, last time's decisions) straight after the exceptions they follow up.
      ...scrutinySections(report, w),
      listedTargets(
        w,
        l.goingWellHeading,
        report.goingWell,
        // At year end, or once every target has ended, no green is still to come: no "yet".
        yearEnd || (ended.length > 0 && ended.length === report.targets.length) ? l.noGoingWellEnded : l.noGoingWell,
        l.goingWellCaption,
        l.targetHeaders,
        targetRowOf,
      ),
      ...(report.watch.length === 0
        ? []
        : [listedTargets(w, l.watchHeading, report.watch, "", l.watchCaption, l.targetHeaders, targetRowOf)]),
      ...(report.awaiting.length === 0
        ? []
        : [listedTargets(w, l.awaitingHeading, report.awaiting, "", l.awaitingCaption, l.targetHeaders, targetRowOf)]),
      ...(outturns !== undefined
        ? yearEnd
          ? []
          : [outturns]
        : ended.length === 0
          ? []
          : [
              listed(
                "members",
                l.endedHeading,
                ended,
                "",
                { caption: l.endedCaption, headers: l.endedHeaders },
                (row) => [
                  text(row.title),
                  status(row.status),
                  text(row.owner?.name ?? l.noOwner),
                  text(row.outturn?.text.summary ?? ""),
                ],
              ),
            ]),
      listed(
        "members",
        l.lateHeading,
        report.lateFigures,
        l.noLate,
        { caption: l.lateCaption, headers: l.lateHeaders },
        (row) => [
          text(row.title),
          status(row.status),
          text(row.owner?.name ?? l.noOwner),
          text(l.latestFigure(row.text.actual, row.text.actualDate)),
          // An ended target's late figure is its outturn, the figure for its goal date.
          text(
            row.outturn === null
              ? row.text.nextFigureDue
              : l.lateOutturn(row.text.nextFigureDue, row.outturn.text.date),
          ),
        ],
      ),
      ...aims,
      // Resources beside performance (issue 23): after the aims, before the officers' annex.
      ...resourcesSections(report, w),
      // The officers' annex: last, after the members' part.
      ...annexSections(report, w),
    ],
  };
}

/** A row with a chart in its first cell (the target's), or the row as it is without one. */
function withChart(row: Cell[], chart: string | undefined): Cell[] {
  const [first, ...rest] = row;
  return chart === undefined || first === undefined ? row : [{ ...first, chart }, ...rest];
}

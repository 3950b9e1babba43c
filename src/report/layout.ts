import type { Status } from "../trajectory/index.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import type {
  PerformanceReport,
  ReportAction,
  ReportException,
  ReportObjective,
  ReportTarget,
} from "./performanceReport.js";
import { CHAIN_STOP_TEXT, STATUS_TEXT, reasonText } from "./words.js";
import { annexSections, scrutinySections } from "./annexLayout.js";
import { QUESTIONS_HEADER } from "./scrutinyWords.js";

export type { Cell, Layout, Section, Table } from "./layoutTypes.js";
import type { Cell, Layout, Section, Table } from "./layoutTypes.js";

const text = (value: string): Cell => ({ text: value });
const status = (value: Status): Cell => ({ text: STATUS_TEXT[value], status: value });

/** Where an action stands, in words: "OVERDUE", "done 21 September 2001", "done, date not recorded". */
const STATE_TEXT = { open: null, overdue: "OVERDUE", done: "done", "done-undated": "done, date not recorded" } as const;

/** An action in a few words: its title, then its owner, due date and where it stands, in brackets. */
function actionText(action: ReportAction): string {
  const state = STATE_TEXT[action.state];
  const parts = [
    action.owner?.name ?? "no owner",
    action.dueText === null ? (action.ongoing ? null : "no date") : `due ${action.dueText}`,
    state === "done" && action.completedText !== null ? `done ${action.completedText}` : state,
    action.tooLate ? "due after the goal date: too late to help" : null,
    action.ongoing ? "standing duty" : null,
  ];
  return `${action.title} (${parts.filter((part) => part !== null).join(", ")})`;
}

function actionsText(actions: readonly ReportAction[]): string {
  return actions.length === 0 ? "none open" : actions.map(actionText).join("; ");
}

/** The objectives an exception reaches on its way to its aim, and the partners it shares them with. */
function chainText(row: ReportException): string {
  const steps = row.chain?.steps ?? [];
  const objectives = steps.filter((step) => step.subject.kind === "objective");
  if (objectives.length === 0) return "reaches no objective";
  const titles = objectives.map((step) => step.subject.title);
  // A long chain is held summarised: its first steps, then its last, with the count left out between.
  const omitted = row.chain?.omitted ?? 0;
  if (omitted > 0) titles.splice(-1, 0, `… ${String(omitted)} more objective${omitted === 1 ? "" : "s"} …`);
  const path = titles.join(" → ");
  const stop =
    row.chain?.reachesApex === false
      ? ` (the chain stops short of the aim: ${CHAIN_STOP_TEXT[row.chain.stop ?? "orphan"]})`
      : "";
  const shared =
    row.sharedWith.length === 0 ? "" : `; shared with ${row.sharedWith.map((partner) => partner.name).join(", ")}`;
  const more = !row.chainsExact
    ? ` (the first of at least ${row.chains} chains: a contribution loop makes more)`
    : row.chains === "1"
      ? ""
      : ` (the first of ${row.chains} chains)`;
  return `${path}${stop}${shared}${more}`;
}

/** A target's title with what it measures where the framework says ("Standard", "Local indicator"). */
function targetTitle(row: ReportTarget): string {
  return row.measureLabel === undefined || row.measureLabel === null ? row.title : `${row.title} (${row.measureLabel})`;
}

/** The status with its direction of travel, kept as a status cell for its colour: "✖ Red ↓ worsening". */
const statusDirection = (row: ReportTarget): Cell => {
  const words = row.text.status ?? STATUS_TEXT[row.status];
  const status = STATUS_TEXT[row.status];
  // The status tinted, its direction after it in plain text; a report made before issue 21 has none.
  return words.startsWith(status) && words.length > status.length
    ? { text: status, status: row.status, after: words.slice(status.length) }
    : { text: words, status: row.status };
};

/** The actual against the expected and the goal (a report made before issue 21: the actual and expected). */
const againstCell = (row: ReportTarget): Cell =>
  text(row.text.against ?? `${row.text.actual} (${row.text.actualDate}) against ${row.text.expected} expected`);

/** The previous period's and the same period last year's figures, and the quartiles. */
const comparedCell = (row: ReportTarget): Cell => text(row.text.compared ?? row.text.direction);

/**
 * The exceptions table: at most seven columns, so it fits an A4 landscape page (what members read
 * to decide); everything else about the exception goes in the line beneath its row.
 */
const EXCEPTION_HEADERS = [
  "Target",
  "Status and direction",
  "Actual against expected; goal",
  "Previous period; same period last year",
  "Action in hand",
  "Decision or commentary asked",
];

/** What is being done: the actions in hand, and the corrective action recorded with the figure. */
function inHandText(row: ReportException): string {
  const actions = actionsText(row.inHand.actions);
  return row.correctiveAction === null ? actions : `${actions}. Recorded with the figure: ${row.correctiveAction}`;
}

function exceptionRow(row: ReportException): Cell[] {
  return [
    text(targetTitle(row)),
    statusDirection(row),
    againstCell(row),
    comparedCell(row),
    text(inHandText(row)),
    text(row.decisionText),
  ];
}

/** The line beneath an exception's row: why, its owner, the variance, the forecast or outturn, caveats, and what it reaches. */
function exceptionDetail(row: ReportException): string {
  const parts = [
    `Why: ${row.reasons.map(reasonText).join(", ")}`,
    `Owner: ${row.owner?.name ?? "no owner"}`,
    `Variance: ${row.text.variance}`,
    // An ended target is not forecast: its outturn instead.
    row.outturn?.text.summary ??
      (row.forecast === null
        ? "No forecast"
        : `Forecast: ${row.text.forecast}${row.forecastMeetsGoal === false ? " (short of the goal)" : ""}`),
    row.quality === "provisional" || row.quality === "estimate"
      ? `Caveat: the figure is ${qualityText(row.quality)}`
      : null,
    row.correctiveAction === null ? "No corrective action recorded with the figure" : null,
    `Reaches: ${chainText(row)}`,
  ];
  return `${parts.filter((part) => part !== null).join(". ")}.`;
}

/** A caveat's quality in words. */
function qualityText(quality: "provisional" | "estimate"): string {
  return quality === "estimate" ? "an estimate" : "provisional";
}

const TARGET_HEADERS = [
  "Target",
  "Status and direction",
  "Owner",
  "Actual against expected; goal",
  "Previous period; same period last year",
];

function targetRow(row: ReportTarget): Cell[] {
  return [
    text(targetTitle(row)),
    statusDirection(row),
    text(row.owner?.name ?? "no owner"),
    againstCell(row),
    comparedCell(row),
  ];
}

/** Counts by status in words, in the order reports list statuses, leaving out the zeros: "2 ✔ Green, 2 ✖ Red". */
export function countsText(counts: Readonly<Partial<Record<Status, number>>>): string {
  const parts = (Object.keys(STATUS_TEXT) as Status[])
    .filter((value) => (counts[value] ?? 0) > 0)
    .map((value) => `${String(counts[value])} ${STATUS_TEXT[value]}`);
  return parts.length === 0 ? "none" : parts.join(", ");
}

/** A progress figure for people: whole percent, "no data" when nothing is measured (never 0%). */
function progressText(progress: string | null): string {
  return progress === null ? "no data" : `${formatDecimal(toDecimal(progress), 0)}%`;
}

/** What an aim's or objective's roll-up says beyond its headline: its delivery confidence and its partners' share. */
function rolledUpText(objective: ReportObjective): string {
  const total = Object.values(objective.partnerDelivered).reduce((sum, value) => sum + value, 0);
  // A status that rests wholly on partner-delivered contributions says so (issue 20).
  const lead =
    objective.outcome === null
      ? `Rolled up: ${STATUS_TEXT[objective.status]}${objective.ratedOnPartners ? " (from partner-delivered contributions only)" : ""}`
      : `Its own outcome target: ${STATUS_TEXT[objective.status]}`;
  const delivery =
    objective.outcome !== null && objective.delivery !== null
      ? `; delivery confidence (what serves it): ${STATUS_TEXT[objective.delivery]}`
      : "";
  const partners = total === 0 ? "" : `; delivered with partners: ${countsText(objective.partnerDelivered)}`;
  return `${lead}${delivery}${partners}. Progress to goal: ${progressText(objective.progress)}.`;
}

/** A section of one table, or a sentence saying there is nothing to show. */
function listed<T>(
  heading: string,
  items: readonly T[],
  none: string,
  caption: string,
  headers: readonly string[],
  row: (item: T) => Cell[],
): Section {
  return items.length === 0
    ? { heading, paragraphs: [none], tables: [] }
    : { heading, paragraphs: [], tables: [{ caption, headers, rows: items.map(row) }] };
}

/**
 * A section of targets, with a line of detail beneath each row when `detail` is given; where the
 * framework says which indicators are standards (`measureLabel`), the standards in one table and
 * the indicators in another (Spelthorne's one-page plan monitors "Standards" and "Local
 * indicators" apart), each captioned so; else one table.
 */
function listedTargets<T extends ReportTarget>(
  heading: string,
  items: readonly T[],
  none: string,
  caption: string,
  headers: readonly string[],
  row: (item: T) => Cell[],
  detail?: (item: T) => string,
): Section {
  if (items.length === 0) return { heading, paragraphs: [none], tables: [] };
  const tableOf = (shown: readonly T[], suffix: string, subheading?: string): Table => ({
    caption: `${caption}${suffix}`,
    headers,
    rows: shown.map(row),
    ...(detail === undefined ? {} : { details: shown.map(detail) }),
    ...(subheading === undefined ? {} : { subheading }),
  });
  const framed = items.some((item) => item.measureLabel !== undefined && item.measureLabel !== null);
  if (!framed) return { heading, paragraphs: [], tables: [tableOf(items, "")] };
  const standards = items.filter((item) => item.standard === true);
  const indicators = items.filter((item) => item.standard !== true);
  const tables: Table[] = [];
  if (standards.length > 0) tables.push(tableOf(standards, `: ${STANDARDS_HEADING.toLowerCase()}`, STANDARDS_HEADING));
  if (indicators.length > 0) {
    const kind = indicatorsHeading(indicators);
    tables.push(tableOf(indicators, `: ${kind.toLowerCase()}`, kind));
  }
  return { heading, paragraphs: [], tables };
}

/** The standards' table's heading. */
const STANDARDS_HEADING = "Standards";

/** The indicators' table's heading: "Local indicators" when every one is local. */
function indicatorsHeading(rows: readonly ReportTarget[]): string {
  return rows.every((row) => row.measureLabel === "Local indicator") ? "Local indicators" : "Indicators";
}

/** The report's title: by its period ("Performance report, Quarter 1 2001/02: …"); a report made before issue 21 by its date. */
function titleOf(report: PerformanceReport): string {
  return report.period.title === undefined
    ? `Performance report: ${report.framework.name}, ${report.asOfText}`
    : `Performance report, ${report.period.title}: ${report.framework.name}`;
}

/**
 * The lead: who it is for, the report's date and the date of the latest figure it rests on, the
 * period it covers, and the scale.
 */
function leadOf(report: PerformanceReport): string {
  const reader = report.audience === "executive" ? "executive" : "scrutiny committee";
  if (report.dataAsOfText === undefined)
    return `For the ${reader}, as of ${report.asOfText}. Statuses on the ${report.scale} scale.`;
  const figures =
    report.dataAsOf === null || report.dataAsOf === undefined
      ? "no figure is in yet"
      : `figures to ${report.dataAsOfText}, the latest the report rests on`;
  return `For the ${reader}. Report date ${report.asOfText}; ${figures}. It covers ${report.period.text}. Statuses on the ${report.scale} scale.`;
}

/** How each outturn is headed, in the order a committee reads them: the shortfalls first. */
const OUTTURN_GROUPS = [
  ["notAchieved", "Not achieved"],
  ["achieved", "Achieved"],
  ["awaiting", "Awaiting the outturn"],
  ["unjudged", "Outturn with nothing to judge it by"],
] as const;

/**
 * The outturns: the targets that have ended, counted ("Of 6 targets that have ended: 2 achieved, 3
 * not achieved, 1 awaiting its outturn.") and listed by how they ended, the shortfalls first.
 */
function outturnsSection(report: PerformanceReport, rows: ReadonlyMap<string, ReportTarget>): Section | undefined {
  const outturns = report.outturns;
  if (outturns === undefined) return undefined;
  const total =
    outturns.achieved.length + outturns.notAchieved.length + outturns.awaiting.length + outturns.unjudged.length;
  if (total === 0) return undefined;
  const counts = [
    `${String(outturns.achieved.length)} achieved`,
    `${String(outturns.notAchieved.length)} not achieved`,
    `${String(outturns.awaiting.length)} awaiting the outturn`,
    ...(outturns.unjudged.length === 0 ? [] : [`${String(outturns.unjudged.length)} with nothing to judge it by`]),
  ];
  const tables: Table[] = [];
  for (const [key, caption] of OUTTURN_GROUPS) {
    const shown = outturns[key].flatMap((id) => {
      const row = rows.get(id);
      return row === undefined ? [] : [row];
    });
    if (shown.length === 0) continue;
    // Each group headed by how its targets ended; its standards and indicators apart within it.
    const laid = listedTargets("", shown, "", caption, ["Target", "Owner", "Outturn"], (row) => [
      text(targetTitle(row)),
      text(row.owner?.name ?? "no owner"),
      text(row.outturn?.text.summary ?? ""),
    ]).tables;
    tables.push(
      ...laid.map((table) => {
        // "Not achieved (2)", "Awaiting the outturn: standards (2)": the heading and the caption alike.
        const heading = `${caption}${table.subheading === undefined ? "" : `: ${table.subheading.toLowerCase()}`} (${String(table.rows.length)})`;
        return { ...table, caption: heading, subheading: heading };
      }),
    );
  }
  return {
    heading: OUTTURNS_HEADING,
    paragraphs: [`Of ${String(total)} target${total === 1 ? "" : "s"} that have ended: ${counts.join(", ")}.`],
    tables,
  };
}

/** The outturns section's heading. @internal */
export const OUTTURNS_HEADING = "Outturns: targets that have ended";

/**
 * A report laid out: the counts, the exceptions, what is going well, a section per aim (its
 * corporate objectives, and the exceptions beneath it, or for scrutiny every target), the overdue
 * reviews, the checker's findings and the data caveats. Given `charts` (markup by target id), each
 * exception's first cell, the target, carries its target's chart.
 * @internal
 */
export function layoutOf(report: PerformanceReport, charts?: ReadonlyMap<string, string>): Layout {
  const rows = new Map(report.targets.map((row) => [row.target, row]));
  const counted = (Object.entries(report.counts) as [Status, number][]).filter(([, count]) => count > 0);
  const ended = report.targets.filter((row) => row.outturn !== undefined && row.outturn !== null);
  const outturns = outturnsSection(report, rows);
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
        caption: `Objectives serving the aim "${aim.title}"`,
        headers: ["Objective", "Status", "Delivery confidence", "Progress", "Owner", "Improving", "Worsening"],
        rows: aim.objectives.map((objective) => [
          text(objective.title),
          status(objective.status),
          objective.delivery === null ? text("none") : status(objective.delivery),
          text(progressText(objective.progress)),
          text(objective.owner?.name ?? "no owner"),
          text(String(objective.direction.improving)),
          text(String(objective.direction.worsening)),
        ]),
      });
    if (beneath.length > 0)
      tables.push({
        caption: `${report.audience === "scrutiny" ? "Every target" : "Exceptions"} beneath the aim "${aim.title}"`,
        headers: TARGET_HEADERS,
        rows: beneath.map(targetRow),
      });
    return {
      heading: aim.title,
      kind: "aim",
      paragraphs: [
        `Targets: ${countsText(aim.targetCounts)}.`,
        `${rolledUpText(aim)} Owner: ${aim.owner?.name ?? "no owner"}. Since the previous figures: ${String(aim.direction.improving)} improving, ${String(aim.direction.worsening)} worsening, ${String(aim.direction.noChange)} unchanged.`,
      ],
      tables,
    };
  });
  return {
    title: titleOf(report),
    lead: leadOf(report),
    counts: {
      caption: "Targets by status",
      headers: ["Status", "Targets"],
      rows: counted.map(([value, count]) => [status(value), text(String(count))]),
    },
    sections: [
      // The year-end report leads with the year's outturns.
      ...(outturns !== undefined && yearEnd ? [outturns] : []),
      listedTargets(
        "Exceptions",
        report.exceptions,
        "No target is red or amber, and no figure is missing.",
        "Red and amber targets, and missing figures, worst first",
        // Scrutiny's version asks the portfolio holder questions where the executive's asks for a decision.
        report.audience === "scrutiny"
          ? EXCEPTION_HEADERS.map((header) => (header === "Decision or commentary asked" ? QUESTIONS_HEADER : header))
          : EXCEPTION_HEADERS,
        (row) => withChart(exceptionRow(row), charts?.get(row.target)),
        exceptionDetail,
      ),
      listedTargets(
        "Going well",
        report.goingWell,
        "No target is green or blue yet.",
        "Green and blue targets, the improving first",
        TARGET_HEADERS,
        targetRow,
      ),
      ...(report.watch.length === 0
        ? []
        : [listedTargets("To watch", report.watch, "", "Amber-green targets", TARGET_HEADERS, targetRow)]),
      ...(report.awaiting.length === 0
        ? []
        : [
            listedTargets(
              "Awaiting a first figure",
              report.awaiting,
              "",
              "Targets not started, or whose first figure is not yet due",
              TARGET_HEADERS,
              targetRow,
            ),
          ]),
      ...(outturns !== undefined
        ? yearEnd
          ? []
          : [outturns]
        : ended.length === 0
          ? []
          : [
              listed(
                "Targets that have ended",
                ended,
                "",
                "Targets whose goal date has passed, and how each ended",
                ["Target", "Status", "Owner", "Outturn"],
                (row) => [
                  text(row.title),
                  status(row.status),
                  text(row.owner?.name ?? "no owner"),
                  text(row.outturn?.text.summary ?? ""),
                ],
              ),
            ]),
      listed(
        "Late figures",
        report.lateFigures,
        "No figure is late.",
        "Targets whose next figure is late, whatever their status",
        ["Target", "Status", "Owner", "Latest figure", "Next figure was due"],
        (row) => [
          text(row.title),
          status(row.status),
          text(row.owner?.name ?? "no owner"),
          text(`${row.text.actual} (${row.text.actualDate})`),
          // An ended target's late figure is its outturn, the figure for its goal date.
          text(
            row.outturn === undefined || row.outturn === null
              ? row.text.nextFigureDue
              : `${row.text.nextFigureDue} (the outturn, for ${row.outturn.text.date})`,
          ),
        ],
      ),
      ...aims,
      ...scrutinySections(report),
      // The officers' annex: last, after the members' part.
      ...annexSections(report),
    ],
  };
}

/** A row with a chart in its first cell (the target's), or the row as it is without one. */
function withChart(row: Cell[], chart: string | undefined): Cell[] {
  const [first, ...rest] = row;
  return chart === undefined || first === undefined ? row : [{ ...first, chart }, ...rest];
}

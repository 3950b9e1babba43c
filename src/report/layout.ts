import type { Status } from "../trajectory/index.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import type {
  PerformanceReport,
  ReportAction,
  ReportException,
  ReportObjective,
  ReportTarget,
} from "./performanceReport.js";
import { STATUS_TEXT, reasonText } from "./words.js";
import { annexSections, scrutinySections } from "./annexLayout.js";
import { QUESTIONS_HEADER } from "./scrutinyWords.js";

/**
 * A report laid out for reading, whatever the format: headings, sentences and tables of plain
 * text. Markdown and HTML render the same layout, so the two never say different things.
 * @internal
 */

/** A table cell: its text; a status cell also carries its status, for the colour a format adds. */
export interface Cell {
  readonly text: string;
  readonly status?: Status;
  /** A chart drawn after the text, in formats that draw charts (HTML): trusted SVG markup, never escaped. */
  readonly chart?: string;
}

/** A table: what it shows (its caption), its column headers and its rows; the first cell of a row heads it. */
export interface Table {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A section: a heading, sentences, and tables. */
export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly Table[];
  /** What the section is, where a renderer treats it apart: `"aim"`, an aim's section (printed from a new page). */
  readonly kind?: "aim";
  /**
   * Which part of the report it belongs to: the members' (absent: the members') or the officers'
   * annex, which the renderers put after the members' part under its own heading.
   */
  readonly part?: "members" | "annex";
}

/** The whole report laid out: a title, a lead sentence, and its sections. */
export interface Layout {
  readonly title: string;
  readonly lead: string;
  readonly counts: Table;
  readonly sections: readonly Section[];
}

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
    row.chain?.reachesApex === false ? ` (the chain stops short of the aim: ${row.chain.stop ?? "orphan"})` : "";
  const shared =
    row.sharedWith.length === 0 ? "" : `; shared with ${row.sharedWith.map((partner) => partner.name).join(", ")}`;
  const more = !row.chainsExact
    ? ` (the first of at least ${row.chains} chains: a contribution loop makes more)`
    : row.chains === "1"
      ? ""
      : ` (the first of ${row.chains} chains)`;
  return `${path}${stop}${shared}${more}`;
}

const EXCEPTION_HEADERS = [
  "Target",
  "Status",
  "Decision needed",
  "Why",
  "Owner",
  "Actual",
  "Expected",
  "Variance",
  "Forecast",
  "Corrective action recorded",
  "Actions in hand",
  "Reaches",
];

function exceptionRow(row: ReportException): Cell[] {
  return [
    text(row.title),
    status(row.status),
    text(row.decisionText),
    text(row.reasons.map(reasonText).join(", ")),
    text(row.owner?.name ?? "no owner"),
    text(`${row.text.actual} (${row.text.actualDate})`),
    text(row.text.expected),
    text(row.text.variance),
    // An ended target is not forecast: the cell says how it ended instead.
    text(row.outturn?.text.summary ?? row.text.forecast),
    text(row.correctiveAction ?? "No corrective action recorded"),
    text(actionsText(row.inHand.actions)),
    text(chainText(row)),
  ];
}

const TARGET_HEADERS = ["Target", "Status", "Owner", "Actual", "Expected", "Direction"];

function targetRow(row: ReportTarget): Cell[] {
  return [
    text(row.title),
    status(row.status),
    text(row.owner?.name ?? "no owner"),
    text(`${row.text.actual} (${row.text.actualDate})`),
    text(row.text.expected),
    text(row.text.direction),
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
    title: `Performance report: ${report.framework.name}, ${report.asOfText}`,
    lead: `For the ${report.audience === "executive" ? "executive" : "scrutiny committee"}, as of ${report.asOfText}. Statuses on the ${report.scale} scale.`,
    counts: {
      caption: "Targets by status",
      headers: ["Status", "Targets"],
      rows: counted.map(([value, count]) => [status(value), text(String(count))]),
    },
    sections: [
      listed(
        "Exceptions",
        report.exceptions,
        "No target is red or amber, and no figure is missing.",
        "Red and amber targets, and missing figures, worst first",
        // Scrutiny's version asks the portfolio holder questions where the executive's asks for a decision.
        report.audience === "scrutiny"
          ? EXCEPTION_HEADERS.map((header) => (header === "Decision needed" ? QUESTIONS_HEADER : header))
          : EXCEPTION_HEADERS,
        (row) => withChart(exceptionRow(row), charts?.get(row.target)),
      ),
      listed(
        "Going well",
        report.goingWell,
        "No target is green or blue yet.",
        "Green and blue targets, the improving first",
        TARGET_HEADERS,
        targetRow,
      ),
      ...(report.watch.length === 0
        ? []
        : [listed("To watch", report.watch, "", "Amber-green targets", TARGET_HEADERS, targetRow)]),
      ...(report.awaiting.length === 0
        ? []
        : [
            listed(
              "Awaiting a first figure",
              report.awaiting,
              "",
              "Targets not started, or whose first figure is not yet due",
              TARGET_HEADERS,
              targetRow,
            ),
          ]),
      ...(ended.length === 0
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

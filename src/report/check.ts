/**
 * The report functions' checks of what they are given: a source, a report, an evaluation, a target
 * id. Each failure is a {@link ReportError} naming the argument and the place in it, never a
 * `TypeError` from deep inside a renderer.
 * @internal
 */
import { array, boolean, count, keyedBy, object, oneOf, string } from "../internal/shape.js";
import { EXCEPTION_DECISIONS } from "./decisionKinds.js";
import { shown } from "../internal/options.js";
import type { Id } from "../model/index.js";
import type { FrameworkEvaluation } from "../trajectory/index.js";
import { ReportError } from "./errors.js";
import { checkShape } from "./checkShape.js";
import type { PerformanceReport } from "./performanceReport.js";
import { STATUS_TEXT } from "./words.js";

const STATUSES = Object.keys(STATUS_TEXT) as (keyof typeof STATUS_TEXT)[];
const status = oneOf(STATUSES);
const text = string;
const owner = object({ name: text }).nullable();
const direction = oneOf(["improving", "worsening", "no-change"]).nullable();
const objective = object({
  title: text,
  status,
  delivery: status.nullable(),
  partnerDelivered: keyedBy(STATUSES, "statuses", count),
  progress: text.nullable(),
  owner,
  direction: object({ improving: count, worsening: count, noChange: count }),
});
const target = object({
  target: text,
  title: text,
  status,
  owner,
  direction,
  text: object({
    actual: text,
    actualDate: text,
    expected: text,
    variance: text,
    forecast: text,
    nextFigureDue: text,
    direction: text,
    status: text,
    against: text,
    compared: text,
  }),
  outturn: object({
    status: oneOf(["achieved", "not-achieved", "awaiting", "unjudged"]),
    text: object({ summary: text }),
  }).nullable(),
  standard: boolean.nullable(),
  measureLabel: text.nullable(),
});
const action = object({
  title: text,
  owner,
  dueText: text.nullable(),
  overdue: boolean,
  state: oneOf(["open", "overdue", "done", "done-undated"]),
  completedText: text.nullable(),
  tooLate: boolean,
  ongoing: boolean,
});
const exception = target.extend({
  reasons: array(oneOf(["red", "amber", "stale", "no-data"])),
  decision: oneOf(EXCEPTION_DECISIONS),
  decisionText: text,
  correctiveAction: text.nullable(),
  actions: array(action),
  inHand: object({ actions: array(action) }),
  chain: object({
    steps: array(object({ subject: object({ kind: text, title: text }) })),
    reachesApex: boolean,
    stop: oneOf(["orphan", "cycle", "missing-objective"]).nullable(),
    omitted: count,
  }).nullable(),
  chains: text,
  chainsExact: boolean,
  sharedWith: array(object({ name: text })),
});

/** What the renderers read of a report: its shape, checked before any of it is laid out. */
const REPORT = object({
  framework: object({ name: text }),
  asOfText: text,
  audience: oneOf(["executive", "scrutiny"]),
  scale: text,
  locale: text,
  // The language of its words (issue 21).
  lang: text,
  counts: keyedBy(STATUSES, "statuses", count),
  aims: array(
    objective.extend({
      objectives: array(objective),
      exceptions: array(text),
      targets: array(text),
      targetCounts: keyedBy(STATUSES, "statuses", count),
    }),
  ),
  exceptions: array(exception),
  goingWell: array(target),
  watch: array(target),
  awaiting: array(target),
  lateFigures: array(target),
  targets: array(target),
  period: object({ text, title: text, kind: oneOf(["quarter", "year-end", "custom"]) }),
  // The annex reads the reviews' names and words only (issue 21), so only they are checked.
  reviews: array(
    object({
      cycleName: text,
      subjectTitle: text,
      reviewerName: text.nullable(),
      text: object({ due: text, held: text }),
    }),
  ),
  overdueReviews: array(
    object({
      cycleName: text,
      subjectTitle: text,
      reviewerName: text.nullable(),
      text: object({ lastReviewed: text, due: text, daysOverdue: text }),
    }),
  ),
  findings: array(
    object({
      severity: text,
      ruleId: text,
      message: text,
      subjectTitle: text,
      subject: object({ kind: text, id: text }),
    }),
  ),
  caveats: array(object({ title: text, quality: text, dateText: text })),
  scrutiny: object({
    redRuns: array(object({ title: text, owner, text })),
    followUp: object({
      asOfText: text,
      items: array(
        object({
          title: text,
          then: object({ status, decision: text }),
          now: object({ status: status.nullable() }),
          text,
        }),
      ),
    }).nullable(),
  }).nullable(),
  dataAsOf: text.nullable(),
  dataAsOfText: text,
  outturns: object({
    achieved: array(text),
    notAchieved: array(text),
    awaiting: array(text),
    unjudged: array(text),
  }),
});

/** What a renderer reads of an evaluation: its objectives' roll-ups, each an id and a status. */
const EVALUATION = object({ objectives: array(object({ objective: text, status })) });

/**
 * Checks that `report` is a report from `performanceReport` (as far as the renderers read it).
 * @throws {@link ReportError} naming the argument and the first place that is wrong
 * @internal
 */
export function checkReport(report: unknown, what = "report"): asserts report is PerformanceReport {
  checkShape(REPORT, report, what, "a report from performanceReport");
}

/**
 * Checks an evaluation a renderer colours by: an object whose `objectives` are roll-ups (an
 * objective id and a status each), as `evaluateFramework` gives them.
 * @throws {@link ReportError} naming the argument and the first place that is wrong
 * @internal
 */
export function checkEvaluation(
  evaluation: unknown,
  what: string,
): asserts evaluation is Pick<FrameworkEvaluation, "objectives"> {
  checkShape(EVALUATION, evaluation, what, "an evaluation from evaluateFramework");
}

/**
 * Checks a target id: a string.
 * @throws {@link ReportError} naming the argument
 * @internal
 */
export function checkId(id: unknown, what: string): asserts id is Id {
  if (typeof id !== "string") throw new ReportError(`${what} must be a target's id, a string; got ${shown(id)}`);
}

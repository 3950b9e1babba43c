/**
 * The report functions' checks of what they are given: a source, a report, an evaluation, a target
 * id. Each failure is a {@link ReportError} naming the argument and the place in it, never a
 * `TypeError` from deep inside a renderer.
 * @internal
 */
import * as z from "zod";
import { EXCEPTION_DECISIONS } from "./decisionKinds.js";
import { shown } from "../internal/options.js";
import type { Id } from "../model/index.js";
import type { FrameworkEvaluation } from "../trajectory/index.js";
import { ReportError } from "./errors.js";
import { checkShape } from "./checkShape.js";
import type { PerformanceReport } from "./performanceReport.js";
import { STATUS_TEXT } from "./words.js";

const status = z.enum(Object.keys(STATUS_TEXT) as [keyof typeof STATUS_TEXT, ...(keyof typeof STATUS_TEXT)[]]);
const text = z.string();
const count = z.number().int().nonnegative();
const owner = z.object({ name: text }).nullable();
const direction = z.enum(["improving", "worsening", "no-change"]).nullable();
const objective = z.object({
  title: text,
  status,
  delivery: status.nullable(),
  partnerDelivered: z.partialRecord(status, count),
  progress: text.nullable(),
  owner,
  direction: z.object({ improving: count, worsening: count, noChange: count }),
});
const target = z.object({
  target: text,
  title: text,
  status,
  owner,
  direction,
  text: z.object({
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
  outturn: z
    .object({
      status: z.enum(["achieved", "not-achieved", "awaiting", "unjudged"]),
      text: z.object({ summary: text }),
    })
    .nullable(),
  standard: z.boolean().nullable(),
  measureLabel: text.nullable(),
});
const action = z.object({
  title: text,
  owner,
  dueText: text.nullable(),
  overdue: z.boolean(),
  state: z.enum(["open", "overdue", "done", "done-undated"]),
  completedText: text.nullable(),
  tooLate: z.boolean(),
  ongoing: z.boolean(),
});
const exception = target.extend({
  reasons: z.array(z.enum(["red", "amber", "stale", "no-data"])),
  decision: z.enum(EXCEPTION_DECISIONS),
  decisionText: text,
  correctiveAction: text.nullable(),
  actions: z.array(action),
  inHand: z.object({ actions: z.array(action) }),
  chain: z
    .object({
      steps: z.array(z.object({ subject: z.object({ kind: text, title: text }) })),
      reachesApex: z.boolean(),
      omitted: count,
    })
    .nullable(),
  chains: text,
  chainsExact: z.boolean(),
  sharedWith: z.array(z.object({ name: text })),
});

/** What the renderers read of a report: its shape, checked before any of it is laid out. */
const REPORT = z.object({
  framework: z.object({ name: text }),
  asOfText: text,
  audience: z.enum(["executive", "scrutiny"]),
  scale: text,
  locale: text,
  // The language of its words (issue 21).
  lang: text,
  counts: z.partialRecord(status, count),
  aims: z.array(
    objective.extend({
      objectives: z.array(objective),
      exceptions: z.array(text),
      targets: z.array(text),
      targetCounts: z.partialRecord(status, count),
    }),
  ),
  exceptions: z.array(exception),
  goingWell: z.array(target),
  watch: z.array(target),
  awaiting: z.array(target),
  lateFigures: z.array(target),
  targets: z.array(target),
  period: z.object({ text, title: text, kind: z.enum(["quarter", "year-end", "custom"]) }),
  // The annex reads the reviews' names and words only (issue 21), so only they are checked.
  reviews: z.array(
    z.object({
      cycleName: text,
      subjectTitle: text,
      reviewerName: text.nullable(),
      text: z.object({ due: text, held: text }),
    }),
  ),
  overdueReviews: z.array(
    z.object({
      cycleName: text,
      subjectTitle: text,
      reviewerName: text.nullable(),
      text: z.object({ lastReviewed: text, due: text, daysOverdue: text }),
    }),
  ),
  findings: z.array(
    z.object({
      severity: text,
      ruleId: text,
      message: text,
      subjectTitle: text,
      subject: z.object({ kind: text, id: text }),
    }),
  ),
  caveats: z.array(z.object({ title: text, quality: text, dateText: text })),
  scrutiny: z
    .object({
      redRuns: z.array(z.object({ title: text, owner, text })),
      followUp: z
        .object({
          asOfText: text,
          items: z.array(
            z.object({
              title: text,
              then: z.object({ status, decision: text }),
              now: z.object({ status: status.nullable() }),
              text,
            }),
          ),
        })
        .nullable(),
    })
    .nullable(),
  dataAsOf: text.nullable(),
  dataAsOfText: text,
  outturns: z.object({
    achieved: z.array(text),
    notAchieved: z.array(text),
    awaiting: z.array(text),
    unjudged: z.array(text),
  }),
});

/** What a renderer reads of an evaluation: its objectives' roll-ups, each an id and a status. */
const EVALUATION = z.object({ objectives: z.array(z.object({ objective: text, status })) });

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

import { type Framework, type OverdueReview, type ScheduledReview, overdueReviews, reviewSchedule } from "../index.js";
import { type Formatter, formatterFor } from "../report/format.js";
import { type Command, choiceOption, requiredOption, windowOption } from "./command.js";
import { loadFramework } from "./input.js";
import { type Painter, printable, writeLines } from "./io.js";
import { writeResult } from "./results.js";
import { type Names, namesOf } from "./people.js";

/** Dates and names for people, as the members' report writes them. */
interface Words {
  readonly names: Names;
  readonly format: Formatter;
}

function wordsOf(framework: Framework): Words {
  return { names: namesOf(framework), format: formatterFor(undefined, "locale") };
}

function scheduledLine(paint: Painter, review: ScheduledReview, { names, format }: Words): string {
  const done =
    review.done === null
      ? paint("yellow", "not done")
      : paint(
          "green",
          `done ${format.date(review.done.date)}${review.done.outcome === null ? "" : ` (${printable(review.done.outcome)})`}`,
        );
  const reviewer = review.reviewer === null ? "" : `, by ${names.owner(review.reviewer)}`;
  return `  due ${format.date(review.due)}  ${review.subject.kind} ${names.subject(review.subject.kind, review.subject.id)}: period ${format.date(review.period.start)} to ${format.date(review.period.end)}, ${names.cycle(review.cycle)}${reviewer}; ${done}`;
}

function overdueLine(paint: Painter, review: OverdueReview, { names, format }: Words): string {
  const last = review.lastReviewed === null ? "never reviewed" : `last reviewed ${format.date(review.lastReviewed)}`;
  const reviewer = review.reviewer === null ? "" : `, by ${names.owner(review.reviewer)}`;
  const days = `${review.daysOverdue} day${review.daysOverdue === 1 ? "" : "s"} overdue`;
  return `  ${paint("red", days)}  ${review.subject.kind} ${names.subject(review.subject.kind, review.subject.id)}: due ${format.date(review.due)}, ${names.cycle(review.cycle)}${reviewer}; ${last}`;
}

/** @internal `schedule`: every review due between two dates, with whether it was done. */
export const scheduleCommand: Command = {
  name: "schedule",
  summary: "list the reviews due between two dates, and which were done",
  usage: "schedule <framework.json> --from D --to D",
  options: { from: { type: "string" }, to: { type: "string" } },
  help: ["--from D --to D      the dates (both included) whose due reviews are listed, YYYY-MM-DD (required)"],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, positionals, paint, format } = context;
    requiredOption(context, "from");
    requiredOption(context, "to");
    const window = windowOption(context, "schedule") as { from: string; to: string };
    const framework = await loadFramework(positionals[0] as string, io);
    const schedule = reviewSchedule(framework, window);
    if (format === "json") writeResult(io, "ReviewSchedule", schedule);
    else {
      const words = wordsOf(framework);
      writeLines(io, [
        `Reviews due from ${words.format.date(schedule.from)} to ${words.format.date(schedule.to)}: ${schedule.reviews.length}`,
        // The rows as returned, so ids are looked up as they are; each piece of data is made printable as it is written.
        ...schedule.reviews.map((review) => scheduledLine(paint, review, words)),
      ]);
    }
    return 0;
  },
};

/**
 * @internal What `overdue --format json` prints: the date, and `overdueReviews`' list (an object,
 * so that it can say which schema it follows).
 */
export interface OverdueOutput {
  /** The date the reviews are overdue on (`--as-of`). */
  readonly asOf: string;
  /** The reviews overdue on it, as `overdueReviews` returns them: the longest overdue first. */
  readonly reviews: readonly OverdueReview[];
}

/** @internal `overdue`: the reviews overdue as of a date. */
export const overdueCommand: Command = {
  name: "overdue",
  summary: "list the reviews overdue as of a date",
  usage: "overdue <framework.json> --as-of D [--fail-on overdue]",
  options: { "as-of": { type: "string" }, "fail-on": { type: "string" } },
  help: [
    "--as-of D            the date, YYYY-MM-DD (required)",
    "--fail-on overdue    exit 1 when any review is overdue (for a pipeline that should stop on one)",
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, positionals, paint, format } = context;
    const asOf = requiredOption(context, "as-of");
    const failOn = choiceOption(context, "fail-on", ["overdue"] as const);
    const framework = await loadFramework(positionals[0] as string, io);
    const overdue = overdueReviews(framework, { asOf });
    if (format === "json") writeResult(io, "OverdueOutput", { asOf, reviews: overdue } satisfies OverdueOutput);
    else {
      const words = wordsOf(framework);
      writeLines(io, [
        `Reviews overdue as of ${words.format.date(asOf)}: ${overdue.length}`,
        ...overdue.map((review) => overdueLine(paint, review, words)),
      ]);
    }
    return failOn !== undefined && overdue.length > 0 ? 1 : 0;
  },
};

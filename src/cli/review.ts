import { type OverdueReview, type ScheduledReview, overdueReviews, reviewSchedule } from "../index.js";
import { type Command, requiredOption } from "./command.js";
import { loadFramework } from "./input.js";
import { type Painter, forPeople, writeJson, writeLines } from "./io.js";

function scheduledLine(paint: Painter, review: ScheduledReview): string {
  const done =
    review.done === undefined
      ? paint("yellow", "not done")
      : paint(
          "green",
          `done ${review.done.date}${review.done.outcome === undefined ? "" : ` (${review.done.outcome})`}`,
        );
  const reviewer = review.reviewer === undefined ? "" : `, by ${review.reviewer}`;
  return `  due ${review.due}  ${review.subject.kind} ${review.subject.id}: period ${review.period.start} to ${review.period.end}, cycle ${review.cycle}${reviewer}; ${done}`;
}

function overdueLine(paint: Painter, review: OverdueReview): string {
  const last = review.lastReviewed === undefined ? "never reviewed" : `last reviewed ${review.lastReviewed}`;
  const reviewer = review.reviewer === undefined ? "" : `, by ${review.reviewer}`;
  return `  ${paint("red", `${review.daysOverdue} days overdue`)}  ${review.subject.kind} ${review.subject.id}: due ${review.due}, cycle ${review.cycle}${reviewer}; ${last}`;
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
    const from = requiredOption(context, "from");
    const to = requiredOption(context, "to");
    const schedule = reviewSchedule(await loadFramework(positionals[0] as string, io), { from, to });
    if (format === "json") writeJson(io, schedule);
    else
      writeLines(io, [
        `Reviews due from ${schedule.from} to ${schedule.to}: ${schedule.reviews.length}`,
        ...forPeople(schedule.reviews).map((review) => scheduledLine(paint, review)),
      ]);
    return 0;
  },
};

/** @internal `overdue`: the reviews overdue as of a date. */
export const overdueCommand: Command = {
  name: "overdue",
  summary: "list the reviews overdue as of a date",
  usage: "overdue <framework.json> --as-of D",
  options: { "as-of": { type: "string" } },
  help: ["--as-of D            the date, YYYY-MM-DD (required)"],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, positionals, paint, format } = context;
    const asOf = requiredOption(context, "as-of");
    const overdue = overdueReviews(await loadFramework(positionals[0] as string, io), { asOf });
    if (format === "json") writeJson(io, overdue);
    else
      writeLines(io, [
        `Reviews overdue as of ${asOf}: ${overdue.length}`,
        ...forPeople(overdue).map((review) => overdueLine(paint, review)),
      ]);
    return 0;
  },
};

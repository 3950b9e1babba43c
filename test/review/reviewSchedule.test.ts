import { endOfQuarter, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  type ReviewCycle,
  ReviewError,
  indexFramework,
  overdueReviews,
  parseFramework,
  reviewSchedule,
} from "../../src/index.js";
import { checkCascade } from "../../src/cascade/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { inUtc } from "../helpers/inUtc.js";
import { runs } from "../helpers/runs.js";
import { perTest } from "../helpers/perTest.js";

const stockton = (): Framework => deepFreeze(parseFramework(loadExample("stockton")));

/**
 * The base framework (plans from 2001-04-01; the service plan to 2004-03-31) with one cycle and its
 * reviews. The cycle's deadline is its periods' ends (`graceDays: 0`) unless it says otherwise, so
 * that a review's `due` is its period's end and windows select periods.
 */
function withCycle(cycle: Omit<ReviewCycle, "id" | "name">, edit: (framework: Framework) => void = () => undefined) {
  const framework = jsonCopy(baseFramework());
  framework.reviewCycles = [
    { id: "rc", name: "Cycle", ...(cycle.deadline === undefined ? { graceDays: 0 } : {}), ...cycle },
  ];
  framework.reviews = [];
  edit(framework);
  return deepFreeze(framework);
}

/** The due dates of one subject's reviews in a window. */
function duesOf(framework: Framework, id: string, from: string, to: string): string[] {
  return reviewSchedule(framework, { from, to })
    .reviews.filter((review) => review.subject.id === id)
    .map((review) => review.due);
}

describe("reviewSchedule: a review recorded twice", () => {
  it("answers one period: the repeated row does not make the next quarter look done", () => {
    const framework = jsonCopy(loadExample("stockton")) as Framework;
    const held = framework.reviews?.find((r) => r.subject === "t-zero-homelessness" && r.date === "2002-01-31");
    if (held === undefined) throw new Error("the fixture lost its 31 January 2002 review");
    framework.reviews?.push({ ...held, outcome: "The same meeting, entered again" });
    const done = reviewSchedule(deepFreeze(parseFramework(framework)), { from: "2001-09-01", to: "2002-03-31" })
      .reviews.filter((review) => review.subject.id === "t-zero-homelessness")
      .map((review) => [review.period.end, review.done?.date ?? null]);
    // 31 January answers the quarter to 31 December; the quarter to 31 March is still not done.
    expect(done).toEqual([
      ["2001-09-30", "2001-10-31"],
      ["2001-12-31", "2002-01-31"],
      ["2002-03-31", null],
    ]);
  });
});

describe("reviewSchedule: Stockton's monitoring arrangements (seed 5.3.4.1) for the financial year 2001/02", () => {
  // The reviews of the periods that end in the financial year, each with its deadline.
  const schedule = perTest(() => reviewSchedule(stockton(), { from: "2001-04-01", to: "2002-03-31" }));
  const of = (cycle: string, id: string) =>
    schedule().reviews.filter((review) => review.cycle === cycle && review.subject.id === id);

  it("quarterly reports on targets cover each quarter and are due two months after it, each answered by the report after it", () => {
    // Reviews recorded on 31 July, 31 October and 31 January: each answers the quarter before it,
    // in time (the quarter to 30 June is due by 31 August).
    expect(of("rc-quarterly-targets", "t-homeless-offers")).toEqual([
      {
        cycle: "rc-quarterly-targets",
        subject: { kind: "target", id: "t-homeless-offers" },
        period: { start: "2001-04-01", end: "2001-06-30" },
        deadline: "2001-08-31",
        due: "2001-08-31",
        overdueFrom: "2001-09-01",
        daysOverdue: null,
        reviewer: "cabinet",
        done: { date: "2001-07-31", outcome: "Progress reported to cabinet" },
      },
      expect.objectContaining({
        period: { start: "2001-07-01", end: "2001-09-30" },
        deadline: "2001-11-30",
        done: { date: "2001-10-31", outcome: "Progress reported to cabinet" },
      }),
      expect.objectContaining({
        period: { start: "2001-10-01", end: "2001-12-31" },
        deadline: "2002-02-28",
        done: { date: "2002-01-31", outcome: "Progress reported to cabinet" },
      }),
      // The year-end quarter of a target whose goal date is 31 March 2002: still due, by 31 May.
      expect.objectContaining({ done: null }),
    ]);
    expect(of("rc-quarterly-targets", "t-homeless-offers")[3]).toMatchObject({
      period: { start: "2002-01-01", end: "2002-03-31" },
      deadline: "2002-05-31",
    });
  });

  it("directors are reviewed quarterly by the chief executive; plans, appraisals and the community plan annually", () => {
    // No deadline given: six weeks after each period's end.
    expect(
      of("rc-quarterly-directors", "director-housing").map((review) => [review.deadline, review.done?.date]),
    ).toEqual([
      ["2001-08-11", "2001-07-15"],
      ["2001-11-11", "2001-10-15"],
      ["2002-02-11", "2002-01-15"],
      ["2002-05-12", undefined],
    ]);
    expect(of("rc-quarterly-directors", "director-housing")[0]?.reviewer).toBe("chief-executive");
    for (const plan of ["plan-community", "plan-corporate", "plan-housing", "plan-receptionist"])
      expect(of("rc-annual-plan-review", plan).map((review) => [review.period, review.deadline])).toEqual([
        [{ start: "2001-04-01", end: "2002-03-31" }, "2002-05-12"],
      ]);
    expect(of("rc-annual-community-plan", "plan-community").map((review) => review.reviewer)).toEqual(["lsp-stockton"]);
    expect(of("rc-annual-departmental-appraisal", "plan-housing").map((review) => review.deadline)).toEqual([
      "2002-05-12",
    ]);
    expect(of("rc-annual-individual-appraisal", "plan-voids-officer").map((review) => review.deadline)).toEqual([
      "2002-05-12",
    ]);
  });

  it("the annual report on Performance Indicators covers the financial year and is due by 30 June after it; best value reviews on their programme", () => {
    expect(of("rc-annual-pi-report", "plan-corporate").map((review) => [review.period, review.deadline])).toEqual([
      [{ start: "2001-04-01", end: "2002-03-31" }, "2002-06-30"],
    ]);
    expect(schedule().reviews.filter((review) => review.cycle === "rc-best-value-reviews")).toEqual([]);
    const later = reviewSchedule(stockton(), { from: "2002-07-01", to: "2004-06-30" });
    expect(
      later.reviews.filter((review) => review.cycle === "rc-best-value-reviews").map((r) => [r.subject.id, r.due]),
    ).toEqual([
      ["plan-housing", "2003-05-12"],
      ["plan-environment", "2003-05-12"],
      ["plan-regeneration", "2003-05-12"],
    ]);
    expect(
      later.reviews.filter((review) => review.cycle === "rc-annual-pi-report").map((r) => [r.period.end, r.due]),
    ).toEqual([
      ["2003-03-31", "2003-06-30"],
      ["2004-03-31", "2004-06-30"],
    ]);
  });

  it("is in due-date order, and plain JSON", () => {
    const dues = schedule().reviews.map((review) => review.due);
    expect(dues).toEqual([...dues].sort());
    expect(jsonCopy(schedule())).toEqual(schedule());
  });
});

describe("reviewSchedule: every cycle kind, month ends and other financial years", () => {
  it.each([
    ["monthly", "monthly", ["2001-04-30", "2001-05-31", "2001-06-30", "2001-07-31"]],
    ["quarterly", "quarterly", ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]],
    ["half-yearly", "half-yearly", ["2001-09-30", "2002-03-31", "2002-09-30"]],
    ["annual", "annual", ["2002-03-31", "2003-03-31"]],
    ["every 5 months", { everyMonths: 5 }, ["2001-08-31", "2002-01-31", "2002-06-30"]],
  ] as const)("%s, in an April year", (_, frequency, expected) => {
    const framework = withCycle({ frequency, appliesTo: { kind: "plan", ids: ["svc"] } });
    expect(duesOf(framework, "svc", "2001-04-01", fromDayNumber(toDayNumber(expected.at(-1) as string)))).toEqual(
      expected,
    );
  });

  it("a plan starting mid-quarter, or on a month's end, is first due at its quarter's end", () => {
    for (const start of ["2001-05-15", "2001-05-31", "2001-04-30"]) {
      const framework = withCycle({ frequency: "quarterly", appliesTo: { kind: "plan", ids: ["svc"] } }, (f) => {
        const plan = f.plans.find((candidate) => candidate.id === "svc");
        if (plan !== undefined) plan.period = { start, end: "2002-03-31" };
      });
      const [first] = reviewSchedule(framework, { from: "2001-01-01", to: "2002-03-31" }).reviews;
      expect(first?.due).toBe("2001-06-30");
      expect(first?.period).toEqual({ start, end: "2001-06-30" });
    }
  });

  it("a firstDue on the subject's first day is not after its start: the periods keep to the financial year's quarters", () => {
    const framework = withCycle({
      frequency: "quarterly",
      appliesTo: { kind: "plan", ids: ["svc"] },
      firstDue: "2001-04-01",
    });
    // Only a firstDue after the plan's start (1 April 2001) ends its first period; on the start
    // itself it would make a period of one day, so the quarters run on the April year.
    expect(duesOf(framework, "svc", "2001-04-01", "2002-03-31")).toEqual([
      "2001-06-30",
      "2001-09-30",
      "2001-12-31",
      "2002-03-31",
    ]);
  });

  it("a firstDue on a month's end keeps to month ends: 30 November, 28 February, 31 May, 31 August", () => {
    const framework = withCycle({
      frequency: "quarterly",
      appliesTo: { kind: "plan", ids: ["svc"] },
      firstDue: "2001-11-30",
    });
    // The first period runs from the plan's start, 1 April 2001, to the first due date.
    expect(duesOf(framework, "svc", "2001-04-01", "2002-11-30")).toEqual([
      "2001-11-30",
      "2002-02-28",
      "2002-05-31",
      "2002-08-31",
      "2002-11-30",
    ]);
  });

  it.each([
    ["01-01", ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"], ["2001-12-31"]],
    ["07-01", ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"], ["2001-06-30", "2002-06-30"]],
    // The UK tax year: the plan starts on 1 April, in the year that ends on 5 April 2001.
    ["04-06", ["2001-04-05", "2001-07-05", "2001-10-05", "2002-01-05", "2002-04-05"], ["2001-04-05", "2002-04-05"]],
  ])("a financial year starting %s: quarters and years end on its own boundaries", (start, quarters, years) => {
    const edit = (f: Framework) => {
      f.financialYearStart = start;
    };
    const quarterly = withCycle({ frequency: "quarterly", appliesTo: { kind: "plan", ids: ["svc"] } }, edit);
    expect(duesOf(quarterly, "svc", "2001-04-01", quarters.at(-1) as string)).toEqual(quarters);
    const annual = withCycle({ frequency: "annual", appliesTo: { kind: "plan", ids: ["svc"] } }, edit);
    expect(duesOf(annual, "svc", "2001-04-01", "2002-06-30")).toEqual(years);
  });

  it("property: with a 1 January year, quarterly dues are date-fns' calendar quarter ends", () => {
    // In UTC: date-fns works in local time, and a zone that skipped a day has no local date for it.
    inUtc(() => {
      fc.assert(
        fc.property(fc.integer({ min: toDayNumber("0002-01-01"), max: toDayNumber("9990-12-31") }), (day) => {
          const start = fromDayNumber(day);
          const framework = withCycle(
            { frequency: "quarterly", appliesTo: { kind: "owner", ids: ["director"] } },
            (f) => {
              f.financialYearStart = "01-01";
              f.plans = f.plans.map((plan) => ({ ...plan, period: { start, end: "9999-12-31" } }));
            },
          );
          const [first, second] = reviewSchedule(framework, { from: start, to: fromDayNumber(day + 200) }).reviews;
          const [year, month, date] = start.split("-").map(Number) as [number, number, number];
          const local = new Date(2000, month - 1, date, 12);
          local.setFullYear(year, month - 1, date);
          const quarterEnd = (date: Date) => {
            const end = endOfQuarter(date);
            return `${String(end.getFullYear()).padStart(4, "0")}-${format(end, "MM-dd")}`;
          };
          // The first period ends at the end of the quarter the start falls in, or, when the start is
          // a quarter's last day, of the next quarter: a review falls due after its subject starts.
          const own = quarterEnd(local);
          const oracle = own === start ? quarterEnd(new Date(local.getTime() + 2 * 86_400_000)) : own;
          expect(first?.due).toBe(oracle);
          expect(second?.period.start).toBe(fromDayNumber(toDayNumber(oracle) + 1));
        }),
        { numRuns: runs(300) },
      );
    });
  });
});

describe("reviewSchedule: matching recorded reviews", () => {
  const quarterly = (dates: readonly string[]) =>
    withCycle({ frequency: "quarterly", appliesTo: { kind: "plan", ids: ["svc"] } }, (f) => {
      f.reviews = dates.map((date) => ({ cycle: "rc", subject: "svc", date }));
    });
  const done = (framework: Framework) =>
    reviewSchedule(framework, { from: "2001-04-01", to: "2002-03-31" }).reviews.map((review) => review.done?.date);

  it("a review in the quarter or by the next quarter's end answers it; a second in one period answers nothing", () => {
    // 15 June answers Q1 (in it); 20 June, a second review in Q1, answers nothing: Q2 is answered
    // only by a review after Q1 ends.
    expect(done(quarterly(["2001-06-15", "2001-06-20"]))).toEqual(["2001-06-15", undefined, undefined, undefined]);
    // A late review of Q1 on 15 September answers Q1; Q2's review on 20 December answers Q2.
    expect(done(quarterly(["2001-09-15", "2001-12-20"]))).toEqual(["2001-09-15", "2001-12-20", undefined, undefined]);
    // A review more than a quarter late answers the quarter it falls in.
    expect(done(quarterly(["2001-10-15"]))).toEqual([undefined, "2001-10-15", undefined, undefined]);
    // Reviews of another cycle or subject answer nothing.
    const other = withCycle({ frequency: "quarterly", appliesTo: { kind: "plan", ids: ["svc"] } }, (f) => {
      f.reviews = [{ cycle: "rc", subject: "corp", date: "2001-07-01" }];
    });
    expect(done(other)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("asOf leaves out the reviews recorded after it: they have not happened yet", () => {
    const framework = quarterly(["2001-07-20", "2001-10-15"]);
    const dues = (asOf?: string) =>
      reviewSchedule(framework, {
        from: "2001-04-01",
        to: "2002-03-31",
        ...(asOf === undefined ? {} : { asOf }),
      }).reviews.map((review) => review.done?.date);
    expect(dues()).toEqual(["2001-07-20", "2001-10-15", undefined, undefined]);
    expect(dues("2001-10-14")).toEqual(["2001-07-20", undefined, undefined, undefined]);
    expect(dues("2001-07-19")).toEqual([undefined, undefined, undefined, undefined]);
    expect(() => reviewSchedule(framework, { from: "2001-04-01", to: "2002-03-31", asOf: "2001-13-01" })).toThrow(
      ReviewError,
    );
  });

  it("property: the window never changes an entry; a sub-window's schedule is the whole one's, filtered", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2004-06-30") }), { maxLength: 12 }),
        fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2004-06-30") }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom("monthly", "quarterly", "half-yearly", "annual"),
        (days, start, length, frequency) => {
          const framework = withCycle({ frequency, appliesTo: { kind: "plan" } }, (f) => {
            f.reviews = days.map((day) => ({ cycle: "rc", subject: "svc", date: fromDayNumber(day) }));
          });
          const index = indexFramework(framework);
          const whole = reviewSchedule(index, { from: "2000-01-01", to: "2005-12-31" }).reviews;
          const [from, to] = [fromDayNumber(start), fromDayNumber(start + length)];
          const part = reviewSchedule(index, { from, to }).reviews;
          expect(part).toEqual(whole.filter((review) => review.period.end >= from && review.period.end <= to));
          // Each recorded review answers at most one period.
          const answered = whole.flatMap((review) => (review.done === null ? [] : [review.done.date]));
          expect(answered.length).toBeLessThanOrEqual(days.length);
          // A review answers a period only if held after the previous period ended.
          for (const review of whole)
            if (review.done !== null) expect(review.done.date >= review.period.start).toBe(true);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("overdueReviews", () => {
  it("Stockton on 2002-06-15: every year-end report on a target is overdue, worst first, days counted from the deadline", () => {
    // The annual reviews of 2001/02 were due by 12 May 2002 (six weeks after 31 March): 34 days late.
    const overdue = overdueReviews(stockton(), { asOf: "2002-06-15" });
    expect(overdue[0]).toEqual({
      cycle: "rc-annual-plan-review",
      subject: { kind: "plan", id: "plan-community" },
      reviewer: "cabinet",
      lastReviewed: null,
      period: { start: "2001-04-01", end: "2002-03-31" },
      deadline: "2002-05-12",
      due: "2002-05-12",
      overdueFrom: "2002-05-13",
      daysOverdue: 34,
    });
    const days = overdue.map((review) => review.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const targets = overdue.filter((review) => review.cycle === "rc-quarterly-targets");
    // Every target's report on the quarter to 31 March, due by 31 May: those whose goal date was 31
    // March 2002 too. The annual figures of GCSEs (to 31 August) and heart disease (to 31
    // December) are not yet due, so neither is their review; nor is CO2's figure for 2001/02, due a
    // year after it (the example's illustrative 365-day lag), on 31 March 2003.
    expect(targets.map((review) => review.subject.id).sort()).toEqual([
      "t-homeless-offers",
      "t-new-deal",
      "t-relet-28-days",
      "t-street-cleanliness",
      "t-unemployment",
      "t-youth-offending",
      "t-zero-homelessness",
      "t-zone-cleanliness",
    ]);
    for (const review of targets)
      expect(review).toMatchObject({
        lastReviewed: "2002-01-31",
        period: { start: review.subject.id === "t-co2" ? "2001-04-01" : "2002-01-01", end: "2002-03-31" },
        deadline: "2002-05-31",
        daysOverdue: 15,
      });
  });

  it("property: overdueReviews and the review-overdue rule report the same subjects, on generated cycles and reviews", () => {
    const cycleArbitrary = fc.record({
      frequency: fc.oneof(
        fc.constantFrom("monthly", "quarterly", "half-yearly", "annual"),
        fc.record({ everyMonths: fc.integer({ min: 1, max: 60 }) }),
      ),
      kind: fc.constantFrom("plan", "objective", "target", "owner", undefined),
      graceDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      firstDue: fc.option(fc.constantFrom("2001-06-30", "2002-03-31", "2003-01-15"), { nil: undefined }),
    });
    const subjects = ["cp", "corp", "svc", "top", "corp-obj", "svc-obj", "t-svc", "t-top-long", "director", "cabinet"];
    fc.assert(
      fc.property(
        fc.array(cycleArbitrary, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            cycle: fc.integer({ min: 0, max: 2 }),
            subject: fc.constantFrom(...subjects),
            day: fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2004-12-31") }),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2005-12-31") }),
        (cycles, reviews, asOfDay) => {
          const framework = deepFreeze({
            ...baseFramework(),
            reviewCycles: cycles.map(({ frequency, kind, graceDays, firstDue }, i) => ({
              id: `rc-${String(i)}`,
              name: `Cycle ${String(i)}`,
              frequency,
              appliesTo: kind === undefined ? {} : { kind },
              ...(graceDays === undefined ? {} : { graceDays }),
              ...(firstDue === undefined ? {} : { firstDue }),
            })),
            reviews: reviews.map(({ cycle, subject, day }) => ({
              cycle: `rc-${String(cycle % cycles.length)}`,
              subject,
              date: fromDayNumber(day),
            })),
          } satisfies Framework);
          const asOf = fromDayNumber(asOfDay);
          const listed = overdueReviews(framework, { asOf }).map((r) => `${r.cycle} ${r.subject.kind}:${r.subject.id}`);
          const found = checkCascade(framework, { asOf, rules: {} })
            .findings.filter((finding) => finding.ruleId === "review-overdue")
            .map((finding) => `${finding.related[0]?.id ?? ""} ${finding.subject.kind}:${finding.subject.id}`);
          expect([...listed].sort()).toEqual([...found].sort());
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

describe("the review schedule's misuse", () => {
  it.each([
    [undefined, "options must be an object"],
    [{ from: "2001-04-01" }, "options.to is missing"],
    [{ from: "2001-02-30", to: "2002-01-01" }, 'options.from "2001-02-30" is not a calendar date'],
    [{ from: "2002-04-01", to: "2001-04-01" }, "is before options.from"],
  ])("reviewSchedule(%j) throws a ReviewError", (options, message) => {
    expect(() => reviewSchedule(stockton(), options as never)).toThrow(ReviewError);
    expect(() => reviewSchedule(stockton(), options as never)).toThrow(message);
  });

  it("overdueReviews without asOf throws a ReviewError", () => {
    expect(() => overdueReviews(stockton(), {} as never)).toThrow(ReviewError);
  });
});

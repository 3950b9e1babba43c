import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AccountabilityError, actionsInHand } from "../../src/accountability/index.js";
import { type Action, type Framework, indexFramework, parseFramework } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { actionArbitrary } from "../arbitraries/actions.js";
import { dateArbitrary } from "../arbitraries/framework.js";

const stockton: Framework = deepFreeze(parseFramework(loadExample("stockton")));

/** A one-target framework: goal 31 March 2002, the objective's and the target's actions as given. */
function small(objectiveActions: Action[], correctiveActions: Action[]): Framework {
  return deepFreeze(
    parseFramework({
      id: "fw",
      name: "Small",
      owners: [{ id: "director", name: "Director of Housing", kind: "individual" }],
      plans: [{ id: "p", name: "Plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
      objectives: [{ id: "o", plan: "p", title: "Objective", actions: objectiveActions }],
      indicators: [
        {
          id: "pi",
          title: "PI",
          unit: "%",
          polarity: "higher-is-better",
          measure: "outcome",
          frequency: "quarterly",
        },
      ],
      targets: [
        {
          id: "t",
          objective: "o",
          indicator: "pi",
          baseline: { date: "2001-03-31", value: "70" },
          goal: { date: "2002-03-31", value: "100" },
          correctiveActions,
        },
      ],
      measurements: [
        { indicator: "pi", date: "2001-03-01", value: "60", note: "Before the baseline" },
        { indicator: "pi", date: "2001-06-30", value: "75", note: "First" },
        { indicator: "pi", date: "2001-06-30", value: "76.50", note: "Corrected", correctiveAction: "Overtime agreed" },
        { indicator: "pi", date: "2001-09-30", value: "80" },
      ],
    }),
  );
}

describe("actionsInHand on Stockton", () => {
  it("shows the re-let contractor action in hand on 15 July 2001 and done by 1 October (completed 21 September)", () => {
    const july = actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-07-15" });
    expect(july).toEqual({
      target: "t-relet-28-days",
      objective: "uo-relet-28-days",
      asOf: "2001-07-15",
      goalDate: "2002-03-31",
      latest: {
        date: "2001-06-30",
        value: "79",
        note: "Illustrative actual.",
        correctiveAction:
          "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in.",
      },
      actions: [
        {
          id: "ca-relet-contractor",
          title: "Agree a ten-day repair turnaround with the repairs contractor",
          of: "target",
          owner: { id: "leader-estate-management", name: "Estate management team leader" },
          due: "2001-09-30",
          completed: "2001-09-21",
          ongoing: false,
          state: "open",
          tooLate: false,
        },
      ],
    });
    // Completed on 21 September: on the 20th it is still open, on the 21st done.
    expect(actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-09-20" }).actions[0]?.state).toBe("open");
    expect(actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-09-21" }).actions[0]?.state).toBe("done");
    expect(actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-10-01" }).actions[0]?.state).toBe("done");
  });

  it("flags the homeless prevention service, due 30 June 2002, as landing after the offers target's goal of 31 March 2002", () => {
    const view = actionsInHand(stockton, "t-homeless-offers", { asOf: "2001-07-15" });
    expect(view.goalDate).toBe("2002-03-31");
    expect(view.actions.map((action) => [action.id, action.owner?.name, action.state, action.tooLate])).toEqual([
      ["ca-offers-prevention", "Director of Housing", "open", true],
    ]);
    // No corrective action was recorded on the offers figure.
    expect(view.latest?.correctiveAction).toBeNull();
  });

  it("lists the open New Deal delivery plan of the New Deal objective, overdue after 30 September 2001", () => {
    const view = actionsInHand(stockton, "t-new-deal", { asOf: "2001-10-01" });
    expect(view.actions.map((action) => [action.of, action.title, action.due, action.state, action.tooLate])).toEqual([
      ["objective", "Agree a joint New Deal delivery plan with the Employment Service", "2001-09-30", "overdue", false],
    ]);
    expect(actionsInHand(stockton, "t-new-deal", { asOf: "2001-09-30" }).actions[0]?.state).toBe("open");
  });

  it("shows the New Deal delivery plan marked done with no completion date as done-undated, not leaving it out (issue 20)", () => {
    // Stockton's New Deal objective has one action, the joint delivery plan due 30 September 2001.
    // Marked done with no date, on 1 October it is shown as done, date not recorded: not overdue,
    // not too late (done), and still in the view so the report can say so.
    const framework = jsonCopy(stockton);
    const plan = framework.objectives.find((objective) => objective.id === "so-new-deal")?.actions?.[0];
    if (plan === undefined) throw new Error("Stockton's New Deal objective has its delivery plan");
    plan.status = "done";
    const view = actionsInHand(deepFreeze(parseFramework(framework)), "t-new-deal", { asOf: "2001-10-01" });
    expect(view.actions.map((action) => [action.of, action.title, action.due, action.state, action.tooLate])).toEqual([
      [
        "objective",
        "Agree a joint New Deal delivery plan with the Employment Service",
        "2001-09-30",
        "done-undated",
        false,
      ],
    ]);
    // Completed on a recorded date, it is done and left out of the view.
    plan.completed = "2001-09-28";
    expect(actionsInHand(deepFreeze(parseFramework(framework)), "t-new-deal", { asOf: "2001-10-01" }).actions).toEqual(
      [],
    );
  });

  it("lists the zone sweeping and inspection as standing duties: open, never overdue", () => {
    const view = actionsInHand(stockton, "t-zone-cleanliness", { asOf: "2002-05-10" });
    expect(view.actions.map((action) => [action.of, action.ongoing, action.state])).toEqual([
      ["objective", true, "open"],
      ["objective", true, "open"],
    ]);
  });

  it("gives the same view from the framework and from its index", () => {
    const index = indexFramework(stockton);
    expect(actionsInHand(index, "t-relet-28-days", { asOf: "2001-07-15" })).toEqual(
      actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-07-15" }),
    );
  });
});

describe("actionsInHand rules", () => {
  it("shows an action marked done without a completion date as done-undated, and one completed later as it stood", () => {
    const framework = small(
      [
        { title: "Done, undated", owner: "director", due: "2001-06-30", status: "done" },
        { title: "Done in time", owner: "director", due: "2001-06-30", completed: "2001-06-01" },
        { title: "Done late", owner: "director", due: "2001-06-30", status: "done", completed: "2001-08-15" },
      ],
      [{ id: "ca-undated", title: "Corrective, undated", owner: "director", status: "done" }],
    );
    const view = actionsInHand(framework, "t", { asOf: "2001-07-15" });
    // The target's own actions whatever their state; the objective's when not done on a recorded
    // date (one marked done with no date is shown as such, so the date can be asked for).
    expect(view.actions.map((action) => [action.of, action.title, action.state])).toEqual([
      ["target", "Corrective, undated", "done-undated"],
      ["objective", "Done, undated", "done-undated"],
      ["objective", "Done late", "overdue"],
    ]);
  });

  it("takes the last measurement of the latest date on or before asOf, never one before the baseline", () => {
    const framework = small([], []);
    expect(actionsInHand(framework, "t", { asOf: "2001-07-15" }).latest).toEqual({
      date: "2001-06-30",
      value: "76.5",
      note: "Corrected",
      correctiveAction: "Overtime agreed",
    });
    expect(actionsInHand(framework, "t", { asOf: "2001-10-01" }).latest).toEqual({
      date: "2001-09-30",
      value: "80",
      note: null,
      correctiveAction: null,
    });
    expect(actionsInHand(framework, "t", { asOf: "2001-05-01" }).latest).toBeNull();
  });

  it("names an owner the framework does not list by id, with name null; an action with no owner has none", () => {
    const framework = small([], [{ title: "A", owner: "stranger", due: "2001-12-31" }, { title: "B" }]);
    expect(actionsInHand(framework, "t", { asOf: "2001-07-15" }).actions.map((action) => action.owner)).toEqual([
      { id: "stranger", name: null },
      null,
    ]);
  });

  it("judges lateness against the goal in force at asOf: a revision to March 2003 makes a January 2003 action in time", () => {
    const base = small([], [{ title: "Late action", owner: "director", due: "2003-01-31" }]);
    expect(actionsInHand(base, "t", { asOf: "2001-07-15" }).actions[0]?.tooLate).toBe(true);
    const revised = deepFreeze({
      ...base,
      targets: base.targets.map((target) => ({
        ...target,
        revisions: [{ date: "2001-07-01", goal: { date: "2003-03-31", value: "100" }, reason: "Extended a year" }],
      })),
    });
    const view = actionsInHand(parseFramework(revised), "t", { asOf: "2001-07-15" });
    expect([view.goalDate, view.actions[0]?.tooLate]).toEqual(["2003-03-31", false]);
  });

  it("refuses misuse with AccountabilityError, naming the argument", () => {
    expectMisuse(
      () => actionsInHand(stockton, "t-nothing", { asOf: "2001-07-15" }),
      AccountabilityError,
      /"t-nothing" names no target/,
    );
    expectMisuse(
      () => actionsInHand(stockton, "co-co2", { asOf: "2001-07-15" }),
      AccountabilityError,
      /"co-co2" names no target/,
    );
    expectMisuse(
      () => actionsInHand(stockton, 7 as unknown as string, { asOf: "2001-07-15" }),
      AccountabilityError,
      /7 names no target/,
    );
    expectMisuse(() => actionsInHand(stockton, "t-co2", { asOf: "2001-02-30" }), AccountabilityError, /options\.asOf/);
    expectMisuse(() => actionsInHand(stockton, "t-co2", undefined as never), AccountabilityError, /options/);
    expectMisuse(
      () => actionsInHand(stockton, "t-co2", { asOf: "2001-07-15", at: "x" } as never),
      AccountabilityError,
      /options/,
    );
    expectMisuse(
      () => actionsInHand({} as never, "t-co2", { asOf: "2001-07-15" }),
      AccountabilityError,
      /source|framework/,
    );
  });
});

describe("actionsInHand properties", () => {
  it("never shows an action completed after asOf as done at asOf, and always shows one completed on or before it as done", () => {
    fc.assert(
      fc.property(
        fc.array(actionArbitrary, { maxLength: 5 }),
        fc.array(actionArbitrary, { maxLength: 5 }),
        fc.oneof(dateArbitrary, fc.constant("2001-07-15")),
        (objectiveActions, correctiveActions, given) => {
          // Sometimes report on a completion date itself, the boundary.
          const asOf = correctiveActions.find((action) => action.completed !== undefined)?.completed ?? given;
          const view = actionsInHand(small(objectiveActions, correctiveActions), "t", { asOf });
          // The target's own actions are all listed, in order.
          expect(view.actions.filter((action) => action.of === "target")).toHaveLength(correctiveActions.length);
          for (const action of view.actions) {
            const done = action.state === "done" || action.state === "done-undated";
            if (action.completed !== null) expect(done).toBe(action.completed <= asOf);
            if (done) expect(action.tooLate).toBe(false);
            expect(action.state === "overdue").toBe(
              !done && !action.ongoing && action.due !== null && action.due < asOf,
            );
            if (action.of === "objective") expect(action.state).not.toBe("done");
          }
          // An objective action is left out exactly when it was completed on or before asOf: one
          // marked done with no completion date is shown (done-undated).
          const open = objectiveActions.filter((action) => action.completed === undefined || action.completed > asOf);
          expect(view.actions.filter((action) => action.of === "objective").map((action) => action.title)).toEqual(
            open.map((action) => action.title),
          );
        },
      ),
    );
  });
});

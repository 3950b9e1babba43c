import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  type DecisionAction,
  type DecisionInput,
  type DecisionOutturn,
  exceptionDecision,
} from "../../src/report/decision.js";
import type { Status } from "../../src/index.js";

const OPEN: DecisionAction = { state: "open", ongoing: false, tooLate: false };
const OVERDUE: DecisionAction = { state: "overdue", ongoing: false, tooLate: false };
const LATE_LANDING: DecisionAction = { state: "open", ongoing: false, tooLate: true };
const DUTY: DecisionAction = { state: "open", ongoing: true, tooLate: false };
const DONE: DecisionAction = { state: "done", ongoing: false, tooLate: false };
const UNDATED: DecisionAction = { state: "done-undated", ongoing: false, tooLate: false };

const base: DecisionInput = { status: "red", late: false, redRun: 1, concernRun: 1, actions: [], amberPeriods: 2 };
const decide = (input: Partial<DecisionInput>) => exceptionDecision({ ...base, ...input });

describe("exceptionDecision: the decision table, row by row", () => {
  it("1. a missing figure asks for the figure", () => {
    expect(decide({ status: "no-data", late: true, redRun: 0, concernRun: 0 })).toEqual({
      kind: "obtain-figure",
      text: "Obtain the missing figure from the owner.",
    });
  });

  it("1. a late figure on a green target asks for the figure, and nothing else", () => {
    expect(decide({ status: "green", late: true, redRun: 0, concernRun: 0 })).toEqual({
      kind: "obtain-figure",
      text: "Obtain the late figure from the owner.",
    });
  });

  it("1. a late figure on a first amber asks for the figure: the commentary waits for it", () => {
    expect(decide({ status: "amber", late: true, redRun: 0, concernRun: 1, actions: [OVERDUE] })).toEqual({
      kind: "obtain-figure",
      text: "Obtain the late figure from the owner.",
    });
  });

  it("1. a late figure on a red target asks for the figure and, meanwhile, what the red asks: lateness never hides a status", () => {
    expect(decide({ late: true, redRun: 3, concernRun: 3, actions: [DONE] })).toEqual({
      kind: "obtain-figure",
      text: "Obtain the late figure from the owner; meanwhile: red for 3 periods in a row, with no action in hand: agree a corrective action, with an owner and a date to be done by.",
    });
  });

  it("2a. red with an overdue action in hand: chase it", () => {
    expect(decide({ actions: [OPEN, OVERDUE] })).toEqual({
      kind: "chase-overdue-action",
      text: "Red, and an action in hand is overdue: hold its owner to account, or re-plan it with a new date.",
    });
  });

  it("2b. red with nothing open (done actions, done undated, standing duties do not count): agree a corrective action", () => {
    expect(decide({ actions: [DONE, UNDATED, DUTY] })).toEqual({
      kind: "agree-corrective-action",
      text: "Red, with no action in hand: agree a corrective action, with an owner and a date to be done by.",
    });
  });

  it("2c. red with only actions that land after the goal date: agree one that lands in time", () => {
    expect(decide({ actions: [LATE_LANDING] })).toEqual({
      kind: "agree-corrective-action",
      text: "Red, and every action in hand is due after the target's goal date, too late to help: agree a corrective action that lands in time, with an owner and a date.",
    });
  });

  it("2d. red with an action in hand, in date: note it and confirm it; several are counted", () => {
    expect(decide({ actions: [OPEN, LATE_LANDING] })).toEqual({
      kind: "note-action-in-hand",
      text: "Red, with 2 actions in hand: note them, and confirm with their owners that they will bring the target back on track.",
    });
    expect(decide({ redRun: 3, concernRun: 3, actions: [OPEN] }).text).toBe(
      "Red for 3 periods in a row, with an action in hand: note it, and confirm with its owner that it will bring the target back on track.",
    );
  });

  it("2. red after amber says so", () => {
    expect(decide({ redRun: 1, concernRun: 2, actions: [OPEN] }).text).toMatch(/^Red after 1 period amber or worse, /);
  });

  it("2. amber again after amber (amberPeriods 2) needs a decision, by the actions in hand", () => {
    expect(decide({ status: "amber", redRun: 0, concernRun: 2 })).toEqual({
      kind: "agree-corrective-action",
      text: "Amber or worse for 2 periods in a row, with no action in hand: agree a corrective action, with an owner and a date to be done by.",
    });
    expect(decide({ status: "amber-red", redRun: 0, concernRun: 4, actions: [OPEN] }).kind).toBe("note-action-in-hand");
    expect(decide({ status: "amber", redRun: 0, concernRun: 2, actions: [OVERDUE] }).kind).toBe("chase-overdue-action");
  });

  it("3. amber for the first time asks the owner for commentary, not a decision, whatever the actions", () => {
    for (const actions of [[], [OVERDUE], [OPEN]])
      expect(decide({ status: "amber", redRun: 0, concernRun: 1, actions })).toEqual({
        kind: "seek-commentary",
        text: "No decision yet: the owner to comment on the shortfall and what is being done about it.",
      });
  });

  it("3. amber for fewer periods than a longer amberPeriods still asks for commentary, and says how long", () => {
    expect(decide({ status: "amber", redRun: 0, concernRun: 2, amberPeriods: 3 })).toEqual({
      kind: "seek-commentary",
      text: "No decision yet: amber or worse for 2 periods in a row; the owner to comment on the shortfall and what is being done about it.",
    });
    expect(decide({ status: "amber", redRun: 0, concernRun: 3, amberPeriods: 3 }).kind).toBe("agree-corrective-action");
  });

  it("3. amberPeriods 1: every amber needs a decision", () => {
    expect(decide({ status: "amber", redRun: 0, concernRun: 1, amberPeriods: 1 }).kind).toBe("agree-corrective-action");
  });

  it("a status that needs nothing, its figure in hand, needs no decision", () => {
    expect(decide({ status: "green", redRun: 0, concernRun: 0 })).toEqual({
      kind: "seek-commentary",
      text: "No decision: for information.",
    });
  });
});

describe("exceptionDecision: laws", () => {
  const status = fc.constantFrom<Status>("red", "amber", "amber-red", "green", "blue", "no-data");
  const action = fc.record({
    state: fc.constantFrom("open" as const, "overdue" as const, "done" as const, "done-undated" as const),
    ongoing: fc.boolean(),
    tooLate: fc.boolean(),
  });
  const input = fc.record({
    status,
    late: fc.boolean(),
    redRun: fc.nat(5),
    concernRun: fc.nat(5),
    actions: fc.array(action, { maxLength: 4 }),
    amberPeriods: fc.integer({ min: 1, max: 4 }),
  });

  it("a late figure always asks for the figure; red never asks only for commentary; amber below amberPeriods never asks for a decision", () => {
    fc.assert(
      fc.property(input, (given) => {
        const { kind, text } = exceptionDecision(given);
        expect(text.endsWith(".")).toBe(true);
        if (given.late) expect(kind).toBe("obtain-figure");
        else if (given.status === "red") expect(kind).not.toBe("seek-commentary");
        else if ((given.status === "amber" || given.status === "amber-red") && given.concernRun < given.amberPeriods)
          expect(kind).toBe("seek-commentary");
        // Done actions and standing duties never change the decision.
        const withoutDone = given.actions.filter((a) => !a.ongoing && (a.state === "open" || a.state === "overdue"));
        expect(exceptionDecision({ ...given, actions: withoutDone })).toEqual({ kind, text });
      }),
    );
  });
});

describe("exceptionDecision: a target that has ended is decided by its outturn (issue 20)", () => {
  const ended = {
    overdue: false,
    dateText: "31 March 2002",
    dueText: "12 May 2002",
    figuresText: null,
  } as const;

  it("0a. awaiting its outturn within the lag: nothing is asked, whatever the status or the run", () => {
    for (const input of [
      { status: "red" as const, late: true, redRun: 3, concernRun: 3, actions: [LATE_LANDING] },
      { status: "no-data" as const, late: true, redRun: 0, concernRun: 0 },
    ])
      expect(decide({ ...input, outturn: { ...ended, status: "awaiting" } })).toEqual({
        kind: "await-outturn",
        text: "No decision yet: the target ended on 31 March 2002; its outturn (due by 12 May 2002) is reported when it is in.",
      });
  });

  it("0c. an ended target's overdue actions are still chased, beside what its outturn asks (issue 21)", () => {
    const awaiting = { ...ended, status: "awaiting" as const };
    expect(decide({ status: "red", late: false, actions: [OVERDUE], outturn: awaiting })).toEqual({
      kind: "await-outturn",
      text: "No decision yet: the target ended on 31 March 2002; its outturn (due by 12 May 2002) is reported when it is in. An action in hand is overdue: hold its owner to account, or re-plan it with a new date.",
    });
    expect(
      decide({ status: "red", late: true, actions: [OVERDUE, OVERDUE], outturn: { ...awaiting, overdue: true } }),
    ).toEqual({
      kind: "obtain-figure",
      text: "Obtain the outturn, the figure for 31 March 2002, from the owner: it was due by 12 May 2002. 2 actions in hand are overdue: hold their owners to account, or re-plan them with new dates.",
    });
  });

  it("0b. the outturn overdue: ask for the outturn, and no corrective action (none can land in time)", () => {
    expect(
      decide({
        late: true,
        redRun: 3,
        actions: [LATE_LANDING],
        outturn: { ...ended, status: "awaiting", overdue: true },
      }),
    ).toEqual({
      kind: "obtain-figure",
      text: "Obtain the outturn, the figure for 31 March 2002, from the owner: it was due by 12 May 2002.",
    });
  });

  it("0c. not achieved: agree what next year's target and plan do about the shortfall", () => {
    expect(
      decide({
        actions: [LATE_LANDING],
        outturn: { ...ended, status: "not-achieved", figuresText: "86% against 100% (14 percentage points short)" },
      }),
    ).toEqual({
      kind: "address-shortfall",
      text: "Not achieved: the target ended on 31 March 2002 at 86% against 100% (14 percentage points short). Agree how next year's target and service plan address the shortfall: roll the target forward or revise it, with reasons, and the actions to meet it, each with an owner and a date.",
    });
  });

  it("0d. achieved (or unjudged): no decision, for information", () => {
    expect(
      decide({ status: "green", outturn: { ...ended, status: "achieved", figuresText: "100% against 100%" } }),
    ).toEqual({
      kind: "note-outturn",
      text: "No decision: achieved; the target ended on 31 March 2002 at 100% against 100%. For information.",
    });
    expect(decide({ status: "no-data", late: true, outturn: { ...ended, status: "unjudged" } }).kind).toBe(
      "note-outturn",
    );
  });

  it("an ended target never asks for an action within its year (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Status>("red", "amber", "amber-red", "no-data", "green"),
        fc.boolean(),
        fc.nat(5),
        fc.array(fc.constantFrom(OPEN, OVERDUE, LATE_LANDING, DUTY, DONE), { maxLength: 4 }),
        fc.constantFrom<DecisionOutturn["status"]>("awaiting", "achieved", "not-achieved", "unjudged"),
        fc.boolean(),
        (status, late, run, actions, outturnStatus, overdue) => {
          const decision = decide({
            status,
            late,
            redRun: run,
            concernRun: run,
            actions,
            outturn: { ...ended, status: outturnStatus, overdue: outturnStatus === "awaiting" && overdue },
          });
          expect([
            "chase-overdue-action",
            "agree-corrective-action",
            "note-action-in-hand",
            "seek-commentary",
          ]).not.toContain(decision.kind);
          expect(decision.text).not.toMatch(/in time|meanwhile/u);
        },
      ),
    );
  });
});

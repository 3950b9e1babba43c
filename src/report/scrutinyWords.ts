/**
 * The words of the officers' annex and of scrutiny's version of the members' report, kept
 * together as small named constants and functions so a later catalogue can replace them.
 * @internal
 */

/** `n` days in words: "1 day", "12 days". @internal */
export function dayWords(n: number): string {
  return `${String(n)} day${n === 1 ? "" : "s"}`;
}

/** `n` of a thing in words: "1 figure", "3 figures". @internal */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

/** The heading the officers' annex opens with, after the members' part. @internal */
export const ANNEX_HEADING = "Officers' annex";

/** What the officers' annex is, said under its heading. @internal */
export const ANNEX_LEAD =
  "For officers: the reviews due in the period, the overdue reviews, the cascade checker's findings and the data caveats. Not part of the members' report.";

/** A finding's severity for people. @internal */
export const SEVERITY_TEXT: Readonly<Record<string, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Information",
};

/** The section of scrutiny's version listing the targets red for two or more figures running. @internal */
export const RED_RUNS_HEADING = "Red for two or more periods running";

/** The section of scrutiny's version that follows up what was decided at the previous report. @internal */
export const FOLLOW_UP_HEADING = "What was decided last time, and whether it happened";

/** The column of scrutiny's exceptions table holding the questions for the portfolio holder. @internal */
export const QUESTIONS_HEADER = "Questions for the portfolio holder";

/** The frequency of an indicator's figures, as a run of them is counted: "monthly figures". @internal */
export const FIGURES_OF: Readonly<Record<string, string>> = {
  monthly: "monthly figures",
  quarterly: "quarterly figures",
  annual: "annual figures",
};

/**
 * What each decision asked for, in a few words, as scrutiny's follow-up recalls it: the same
 * words whichever audience's report the previous one was. @internal
 */
export const DECIDED_TEXT: Readonly<Record<string, string>> = {
  "obtain-figure": "Obtain the figure from the owner",
  "chase-overdue-action": "Hold the overdue action's owner to account, or re-plan it",
  "agree-corrective-action": "A corrective action to be agreed, with an owner and a date",
  "note-action-in-hand": "Note the actions in hand, and see them through",
  "seek-commentary": "No decision: the owner to comment on the shortfall",
  "await-outturn": "No decision: await the outturn",
  "address-shortfall": "Agree how next year's target and service plan address the shortfall",
  "note-outturn": "No decision: for information",
};

/** An exception's cell in scrutiny's version when there is nothing to ask (an ended target, achieved). @internal */
export const NO_QUESTIONS = "Nothing to ask: for information.";

import fc from "fast-check";
import type { Action } from "../../src/index.js";
import { dateArbitrary } from "./framework.js";

/**
 * An action as a council records it: any mix of an id, an owner, a due date, a status, a completion
 * date (before, on or after any report date) and a standing duty flag.
 */
export const actionArbitrary: fc.Arbitrary<Action> = fc
  .record(
    {
      id: fc.constantFrom("a-1", "a-2", "__proto__", "constructor"),
      title: fc.constantFrom("Agree a turnaround", "Recruit two officers", "Re-plan the rounds"),
      owner: fc.constantFrom("director", "officer", "nobody-listed"),
      due: dateArbitrary,
      status: fc.constantFrom("open" as const, "done" as const),
      completed: dateArbitrary,
      ongoing: fc.boolean(),
    },
    { requiredKeys: ["title"] },
  )
  .map((action) => action as Action);

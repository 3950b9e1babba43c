import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, indexFramework, reviewsDue } from "../../src/index.js";
import { dateArbitrary } from "../arbitraries/framework.js";
import { baseFramework } from "../cascade/harness.js";

const T_SVC = { kind: "target", id: "t-svc" } as const;

describe("reviewsDue, laws", () => {
  it("the last review is the latest on or before asOf; a later asOf never makes a kept-up subject overdue sooner", () => {
    fc.assert(
      fc.property(fc.array(dateArbitrary, { maxLength: 6 }), dateArbitrary, dateArbitrary, (dates, a, b) => {
        const framework: Framework = {
          ...baseFramework(),
          reviews: dates.map((date) => ({ cycle: "rc-targets", subject: "t-svc", date })),
        };
        const index = indexFramework(framework);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = reviewsDue(index, "rc-targets", T_SVC, { asOf: early });
        const second = reviewsDue(index, "rc-targets", T_SVC, { asOf: late });
        const onOrBefore = dates.filter((date) => date <= early).sort();
        expect(first.lastReviewed).toBe(onOrBefore.at(-1));
        expect(first.overdue).toBe(first.nextDue !== undefined && first.nextDue < early);
        if (first.nextDue !== undefined) {
          expect(first.nextDue > (first.lastReviewed ?? first.from ?? "")).toBe(true);
          expect(first.nextDue <= (first.until ?? "9999-12-31")).toBe(true);
        }
        // Without a review between the two dates, a subject overdue early is still overdue later.
        if (first.overdue && !dates.some((date) => date > early && date <= late)) expect(second.overdue).toBe(true);
      }),
    );
  });
});

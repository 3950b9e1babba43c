/**
 * `rollUp` on frameworks larger than one of its pieces of 4,096 results (rollUp.ts `ByPosition`) and
 * with each aim's `beneath` walked as its result is made: the results hash to the digests recorded
 * from the code before either (commit 1fa298e, by running rollUpLargeCases.ts against its build),
 * from deep-frozen inputs, with an `__proto__` objective past the first piece.
 */
import { describe, expect, it } from "vitest";
import { evaluateFramework, indexFramework, rollUp, safeParseFramework } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { type LargeEngines, largeCases, largeDigests } from "./rollUpLargeCases.js";

const ENGINES: LargeEngines = { safeParseFramework, indexFramework, evaluateFramework, rollUp };

/** Recorded from 1fa298e's build: `LIB=<its dist/index.js>` and `largeDigests` (see rollUpLargeCases.ts). */
const RECORDED: Record<string, string> = {
  "links with __proto__": "e3ca7facb4d8790471edb0040d1df368",
  "dense loops": "c597c6d25f463edb8f07630cc35fb2ff",
  generated: "ab42245cbcfcd71eb81292afe274781d",
};

describe("rollUp of frameworks of several thousand objectives", () => {
  it("gives, from deep-frozen inputs, the results of the code before the pieces, byte for byte", () => {
    expect(largeDigests(ENGINES, deepFreeze)).toEqual(RECORDED);
  }, 60_000);

  it("gives one result per objective in the framework's order, __proto__ an ordinary id", () => {
    const [links] = largeCases(ENGINES, deepFreeze);
    if (links === undefined) throw new Error("no cases");
    const rolled = rollUp(links.framework, [], { method: "weighted" });
    expect(rolled.map((result) => result.objective)).toEqual(links.framework.objectives.map(({ id }) => id));
    const proto = rolled[5_000];
    expect(Object.keys(proto ?? {})[0]).toBe("objective");
    expect(proto?.objective).toBe("__proto__");
    // The hub contributes to it: one child, not rated; an aim with no target beneath it.
    expect([proto?.children, proto?.status, proto?.beneath?.["no-data"]]).toEqual([1, "no-data", 0]);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { traceDown, traceUp } from "../../src/accountability/index.js";
import { indexFramework } from "../../src/index.js";
import { frameworkOf } from "../accountability/build.js";

// In the scale project: building and indexing a 100,000-objective framework takes about a second
// alone, more than a unit test's time-out allows on a loaded two-core machine.
describe("accountability at depth", () => {
  it("traces a 100,000-deep chain on the default stack, up and down", () => {
    const n = 100_000;
    const levels = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : 2));
    const links = Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const);
    const index = indexFramework(frameworkOf(levels, links));
    const trace = traceUp(index, `o${n - 1}`);
    expect([trace.total, trace.chains.length, trace.chains[0]?.steps.length]).toEqual(["1", 1, n]);
    expect(trace.chains[0]?.steps.at(-1)?.subject.id).toBe("o0");
    const tree = traceDown(index, "o0");
    expect([tree.nodes.length, tree.nodes.at(-1)?.depth]).toEqual([n, n - 1]);
  });
});

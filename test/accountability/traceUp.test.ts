import { describe, expect, it } from "vitest";
import { narrate, traceUp } from "../../src/accountability/index.js";
import { indexFramework } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { frameworkOf } from "./build.js";

/** Each chain as its objective ids joined by ">" and how it ends. */
function shape(trace: ReturnType<typeof traceUp>): string[] {
  return trace.chains.map((chain) => `${chain.steps.map((step) => step.subject.id).join(">")} ${chain.stop ?? "apex"}`);
}

describe("traceUp", () => {
  // o0 community; o1 service → o0 and → o2; o2 corporate → o0; o3 unit → o1, o2.
  const diamond = deepFreeze(
    frameworkOf(
      [0, 2, 1, 3],
      [
        [1, 0],
        [1, 2],
        [2, 0],
        [3, 1],
        [3, 2],
      ],
    ),
  );

  it("lists every chain depth first, each objective's links in document order, and counts them", () => {
    // From o3: o3>o1>o0, o3>o1>o2>o0, o3>o2>o0: 2 chains through o1 plus 1 through o2 = 3.
    const trace = traceUp(diamond, "o3");
    expect(shape(trace)).toEqual(["o3>o1>o0 apex", "o3>o1>o2>o0 apex", "o3>o2>o0 apex"]);
    expect([trace.total, trace.truncated]).toEqual(["3", false]);
    // The second link of each objective in frameworkOf is indirect: o3>o1>o0 is direct, o3>o2>o0 is not.
    expect(trace.chains.map((chain) => chain.direct)).toEqual([true, false, false]);
  });

  it("lists the first maxChains chains and says it truncated; never silently", () => {
    const trace = traceUp(diamond, "o3", { maxChains: 2 });
    expect(shape(trace)).toEqual(["o3>o1>o0 apex", "o3>o1>o2>o0 apex"]);
    expect([trace.total, trace.truncated]).toEqual(["3", true]);
    expect(traceUp(diamond, "o3", { maxChains: 0 })).toMatchObject({ chains: [], total: "3", truncated: true });
    expect(traceUp(diamond, "o3", { maxChains: 3 }).truncated).toBe(false);
  });

  it("stops where the climb stops: an orphan, links only to missing objectives, a loop", () => {
    // o1 service links nowhere; o2 service links only to a missing objective; o3 → o4 → o3 loop, o4 also → o0.
    const framework = deepFreeze(
      frameworkOf(
        [0, 2, 2, 2, 3],
        [
          [2, -1],
          [3, 4],
          [4, 3],
          [4, 0],
        ],
      ),
    );
    expect(shape(traceUp(framework, "o1"))).toEqual(["o1 orphan"]);
    expect(shape(traceUp(framework, "o2"))).toEqual(["o2 missing-objective"]);
    // From o3: o3>o4, whose first link leads back to o3 (a chain ending at the loop), then o3>o4>o0.
    const loop = traceUp(framework, "o3");
    expect(shape(loop)).toEqual(["o3>o4 cycle", "o3>o4>o0 apex"]);
    expect(loop.total).toBe("2");
    expect(loop.chains[0]?.steps.at(-1)).toMatchObject({ link: null, soThat: null });
    // A link to a missing objective is skipped while another leads on.
    const skipping = deepFreeze(
      frameworkOf(
        [0, 2],
        [
          [1, -1],
          [1, 0],
        ],
      ),
    );
    expect(shape(traceUp(skipping, "o1"))).toEqual(["o1>o0 apex"]);
  });

  it("ends at the apex the cascade checker uses: the corporate plan where there is no community plan, or apexLevel", () => {
    // No community objective or plan would do; frameworkOf always has the plans, so set apexLevel.
    const framework = deepFreeze(
      frameworkOf(
        [1, 2, 3],
        [
          [1, 0],
          [2, 1],
        ],
        "service",
      ),
    );
    // o1 is at the service-level apex: the chain from o2 ends there, not at the corporate o0.
    expect(shape(traceUp(framework, "o2"))).toEqual(["o2>o1 apex"]);
    // An objective above an apex set lower is at the top too, a chain of one.
    expect(shape(traceUp(framework, "o0"))).toEqual(["o0 apex"]);
  });

  it("a target whose objective does not exist is a chain of one, stopped at the missing objective", () => {
    const framework = deepFreeze({
      ...frameworkOf([0], []),
      targets: [
        {
          id: "t",
          objective: "gone",
          indicator: "pi",
          baseline: { date: "2001-03-31", value: "1" },
          goal: { date: "2002-03-31", value: "2" },
        },
      ],
    });
    const trace = traceUp(framework, "t");
    expect(trace).toMatchObject({ start: { kind: "target", id: "t", title: "t" }, total: "1", truncated: false });
    expect(trace.chains[0]).toMatchObject({ reachesApex: false, stop: "missing-objective", direct: true });
    expect(trace.chains[0]?.steps[0]).toMatchObject({ level: null, plan: null, link: null, owner: null });
  });

  it("answers from an index as from the framework, and `__proto__` is an id like any other", () => {
    const framework = deepFreeze({
      ...frameworkOf([0, 2], [[1, 0]]),
      objectives: [
        { id: "__proto__", plan: "plan-community", title: "Top" },
        { id: "constructor", plan: "plan-service", title: "Below", contributesTo: [{ objective: "__proto__" }] },
      ],
    });
    const index = indexFramework(framework);
    expect(traceUp(index, "constructor")).toEqual(traceUp(framework, "constructor"));
    expect(shape(traceUp(index, "constructor"))).toEqual(["constructor>__proto__ apex"]);
    expect(
      narrate(traceUp(index, "constructor").chains[0] ?? { steps: [], direct: true, reachesApex: false, stop: null }),
    ).toBe('Below, which contributes to "Top".');
  });

  it("counts the 2^39 chains of a 40-layer cascade two wide exactly, listing only maxChains", () => {
    // Layer l (l ≥ 1) has two objectives, each contributing to both of layer l − 1: from layer 39 a
    // chain picks one of two objectives at each of layers 38…0, 2^39 = 549,755,813,888 chains.
    const layers = 40;
    const levels: number[] = [];
    const links: [number, number][] = [];
    for (let layer = 0; layer < layers; layer += 1) {
      for (let k = 0; k < 2; k += 1) {
        levels.push(layer === 0 ? 0 : 2);
        if (layer > 0) links.push([2 * layer + k, 2 * (layer - 1)], [2 * layer + k, 2 * (layer - 1) + 1]);
      }
    }
    const framework = frameworkOf(levels, links);
    // Listing the chains one by one would not end within the test's time-out: the count is a walk
    // over 80 objectives (timings live in bench/).
    const trace = traceUp(framework, `o${2 * (layers - 1)}`, { maxChains: 5 });
    expect(trace.total).toBe("549755813888");
    expect(BigInt(trace.total)).toBe(2n ** 39n);
    expect([trace.chains.length, trace.truncated]).toEqual([5, true]);
  });
});

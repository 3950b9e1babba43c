import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, indexFramework } from "../../src/index.js";

function frameworkWith(objectives: Framework["objectives"]): Framework {
  return {
    id: "fw",
    name: "Graph",
    owners: [],
    indicators: [],
    targets: [],
    plans: [{ id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
    objectives,
  };
}

/** Every link the graph holds, as `from > to #position`, read through upContribution and downContribution. */
function labelledEdges(framework: Framework): { up: string[]; down: string[] } {
  const index = indexFramework(framework);
  const { ids, up, down, upContribution, downContribution } = index.objectiveGraph;
  const upEdges: string[] = [];
  const downEdges: string[] = [];
  for (let v = 0; v < ids.length; v += 1) {
    for (let e = up.start[v] as number; e < (up.start[v + 1] as number); e += 1) {
      const position = upContribution[e] as number;
      const link = index.objectives.at(v)?.contributesTo?.[position];
      expect(link?.objective).toBe(ids[up.targets[e] as number]);
      upEdges.push(`${ids[v] ?? "?"} > ${link?.objective ?? "?"} #${String(position)}`);
    }
    for (let e = down.start[v] as number; e < (down.start[v + 1] as number); e += 1) {
      const from = down.targets[e] as number;
      const position = downContribution[e] as number;
      const link = index.objectives.at(from)?.contributesTo?.[position];
      expect(link?.objective).toBe(ids[v]);
      downEdges.push(`${ids[from] ?? "?"} > ${link?.objective ?? "?"} #${String(position)}`);
    }
  }
  return { up: upEdges, down: downEdges };
}

describe("objectiveGraph edge labels", () => {
  it("labels each edge with its position in contributesTo, duplicate links to one parent kept apart, missing links skipped", () => {
    const framework = frameworkWith([
      { id: "top", plan: "cp", title: "Top" },
      { id: "side", plan: "cp", title: "Side" },
      {
        id: "low",
        plan: "cp",
        title: "Low",
        contributesTo: [
          { objective: "top", soThat: "first" },
          { objective: "gone" },
          { objective: "side" },
          { objective: "top", link: "indirect", partners: ["police"], soThat: "second" },
        ],
      },
    ]);
    const index = indexFramework(framework);
    const graph = index.objectiveGraph;
    expect([...graph.upContribution]).toEqual([0, 2, 3]);
    expect(graph.unresolved).toEqual([2, 1]);
    // Down from "top": both of low's links to it, in the order written.
    expect([...graph.down.targets.subarray(graph.down.start[0], graph.down.start[1])]).toEqual([2, 2]);
    expect([...graph.downContribution]).toEqual([0, 3, 2]);
    const low = index.objectives.get("low");
    const second = graph.up.start[2] ?? 0;
    expect(low?.contributesTo?.[graph.upContribution[second + 2] ?? -1]).toEqual({
      objective: "top",
      link: "indirect",
      partners: ["police"],
      soThat: "second",
    });
    expect(labelledEdges(framework)).toEqual({
      up: ["low > top #0", "low > side #2", "low > top #3"],
      down: ["low > top #0", "low > top #3", "low > side #2"],
    });
  });

  it("labels every resolved link exactly once, up and down, on random link sets", () => {
    const names = ["a", "b", "c", "d", "gone"];
    const links = fc.array(fc.constantFrom(...names), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(links, { minLength: 4, maxLength: 4 }), (linkLists) => {
        const framework = frameworkWith(
          linkLists.map((targets, i) => ({
            id: names[i] ?? "?",
            plan: "cp",
            title: "Objective",
            contributesTo: targets.map((objective) => ({ objective })),
          })),
        );
        const expected = linkLists
          .flatMap((targets, i) => targets.map((to, position) => `${names[i] ?? "?"} > ${to} #${String(position)}`))
          .filter((edge) => !edge.includes("gone"))
          .sort();
        const { up, down } = labelledEdges(framework);
        expect([...up].sort()).toEqual(expected);
        expect([...down].sort()).toEqual(expected);
        const { unresolved } = indexFramework(framework).objectiveGraph;
        expect(unresolved.length / 2).toBe(linkLists.flat().filter((to) => to === "gone").length);
      }),
    );
  });
});

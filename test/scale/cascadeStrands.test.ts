import { describe, expect, it } from "vitest";
import { indexFramework } from "../../src/index.js";
import { renderCascadeMermaid } from "../../src/report/index.js";
import { deepCascade } from "../../bench/shapes.js";

// Issue 21: the cascade diagram groups objectives by strand, walking each objective's chain of
// first links up to its aim. The walk is a loop, not recursion: a 100,000-deep strand is grouped
// without overflowing the stack, and drawn as its top 500 links.
describe("the cascade diagram's strands at depth", () => {
  it("draws a strand 100,000 objectives deep as its top 500 links, in one strand", () => {
    const depth = 100_000;
    const diagram = renderCascadeMermaid(indexFramework(deepCascade(depth)));
    expect([...diagram.matchAll(/^ {2}subgraph /gmu)]).toHaveLength(1);
    expect([...diagram.matchAll(/^ {2}o\d+ --> o\d+$/gmu)]).toHaveLength(500);
    expect(diagram).toContain(`${String(depth - 500)} more objectives and ${String(depth - 500)} more links not drawn`);
  });
});

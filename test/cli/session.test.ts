// docs/cli.md's officer's session is real: each command is run again, from the repository's root,
// and must print what the page shows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { root } from "./run.js";
import { replay, sessionBlocks } from "./session.js";

const page = readFileSync(`${root}docs/cli.md`, "utf8");

describe("docs/cli.md: an officer's session", () => {
  it("runs from the repository's root, where its paths point", () => {
    expect(`${process.cwd()}/`).toBe(root);
  });

  it("has its blocks: every command of the session, with its output", () => {
    const blocks = sessionBlocks(page);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const commands = blocks.join("").match(/^\$ npx performance-management (\w+)/gmu) ?? [];
    const used = new Set(commands.map((command) => command.split(" ")[3]));
    for (const name of ["validate", "check", "evaluate", "trace", "report", "overdue", "plan", "assess"])
      expect(used, name).toContain(name);
  });

  it.each(sessionBlocks(page).map((block, i) => [i + 1, block] as const))(
    "block %i prints what the page shows",
    async (_, block) => {
      expect(await replay(block)).toBe(block);
    },
  );
});

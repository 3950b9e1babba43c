// The officer's session shown in docs/cli.md: each `$ npx performance-management …` line run
// in-process from the repository's root, with what it wrote to standard output and standard error.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run.js";

/** The session's section of docs/cli.md: its console blocks, each a list of commands and what they printed. */
export function sessionBlocks(markdown: string): string[] {
  const start = markdown.indexOf("\n## An officer's session\n");
  if (start < 0) return [];
  const end = markdown.indexOf("\n## ", start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```console\n([\s\S]*?)```/gu)].map((match) => match[1] as string);
}

/**
 * Runs the commands of a console block and returns the block as they print it now: a command line
 * `$ npx performance-management ARGS [| head -N]`, or `$ echo $?` for the previous exit code. A
 * `--out F` is written into (and a `--previous F` read from) a temporary folder, so the repository
 * is not touched. Standard output and standard error are shown in the order written, as on a terminal.
 */
export async function replay(block: string): Promise<string> {
  const commands = block.split("\n").filter((line) => line.startsWith("$ "));
  const folder = mkdtempSync(join(tmpdir(), "pm-session-"));
  let lastCode = 0;
  let text = "";
  for (const command of commands) {
    text += `${command}\n`;
    const line = command.slice(2);
    if (line === "echo $?") {
      text += `${String(lastCode)}\n`;
      continue;
    }
    const [invocation, pipe] = line.split(" | ") as [string, string | undefined];
    const args = invocation.split(" ").filter((arg) => arg !== "");
    if (args[0] !== "npx" || args[1] !== "performance-management") throw new Error(`not a command: ${command}`);
    // A file the session writes (`--out`) and reads back (`--previous`) lives in the temporary folder.
    const argv = args
      .slice(2)
      .map((arg, i, all) => (all[i - 1] === "--out" || all[i - 1] === "--previous" ? join(folder, arg) : arg));
    const { code, both } = await runCli(argv);
    lastCode = code;
    let printed = both;
    const head = pipe === undefined ? undefined : /^head -(\d+)$/u.exec(pipe);
    if (pipe !== undefined && head === null) throw new Error(`only | head -N is replayed: ${command}`);
    if (head?.[1] !== undefined)
      printed = printed
        .split("\n")
        .slice(0, Number(head[1]))
        .map((l) => `${l}\n`)
        .join("");
    text += printed;
  }
  return text;
}

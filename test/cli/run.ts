import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

/** The repository's root, ending with a slash. */
export const root = fileURLToPath(new URL("../../", import.meta.url));
export const stockton = `${root}examples/frameworks/stockton.json`;
export const spelthorne = `${root}examples/frameworks/spelthorne.json`;
export const fixture = (name: string): string => `${root}test/cli/fixtures/${name}`;

/** Runs the CLI in-process and collects what it wrote. */
export async function runCli(
  argv: readonly string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean; now?: () => number } = {},
): Promise<{ code: number; out: string; err: string; both: string }> {
  let out = "";
  let err = "";
  // Both streams in the order written, as a terminal shows them.
  let both = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string) => ((both += chunk), (out += chunk)), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => ((both += chunk), (err += chunk)), isTTY: options.tty ?? false },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: options.env ?? {},
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return { code, out, err, both };
}

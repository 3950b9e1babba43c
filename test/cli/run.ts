import { expect } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

/** The repository's root, ending with a slash. */
export const root = fileURLToPath(new URL("../../", import.meta.url));
export const stockton = `${root}examples/frameworks/stockton.json`;
export const spelthorne = `${root}examples/frameworks/spelthorne.json`;
export const fixture = (name: string): string => `${root}test/cli/fixtures/${name}`;

/**
 * Stockton evaluated with stockton-unplaced.csv, whose rows hold an impossible date, a date not
 * YYYY-MM-DD and an unknown indicator (issue 21): its command line, and each problem as reported
 * after the CSV's path, in the order reported. Run in-process (test/cli) and through the packed bin
 * (test/scale).
 */
export const unplacedCsv = {
  path: fixture("stockton-unplaced.csv"),
  argv: ["evaluate", stockton, "--as-of", "2001-10-15", "--measurements", fixture("stockton-unplaced.csv")],
  problems: [
    // In line order, under the CSV's own heading.
    'line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-02-30").',
    'line 4, column 1 (indicator): "pi-unemploymnet" names no indicator of the framework',
    'line 5, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "30/09/2001").',
  ],
} as const;

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

/**
 * What a command printed with `--format json`, without the `$schema` it starts with: checks that
 * the URI names the definition `name` of this version's results.schema.json.
 */
export function printedResult(out: string, name: string): unknown {
  const { $schema, ...result } = JSON.parse(out) as Record<string, unknown>;
  expect(Object.keys(JSON.parse(out) as object)[0]).toBe("$schema");
  expect($schema).toBe(`urn:performance-management:results:${packageJson.version}#/$defs/${name}`);
  return result;
}

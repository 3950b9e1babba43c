import { parseArgs } from "node:util";
import { PerformanceManagementError } from "../index.js";
import type { Command } from "./command.js";
import { CliError, type CliIo, Progress, painter, printable, usageError } from "./io.js";
import { COMMANDS } from "./commands.js";
import { packageVersion } from "./results.js";

/** @internal The exit codes, as docs/cli.md documents them. */
const EXIT = { ok: 0, failed: 1, misuse: 2, internal: 3 } as const;

const COMMON = {
  help: { type: "boolean", short: "h" },
  format: { type: "string" },
} as const;

/** `--no-color`, taken by the commands that write text for people (not `report`, whose Markdown and HTML have no colours). */
const NO_COLOR = { "no-color": { type: "boolean" } } as const;

/** Whether a command writes coloured text for people, and so takes `--no-color`. */
const coloured = (command: Command): boolean => command.formats.includes("text");

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "Usage: performance-management <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Every command takes --help and --format (text for people, json for programs: the library's result",
    "as the API returns it); those with text take --no-color. A file may be - for standard input.",
    "Exit codes: 0 success; 1 invalid input, check errors or --fail-on; 2 misuse; 3 a bug.",
    "",
    "  performance-management --version",
  ].join("\n");
}

function commandHelp(command: Command): string {
  return [
    `Usage: performance-management ${command.usage}`,
    "",
    command.summary,
    "",
    ...command.help,
    `--format F           ${command.formats.join(" or ")} (default ${command.formats[0] as string})`,
    ...(coloured(command)
      ? ["--no-color           no colours (also when NO_COLOR is set or the output is not a terminal)"]
      : []),
    "-h, --help           this help",
  ].join("\n");
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview() + "\n");
    return name === undefined ? EXIT.misuse : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(packageVersion() + "\n");
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined)
    throw usageError(`unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...(coloured(command) ? NO_COLOR : {}), ...command.options },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw usageError(`${name}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, "")}`);
  }
  // An option that takes one value, given twice (`--as-of A --as-of B`): the parser keeps the last
  // without a word, so which was meant would be a guess. Repeatable options (`--rule`) are exempt.
  const given = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const spec = (command.options as Record<string, { multiple?: boolean } | undefined>)[token.name];
    if (spec?.multiple === true) continue;
    if (given.has(token.name)) throw usageError(`${name}: --${token.name} is given twice; give it once`);
    given.add(token.name);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(commandHelp(command) + "\n");
    return EXIT.ok;
  }
  const [fewest, most] = command.arity;
  if (positionals.length < fewest || positionals.length > most) throw usageError(`${name}: expected ${command.usage}`);
  const format = typeof values.format === "string" ? values.format : (command.formats[0] as string);
  if (!command.formats.includes(format))
    throw usageError(`${name}: --format must be ${command.formats.join(" or ")}; got "${format}"`);
  const paint = painter(io, values["no-color"] === true);
  try {
    return await command.run({ name, io, values, positionals, paint, format, progress: new Progress(io) });
  } catch (error) {
    throw withCommand(name, error);
  }
}

/**
 * @internal An error a command raised, said about the command: "performance-management: report:
 * …" for a command's misuse and the library's refusals alike (exit 2). Bad input (exit 1) is said
 * about its file, which its message names first ("performance-management: q2.csv: 1 problem…").
 */
function withCommand(name: string, error: unknown): unknown {
  const head = `${name}: `;
  // Bad input (exit 1) is said about its file, which the message names first; misuse about the command.
  if (error instanceof CliError)
    return error.exitCode === 1 || error.message.startsWith(head)
      ? error
      : new CliError(`${head}${error.message}`, error.exitCode);
  if (error instanceof PerformanceManagementError) {
    const message = error.message.replace(/^performance-management: /u, "");
    return usageError(`${head}${asFlags(message)}`);
  }
  return error;
}

/**
 * The library's names for the options the commands pass on, and the flags a user typed for them: a
 * message the library words about `options.asOf` is shown about `--as-of`, which is what the user gave.
 */
const FLAG_OF_OPTION: ReadonlyMap<string, string> = new Map([
  ["asOf", "--as-of"],
  ["period.from", "--from"],
  ["period.to", "--to"],
  ["period", "the --from to --to window"],
  ["from", "--from"],
  ["to", "--to"],
  ["maxChains", "--max-chains"],
  ["kind", "--kind"],
  ["style", "--style"],
  ["scale", "--scale"],
  ["detail", "--detail"],
  ["audience", "--audience"],
  ["rules", "--rule"],
]);

/** @internal A library message with each `options.x` it names replaced by the flag the user typed for it. */
export function asFlags(message: string): string {
  return message.replace(/\boptions\.([A-Za-z]+(?:\.[A-Za-z]+)?)/g, (whole, name: string) => {
    const flag = FLAG_OF_OPTION.get(name) ?? FLAG_OF_OPTION.get(name.split(".")[0] as string);
    return flag ?? whole;
  });
}

/**
 * @internal The command line, in-process: parses `argv` (the arguments after the program's name),
 * runs the command against `io` and returns the exit code: 0 success; 1 the input is invalid, or
 * `check` found errors (or more warnings than `--max-warnings`), or `evaluate --fail-on S` found a
 * target with a failing status, or `overdue --fail-on overdue` an overdue review; 2 misuse (an unknown command or option, a missing file, a bad option value, an input
 * larger than 512 MiB, a file or standard input that cannot be read); 3 a bug.
 * A user's error is one message on standard error, never a stack trace. Every message is
 * {@link printable}: the data it quotes (an id, a file's name, a CSV cell) cannot drive the terminal.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`performance-management: ${printable(error.message, true)}\n`);
      return error.exitCode;
    }
    // The library's misuse errors (a date that is not a date, an unknown rule) are the user's: their
    // message already starts with the package's name.
    if (error instanceof PerformanceManagementError) {
      io.stderr.write(`${printable(asFlags(error.message), true)}\n`);
      return EXIT.misuse;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `performance-management: internal error (a bug, not your input). Please report it on the package's issue tracker with the command you ran and this output:\n${printable(detail, true)}\n`,
    );
    return EXIT.internal;
  }
}

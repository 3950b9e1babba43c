import type { ParseArgsConfig } from "node:util";
import type { CliIo, Painter, Progress } from "./io.js";
import { printable, usageError } from "./io.js";
import {
  BRAG,
  CalendarDate,
  DCA5,
  type Framework,
  RAG,
  REPORT_WORDS_EN_GB,
  type Scale,
  type Status,
} from "../index.js";
import { loadFramework } from "./input.js";

/** @internal What a command's `run` receives. */
interface CommandContext {
  /** The command's name, as typed: said at the head of its warnings. */
  readonly name: string;
  readonly io: CliIo;
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
  readonly paint: Painter;
  /** The `--format` chosen, or the command's first. */
  readonly format: string;
  readonly progress: Progress;
}

/** @internal One command: its help and options, and what it does; `run` returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The synopsis after `performance-management `. */
  readonly usage: string;
  /** Its own options, besides `--help`, `--format` and `--no-color`. */
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** One line an option (or a paragraph) for `--help`. */
  readonly help: readonly string[];
  /** The `--format` values it takes, the default first. */
  readonly formats: readonly string[];
  /** The positional arguments it takes: [fewest, most]. */
  readonly arity: readonly [number, number];
  run(context: CommandContext): Promise<number>;
}

/** The options that take a date: checked here, so that a bad one is named as the flag the user typed. */
const DATE_OPTIONS: ReadonlySet<string> = new Set(["as-of", "from", "to"]);

/**
 * @internal A string option, or undefined when not given. A date option (`--as-of`, `--from`,
 * `--to`) must be a calendar date written YYYY-MM-DD, and a bad one is named as the flag the user
 * typed, not as the library's `options.asOf` or `options.period.from`, which the user never gave.
 */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  if (typeof value !== "string") return undefined;
  if (DATE_OPTIONS.has(name) && !CalendarDate.safeParse(value).success)
    throw usageError(`--${name} must be a calendar date written YYYY-MM-DD; got ${printable(JSON.stringify(value))}`);
  return value;
}

/**
 * @internal `--from` and `--to`, both or neither, `--from` on or before `--to`: checked before any
 * input is read, and named as the flags, not as the library's `options.period`.
 */
export function windowOption(context: CommandContext, command: string): { from: string; to: string } | undefined {
  const [from, to] = [stringOption(context, "from"), stringOption(context, "to")];
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined) throw usageError(`${command}: --from and --to go together`);
  if (to < from)
    throw usageError(`${command}: --to (${to}) is before --from (${from}); give a window that ends after it starts`);
  return { from, to };
}

/** @internal A string option the command cannot run without. */
export function requiredOption(context: CommandContext, name: string): string {
  const value = stringOption(context, name);
  if (value === undefined) throw usageError(`--${name} is required`);
  return value;
}

/** @internal An option's value, checked against the values it may take. */
export function choiceOption<T extends string>(
  context: CommandContext,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(context, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw usageError(`--${name} must be one of ${choices.join(", ")}; got "${value}"`);
  return value as T;
}

const STATUS_STYLE: Readonly<Record<Status, Parameters<Painter>[0]>> = {
  blue: "blue",
  green: "green",
  "amber-green": "yellow",
  amber: "yellow",
  "amber-red": "yellow",
  red: "red",
  "no-data": "gray",
  "not-started": "gray",
  "awaiting-data": "gray",
};

/**
 * @internal Each status as the members' report writes it, a symbol and a word ("✖ Red", "… Awaiting
 * data"): the report's own words (`REPORT_WORDS_EN_GB.status`), so the command line and the report
 * read alike and no reader depends on colour.
 */
export const STATUS_WORDS: Readonly<Record<Status, string>> = REPORT_WORDS_EN_GB.status;

/** @internal A status's word alone, in lower case, for a count in a sentence: "2 awaiting data". */
export function statusWord(status: Status): string {
  return (STATUS_WORDS[status].split(" ").slice(1).join(" ") || status).toLowerCase();
}

/** The width of the status column: the longest status in words, and a space. */
const STATUS_WIDTH = Math.max(...Object.values(STATUS_WORDS).map((words) => words.length)) + 1;

/** @internal A status in the report's words, padded to a column and coloured. */
export function statusLabel(paint: Painter, status: Status): string {
  return paint(STATUS_STYLE[status], STATUS_WORDS[status].padEnd(STATUS_WIDTH));
}

/** @internal The CSV options a command may have, as {@link loadWithCsv} reads them. */
export type CsvOption = "measurements" | "spend" | "budgets";

/** Each CSV option's help lines. */
const CSV_HELP: Readonly<Record<CsvOption, readonly string[]>> = {
  measurements: [
    "--measurements F     add the measurements of a CSV file (indicator,date,value[,quality,note,correctiveAction])",
  ],
  spend: ["--spend F            add the spend of a CSV file, a row an entry (budget,date,amount[,kind,note])"],
  budgets: [
    "--budgets F          add the budget lines of a CSV file, a row a line's year",
    "                     (budget,year,amount[,name,objective,plan,holder,kind,currency])",
  ],
};

/**
 * @internal The options of a command that adds CSV files to its framework: each of `flags`, and
 * `--strict`, which makes the CSVs' warnings errors; and their help lines.
 */
export function csvOptions(flags: readonly CsvOption[]): {
  readonly option: Record<string, { readonly type: "string" | "boolean" }>;
  readonly help: readonly string[];
} {
  const warnings = [
    ...(flags.includes("measurements") ? ["a figure dated off its period's end or after --as-of"] : []),
    ...(flags.includes("spend") ? ["spend on no budget line"] : []),
  ].join(", ");
  return {
    option: {
      ...Object.fromEntries(flags.map((flag) => [flag, { type: "string" } as const])),
      strict: { type: "boolean" },
    },
    help: [
      ...flags.flatMap((flag) => CSV_HELP[flag]),
      `--strict             the CSV's warnings (${warnings}) are errors: exit 1`,
    ],
  };
}

/** "--spend or --budgets": flags as a sentence lists them. */
function either(flags: readonly CsvOption[]): string {
  const named = flags.map((flag) => `--${flag}`);
  return named.length === 1 ? (named[0] as string) : `${named.slice(0, -1).join(", ")} or ${named.at(-1) as string}`;
}

/**
 * @internal The framework named by the first argument, with the rows of the CSV files of the
 * command's `flags` added (`--measurements`, `--spend`, `--budgets`). The CSVs' warnings are said on
 * standard error and the run goes on, unless `--strict` (misuse without a CSV file, said before any
 * input is read).
 */
export function loadWithCsv(context: CommandContext, flags: readonly CsvOption[]): Promise<Framework> {
  const [measurements, spend, budgets] = (["measurements", "spend", "budgets"] as const).map((flag) =>
    flags.includes(flag) ? stringOption(context, flag) : undefined,
  );
  const strict = context.values.strict === true;
  if (strict && measurements === undefined && spend === undefined && budgets === undefined)
    throw usageError(
      `--strict is about the ${flags.length === 1 ? (flags[0] as string) : "rows"} of a CSV file: give ${either(flags)} with it`,
    );
  return loadFramework(context.positionals[0] as string, context.io, {
    measurements,
    spend,
    budgets,
    progress: context.progress,
    asOf: stringOption(context, "as-of"),
    strict,
    warn: (lines) => {
      context.progress.done();
      context.io.stderr.write(
        `performance-management: ${context.name}: warning: ${printable(lines.join("\n"), true)}\n`,
      );
    },
  });
}

/** @internal A whole number of at least `least` (0 unless given) from an option, or undefined when not given. */
export function countOption(value: string | undefined, name: string, least = 0): number | undefined {
  if (value === undefined) return undefined;
  // A count too large to hold exactly (past 2^53) is refused here, as the flag, not by the library as its option.
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < least)
    throw usageError(
      `--${name} must be a whole number from ${String(least)} to ${Number.MAX_SAFE_INTEGER.toLocaleString("en-GB")}; got "${printable(value)}"`,
    );
  return Number(value);
}

const SCALES = { RAG, BRAG, DCA5 } as const;

/** @internal `--scale RAG|BRAG|DCA5` as the scale constant, if given: `rag` is `RAG` (a scale's name in any case). */
export function scaleOption(context: CommandContext): Scale | undefined {
  const given = stringOption(context, "scale");
  if (given === undefined) return undefined;
  const id = Object.keys(SCALES).find((name) => name === given.toUpperCase()) as keyof typeof SCALES | undefined;
  if (id === undefined)
    throw usageError(
      `--scale must be one of ${Object.keys(SCALES).join(", ")} (in any case); got "${printable(given)}"`,
    );
  return SCALES[id];
}

/** The statuses outside every scale, which `--fail-on` matches exactly. */
const UNRATED: readonly Status[] = ["no-data", "not-started", "awaiting-data"];

/** @internal The statuses a scale gives, best first: blue (when it has it), its bands, beyond; then the unrated ones. */
export function scaleStatuses(scale: Scale): readonly Status[] {
  return [
    ...(scale.blueWhenGoalMet ? (["blue"] as const) : []),
    ...scale.bands.map((band) => band.status),
    scale.beyond,
    ...UNRATED,
  ];
}

/**
 * @internal `--fail-on S[,S…]` as the set of statuses that fail the run, or undefined when not
 * given. A rated status fails at it or worse on the scale (`amber` on RAG is amber and red; on DCA5
 * amber, amber-red and red), as a threshold reads; `no-data`, `not-started` and `awaiting-data`,
 * which lie outside every scale, each fail only themselves. A status the scale does not give
 * (`blue` on RAG) is misuse. Statuses are read in any case.
 */
export function failOnOption(context: CommandContext, scale: Scale): ReadonlySet<Status> | undefined {
  const given = stringOption(context, "fail-on");
  if (given === undefined) return undefined;
  const statuses = scaleStatuses(scale);
  const rated = statuses.filter((status) => !UNRATED.includes(status));
  const failing = new Set<Status>();
  for (const part of given.split(",")) {
    const name = part.trim().toLowerCase();
    const at = statuses.indexOf(name as Status);
    if (at < 0)
      throw usageError(
        `--fail-on must name statuses of the ${scale.id} scale, separated by commas (${statuses.join(", ")}); got "${printable(part.trim())}"`,
      );
    const status = statuses[at] as Status;
    if (UNRATED.includes(status)) failing.add(status);
    else for (const worse of rated.slice(rated.indexOf(status))) failing.add(worse);
  }
  return failing;
}

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

/** @internal The `--measurements` and `--strict` options of `check`, `evaluate` and `report`, and their help lines. */
export const MEASUREMENTS = {
  option: { measurements: { type: "string" }, strict: { type: "boolean" } },
  help: [
    "--measurements F     add the measurements of a CSV file (indicator,date,value[,quality,note,correctiveAction])",
    "--strict             the CSV's warnings (a figure dated off its period's end or after --as-of) are errors: exit 1",
  ],
} as const;

/**
 * @internal The framework named by the first argument, with the measurements of `--measurements`
 * added. The CSV's warnings are said on standard error and the run goes on, unless `--strict`
 * (misuse without `--measurements`, said before any input is read).
 */
export function loadWithMeasurements(context: CommandContext): Promise<Framework> {
  const measurements = stringOption(context, "measurements");
  const strict = context.values.strict === true;
  if (strict && measurements === undefined)
    throw usageError("--strict is about the measurements of a CSV file: give --measurements with it");
  return loadFramework(context.positionals[0] as string, context.io, {
    measurements,
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

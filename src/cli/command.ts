import type { ParseArgsConfig } from "node:util";
import type { CliIo, Painter, Progress } from "./io.js";
import { usageError } from "./io.js";
import { BRAG, CalendarDate, DCA5, type Framework, RAG, type Scale, type Status } from "../index.js";
import { loadFramework } from "./input.js";

/** @internal What a command's `run` receives. */
interface CommandContext {
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
    throw usageError(`--${name} must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`);
  return value;
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

/** @internal A status, padded to a column and coloured. */
export function statusLabel(paint: Painter, status: Status): string {
  return paint(STATUS_STYLE[status], status.padEnd(14));
}

/** @internal The `--measurements` option of `check`, `evaluate` and `report`, and its help line. */
export const MEASUREMENTS = {
  option: { measurements: { type: "string" } },
  help: "--measurements F     add the measurements of a CSV file (indicator,date,value[,quality,note,correctiveAction])",
} as const;

/** @internal The framework named by the first argument, with the measurements of `--measurements` added. */
export function loadWithMeasurements(context: CommandContext): Promise<Framework> {
  return loadFramework(context.positionals[0] as string, context.io, {
    measurements: stringOption(context, "measurements"),
    progress: context.progress,
  });
}

/** @internal A whole number of at least 0 from an option, or undefined when not given. */
export function countOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usageError(`--${name} must be a whole number of at least 0; got "${value}"`);
  return Number(value);
}

const SCALES = { RAG, BRAG, DCA5 } as const;

/** @internal `--scale RAG|BRAG|DCA5` as the scale constant, if given. */
export function scaleOption(context: CommandContext): Scale | undefined {
  const id = choiceOption(context, "scale", ["RAG", "BRAG", "DCA5"] as const);
  return id === undefined ? undefined : SCALES[id];
}

import * as util from "node:util";

/** @internal A stream the CLI writes to: `process.stdout`, or a test's collector. */
interface CliOutput {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * @internal Everything the CLI touches outside its arguments, passed in so `main` runs in-process in
 * tests: the output streams, standard input, the environment and a clock (for progress only).
 */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds, for progress on standard error; default `performance.now`. */
  readonly now?: () => number;
}

/** @internal A user's mistake: exit 1 for bad input, 2 for misuse. Never shown with a stack. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** @internal Misuse: an unknown command or option, a missing file, a bad option value (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** @internal Invalid input: a file that is not JSON, a framework or CSV that does not validate (exit 1). */
export function inputError(message: string): CliError {
  return new CliError(message, 1);
}

type Style = Parameters<typeof util.styleText>[0];

// util.styleText arrived in Node 20.12; on an earlier Node 20 the output is plain, rather than the
// command failing to load (a named import of a missing export is a link error in ESM).
const styleText = (util as Partial<typeof util>).styleText;

// The decision is ours (made against `io`, not process.stdout), so styleText does not check a stream.
/** @internal Colours for people, or plain text when `NO_COLOR` is set, `--no-color` is given or stdout is not a terminal (unless `FORCE_COLOR` is set). */
export type Painter = (style: Style, text: string) => string;

/** @internal The painter for a run. */
export function painter(io: CliIo, noColor: boolean): Painter {
  const set = (name: string): boolean => (io.env[name] ?? "") !== "";
  // NO_COLOR and --no-color always win; FORCE_COLOR (not "0") colours output that is not a terminal.
  const forced = set("FORCE_COLOR") && io.env.FORCE_COLOR !== "0";
  const on = styleText !== undefined && !noColor && !set("NO_COLOR") && (io.stdout.isTTY === true || forced);
  return (style, text) => (on ? styleText(style, text, { validateStream: false }) : text);
}

/** @internal Writes lines to stdout, each ending with a newline. */
export function writeLines(io: CliIo, lines: readonly string[]): void {
  if (lines.length > 0) io.stdout.write(lines.join("\n") + "\n");
}

/** @internal A result object as JSON, exactly as the API returned it, two-space indented. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/**
 * @internal Stage messages on standard error, only once a run has lasted over a second and only when
 * standard error is a terminal (so a pipe or a log never sees them).
 */
export class Progress {
  private readonly start: number;
  private shown = false;
  constructor(
    private readonly io: CliIo,
    private readonly now: () => number = io.now ?? (() => performance.now()),
  ) {
    this.start = this.now();
  }
  /** Reports a stage (`reading measurements.csv`, `1,000,000 rows`), overwriting the last one. */
  report(text: string): void {
    if (this.io.stderr.isTTY !== true || this.now() - this.start < 1000) return;
    this.io.stderr.write(`\r\u001b[K${text}…`);
    this.shown = true;
  }
  /** Clears the progress line, if one was shown. */
  done(): void {
    if (this.shown) this.io.stderr.write("\r\u001b[K");
    this.shown = false;
  }
}

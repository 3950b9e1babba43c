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

// The characters a terminal may act on rather than show: C0 controls, DEL, C1 controls (U+0080 to
// U+009F: U+009B is a CSI on its own) and the bidirectional overrides and isolates, which reorder
// what is shown ("Trojan Source"). Tab and newline are kept only in a whole text (`keepLayout`).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_DATA = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
// The same characters but the C0 controls, which JSON.stringify already writes as \u escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * @internal Text safe to write to a terminal: every control character (C0, DEL, C1), bidirectional
 * override and noncharacter (U+FFFE, U+FFFF) is shown escaped, `\x1b` or `\u202e`, so data can neither colour, move the cursor, set a
 * link or title (ESC, CSI, OSC) nor reorder what is shown. With `keepLayout`, tab and newline stay
 * (for a whole message or document whose lines are the tool's own); without, a piece of data (an id,
 * a title) stays on its one line. A backslash is left as it is, so a Windows path reads as typed.
 */
export function printable(text: string, keepLayout = false): string {
  const unsafe = keepLayout ? UNSAFE_IN_TEXT : UNSAFE_IN_DATA;
  // Most text has nothing to escape: a search (no copy) first.
  return text.search(unsafe) < 0 ? text : text.replace(unsafe, escaped);
}

/**
 * @internal A copy of a result object with every string (and key) made {@link printable}, for the
 * formats meant for people: the lines are then built from safe data, and only the painter's own
 * colours reach the terminal. An explicit stack, not recursion; an object shared in the result is
 * copied once. Anything but arrays and plain objects is kept as it is.
 */
export function forPeople<T>(value: T): T {
  const copies = new Map<object, unknown>();
  const pending: [source: object, copy: Record<string, unknown> | unknown[]][] = [];
  const copyOf = (item: unknown): unknown => {
    if (typeof item === "string") return printable(item);
    if (typeof item !== "object" || item === null) return item;
    const proto = Object.getPrototypeOf(item) as unknown;
    if (!Array.isArray(item) && proto !== Object.prototype && proto !== null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(item) ? [] : {};
    copies.set(item, copy);
    pending.push([item, copy]);
    return copy;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy] = next;
    if (Array.isArray(copy)) for (const item of source as unknown[]) copy.push(copyOf(item));
    else
      for (const key of Object.keys(source)) {
        const value = copyOf((source as Record<string, unknown>)[key]);
        // `__proto__` is data like any key: defined, not assigned (which would set the prototype).
        if (key === "__proto__")
          Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
        else copy[printable(key)] = value;
      }
  }
  return root as T;
}

/** @internal Writes lines to stdout, each ending with a newline. Their data must be {@link printable} already. */
export function writeLines(io: CliIo, lines: readonly string[]): void {
  if (lines.length > 0) io.stdout.write(lines.join("\n") + "\n");
}

/**
 * @internal A result as JSON text, two-space indented: `JSON.stringify`'s, with DEL, the C1 controls and
 * the bidirectional overrides also written as `\u` escapes (JSON.stringify escapes only C0). It parses
 * to exactly the same data, and is safe on a terminal.
 */
export function jsonText(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      UNSAFE_IN_JSON,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ) + "\n"
  );
}

/** @internal A result object as JSON, exactly as the API returned it (see {@link jsonText}). */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(jsonText(value));
}

/** @internal A stream's 'error' listener, as `bin.ts` adds to `process.stdout` and `process.stderr`. */
interface ErrorSource {
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * @internal How `bin.ts` meets an error on standard output or error. A reader that goes away
 * (`… | head -1` closes the pipe) is an EPIPE, which Node reports as an 'error' event and, uncaught,
 * as a stack trace and exit 1: it is ignored, so the run ends quietly with the command's own exit code
 * (what the run found, never that the output was cut short). Any other error (a full disk behind
 * `> file`) is a failure to write, passed to `onFailure` with the stream's name and Node's words.
 */
export function guardOutput(stream: ErrorSource, name: string, onFailure: (message: string) => void): void {
  stream.on("error", (error) => {
    if ((error as NodeJS.ErrnoException).code !== "EPIPE") onFailure(`${name}: cannot write: ${error.message}`);
  });
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
    this.io.stderr.write(`\r\u001b[K${printable(text)}…`);
    this.shown = true;
  }
  /** Clears the progress line, if one was shown. */
  done(): void {
    if (this.shown) this.io.stderr.write("\r\u001b[K");
    this.shown = false;
  }
}

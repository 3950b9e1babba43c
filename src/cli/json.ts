import { inputError } from "./io.js";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset just past a JSON string starting at `i`, or -1 when it is malformed. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) j += 1;
  }
  return -1;
}

/** The offset just past the scalar (string, number, literal) at `i`, or -1. */
function scalarEnd(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -1;
}

/**
 * @internal The offset of the first error in a text that is not JSON, found by a scan with an explicit
 * stack (no recursion, so any nesting depth is fine); `text.length` when the input ends too soon.
 */
export function jsonErrorOffset(text: string): number {
  const closers: string[] = [];
  let state: "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "after" = "value";
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
    if (i >= text.length) return text.length;
    const c = text[i] as string;
    if (state === "after") {
      if (closers.length === 0) return i;
      if (c === ",") state = closers.at(-1) === "}" ? "key" : "value";
      else if (c === closers.at(-1)) closers.pop();
      else return i;
      i += 1;
    } else if (state === "colon") {
      if (c !== ":") return i;
      state = "value";
      i += 1;
    } else if (state === "key" || state === "key-or-close") {
      if (c === "}" && state === "key-or-close") {
        closers.pop();
        state = "after";
        i += 1;
      } else {
        const end = c === '"' ? stringEnd(text, i) : -1;
        if (end < 0) return i;
        state = "colon";
        i = end;
      }
    } else if (c === "]" && state === "value-or-close") {
      closers.pop();
      state = "after";
      i += 1;
    } else if (c === "{" || c === "[") {
      closers.push(c === "{" ? "}" : "]");
      state = c === "{" ? "key-or-close" : "value-or-close";
      i += 1;
    } else {
      const end = scalarEnd(text, i);
      if (end < 0) return i;
      state = "after";
      i = end;
    }
  }
}

/** @internal The 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * @internal Parses JSON; when the text is not JSON, throws an input error naming the file, the line
 * and the column, with the parser's words.
 */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const { line, column } = lineColumn(text, jsonErrorOffset(text));
    const words = (error as Error).message
      .replace(/ in JSON at position \d+.*$/s, "")
      .replace(/, (?:\.\.\.)?".*$/s, "");
    throw inputError(`${name}: not JSON: line ${line}, column ${column}: ${words}`);
  }
}

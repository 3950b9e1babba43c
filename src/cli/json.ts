import { inputError, printable } from "./io.js";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]$/;

/**
 * The offset just past a JSON string starting at `i`; or, when it is malformed, the bitwise
 * complement (`~offset`, below 0) of where: the control character itself, the character after a
 * backslash that is no escape (`C:\data`), the first bad hex digit of a `\u` escape, or the end of
 * the text for a string never closed. Where JSON.parse points, so the line and column are the
 * character's own, not the string's start or the file's end.
 */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return ~j;
    if (c === 0x5c) {
      j += 1;
      if (j >= text.length) return ~text.length;
      const escape = text[j] as string;
      if (escape === "u") {
        for (let k = 1; k <= 4; k += 1)
          if (j + k >= text.length || !HEX.test(text[j + k] as string)) return ~Math.min(j + k, text.length);
        j += 4;
      } else if (!ESCAPES.has(escape)) return ~j;
    }
  }
  return ~text.length;
}

/** The offset just past the scalar (string, number, literal) at `i`; else `~offset` of the error. */
function scalarEnd(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~i;
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
        const end = c === '"' ? stringEnd(text, i) : ~i;
        if (end < 0) return ~end;
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
      if (end < 0) return ~end;
      state = "after";
      i = end;
    }
  }
}

/**
 * @internal The 1-based line and column of an offset, as an editor shows them: a line ends at LF,
 * CRLF or a lone CR (JSON allows all three as whitespace), and a column counts characters (code
 * points), so an emoji or a character outside the Basic Multilingual Plane before the error counts once.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      column = 1;
    } else if (c === 0x0d) {
      // The CR of a CRLF: the LF that follows ends the line.
    } else if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) column += 1;
  }
  return { line, column };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
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
    // The parser's words may quote the text (an unexpected token): shown with nothing a terminal acts on.
    throw inputError(`${name}: not JSON: line ${line}, column ${column}: ${printable(words)}`);
  }
}

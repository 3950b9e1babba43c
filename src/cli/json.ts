import { inputError, printable } from "./io.js";

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

/**
 * The offset just past a string starting at `i` in a text known to be JSON: the next quote that no
 * backslash escapes, found by `indexOf` rather than character by character.
 */
function validStringEnd(text: string, i: number): number {
  for (let j = i + 1; ;) {
    const quote = text.indexOf('"', j);
    let before = quote - 1;
    while (text.charCodeAt(before) === 0x5c) before -= 1;
    // An even run of backslashes before the quote escapes one another, not the quote.
    if ((quote - 1 - before) % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The offset just past the digits from `i`, or `~i` when there is none (the place a digit was needed). */
function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j += 1;
  return j === i ? ~i : j;
}

/**
 * The offset just past a JSON number at `i`; else `~offset` of the character where it stops being
 * one, as JSON.parse reports it: after a minus, a point or an exponent with no digit (`1.`, `-x`,
 * `1e+`). A leading zero ends the number, so `01` fails at the `1`, after it.
 */
function numberEnd(text: string, i: number): number {
  let j = text[i] === "-" ? i + 1 : i;
  if (text[j] === "0") j += 1;
  else {
    j = digitsEnd(text, j);
    if (j < 0) return j;
  }
  if (text[j] === ".") {
    j = digitsEnd(text, j + 1);
    if (j < 0) return j;
  }
  if (text[j] === "e" || text[j] === "E") {
    j += text[j + 1] === "+" || text[j + 1] === "-" ? 2 : 1;
    j = digitsEnd(text, j);
  }
  return j;
}

/** The offset just past the scalar (string, number, literal) at `i`; else `~offset` of the error. */
function scalarEnd(text: string, i: number): number {
  const c = text[i] as string;
  if (c === '"') return stringEnd(text, i);
  if (c === "-" || isDigit(c.charCodeAt(0))) return numberEnd(text, i);
  const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : "";
  if (word === "") return ~i;
  // A literal cut short (`tru]`, `nul` at the end) fails at its first wrong character.
  for (let k = 1; k < word.length; k += 1) if (text[i + k] !== word[k]) return ~(i + k);
  return i + word.length;
}

// The scan's states: what may come next.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON = 4;
const AFTER = 5;

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON_CHAR = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** A key repeated in one object: the offsets of its two opening quotes, and the key as decoded. */
interface RepeatedKey {
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

/**
 * One pass over a text with an explicit stack (no recursion, so any nesting depth is fine). Returns
 * the offset of the first error when the text is not JSON (`text.length` when it ends too soon);
 * with `keys`, on JSON, the first key an object repeats, compared decoded (`"a"` and `"\u0061"` are
 * one key), else -1. The keys of each open object are held in a Map (one per depth, reused and
 * cleared when the object closes), so time and memory are linear in the text.
 */
function scan(text: string, keys: boolean): number | RepeatedKey {
  // The closing character (`}` or `]`) of each open object and array, as character codes.
  const closers: number[] = [];
  // The keys seen in the open object at each depth, with the offset of each one's opening quote.
  const seen: (Map<string, number> | undefined)[] = [];
  let state = VALUE;
  let i = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    while (isWhitespace(c)) c = text.charCodeAt((i += 1));
    if (i >= text.length) return keys && closers.length === 0 && state === AFTER ? -1 : text.length;
    if (state === AFTER) {
      const closer = closers.length === 0 ? -1 : (closers[closers.length - 1] as number);
      if (closer === -1) return i;
      if (c === COMMA) state = closer === CLOSE_BRACE ? KEY : VALUE;
      else if (c === closer) {
        if (keys && c === CLOSE_BRACE) seen[closers.length - 1]?.clear();
        closers.pop();
      } else return i;
      i += 1;
    } else if (state === COLON) {
      if (c !== COLON_CHAR) return i;
      state = VALUE;
      i += 1;
    } else if (state === KEY || state === KEY_OR_CLOSE) {
      if (c === CLOSE_BRACE && state === KEY_OR_CLOSE) {
        closers.pop();
        state = AFTER;
        i += 1;
      } else {
        const end = c !== QUOTE ? ~i : keys ? validStringEnd(text, i) : stringEnd(text, i);
        if (end < 0) return ~end;
        if (keys) {
          const raw = text.slice(i + 1, end - 1);
          // Only a key with an escape needs decoding (the text is JSON, so it decodes).
          const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end)) as string) : raw;
          const depth = closers.length - 1;
          let inObject = seen[depth];
          if (inObject === undefined) seen[depth] = inObject = new Map();
          const first = inObject.get(key);
          if (first !== undefined) return { key, first, second: i };
          inObject.set(key, i);
        }
        state = COLON;
        i = end;
      }
    } else if (c === CLOSE_BRACKET && state === VALUE_OR_CLOSE) {
      closers.pop();
      state = AFTER;
      i += 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
      state = c === OPEN_BRACE ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      i += 1;
    } else {
      const end = keys && c === QUOTE ? validStringEnd(text, i) : scalarEnd(text, i);
      if (end < 0) return ~end;
      state = AFTER;
      i = end;
    }
  }
}

/**
 * @internal The offset of the first error in a text that is not JSON, found by a scan with an explicit
 * stack (no recursion, so any nesting depth is fine); `text.length` when the input ends too soon.
 */
export function jsonErrorOffset(text: string): number {
  return scan(text, false) as number;
}

/**
 * @internal The first key an object of a JSON text repeats (the offsets of the first and the second
 * occurrence's opening quotes, and the key decoded), or undefined when every object's keys differ.
 * For a text JSON.parse accepts; one pass, linear in the text, with no recursion.
 */
export function repeatedKey(text: string): RepeatedKey | undefined {
  const found = scan(text, true);
  return typeof found === "number" ? undefined : found;
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
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const { line, column } = lineColumn(text, jsonErrorOffset(text));
    const words = (error as Error).message
      .replace(/ (?:in JSON )?at position \d+.*$/s, "")
      .replace(/, (?:\.\.\.)?".*$/s, "");
    // The parser's words may quote the text (an unexpected token): shown with nothing a terminal acts on.
    throw inputError(`${name}: not JSON: line ${line}, column ${column}: ${printable(words)}`);
  }
  // JSON.parse keeps the last of a repeated key without a word: refused, naming both places.
  const repeated = repeatedKey(text);
  if (repeated !== undefined) {
    const { line, column } = lineColumn(text, repeated.second);
    const first = lineColumn(text, repeated.first);
    throw inputError(
      `${name}: not JSON: line ${line}, column ${column}: key "${printable(repeated.key)}" is repeated in this object ` +
        `(first at line ${first.line}, column ${first.column}); each key appears once`,
    );
  }
  return value;
}

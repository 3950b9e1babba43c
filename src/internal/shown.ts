/**
 * Values a caller gave, quoted in a misuse message without ever throwing: the one place that turns
 * an unknown value into text. A cycle, a BigInt inside, a throwing `toJSON`, an object without a
 * prototype or a Proxy's trap never turns a misuse error into a raw `TypeError`.
 * @internal
 */

/** The longest quotation of a value that is not a string kept whole. */
const SHOWN_LENGTH = 60;

/**
 * A value for a message: JSON when it has one, else its tag (`[object Object]`), at most 60
 * characters; with `wholeString`, a string in full (an id the message names).
 */
function quote(value: unknown, wholeString: boolean): string {
  if (wholeString && typeof value === "string") return JSON.stringify(value);
  let text = "a value that cannot be shown";
  try {
    // A Proxy's getPrototypeOf or Symbol.toStringTag trap may throw: the misuse error still wins.
    text = Object.prototype.toString.call(value);
  } catch {
    // keep the placeholder
  }
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "symbol" || value === undefined)
    text = String(value);
  else {
    try {
      // JSON.stringify gives undefined for a function, and throws for a cycle or a BigInt inside.
      const json = JSON.stringify(value) as unknown;
      if (typeof json === "string") text = json;
    } catch {
      // keep the tag
    }
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

/** A value a caller gave, for a message: JSON when it has one, else its tag, at most 60 characters. */
export function shown(value: unknown): string {
  return quote(value, false);
}

/** {@link shown}, but a string in full: an id or a date the message names. */
export function quoted(value: unknown): string {
  return quote(value, true);
}

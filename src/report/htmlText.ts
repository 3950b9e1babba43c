/**
 * Text made safe for HTML and XML, and the statuses' colours: a leaf that the HTML page, the charts
 * and the cascade diagram share.
 * @internal
 */
import type { Status } from "../trajectory/index.js";

/**
 * The characters XML 1.0 forbids in a document (its `Char` production leaves them out), and HTML
 * reads as parse errors: the C0 controls other than tab, line feed and carriage return, lone
 * surrogates (half of a pair, alone), and the noncharacters U+FFFE and U+FFFF. With the `u` flag a
 * surrogate class matches only a lone half: a pair is read as the one character it makes.
 * @internal
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text made safe for XML 1.0 and HTML: each character XML forbids ({@link XML_FORBIDDEN}) replaced
 * by U+FFFD, the replacement character "�", so a chart or page parses as well-formed XML whatever
 * the data holds, and the reader sees that a character could not be shown.
 * @internal
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "\uFFFD");
}

/** Whether text holds a character {@link escapeHtml} rewrites: markup's five, or one XML forbids. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const HTML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * Text safe in HTML and XML content and attribute values: `&`, `<`, `>`, `"` and `'` written as
 * entities, and each character XML 1.0 forbids replaced by U+FFFD ({@link xmlSafe}).
 * @internal
 */
export function escapeHtml(text: string): string {
  // Most text holds none of these: one test, and no string copied.
  if (!HTML_SPECIAL.test(text)) return text;
  return xmlSafe(text)
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&#39;");
}

/**
 * Each status's colours: dark text on a light tint, every pair at least 7:1 (WCAG 2.2 AAA for
 * text, above AA's 4.5:1), and the status is also written as a word with a symbol, so colour is
 * never the only signal (1.4.1).
 * @internal
 */
export const STATUS_COLOURS: Readonly<Record<Status, { readonly text: string; readonly background: string }>> = {
  blue: { text: "#0b3a75", background: "#dbe8f8" },
  green: { text: "#14532d", background: "#dcf1e2" },
  "amber-green": { text: "#3f4a0c", background: "#eef3d2" },
  amber: { text: "#5c3d00", background: "#fdefc8" },
  "amber-red": { text: "#6e2a00", background: "#fde0cc" },
  red: { text: "#7f1010", background: "#fbdcdc" },
  "no-data": { text: "#333333", background: "#ececec" },
  "not-started": { text: "#333333", background: "#ececec" },
  "awaiting-data": { text: "#333333", background: "#ececec" },
};

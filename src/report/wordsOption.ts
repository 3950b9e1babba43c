/**
 * The report's words as an option: checked against the default catalogue's shape, so a catalogue
 * missing a key is refused with a ReportError naming it (never a TypeError deep in a sentence),
 * and resolved for a renderer against the language the report was made in.
 * @internal
 */
import { shown } from "../internal/options.js";
import type { ReportWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";
import { ReportError } from "./errors.js";

/** The kind of a catalogue's value, as the shape check compares it. */
function kindOf(value: unknown): string {
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

/** What a value of the default catalogue's kind is, in words. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  string: "a string",
  function: "a function",
  object: "an object",
  array: "an array of strings",
};

/**
 * `given` checked as a catalogue of words shaped as {@link REPORT_WORDS_EN_GB} (every key of it, of
 * the same kind: string, function, object, or an array of strings as long), with a well-formed
 * BCP 47 `lang`; the default catalogue when absent. The walk follows the default catalogue's own
 * shape, three levels deep at most, whatever `given` holds.
 * @internal
 */
export function checkWords(given: unknown, what: string): ReportWords {
  if (given === undefined || given === REPORT_WORDS_EN_GB) return REPORT_WORDS_EN_GB;
  if (typeof given !== "object" || given === null || Array.isArray(given))
    throw new ReportError(`${what} must be a catalogue of words such as REPORT_WORDS_EN_GB; got ${shown(given)}`);
  const pending: [unknown, unknown, string][] = [[REPORT_WORDS_EN_GB, given, what]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [model, value, path] = next;
    const kind = kindOf(model);
    if (kindOf(value) !== kind)
      throw new ReportError(
        `${path} must be ${KIND_WORDS[kind] ?? kind}, as in REPORT_WORDS_EN_GB; got ${shown(value)}`,
      );
    if (kind === "array") {
      const list = value as readonly unknown[];
      const expected = (model as readonly unknown[]).length;
      if (list.length !== expected || list.some((item) => typeof item !== "string"))
        throw new ReportError(`${path} must be an array of ${String(expected)} strings, one a column`);
    } else if (kind === "object")
      for (const [key, inner] of Object.entries(model as object))
        pending.push([inner, (value as Readonly<Record<string, unknown>>)[key], `${path}.${key}`]);
  }
  const lang = (given as { lang: string }).lang;
  let wellFormed = true;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    wellFormed = false;
  }
  if (!wellFormed || lang === "")
    throw new ReportError(`${what}.lang ${shown(lang)} is not a language tag such as "en-GB" or "cy" (BCP 47)`);
  return given as ReportWords;
}

/**
 * The words a renderer lays a report out in: `given` (checked), else the default catalogue. They
 * must be in the language the report was made in (`report.lang`, the catalogue given to
 * `performanceReport`), so a page never mixes two: a report made in Welsh needs its Welsh words
 * given again, and English words are refused for it.
 * @internal
 */
export function wordsForReport(lang: string | undefined, given: unknown, what: string): ReportWords {
  const words = checkWords(given, what);
  if (lang !== undefined && words.lang !== lang)
    throw new ReportError(
      given === undefined
        ? `report was made in ${JSON.stringify(lang)} (report.lang): give ${what}, the catalogue it was made with, so the page is in one language`
        : `${what} is in ${JSON.stringify(words.lang)}, but the report was made in ${JSON.stringify(lang)} (report.lang): give the catalogue it was made with`,
    );
  return words;
}

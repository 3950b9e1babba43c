import { quoted } from "../internal/shown.js";
import type { Decimal } from "decimal.js";
import { ExactDecimal, toDecimal } from "../internal/decimal.js";
import type { Indicator } from "../model/index.js";
import { isPercentUnit } from "../model/bounds.js";
import { ReportError } from "./errors.js";
import type { ReportWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";

/**
 * How a report shows numbers and dates to people: figures to the indicator's `decimals` with its
 * unit written out, dates as "30 June 2001". Built on the platform's `Intl` in a locale (`en-GB`
 * by default); dates are read as calendar dates in UTC, so no time zone can move them.
 *
 * @category Report
 */
export interface Formatter {
  /** The locale the formatter writes in. */
  readonly locale: string;
  /** A figure with its unit: "79%", "34 households", "612,000 tonnes a year"; "no figure" for null. */
  figure(value: string | null, indicator: Pick<Indicator, "unit" | "decimals"> | undefined): string;
  /**
   * A difference with its unit and sign: "−21 percentage points", "+3 households"; "none" for
   * null. A difference the indicator's places would round to zero is shown to its first
   * significant digit ("−0.05 percentage points"), so a miss never reads as none.
   */
  variance(value: string | null, indicator: Pick<Indicator, "unit" | "decimals"> | undefined): string;
  /** A calendar date for people: "30 June 2001"; "no date" for null. */
  date(value: string | null): string;
  /**
   * Figures read side by side (an actual and its expectation, a band's edges), each with its unit:
   * to the indicator's `decimals` (or, when it sets none, to `places` at most, each to no more
   * places than its own), and where two that differ would read the same at that, all to as many
   * more places as it takes to tell them apart: 91.2% against an expected 91.2465…% with one
   * decimal reads "91.20%" against "91.25%", never "91.2%" against "91.2%". Figures that are equal
   * read the same; "no figure" for null. For a status that is not green, so its figures explain it.
   */
  apart(
    values: readonly (string | null)[],
    indicator: Pick<Indicator, "unit" | "decimals"> | undefined,
    places?: number,
  ): string[];
}

/**
 * The default locale of reports: British English, as the seed's councils write.
 *
 * @category Report
 * @example
 * import { DEFAULT_LOCALE, createFormatter } from "performance-management/report";
 * DEFAULT_LOCALE //=> "en-GB"
 * createFormatter(DEFAULT_LOCALE).date("2002-03-31") //=> "31 March 2002"
 */
export const DEFAULT_LOCALE = "en-GB";

/** The most dates a formatter remembers the text of. */
const MAX_DATE_TEXTS = 4096;

/**
 * The exact value rounded half away from zero to `decimals` places (as councils round a published
 * figure), or as given when the indicator sets none.
 */
function rounded(value: string, decimals: number | undefined): string {
  const plain = plainOf(value);
  if (plain !== undefined) return plainRounded(plain, decimals);
  const decimal = toDecimal(value);
  return decimals === undefined ? decimal.toFixed() : decimal.toFixed(decimals, ExactDecimal.ROUND_HALF_UP);
}

/** A plain decimal string's parts: its sign, and its digits before and after the point. @internal */
export interface Plain {
  readonly negative: boolean;
  /** The whole part's digits, without leading zeros ("" for none). */
  readonly whole: string;
  /** The fraction's digits, as written (trailing zeros kept). */
  readonly fraction: string;
}

/** An optional minus, digits, and optionally a point and digits: the engines' and most measurements' figures. */
const PLAIN = /^(-?)0*(\d*?)(?:\.(\d+))?$/u;

/**
 * The parts of a plain decimal string ("-12.50", "0.3"), read without building a Decimal (a report
 * writes tens of thousands of figures); `undefined` for any other form (an exponent, a plus sign, a
 * number), which the Decimal reads instead.
 * @internal
 */
export function plainOf(value: string): Plain | undefined {
  const match = PLAIN.exec(value);
  // At least one digit before the point: ".5" and "-" go to the Decimal.
  if (match === null || (match[2] === "" && !value.replace(/^-/u, "").startsWith("0"))) return undefined;
  return { negative: match[1] === "-", whole: match[2] as string, fraction: match[3] ?? "" };
}

/** The decimal places of a figure as `Plain` rounding writes it with no places ("1.25" → 2, "3" → 0), as `Decimal#decimalPlaces` counts them. */
function plainPlaces(canonical: string): number {
  const point = canonical.indexOf(".");
  return point < 0 ? 0 : canonical.length - point - 1;
}

/** Whether a plain figure is zero: no digit but zeros. */
function plainIsZero(plain: Plain): boolean {
  return !/[1-9]/u.test(plain.whole) && !/[1-9]/u.test(plain.fraction);
}

/**
 * What `Decimal#toFixed` writes for a plain figure: with no places, every significant digit
 * (trailing zeros of the fraction dropped); with places, rounded half away from zero to them
 * (`ROUND_HALF_UP`), zeros added. A minus before any figure less than zero, even one that rounds
 * to zero ("-0.0"), as the Decimal writes it; never before zero itself.
 * @internal
 */
export function plainRounded(plain: Plain, decimals: number | undefined): string {
  const sign = plain.negative && !plainIsZero(plain) ? "-" : "";
  if (decimals === undefined) {
    let end = plain.fraction.length;
    while (end > 0 && plain.fraction.charCodeAt(end - 1) === 48) end -= 1;
    const whole = plain.whole === "" ? "0" : plain.whole;
    return end === 0 ? `${sign}${whole}` : `${sign}${whole}.${plain.fraction.slice(0, end)}`;
  }
  const kept =
    plain.fraction.length >= decimals ? plain.fraction.slice(0, decimals) : plain.fraction.padEnd(decimals, "0");
  let digits = `${plain.whole}${kept}`;
  // Half away from zero: up when the first digit dropped is 5 or more.
  if (plain.fraction.length > decimals && plain.fraction.charCodeAt(decimals) >= 53) digits = incremented(digits);
  if (digits.length <= decimals) digits = digits.padStart(decimals + 1, "0");
  const point = digits.length - decimals;
  return decimals === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100", "" → "1"). */
function incremented(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits.charCodeAt(at) === 57) at -= 1;
  if (at < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, at)}${String.fromCharCode(digits.charCodeAt(at) + 1)}${"0".repeat(digits.length - at - 1)}`;
}

/** Throws a ReportError unless `locale` is a well-formed BCP 47 language tag. */
function checkLocale(locale: unknown, what: string): asserts locale is string {
  let wellFormed = typeof locale === "string";
  let cause: unknown;
  if (wellFormed)
    try {
      Intl.getCanonicalLocales(locale as string);
    } catch (error) {
      wellFormed = false;
      cause = error;
    }
  if (!wellFormed)
    throw new ReportError(
      `${what} ${quoted(locale)} is not a language tag such as "en-GB" (BCP 47)`,
      cause === undefined ? undefined : { cause },
    );
}

/**
 * A formatter for a locale: see {@link Formatter}.
 *
 * @category Report
 * @param locale - a BCP 47 locale; `en-GB` when absent
 * @returns the formatter
 * @throws {@link ReportError} when the locale is not a string holding a well-formed BCP 47 language tag
 * @example
 * import { createFormatter } from "performance-management/report";
 * const format = createFormatter();
 * format.figure("79", { unit: "%" }) //=> "79%"
 * format.figure("612000", { unit: "tonnes a year" }) //=> "612,000 tonnes a year"
 * format.figure("36.6788321168", { unit: "households", decimals: 1 }) //=> "36.7 households"
 * format.variance("-21", { unit: "%" }) //=> "−21 percentage points"
 * // An amber 91.2% against an expected 91.2465753425%, one decimal: read apart, not "91.2%" twice.
 * format.apart(["91.2", "91.2465753425"], { unit: "%", decimals: 1 }) //=> ["91.20%", "91.25%"]
 * format.date("2001-06-30") //=> "30 June 2001"
 * createFormatter("de-DE").figure("1234.5", { unit: "t", decimals: 1 }) //=> "1.234,5 t"
 */
export function createFormatter(locale: string = DEFAULT_LOCALE): Formatter {
  return formatterFor(locale, "locale");
}

/** A formatter carrying the report's words, as the report's data path passes it. @internal */
export interface ReportFormatter extends Formatter {
  /** The words of the report being written. */
  readonly words: ReportWords;
}

/**
 * {@link createFormatter} for a caller that took the locale as an option: a bad one is blamed on
 * `what` (`options.locale`), the name the caller gave it.
 * @internal
 */
export function formatterFor(given: unknown, what: string, words: ReportWords = REPORT_WORDS_EN_GB): ReportFormatter {
  // Only a missing locale takes the default (the words' language): null is a bad locale, refused below.
  const locale = given === undefined ? words.lang : given;
  const { noFigure, noVariance, noDate, percentagePoints } = words.figures;
  checkLocale(locale, what);
  const dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const resolved = dates.resolvedOptions().locale;
  // Each date written once per formatter (a bounded number of them: a formatter may live long).
  const dateTexts = new Map<string, string>();
  const numbers = new Map<number | undefined, Intl.NumberFormat>();
  const numberFormat = (decimals: number | undefined): Intl.NumberFormat => {
    let format = numbers.get(decimals);
    if (format === undefined) {
      format = new Intl.NumberFormat(
        locale,
        decimals === undefined
          ? { maximumFractionDigits: 20 }
          : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
      );
      numbers.set(decimals, format);
    }
    return format;
  };
  // Intl.NumberFormat formats a decimal string exactly (ECMA-402 2023, Node 20), so a 30-digit
  // figure keeps every digit; TypeScript's ES2022 library types the argument as a number only.
  // Each figure written once per formatter and places, as dates are (a bounded number of them):
  // a report writes the same few figures thousands of times (100%, a goal shared by many targets).
  const numberTexts = new Map<string, string>();
  const number = (value: string, decimals: number | undefined): string => {
    const key = `${decimals === undefined ? "" : String(decimals)}|${value}`;
    let text = numberTexts.get(key);
    if (text === undefined) {
      text = numberFormat(decimals).format(rounded(value, decimals) as unknown as number);
      if (numberTexts.size < MAX_DATE_TEXTS) numberTexts.set(key, text);
    }
    return text;
  };
  // A unit that is an ISO 4217 currency code is written as money in the locale: "£42.50", not "42.50 GBP".
  const currencies = new Map<string, { readonly before: string; readonly after: string } | null>();
  const moneyOf = (unit: string) => {
    let found = currencies.get(unit);
    if (found === undefined) {
      found = isCurrencyCode(unit) ? currencyPattern(locale, unit) : null;
      if (currencies.size < MAX_DATE_TEXTS) currencies.set(unit, found);
    }
    return found;
  };
  const withUnit = (text: string, unit: string, percentWord: string): string => {
    if (isPercentUnit(unit)) return `${text}${percentWord}`;
    const money = moneyOf(unit.trim());
    if (money === null) return `${text} ${unit.trim()}`;
    // The sign before the money, as a locale writes a negative amount: "−£0.50".
    const sign = /^[+−-]/u.exec(text)?.[0] ?? "";
    return `${sign}${money.before}${text.slice(sign.length)}${money.after}`;
  };
  // `apart` on plain figures (all of them, as the engines write them): as below, on their digits.
  const apartPlain = (
    values: readonly (string | null)[],
    plains: readonly Plain[],
    indicator: Pick<Indicator, "unit" | "decimals"> | undefined,
    places: number | undefined,
  ): string[] => {
    const fixed = indicator?.decimals;
    let shown = fixed ?? places ?? 0;
    const exact = plains.map((plain) => plainRounded(plain, undefined));
    const most = Math.max(shown, ...exact.map(plainPlaces));
    const readApart = (at: number) => {
      const seen = new Map<string, string>();
      for (let i = 0; i < plains.length; i += 1) {
        const key = plainRounded(plains[i] as Plain, at);
        const other = seen.get(key);
        if (other !== undefined && other !== exact[i]) return false;
        seen.set(key, exact[i] as string);
      }
      return true;
    };
    while (shown < most && !readApart(shown)) shown += 1;
    let next = 0;
    return values.map((value) => {
      if (value === null) return noFigure;
      const own = plainPlaces(exact[next] as string);
      next += 1;
      const text = number(value, fixed === undefined ? Math.min(shown, own) : shown);
      return indicator === undefined ? text : withUnit(text, indicator.unit, "%");
    });
  };
  return {
    locale: resolved,
    words,
    figure(value, indicator) {
      if (value === null) return noFigure;
      const text = number(value, indicator?.decimals);
      return indicator === undefined ? text : withUnit(text, indicator.unit, "%");
    },
    variance(value, indicator) {
      if (value === null) return noVariance;
      const plain = plainOf(value);
      if (plain !== undefined) {
        // As below, on the figure's digits: no Decimal built.
        let places = indicator?.decimals;
        if (places !== undefined && !plainIsZero(plain))
          while (places < 20 && plainIsZero(plainOf(rounded(value, places)) as Plain)) places += 1;
        const shown = plainOf(rounded(value, places)) as Plain;
        const magnitude = number(plainRounded({ ...shown, negative: false }, undefined), places);
        const sign = plainIsZero(shown) ? "" : shown.negative ? "−" : "+";
        if (indicator === undefined) return `${sign}${magnitude}`;
        return withUnit(`${sign}${magnitude}`, indicator.unit, percentagePoints);
      }
      // A difference is never shown as nothing unless it is nothing: shown to more places, down to
      // its first significant digit, when the indicator's would round it to zero.
      let places = indicator?.decimals;
      const exact = toDecimal(value);
      if (places !== undefined && !exact.isZero())
        while (places < 20 && toDecimal(rounded(value, places)).isZero()) places += 1;
      const decimal = toDecimal(rounded(value, places));
      const magnitude = number(decimal.abs().toFixed(), places);
      const sign = decimal.isZero() ? "" : decimal.isNegative() ? "−" : "+";
      if (indicator === undefined) return `${sign}${magnitude}`;
      return withUnit(`${sign}${magnitude}`, indicator.unit, percentagePoints);
    },
    apart(values, indicator, places) {
      const given = values.filter((value): value is string => value !== null);
      const plains = given.map(plainOf);
      if (plains.every((plain) => plain !== undefined)) return apartPlain(values, plains, indicator, places);
      const exact = given.map((value) => toDecimal(value));
      const fixed = indicator?.decimals;
      let shown = fixed ?? places ?? 0;
      // Enough places for every figure's own digits ends the search: there, figures that differ read apart.
      const most = Math.max(shown, ...exact.map((value) => value.decimalPlaces()));
      const readApart = (at: number) => {
        const seen = new Map<string, Decimal>();
        for (const value of exact) {
          const key = value.toFixed(at, ExactDecimal.ROUND_HALF_UP);
          const other = seen.get(key);
          if (other !== undefined && !other.equals(value)) return false;
          seen.set(key, value);
        }
        return true;
      };
      while (shown < most && !readApart(shown)) shown += 1;
      return values.map((value) => {
        if (value === null) return noFigure;
        const text = number(value, fixed === undefined ? Math.min(shown, toDecimal(value).decimalPlaces()) : shown);
        return indicator === undefined ? text : withUnit(text, indicator.unit, "%");
      });
    },
    date(value) {
      if (value === null) return noDate;
      // A report writes the same few dates thousands of times (every action due at the plan's end).
      let text = dateTexts.get(value);
      if (text === undefined) {
        const [year, month, day] = value.split("-").map(Number) as [number, number, number];
        const instant = new Date(Date.UTC(2000, month - 1, day));
        instant.setUTCFullYear(year);
        text = dates.format(instant);
        if (dateTexts.size < MAX_DATE_TEXTS) dateTexts.set(value, text);
      }
      return text;
    },
  };
}

/** The ISO 4217 currency codes the platform's Intl knows (GBP, EUR, …), read once. */
let currencyCodes: ReadonlySet<string> | undefined;

/** Whether a unit is an ISO 4217 currency code the platform knows: three capital letters, "GBP". */
function isCurrencyCode(unit: string): boolean {
  if (!/^[A-Z]{3}$/u.test(unit)) return false;
  currencyCodes ??= new Set(Intl.supportedValuesOf("currency"));
  return currencyCodes.has(unit);
}

/** What a locale writes before and after an amount of `currency`: "£" and "" in en-GB, "" and " €" in de-DE. */
function currencyPattern(locale: string, currency: string): { readonly before: string; readonly after: string } {
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1);
  const numeric = new Set(["integer", "group", "decimal", "fraction"]);
  const first = parts.findIndex((part) => numeric.has(part.type));
  let last = first;
  for (let at = first; at < parts.length; at += 1) if (numeric.has(parts[at]?.type ?? "")) last = at;
  const join = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join("");
  return { before: join(0, first), after: join(last + 1, parts.length) };
}

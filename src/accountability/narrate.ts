import { checkKnownOptions, checkOneOf, checkOptionsObject, isPlainObject, shown } from "../internal/options.js";
import { accountabilityError } from "./errors.js";
import type { Chain, ChainStep } from "./types.js";

/**
 * Options for {@link narrate}.
 *
 * @category Accountability
 */
export interface NarrateOptions {
  /**
   * `so-that` (the default) tells the chain from the ground up, as front-line staff do: "… so that
   * … so that …". `in-order-to` reads it top-down: "In order that …, …; in order that …, …".
   */
  readonly style?: "so-that" | "in-order-to" | undefined;
  /**
   * The words for the chain's first step, in place of its subject's title: how the person doing
   * it would say it ("I tag the keys, tying a good knot" for the objective "Receptionist puts key
   * tag on keys, tying a good knot").
   */
  readonly opening?: string | undefined;
}

/**
 * A title inside a sentence: its first letter in lower case, unless the title opens with an acronym
 * ("PCT …") or with the word "I" ("I log every key", "I'll …"), which stay as they are.
 */
function inSentence(title: string): string {
  const [first = "", second = ""] = title;
  if (second !== second.toLowerCase() || /^I(?:['’]\p{L}+)?(?:[\s,;:.!?]|$)/u.test(title)) return title;
  return first.toLowerCase() + title.slice(first.length);
}

/**
 * Words set inside a sentence: spaces and line breaks collapsed to single spaces, trimmed, and the
 * punctuation they may start with and the full stops, commas, semicolons and colons they may end with dropped, so clauses join into one
 * sentence. Words with no letter or digit ("", "  ", ".!") give the empty string: they say nothing.
 */
function clause(text: string): string {
  const words = text
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[^\p{L}\p{N}"'(‘“]+/u, "")
    .replace(/[\s.,;:]+$/u, "");
  return /[\p{L}\p{N}]/u.test(words) ? words : "";
}

/** A title named inside the sentence, in double quotation marks (any it holds become single ones). */
function quoted(title: string): string {
  return `"${title.replaceAll('"', "'")}"`;
}

/** Names as a list: "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  if (names.length < 2) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] as string}`;
}

/** ", working with Youth Offending Team" for a link delivered with partners, by their names; "" for none. */
function withPartners(step: ChainStep): string {
  // A chain built by hand (or kept from before names were given) may lack names: its ids stand in.
  const given: unknown = (step as { partnerNames?: unknown }).partnerNames ?? (step as { partners?: unknown }).partners;
  const names = (Array.isArray(given) ? (given as unknown[]) : [])
    .filter((name): name is string => typeof name === "string")
    .map(clause)
    .filter((name) => name !== "");
  return names.length === 0 ? "" : `, working with ${listed(names)}`;
}

/**
 * Tells a chain as one sentence. `so-that` reads from the ground up: the first step's words
 * (`opening`, else its title), then each link in turn: "so that" and the link's `soThat` words when it
 * has them, else ", which contributes to" and the title of the step it leads to, in quotation marks
 * (a title is a name, not a clause: "so that secure a safe environment" would be a broken sentence).
 * `in-order-to` reads top-down, from the top link to the first, joined by semicolons: "In order that"
 * the link's words, or "to contribute to" the quoted title it leads to, then the words of the step
 * that serves it. A link delivered with partners names them by their names, never by their ids,
 * in a clause of its own between the step that delivers it and the link's joining words ("X,
 * working with Youth Offending Team, so that Y"; "In order that Y, working with P, X"), so each
 * partner clause belongs to its own link. Words are set inside the sentence
 * with spaces collapsed and a closing full stop dropped; a title or opening set after a comma has
 * its first letter in lower case, unless it opens with an acronym ("PCT") or the word "I"; blank
 * words (an empty `soThat`, a title of spaces or punctuation only) are treated as absent: a blank
 * title reads as the subject's kind and id (`objective "o-3"`). A chain of one step is that step's words. The sentence ends with one full stop and
 * has no double spaces. Pure: the same chain and options give the same string.
 *
 * @category Accountability
 * @param chain - a chain from {@link traceUp}
 * @param options - the `style`, and the `opening` words for the first step
 * @returns the sentence
 * @throws {@link AccountabilityError} when `options` is not an object, `style` is neither `"so-that"`
 * nor `"in-order-to"`, or `opening` is not a string
 * @throws {@link AccountabilityError} when `chain` is not one of traceUp's chains (`{}`, a whole trace)
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { narrate, traceUp } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const [zone] = traceUp(stockton, "so-zone-cleanliness").chains;
 * // The zone's link gives its "so that"; the corporate objective's does not, so it contributes to the aim, named.
 * narrate(zone) //=> "95% of each zone/patch of high or acceptable cleanliness so that 95% of streets are of high or acceptable cleanliness, which contributes to \"Secure a safe and attractive environment for current and future generations\"."
 * const [relet] = traceUp(stockton, "uo-relet-28-days").chains;
 * narrate(relet, { style: "in-order-to" }) //=> "In order that the community plan objective to reduce the use of temporary hostel and bed and breakfast accommodation for homeless households can be met, offer every homeless household accommodation within 21 days; in order that an offer can be made quickly, make every house available for re-let within 28 days."
 * // An indirect link names its partners by their names, not their owner ids.
 * const [youth] = traceUp(stockton, "co-youth-offending").chains;
 * narrate(youth) //=> "Reduce the rate of youth offending by a minimum of 10% by March 2003, working with Youth Offending Team, so that the community is safer."
 */
export function narrate(chain: Chain, options: NarrateOptions = {}): string {
  checkOptionsObject(options, "options", accountabilityError);
  checkKnownOptions(options, ["style", "opening"], "options", accountabilityError);
  checkOneOf(options.style, ["so-that", "in-order-to"], "options.style", accountabilityError);
  if (options.opening !== undefined && typeof options.opening !== "string")
    throw accountabilityError(`options.opening must be a string; got ${shown(options.opening)}`);
  checkChain(chain);
  const style = options.style ?? "so-that";
  const { steps } = chain;
  const words = steps.map((step, i) => {
    const given = clause(i === 0 && options.opening !== undefined ? options.opening : step.subject.title);
    return given === "" ? `${step.subject.kind} "${step.subject.id}"` : given;
  });
  /** The link's "so that" words, or null when it has none (or only blanks). */
  const soThatOf = (i: number): string | null => {
    const soThat = clause(steps[i]?.soThat ?? "");
    return soThat === "" ? null : soThat;
  };
  if (style === "so-that") {
    let sentence = words[0] ?? "";
    for (let i = 0; i + 1 < steps.length; i += 1) {
      const soThat = soThatOf(i);
      const partners = withPartners(steps[i] as ChainStep);
      // The partners of a link follow the words of the step they deliver it with, before the link's
      // joining words: "X, working with P, so that Y", never "X so that Y, working with P" (which
      // reads as Y being done with P, and leaves the next "so that" hanging off the partners).
      sentence +=
        soThat === null
          ? `${partners}, which contributes to ${quoted(words[i + 1] as string)}`
          : `${partners === "" ? "" : `${partners},`} so that ${soThat}`;
    }
    return `${sentence}.`;
  }
  if (steps.length < 2) return `${words[0] ?? ""}.`;
  const parts: string[] = [];
  for (let i = steps.length - 2; i >= 0; i -= 1) {
    const soThat = soThatOf(i);
    const purpose = soThat === null ? `to contribute to ${quoted(words[i + 1] as string)}` : `in order that ${soThat}`;
    parts.push(`${purpose}${withPartners(steps[i] as ChainStep)}, ${inSentence(words[i] as string)}`);
  }
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * Checks that `chain` has the shape of one of {@link traceUp}'s chains, as far as narrating reads it:
 * `steps`, a list whose every step has a `subject` with a string `title`, and a `soThat` that is a
 * string, `null` or absent. Anything else (`{}`, a Trace instead of one of its chains) is misuse.
 */
function checkChain(chain: unknown): asserts chain is Chain {
  if (!isPlainObject(chain) || !Array.isArray(chain.steps))
    throw accountabilityError(
      `chain must be one of traceUp's chains (an object with a list of steps), such as trace.chains[0]; got ${shown(chain)}`,
    );
  const steps = chain.steps as readonly unknown[];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i];
    const subject = isPlainObject(step) ? step.subject : undefined;
    const soThat = isPlainObject(step) ? step.soThat : undefined;
    if (!isPlainObject(subject) || typeof subject.title !== "string" || !(soThat == null || typeof soThat === "string"))
      throw accountabilityError(
        `chain.steps[${String(i)}] must be a step of traceUp's chain, with a subject that has a title; got ${shown(step)}`,
      );
  }
}

import { checkKnownOptions, checkOneOf, checkOptionsObject, isPlainObject, shown } from "../internal/options.js";
import { accountabilityError } from "./errors.js";
import type { Chain } from "./types.js";

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
  readonly style?: "so-that" | "in-order-to";
  /**
   * The words for the chain's first step, in place of its subject's title: how the person doing
   * it would say it ("I tag the keys, tying a good knot" for the objective "Receptionist puts key
   * tag on keys, tying a good knot").
   */
  readonly opening?: string;
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

/** A clause without the full stop it may end with, so clauses join into one sentence. */
function clause(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

/**
 * Tells a chain as one sentence, from each link's `soThat`, falling back to the title of the step
 * it leads to when a link has none. `so-that` reads from the ground up: the first step's words
 * (`opening`, else its title), then "so that" and each link's words in turn, ending with a full stop:
 * the seed's accountability chain (5.3.5.6). `in-order-to` reads top-down: "In order that" each
 * link's words, then the words of the step that serves it, from the top link to the first, joined by
 * semicolons (a link with no `soThat` reads "in order to" and the title it leads to). A title or
 * opening set inside the sentence has its first letter in lower case, unless it opens with an
 * acronym ("PCT") or the word "I". A chain of one step is that step's words. Pure: the same chain and options give the same string.
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
 * // The zone's link gives its "so that"; the corporate objective's does not, so the strand's title stands in.
 * narrate(zone) //=> "95% of each zone/patch of high or acceptable cleanliness so that 95% of streets are of high or acceptable cleanliness so that secure a safe and attractive environment for current and future generations."
 * const [relet] = traceUp(stockton, "uo-relet-28-days").chains;
 * narrate(relet, { style: "in-order-to" }) //=> "In order that the community plan objective to reduce the use of temporary hostel and bed and breakfast accommodation for homeless households can be met, offer every homeless household accommodation within 21 days; in order that an offer can be made quickly, make every house available for re-let within 28 days."
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
  const words = steps.map((step, i) =>
    i === 0 && options.opening !== undefined ? options.opening : clause(step.subject.title),
  );
  if (style === "so-that") {
    const parts = [words[0] ?? ""];
    for (let i = 0; i + 1 < steps.length; i += 1) {
      const soThat = steps[i]?.soThat ?? null;
      parts.push(soThat === null ? inSentence(words[i + 1] as string) : clause(soThat));
    }
    return `${parts.join(" so that ")}.`;
  }
  if (steps.length < 2) return `${words[0] ?? ""}.`;
  const parts: string[] = [];
  for (let i = steps.length - 2; i >= 0; i -= 1) {
    const soThat = steps[i]?.soThat ?? null;
    const purpose =
      soThat === null ? `in order to ${inSentence(words[i + 1] as string)}` : `in order that ${clause(soThat)}`;
    parts.push(`${purpose}, ${inSentence(words[i] as string)}`);
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

/**
 * How the checker turns what a rule reports into findings, cheaply enough for millions of them
 * (issue 22): each message template is parsed once per check into its text and placeholders, so a
 * finding's message is a few string concatenations (which V8 keeps as a rope until the text is
 * read), not a regular-expression replace; and findings are sorted on keys worked out once each.
 * @internal
 */
import type { Finding, FindingSubject, ReportDescriptor, Severity } from "./types.js";

/** A `{{name}}` placeholder, with spaces allowed inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * A message template, parsed: `texts[0]`, then each placeholder's value followed by the next text.
 * `wholes` are the placeholders as written, kept when the data have no value for them.
 * @internal
 */
export interface CompiledMessage {
  readonly texts: readonly string[];
  readonly names: readonly string[];
  readonly wholes: readonly string[];
}

/** Parses a template as `String.prototype.replace` with {@link PLACEHOLDER} reads it. @internal */
export function compileMessage(template: string): CompiledMessage {
  const texts: string[] = [];
  const names: string[] = [];
  const wholes: string[] = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(from, match.index));
    names.push(match[1] as string);
    wholes.push(match[0]);
    from = match.index + match[0].length;
  }
  texts.push(template.slice(from));
  return { texts, names, wholes };
}

/**
 * The message for `data`: each placeholder replaced by the data's own value of that name (as
 * `String` writes it), or kept as written when the data have none; the same text as replacing
 * {@link PLACEHOLDER} in the template. The pieces are joined into one flat string: a chain of
 * concatenations would cost more memory once the message is read (flattened beside its chain).
 * @internal
 */
export function fillMessage(
  message: CompiledMessage,
  data: Readonly<Record<string, string | number>> | undefined,
): string {
  const { texts, names, wholes } = message;
  if (names.length === 0) return texts[0] as string;
  const parts: string[] = [texts[0] as string];
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i] as string;
    const value =
      data === undefined ? undefined : Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    parts.push(value === undefined ? (wholes[i] as string) : String(value), texts[i + 1] as string);
  }
  return parts.join("");
}

/**
 * A finding from a descriptor, its fields in the documented order. The common shapes (no path, no
 * related subjects) are written out, so each is one object literal of a fixed shape.
 *
 * The finding gets copies of the descriptor's subject and data, as a rule may reuse or change its
 * objects after reporting them. A `trusted` rule (a built-in one) makes a fresh subject and data
 * object for each finding, and the finding keeps them: test/cascade/golden.test.ts checks that no
 * two findings share one. Paths and related subjects are always copied.
 * @internal
 */
export function makeFinding(
  ruleId: string,
  severity: Severity,
  message: string,
  descriptor: ReportDescriptor,
  seedRef: string,
  trusted: boolean,
): Finding {
  const { messageId, path, related } = descriptor;
  const given = descriptor.subject;
  const subject: FindingSubject = trusted ? given : { kind: given.kind, id: given.id };
  const data = descriptor.data === undefined ? {} : trusted ? descriptor.data : { ...descriptor.data };
  return {
    ruleId,
    severity,
    messageId,
    message,
    data,
    subject,
    path: path === undefined ? [] : [...path],
    related: related === undefined ? [] : related.map((r) => ({ kind: r.kind, id: r.id })),
    seedRef,
  };
}

/** The order of subject kinds in a report. */
const SUBJECT_ORDER: Readonly<Record<FindingSubject["kind"], number>> = {
  framework: 0,
  owner: 1,
  plan: 2,
  objective: 3,
  indicator: 4,
  target: 5,
  measurement: 6,
  reviewCycle: 7,
  review: 8,
  budget: 9,
  spend: 10,
  unitCost: 11,
};
const KINDS = Object.keys(SUBJECT_ORDER).length;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings by subject (kind, then id), then rule, message id and message: independent of input order. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SUBJECT_ORDER[a.subject.kind] - SUBJECT_ORDER[b.subject.kind] ||
    compareText(a.subject.id, b.subject.id) ||
    compareRest(a, b)
  );
}

/** {@link compareFindings} past the subject: rule, message id, message, path. */
function compareRest(a: Finding, b: Finding): number {
  return (
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId) ||
    compareText(a.message, b.message) ||
    compareText(a.path.join("\u0000"), b.path.join("\u0000"))
  );
}

/**
 * Sorts findings in place by {@link compareFindings}, stably, as `findings.sort(compareFindings)`
 * does, with fewer and cheaper comparisons: the findings are dealt out by subject kind, in order (a
 * stable counting sort on the first key); in each kind, the runs of findings about one subject (as
 * a rule reports them: an objective's action with no owner and no date) are sorted by id, once a
 * run; then the findings of each subject by the rest of the key. A finding whose subject kind is
 * not one of the nine, or whose id is not a string (a custom rule's misuse), has every finding
 * sorted by `compareFindings` itself.
 * @internal
 */
export function sortFindings(findings: Finding[]): void {
  const piles: Finding[][] = Array.from({ length: KINDS }, () => []);
  for (const finding of findings) {
    const { kind, id } = finding.subject;
    const order = Object.prototype.hasOwnProperty.call(SUBJECT_ORDER, kind) ? SUBJECT_ORDER[kind] : undefined;
    if (order === undefined || typeof id !== "string") {
      findings.sort(compareFindings);
      return;
    }
    (piles[order] as Finding[]).push(finding);
  }
  let at = 0;
  for (const pile of piles) at = sortPile(pile, findings, at);
}

/** Runs longer than this are sorted by `Array.prototype.sort`, shorter ones by insertion. */
const SHORT_RUN = 12;

/**
 * Writes the findings of one kind (every id a string) to `out` from `at`, sorted; returns where
 * the next kind starts.
 */
function sortPile(pile: readonly Finding[], out: Finding[], at: number): number {
  // The runs: `ids[r]` is run r's subject, its findings are pile[starts[r]] to pile[starts[r + 1] - 1].
  const ids: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < pile.length; i += 1) {
    const id = (pile[i] as Finding).subject.id;
    if (ids.length === 0 || id !== ids[ids.length - 1]) {
      ids.push(id);
      starts.push(i);
    }
  }
  starts.push(pile.length);
  const runs: number[] = [];
  for (let r = 0; r < ids.length; r += 1) runs.push(r);
  // Stable: runs about one subject keep the order they were reported in.
  runs.sort((r, q) => {
    const x = ids[r] as string;
    const y = ids[q] as string;
    return x === y ? 0 : x < y ? -1 : 1;
  });
  for (let k = 0; k < runs.length;) {
    const id = ids[runs[k] as number] as string;
    const from = at;
    for (; k < runs.length && ids[runs[k] as number] === id; k += 1) {
      const run = runs[k] as number;
      for (let i = starts[run] as number, end = starts[run + 1] as number; i < end; i += 1)
        out[at++] = pile[i] as Finding;
    }
    if (at - from > 1) sortSubject(out, from, at);
  }
  return at;
}

/** Sorts `findings[from]` to `findings[to - 1]`, all about one subject, stably by {@link compareRest}. */
function sortSubject(findings: Finding[], from: number, to: number): void {
  if (to - from > SHORT_RUN) {
    const sorted = findings.slice(from, to).sort(compareRest);
    for (let i = 0; i < sorted.length; i += 1) findings[from + i] = sorted[i] as Finding;
    return;
  }
  for (let i = from + 1; i < to; i += 1) {
    const finding = findings[i] as Finding;
    let j = i;
    for (; j > from && compareRest(findings[j - 1] as Finding, finding) > 0; j -= 1)
      findings[j] = findings[j - 1] as Finding;
    findings[j] = finding;
  }
}

import type { FrameworkIndex, Id } from "../model/index.js";
import type { CascadeFacts } from "./facts.js";

/**
 * How serious a finding is. `error` findings make a report not `ok`.
 *
 * @category Cascade
 */
export type Severity = "error" | "warning" | "info";

/**
 * What a finding is about: an entity by kind and id. Measurements and reviews, which have no ids of
 * their own, are named by what identifies them: `pi-1@2001-06-30`, `rc-1:t-1@2001-07-31`.
 *
 * @category Cascade
 */
export interface FindingSubject {
  readonly kind:
    | "framework"
    | "owner"
    | "plan"
    | "objective"
    | "indicator"
    | "target"
    | "measurement"
    | "reviewCycle"
    | "review"
    | "budget"
    | "spend"
    | "unitCost";
  readonly id: Id;
}

/**
 * One problem the cascade checker found, in the shape ESLint's messages have.
 *
 * @category Cascade
 * @example
 * import { checkCascade } from "performance-management/cascade";
 * const report = checkCascade({
 *   id: "fw", name: "Unowned", owners: [], indicators: [{ id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "annual" }],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "o", plan: "cp", title: "Zero homelessness" }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "40" }, goal: { date: "2004-03-31", value: "0" } }],
 * });
 * const finding = report.findings.find((f) => f.ruleId === "unowned-target");
 * [finding?.severity, finding?.subject, finding?.seedRef] //=> ["error", { kind: "target", id: "t" }, "2.2.2 iii"]
 */
export interface Finding {
  /** The rule that found it: `orphan-objective`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Which of the rule's messages: `orphan`. */
  readonly messageId: string;
  /** A sentence a council officer can act on. */
  readonly message: string;
  /** The values the message was built from; `{}` when it was built from none. */
  readonly data: Readonly<Record<string, string | number>>;
  /** The entity the finding is about. */
  readonly subject: FindingSubject;
  /** The chain of ids that shows the problem: a cycle, a broken link, a chain that stops short; `[]` when it has none. */
  readonly path: readonly Id[];
  /** Other entities involved; `[]` when none is. */
  readonly related: readonly FindingSubject[];
  /** The section of the seed paper the rule comes from. */
  readonly seedRef: string;
}

/**
 * What a rule's `check` reports: a finding without the fields the checker fills in. `MessageIds`
 * are the keys of the rule's `meta.messages`, so a misspelt `messageId` is a compile error.
 *
 * @category Cascade
 */
export interface ReportDescriptor<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  readonly subject: FindingSubject;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly path?: readonly Id[];
  readonly related?: readonly FindingSubject[];
}

/**
 * What a rule's `check` receives.
 *
 * @category Cascade
 * @example
 * import { checkCascade, defineRule, type RuleContext } from "performance-management/cascade";
 * const seen: string[] = [];
 * const rule = defineRule({
 *   id: "count-plans",
 *   meta: { description: "Counts plans.", defaultSeverity: "info", seedRef: "5.3.2", messages: { count: "{{n}} plans." }, docs: "Counts plans." },
 *   check(context: RuleContext) {
 *     seen.push(`${context.index.plans.size} plans, asOf ${context.asOf}`);
 *   },
 * });
 * checkCascade({ id: "fw", name: "F", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, { customRules: [rule], asOf: "2002-01-01" });
 * seen //=> ["0 plans, asOf 2002-01-01"]
 */
export interface RuleContext<Options = undefined, MessageIds extends string = string> {
  /** The framework's index. */
  readonly index: FrameworkIndex;
  /** The date the check is made as of, when given; rules about timeliness need it. */
  readonly asOf: string | undefined;
  /** The rule's options, defaults applied. */
  readonly options: Options;
  /** Facts about the cascade computed once per check and shared by every rule. */
  readonly facts: CascadeFacts;
  /** Reports a finding, under one of the rule's message ids. */
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

/**
 * The options a rule accepts: a validator and the defaults.
 *
 * @category Cascade
 * @example
 * import * as z from "zod";
 * import type { RuleOptionsSpec } from "performance-management/cascade";
 * const spec: RuleOptionsSpec<{ max: number }> = { schema: z.strictObject({ max: z.int().min(1) }), defaults: { max: 12 } };
 * spec.defaults.max //=> 12
 */
export interface RuleOptionsSpec<Options> {
  /** Validates the options a user gives (merged over the defaults first). */
  readonly schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: Options }
      | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
  };
  readonly defaults: Options;
}

/**
 * What a rule says about itself.
 *
 * @category Cascade
 * @example
 * import { builtInRules } from "performance-management/cascade";
 * const meta = builtInRules.find((rule) => rule.id === "orphan-objective")?.meta;
 * [meta?.defaultSeverity, meta?.seedRef] //=> ["error", "4.3"]
 */
export interface RuleMeta<Options = undefined, MessageIds extends string = string> {
  /** One line: what the rule checks. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The seed paper's section the rule comes from: `"4.3"`, `"2.2.2 iii"`. */
  readonly seedRef: string;
  /** Message templates by message id; `{{name}}` is replaced by `data.name`. The ids are the rule's `MessageIds`. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** Where the rule's documentation is: `docs/rules/orphan-objective.md`, or a sentence for a user rule. */
  readonly docs: string;
  /** Set when the rule needs `asOf`; without it, the rule does not run. */
  readonly requiresAsOf?: boolean;
  /** The options the rule accepts. */
  readonly options?: RuleOptionsSpec<Options>;
}

/**
 * A cascade rule: data plus a pure check, as ESLint rules are. `Options` is what the rule's
 * options parse to; `MessageIds` are the keys of `meta.messages`, the only ids `check` may report
 * (typescript-eslint's `createRule<Options, MessageIds>`).
 *
 * @category Cascade
 * @example
 * import { builtInRules, type Rule } from "performance-management/cascade";
 * const rule: Rule | undefined = builtInRules.find((candidate) => candidate.id === "lateral-link");
 * rule?.meta.defaultSeverity //=> "warning"
 */
// `any`, not `unknown`: a list of rules (`readonly Rule[]`) holds rules of every options type, and a
// user's `Rule`-typed check has always read its options without a cast; `unknown` would break that code.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Rule<Options = any, MessageIds extends string = string> {
  /** Lower-case words joined by hyphens: `orphan-objective`. */
  readonly id: string;
  readonly meta: RuleMeta<Options, MessageIds>;
  /** Examines the framework and reports findings; never throws on parsed input. */
  check(context: RuleContext<Options, MessageIds>): void;
}

/**
 * How a rule is configured: off, a severity, or a severity with options.
 *
 * @category Cascade
 */
export type RuleSetting = "off" | Severity | readonly [Severity | "off", unknown?];

/**
 * Options for {@link checkCascade}.
 *
 * @category Cascade
 */
export interface CheckCascadeOptions {
  /** The date to check timeliness against (`review-overdue`, `unmeasured`), `YYYY-MM-DD`. Without it those rules do not run. */
  readonly asOf?: string | undefined;
  /** Severity and options by rule id; rules not named run at their default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /** Rules of your own, made with {@link defineRule}; their ids must not clash with built-in ones. */
  readonly customRules?: readonly Rule[] | undefined;
}

/**
 * The checker's result: every finding, sorted, with counts.
 *
 * @category Cascade
 * @example
 * import { checkCascade } from "performance-management/cascade";
 * const report = checkCascade({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] });
 * [report.ok, report.errorCount, report.warningCount, report.infoCount] //=> [true, 0, 0, 2]
 */
export interface CascadeReport {
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /** True when there are no errors. */
  readonly ok: boolean;
}

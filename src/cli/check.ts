import { type Finding, type RuleSetting, builtInRules, checkCascade } from "../index.js";
import { type Command, countOption, loadWithCsv, csvOptions, stringOption } from "./command.js";
import { displayName } from "./input.js";
import { type Painter, printable, usageError, writeLines } from "./io.js";
import { writeResult } from "./results.js";
import { type Names, namesOf } from "./people.js";

const SEVERITIES = ["off", "info", "warning", "error"] as const;

/** @internal `--rule id=severity …` as the checker's `rules` option. */
function ruleSettings(given: readonly (string | boolean)[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const setting of given) {
    const text = String(setting);
    const at = text.lastIndexOf("=");
    const id = text.slice(0, at);
    const severity = text.slice(at + 1);
    if (at <= 0 || !(SEVERITIES as readonly string[]).includes(severity))
      throw usageError(`--rule must be id=${SEVERITIES.join("|")}; got "${text}"`);
    // Named as the flag typed, not as the checker's options.rules, which a command-line user never gave.
    if (!builtInRules.some((rule) => rule.id === id))
      throw usageError(
        `--rule ${JSON.stringify(id)} names no cascade rule; the rules are: ${builtInRules.map((rule) => rule.id).join(", ")}`,
      );
    // The same rule set twice to different severities: which one was meant is a guess, so neither is taken.
    const before = Object.prototype.hasOwnProperty.call(rules, id) ? (rules[id] as string) : undefined;
    if (before !== undefined && before !== severity)
      throw usageError(`--rule ${id} is given twice, as ${before} and as ${severity}; give it once`);
    Object.defineProperty(rules, id, { value: severity, enumerable: true, writable: true, configurable: true });
  }
  return rules;
}

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "blue" } as const;

/** @internal The findings grouped by subject, as a linter prints them, with a summary line. */
function findingLines(name: string, report: ReturnType<typeof checkCascade>, paint: Painter, names: Names): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    // The subject's name beside its id, where the framework names it: "target Zero homelessness (t-zero-homelessness)".
    const key = `${finding.subject.kind} ${names.subject(finding.subject.kind, finding.subject.id)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  const lines = [paint("underline", name)];
  for (const [subject, findings] of groups) {
    lines.push(`  ${subject}`);
    for (const finding of findings)
      lines.push(
        `    ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8))}${printable(finding.message)}  ${paint("gray", printable(finding.ruleId))}`,
      );
  }
  const total = report.errorCount + report.warningCount + report.infoCount;
  const counts = `${report.errorCount} error${report.errorCount === 1 ? "" : "s"}, ${report.warningCount} warning${report.warningCount === 1 ? "" : "s"}, ${report.infoCount} info`;
  const mark =
    report.errorCount > 0 ? paint("red", "✖") : report.warningCount > 0 ? paint("yellow", "⚠") : paint("green", "✔");
  lines.push("", `${mark} ${total} finding${total === 1 ? "" : "s"} (${counts})`);
  return lines;
}

/** The CSV files `check` reads. */
const CSV_FLAGS = ["measurements", "spend", "budgets"] as const;
const CSV = csvOptions(CSV_FLAGS);

/** @internal `check`: the cascade report, grouped like a linter's output. */
export const checkCommand: Command = {
  name: "check",
  summary: "run the cascade checker: broken links, orphans, unowned targets, overdue reviews…",
  usage:
    "check <framework.json> [--as-of D] [--rule id=off|info|warning|error …] [--max-warnings N] [--measurements file.csv] [--spend file.csv] [--budgets file.csv] [--strict]",
  options: {
    "as-of": { type: "string" },
    rule: { type: "string", multiple: true },
    "max-warnings": { type: "string" },
    ...CSV.option,
  },
  help: [
    "--as-of D            the date to judge timeliness against (review-overdue, unmeasured); without it those rules do not run",
    "--rule id=severity   set a rule's severity (off, info, warning, error); repeat for several rules",
    "--max-warnings N     exit 1 when there are more than N warnings (errors always exit 1)",
    ...CSV.help,
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, positionals, paint, format, progress } = context;
    const path = positionals[0] as string;
    const maxWarnings = countOption(stringOption(context, "max-warnings"), "max-warnings");
    const rules = ruleSettings((context.values.rule as (string | boolean)[] | undefined) ?? []);
    const asOf = stringOption(context, "as-of");
    const framework = await loadWithCsv(context, CSV_FLAGS);
    progress.report("checking");
    const report = checkCascade(framework, { rules, ...(asOf === undefined ? {} : { asOf }) });
    progress.done();
    if (format === "json") writeResult(io, "CascadeReport", report);
    else writeLines(io, findingLines(displayName(path), report, paint, namesOf(framework)));
    const tooManyWarnings = maxWarnings !== undefined && report.warningCount > maxWarnings;
    return report.errorCount > 0 || tooManyWarnings ? 1 : 0;
  },
};

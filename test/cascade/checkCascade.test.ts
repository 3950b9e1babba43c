import { describe, expect, it } from "vitest";
import {
  CascadeConfigError,
  type Framework,
  builtInRules,
  checkCascade,
  defineRule,
  indexFramework,
  parseFramework,
} from "../../src/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { BASE_AS_OF, UNIT_PLAN, baseFramework, byId, changed, patched } from "./harness.js";

/** The check of a rule that finds nothing. */
function findsNothing(): void {
  // Nothing to examine: these rules test how a rule is defined, not what it finds.
}

function stockton(): Framework {
  return parseFramework(loadExample("stockton"));
}

describe("checkCascade", () => {
  it("counts findings by severity and is ok when there are no errors", () => {
    const report = checkCascade(
      patched({ objectives: { "svc-obj": { contributesTo: undefined } }, plans: { svc: { budget: undefined } } }),
    );
    expect(report.errorCount).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.warningCount).toBe(report.findings.filter((f) => f.severity === "warning").length);
    expect(report.infoCount).toBe(report.findings.filter((f) => f.severity === "info").length);
    expect(report.errorCount).toBeGreaterThan(0);
    expect(report.ok).toBe(false);
    expect(checkCascade(baseFramework()).ok).toBe(true);
  });

  it("gives the same report for a framework and its index, and leaves the frozen input alone", () => {
    const framework = deepFreeze(stockton());
    const index = indexFramework(framework);
    expect(checkCascade(index, { asOf: "2002-01-01" })).toEqual(checkCascade(framework, { asOf: "2002-01-01" }));
  });

  it("reports are plain data that survive JSON", () => {
    const report = checkCascade(stockton(), { asOf: "2003-01-01" });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("sets severities per rule, turns rules off, and passes rule options", () => {
    // A sideways link to an objective that serves nothing higher: a lateral-link warning.
    const framework = changed((f) =>
      f.objectives.push(
        {
          id: "s2",
          plan: "svc",
          title: "S2",
          owner: "director",
          contributesTo: [{ objective: "s3" }],
          actions: [{ title: "Act" }],
        },
        { id: "s3", plan: "svc", title: "S3", owner: "director", actions: [{ title: "Act" }] },
      ),
    );
    const byDefault = checkCascade(framework).findings.filter((f) => f.ruleId === "lateral-link");
    expect(byDefault.map((f) => f.severity)).toEqual(["warning"]);
    const raised = checkCascade(framework, { rules: { "lateral-link": "error" } });
    expect(raised.findings.filter((f) => f.ruleId === "lateral-link").map((f) => f.severity)).toEqual(["error"]);
    expect(raised.ok).toBe(false);
    expect(
      checkCascade(framework, { rules: { "lateral-link": "off" } }).findings.some((f) => f.ruleId === "lateral-link"),
    ).toBe(false);
    expect(
      checkCascade(framework, { rules: { "lateral-link": ["info"] } }).findings.find((f) => f.ruleId === "lateral-link")
        ?.severity,
    ).toBe("info");
    expect(
      checkCascade(framework, { rules: { "too-many-indicators": ["warning", { max: 1 }] } }).findings.filter(
        (f) => f.ruleId === "too-many-indicators",
      ),
    ).toHaveLength(2);
    expect(
      checkCascade(framework, { rules: { "too-many-indicators": ["off", { max: 1 }] } }).findings.some(
        (f) => f.ruleId === "too-many-indicators",
      ),
    ).toBe(false);
  });

  it("runs the timeliness rules only with asOf", () => {
    const framework = patched({ indicators: { "pi-cost": { frequency: "monthly" } } });
    expect(checkCascade(framework).findings.some((f) => f.ruleId === "unmeasured")).toBe(false);
    expect(checkCascade(framework, { asOf: BASE_AS_OF }).findings.some((f) => f.ruleId === "unmeasured")).toBe(true);
  });

  describe("misuse throws CascadeConfigError naming the cause", () => {
    it.each([
      [
        { rules: { "no-such-rule": "error" } },
        /unknown cascade rule "no-such-rule" in options\.rules; the rules are: duplicate-id, /,
      ],
      [
        { rules: { "orphan-objective": "fatal" } },
        /rule "orphan-objective" is set to "fatal"; use "off", "info", "warning" or "error"/,
      ],
      [{ rules: { "orphan-objective": ["warning", { max: 1 }] } }, /rule "orphan-objective" takes no options/],
      [
        { rules: { "too-many-indicators": ["warning", { max: -1 }] } },
        /bad options for rule "too-many-indicators": max: /,
      ],
      [
        { rules: { "too-many-indicators": ["warning", 12] } },
        /the options for rule "too-many-indicators" must be an object/,
      ],
      [{ asOf: "2001-02-30" }, /asOf "2001-02-30" is not a calendar date/],
      [{ asOf: "yesterday" }, /asOf "yesterday" is not a calendar date/],
    ])("%j", (options, message) => {
      const run = () => checkCascade(baseFramework(), options as never);
      expect(run).toThrow(CascadeConfigError);
      expect(run).toThrow(message);
      expect(run).toThrow(/^performance-management: /);
    });
  });
});

describe("defineRule and custom rules", () => {
  const budgetRule = defineRule({
    id: "my-council/unit-budget",
    meta: {
      description: "Unit plans have budgets.",
      defaultSeverity: "warning",
      seedRef: "5.3.6",
      messages: { missing: 'Unit plan "{{plan}}" has no budget.' },
      docs: "A council's own rule.",
    },
    check(context) {
      for (const plan of context.index.plans.values()) {
        if (plan.level === "unit" && plan.budget === undefined) {
          context.report({
            messageId: "missing",
            subject: { kind: "plan", id: plan.id },
            data: { plan: plan.id },
            path: [plan.id],
          });
        }
      }
    },
  });
  const withUnit = patched({ add: { plans: [UNIT_PLAN] } });

  it("come in through the same door as the built-in rules", () => {
    const report = checkCascade(withUnit, { customRules: [budgetRule] });
    expect(report.findings).toContainEqual({
      ruleId: "my-council/unit-budget",
      severity: "warning",
      messageId: "missing",
      message: 'Unit plan "unit" has no budget.',
      data: { plan: "unit" },
      subject: { kind: "plan", id: "unit" },
      path: ["unit"],
      related: [],
      seedRef: "5.3.6",
    });
    const raised = checkCascade(withUnit, { customRules: [budgetRule], rules: { "my-council/unit-budget": "error" } });
    expect(raised.ok).toBe(false);
  });

  it("receive the shared facts and the options they declare", () => {
    const seen: unknown[] = [];
    const rule = defineRule<{ threshold: number }>({
      id: "facts-reader",
      meta: {
        description: "Reads facts.",
        defaultSeverity: "info",
        seedRef: "4.3",
        messages: { seen: "seen" },
        docs: "test",
        options: {
          schema: { safeParse: (value: unknown) => ({ success: true as const, data: value as { threshold: number } }) },
          defaults: { threshold: 1 },
        },
      },
      check(context) {
        seen.push(context.options.threshold, context.facts.reachesApex("svc-obj"), context.facts.levelOf("corp-obj"));
      },
    });
    checkCascade(baseFramework(), { customRules: [rule], rules: { "facts-reader": ["info", { threshold: 5 }] } });
    expect(seen).toEqual([5, true, "corporate"]);
  });

  it("are validated when defined", () => {
    const meta = {
      description: "d",
      defaultSeverity: "warning" as const,
      seedRef: "4.3",
      messages: { m: "m" },
      docs: "d",
    };
    expect(() => defineRule({ id: "Bad Id", meta, check: findsNothing })).toThrow(/rule id "Bad Id" is malformed/);
    expect(() =>
      defineRule({ id: "ok-id", meta: { ...meta, defaultSeverity: "fatal" as never }, check: findsNothing }),
    ).toThrow(/unknown default severity "fatal"/);
    expect(() => defineRule({ id: "ok-id", meta: { ...meta, messages: {} }, check: findsNothing })).toThrow(
      /defines no messages/,
    );
    expect(() => defineRule({ id: "ok-id", meta, check: undefined as never })).toThrow(/has no check function/);
    expect(Object.isFrozen(defineRule({ id: "ok-id", meta, check: findsNothing }))).toBe(true);
  });

  it("may not take a built-in rule's id, nor report an undeclared message", () => {
    const clash = defineRule({ id: "orphan-objective", meta: budgetRule.meta, check: findsNothing });
    expect(() => checkCascade(baseFramework(), { customRules: [clash] })).toThrow(
      /custom rule "orphan-objective" has the id of a built-in rule/,
    );
    expect(() => checkCascade(baseFramework(), { customRules: [budgetRule, budgetRule] })).toThrow(
      /has the id of another custom rule/,
    );
    const liar = defineRule({
      id: "liar",
      meta: budgetRule.meta,
      // A misspelt message id is a compile error (test/cascade/defineRule.test.ts); the checker still refuses it at run time.
      check: (context) => {
        // @ts-expect-error -- "nope" is not one of the rule's message ids
        context.report({ messageId: "nope", subject: { kind: "framework", id: "base" } });
      },
    });
    expect(() => checkCascade(baseFramework(), { customRules: [liar] })).toThrow(
      /rule "liar" reported an unknown message id "nope"/,
    );
  });
});

describe("the built-in rules", () => {
  it("are the twenty-nine of the rule table, each defined through defineRule with a docs page", () => {
    expect(builtInRules.map((rule) => rule.id)).toEqual([
      "duplicate-id",
      "dangling-reference",
      "contribution-cycle",
      "orphan-objective",
      "level-order",
      "plan-without-parent",
      "lateral-link",
      "unowned-objective",
      "unowned-target",
      "objective-without-measure",
      "smart",
      "undemanding-target",
      "deadline-after-parent",
      "too-many-indicators",
      "idle-indicator",
      "unbalanced-measures",
      "missing-perspective",
      "no-action-plan",
      "action-plan-smart",
      "no-resources",
      "budget-without-holder",
      "budget-period-gap",
      "unbudgeted-spend",
      "indirect-without-partners",
      "unreviewed",
      "review-overdue",
      "review-without-data",
      "no-member-reporting",
      "unmeasured",
    ]);
    for (const rule of builtInRules) expect(Object.isFrozen(rule)).toBe(true);
  });
});

describe("the seed's examples", () => {
  it("Stockton has no errors", () => {
    const report = checkCascade(deepFreeze(stockton()), { asOf: "2001-10-01" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("Spelthorne has no errors", () => {
    expect(checkCascade(parseFramework(loadExample("spelthorne")), { asOf: "2001-10-01" }).errorCount).toBe(0);
  });

  it("a broken Stockton (receptionist chain cut, an owner removed, a cycle added) gives exactly the expected findings", () => {
    const broken = jsonCopy(stockton());
    const relet = byId(broken.objectives, "uo-relet-28-days");
    delete relet.contributesTo; // the chain cut between the estate management team and the housing service
    const offers = byId(broken.objectives, "so-homeless-offers");
    delete offers.owner;
    delete byId(broken.plans, "plan-housing").owner;
    delete byId(broken.targets, "t-homeless-offers").owner;
    const gcse = byId(broken.objectives, "co-gcse");
    byId(broken.objectives, "cp-education").contributesTo = [{ objective: "co-gcse" }];
    expect(gcse.contributesTo).toEqual([{ objective: "cp-education" }]);
    const report = checkCascade(deepFreeze(broken), { asOf: "2001-10-01" });
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => [f.ruleId, f.subject.id, f.path]);
    expect(errors).toEqual([
      ["contribution-cycle", "co-gcse", ["co-gcse", "cp-education", "co-gcse"]],
      ["level-order", "cp-education", ["cp-education", "co-gcse"]],
      // The receptionist hands on to the void officer, whose chain is cut at the estate management team.
      ["orphan-objective", "io-key-tags", ["io-key-tags", "io-void-turnaround"]],
      ["orphan-objective", "io-void-turnaround", ["io-void-turnaround", "uo-relet-28-days"]],
      ["orphan-objective", "uo-relet-28-days", ["uo-relet-28-days"]],
      ["unowned-target", "t-homeless-offers", []],
    ]);
    // The objective whose owner (and its plan's) was removed has no actions either: unowned.
    expect(report.findings.filter((f) => f.ruleId === "unowned-objective").map((f) => f.subject.id)).toEqual([
      "so-homeless-offers",
    ]);
    expect(report).toMatchSnapshot();
  });
});

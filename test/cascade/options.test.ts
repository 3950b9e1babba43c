import { describe, expect, it } from "vitest";
import { CascadeConfigError, type Rule, checkCascade, defineRule } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { BASE_AS_OF, baseFramework } from "./harness.js";

/** A custom rule reporting whatever message id it is given, as a JavaScript rule could. */
function reporting(messageId: unknown, messages: Record<string, string> = { found: "Found {{what}}." }): Rule {
  return defineRule({
    id: "my-council/reporter",
    meta: { description: "Reports once.", defaultSeverity: "info", seedRef: "5.3", messages, docs: "A test rule." },
    check(context) {
      context.report({
        messageId: messageId as never,
        subject: { kind: "framework", id: "base" },
        data: { what: "it" },
      });
    },
  });
}

describe("checkCascade refuses bad options with a CascadeConfigError naming the option", () => {
  it.each([
    ["a custom rule reporting toString", { customRules: [reporting("toString")] }, /unknown message id "toString"/u],
    [
      "a custom rule reporting constructor",
      { customRules: [reporting("constructor")] },
      /unknown message id "constructor"/u,
    ],
    ["a custom rule reporting __proto__", { customRules: [reporting("__proto__")] }, /unknown message id "__proto__"/u],
    ["a custom rule reporting hasOwnProperty", { customRules: [reporting("hasOwnProperty")] }, /unknown message id/u],
    ["a custom rule reporting a number", { customRules: [reporting(7)] }, /unknown message id 7/u],
    [
      "rules with a __proto__ key",
      { rules: JSON.parse('{"__proto__": "off"}') as unknown },
      /unknown cascade rule "__proto__"/u,
    ],
    ["rules with a constructor key", { rules: { constructor: "off" } }, /unknown cascade rule "constructor"/u],
    ["rules with a toString key", { rules: { toString: "error" } }, /unknown cascade rule "toString"/u],
    ["rules as an array", { rules: ["error"] }, /options\.rules \["error"\] must be an object/u],
    ["rules as a string", { rules: "off" }, /options\.rules "off" must be an object/u],
    ["a rule set to null", { rules: { "orphan-objective": null } }, /rule "orphan-objective" is set to null/u],
    ["a rule set to a number", { rules: { "orphan-objective": 2 } }, /rule "orphan-objective" is set to 2/u],
    ["customRules not an array", { customRules: reporting("found") }, /options\.customRules .* must be an array/u],
    [
      "a custom rule that is not a rule",
      { customRules: [null] },
      /options\.customRules has null, which is not a rule/u,
    ],
    ["a custom rule without meta", { customRules: [{ id: "x", check: () => undefined }] }, /which is not a rule/u],
    ["asOf as a number", { asOf: 20010615 }, /options\.asOf 20010615 is not a calendar date/u],
    ["asOf as null", { asOf: null }, /options\.asOf null is not a calendar date/u],
  ])("%s", (_name, options, message) => {
    expectMisuse(() => checkCascade(baseFramework(), options as never), CascadeConfigError, message);
  });

  it.each([[null], ["2001-06-15"], [7]])("options %j", (options) => {
    expectMisuse(
      () => checkCascade(baseFramework(), options as never),
      CascadeConfigError,
      /options must be an object/u,
    );
  });
});

describe("prototype names that are fine", () => {
  it("a message id that really is an own message of the rule, even one named toString, is reported", () => {
    const report = checkCascade(baseFramework(), {
      customRules: [reporting("toString", { toString: "Found {{what}} by its own toString message." })],
    });
    expect(report.findings.filter((f) => f.ruleId === "my-council/reporter").map((f) => f.message)).toEqual([
      "Found it by its own toString message.",
    ]);
  });

  it("a setting inherited through a prototype is ignored: only own keys of rules count", () => {
    const inherited = Object.create({ unmeasured: "off" }) as Record<string, "off">;
    const framework = baseFramework();
    const measured = checkCascade(framework, { asOf: "2009-01-01", rules: inherited });
    expect(measured.findings.some((f) => f.ruleId === "unmeasured")).toBe(
      checkCascade(framework, { asOf: "2009-01-01" }).findings.some((f) => f.ruleId === "unmeasured"),
    );
    expect(checkCascade(framework, { asOf: BASE_AS_OF, rules: { __proto__: null } as never }).ok).toBe(true);
  });
});

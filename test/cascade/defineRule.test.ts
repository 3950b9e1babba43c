import { describe, expect, expectTypeOf, it } from "vitest";
import { type ReportDescriptor, type Rule, builtInRules, checkCascade, defineRule } from "../../src/index.js";
import { baseFramework } from "./harness.js";

/** A rule whose message ids are `missing` and `late`, inferred from its messages. */
const typed = defineRule({
  id: "typed-messages",
  meta: {
    description: "Reports under its two message ids.",
    defaultSeverity: "info",
    seedRef: "4.3",
    messages: { missing: "Plan {{plan}} is missing.", late: "Plan {{plan}} is late." },
    docs: "A test rule.",
  },
  check(context) {
    for (const plan of context.index.plans.values()) {
      context.report({ messageId: "missing", subject: { kind: "plan", id: plan.id }, data: { plan: plan.id } });
      context.report({ messageId: "late", subject: { kind: "plan", id: plan.id }, data: { plan: plan.id } });
    }
  },
});

describe("defineRule's message ids", () => {
  it("are inferred from meta.messages", () => {
    expectTypeOf(typed).toEqualTypeOf<Rule<undefined, "missing" | "late">>();
    expectTypeOf<Parameters<Parameters<typeof typed.check>[0]["report"]>[0]>().toEqualTypeOf<
      ReportDescriptor<"missing" | "late">
    >();
  });

  it("make a misspelt message id a compile error", () => {
    const misspelt = defineRule({
      id: "misspelt-message",
      meta: { ...typed.meta },
      check(context) {
        // @ts-expect-error -- "mising" is not one of the rule's message ids ("missing" | "late")
        context.report({ messageId: "mising", subject: { kind: "framework", id: "base" } });
      },
    });
    expect(() => checkCascade(baseFramework(), { customRules: [misspelt] })).toThrow(
      /rule "misspelt-message" reported an unknown message id "mising"/,
    );
  });

  it("with options, are given beside the options' type", () => {
    const withOptions = defineRule<{ max: number }, "tooMany">({
      id: "typed-options",
      meta: {
        description: "Has options.",
        defaultSeverity: "info",
        seedRef: "4.3",
        messages: { tooMany: "More than {{max}}." },
        docs: "A test rule.",
        options: {
          schema: { safeParse: (value) => ({ success: true, data: value as { max: number } }) },
          defaults: { max: 1 },
        },
      },
      check(context) {
        // @ts-expect-error -- "toomany" is not "tooMany"
        if (context.options.max < 0) context.report({ messageId: "toomany", subject: { kind: "framework", id: "x" } });
        context.report({
          messageId: "tooMany",
          subject: { kind: "framework", id: "base" },
          data: { max: context.options.max },
        });
      },
    });
    expect(checkCascade(baseFramework(), { customRules: [withOptions] }).findings).toEqual([
      expect.objectContaining({ ruleId: "typed-options", message: "More than 1." }),
    ]);
  });

  it("leave every built-in rule and a typed rule usable where any rule is", () => {
    const rules: readonly Rule[] = [...builtInRules, typed];
    expect(rules.length).toBe(builtInRules.length + 1);
    expect(builtInRules.length).toBe(29);
    const found = checkCascade(baseFramework(), { customRules: [typed] }).findings.map((finding) => finding.messageId);
    expect(found).toEqual(["late", "missing", "late", "missing", "late", "missing"]);
  });
});

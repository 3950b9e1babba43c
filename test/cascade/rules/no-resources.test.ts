import { BASE_AS_OF, baseFramework, patched, testRule } from "../harness.js";

testRule("no-resources", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "only service plans need budgets", framework: patched({ plans: { corp: { budget: undefined } } }) },
  ],
  invalid: [
    {
      name: "a service plan without a budget",
      framework: patched({ plans: { svc: { budget: undefined } } }),
      findings: [
        {
          severity: "info",
          messageId: "noBudget",
          subject: { kind: "plan", id: "svc" },
          message:
            'Service plan "svc" has no budget: identify the resources it requires, so service and financial planning are integrated.',
        },
      ],
    },
  ],
});

import { BASE_AS_OF, baseFramework, byId, changed, patched, testRule } from "../harness.js";

testRule("lateral-link", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a self-link is contribution-cycle's business",
      framework: changed((f) => byId(f.objectives, "svc-obj").contributesTo?.push({ objective: "svc-obj" })),
    },
  ],
  invalid: [
    {
      name: "a service objective contributing to another service objective",
      framework: patched({
        add: { objectives: [{ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }] },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "lateral",
          subject: { kind: "objective", id: "s2" },
          path: ["s2", "svc-obj"],
          data: { from: "s2", to: "svc-obj", level: "service" },
        },
      ],
    },
  ],
});

import { BASE_AS_OF, baseFramework, patched, testRule } from "../harness.js";

testRule("indirect-without-partners", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an indirect link with partners",
      framework: patched({
        objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect", partners: ["partner"] }] } },
      }),
    },
    {
      name: "a direct link needs none",
      framework: patched({ objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "direct" }] } } }),
    },
  ],
  invalid: [
    {
      name: "an indirect link with no partners",
      framework: patched({ objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect" }] } } }),
      findings: [
        {
          severity: "warning",
          messageId: "noPartners",
          subject: { kind: "objective", id: "corp-obj" },
          path: ["corp-obj", "top"],
        },
      ],
    },
    {
      name: "an empty partner list",
      framework: patched({
        objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect", partners: [] }] } },
      }),
      findings: [{ data: { from: "corp-obj", to: "top" } }],
    },
  ],
});

/**
 * The seed paper's other lists as data: section 6's critical success factors, the PSPP's building
 * blocks (2.2.2) and the warning signs of 4.3 and 5.4.4, each mapped to Appendix A's characteristics.
 */
import type { BuildingBlock, CriticalSuccessFactor, WarningSign } from "./catalogue.js";

const V = "vision-and-purpose/";
const F = "focus-on-outcomes/";
const L = "leadership-and-management/";
const D = "democratic-and-community-engagement/";
const P = "planning-monitoring-review/";
const PM = "people-management/";
const PP = "project-and-procurement/";
const FM = "financial-management/";

/** A balanced set of SMART targets: what critical success factor 3 asks for and building block ii puts in place. */
const balancedSmartTargets = [
  `${F}coherent-measures-and-targets`,
  `${F}targets-smart`,
  `${F}targets-demanding`,
  `${F}targets-manageable-number`,
  `${F}targets-long-and-short-term`,
  `${F}targets-financial-and-non-financial`,
  `${F}targets-input-output-outcome-mix`,
  `${F}targets-under-continuous-review`,
  `${F}targets-related-and-cascaded`,
  `${D}perspectives`,
];

/**
 * The ten critical success factors of section 6 (6.1), each with the characteristics that serve it.
 * `text` is section 6's wording; `summaryText` the executive summary's, which words four of them
 * differently (2, 4, 5 and 10: "break down organisational and departmental barriers", "can demonstrate
 * the value of performance management", "encourage working across departmental and organisational
 * boundaries", "equips").
 *
 * @category Assessment
 * @example
 * import { criticalSuccessFactors } from "performance-management/assessment";
 * criticalSuccessFactors.length //=> 10
 * criticalSuccessFactors.filter((factor) => factor.summaryText !== factor.text).map((factor) => factor.id)
 * //=> ["csf-2-internal-planning", "csf-4-committed-leadership", "csf-5-vision-drives-change", "csf-10-enabling-corporate-management"]
 */
export const criticalSuccessFactors: readonly CriticalSuccessFactor[] = [
  {
    id: "csf-1-sense-of-direction",
    text: "A clear sense of direction derived from the needs and preferences of customers and other stakeholders through a community planning process",
    summaryText:
      "A clear sense of direction derived from the needs and preferences of customers and other stakeholders through a community planning process",
    seedRef: "6.1 (1)",
    characteristics: [
      `${V}clear-sense-of-direction`,
      `${V}stakeholders-share-vision`,
      `${V}continuing-engagement`,
      `${D}strategic-user-consultation`,
      `${D}feedback-used`,
    ],
  },
  {
    id: "csf-2-internal-planning",
    text: "Internal planning arrangements that translate the community vision into corporate, service, team and individual objectives",
    summaryText:
      "Internal planning arrangements that translate the community vision into corporate, service, team and individual objectives and break down organisational and departmental barriers",
    seedRef: "6.1 (2)",
    characteristics: [
      `${V}vision-translated-into-corporate-objectives`,
      `${F}outcomes-defined`,
      `${F}targets-related-and-cascaded`,
      `${P}corporate-plan`,
      `${P}service-plans`,
      `${P}individual-work-plans-linked`,
    ],
  },
  {
    id: "csf-3-balanced-smart-targets",
    text: "A balanced set of SMART performance targets based around the needs of customers, citizens, employees and other stakeholders",
    summaryText:
      "A balanced set of SMART performance targets based around the needs of customers, citizens, employees and other stakeholders",
    seedRef: "6.1 (3)",
    characteristics: [...balancedSmartTargets],
  },
  {
    id: "csf-4-committed-leadership",
    text: "A council leadership that is visibly committed to improving performance demonstrated by real and meaningful engagement with staff and other key stakeholders on performance issues",
    summaryText:
      "A council leadership that is visibly committed to improving performance and can demonstrate the value of performance management in real and meaningful engagement with staff and other key stakeholders on performance issues",
    seedRef: "6.1 (4)",
    characteristics: [
      `${L}everyone-committed`,
      `${L}effective-communication`,
      `${L}good-performance-acknowledged`,
      `${L}managers-demonstrate-commitment`,
      `${PM}employees-in-target-setting`,
      `${PM}performance-celebrated`,
    ],
  },
  {
    id: "csf-5-vision-drives-change",
    text: "A council leadership that uses the community vision to drive through change and to motivate employees",
    summaryText:
      "A council leadership that uses the community vision to drive through change, motivate employees and encourage working across departmental and organisational boundaries",
    seedRef: "6.1 (5)",
    characteristics: [
      `${L}vision-drives-change`,
      `${L}managers-demonstrate-commitment`,
      `${V}stakeholders-share-vision`,
    ],
  },
  {
    id: "csf-6-monitoring-and-review",
    text: "Effective monitoring and review processes that lead to timely identification of performance issues and necessary corrective action",
    summaryText:
      "Effective monitoring and review processes that lead to timely identification of performance issues and necessary corrective action",
    seedRef: "6.1 (6)",
    characteristics: [
      `${P}monitored-at-every-level`,
      `${P}monitoring-linked-to-planning`,
      `${P}best-value-links`,
      `${F}targets-under-continuous-review`,
      `${D}feedback-used`,
    ],
  },
  {
    id: "csf-7-information-to-members",
    text: "Appropriate and timely performance information is made available to elected members in their executive and scrutiny roles to enable them to take effective decisions on performance",
    summaryText:
      "Appropriate and timely performance information is made available to elected members in their executive and scrutiny roles to enable them to take effective decisions on performance",
    seedRef: "6.1 (7)",
    characteristics: [
      `${D}members-role-clear`,
      `${D}executive-information`,
      `${D}scrutiny-access`,
      `${FM}financial-information`,
    ],
  },
  {
    id: "csf-8-policy-led-budget",
    text: "A strategic policy led budget process that integrates service and financial planning that allows elected members to effectively deploy resources in response to performance requirements and policy priorities",
    summaryText:
      "A strategic policy led budget process that integrates service and financial planning that allows elected members to effectively deploy resources in response to performance requirements and policy priorities",
    seedRef: "6.1 (8)",
    characteristics: [
      `${FM}financial-planning-integrated`,
      `${FM}financial-information`,
      `${FM}devolved-financial-decisions`,
    ],
  },
  {
    id: "csf-9-programme-and-project-management",
    text: "Effective programme and project management skills to deliver required changes in performance",
    summaryText: "Effective programme and project management skills to deliver required changes in performance",
    seedRef: "6.1 (9)",
    characteristics: [`${PP}project-management-skills`],
  },
  {
    id: "csf-10-enabling-corporate-management",
    text: "A strategic and enabling approach to people, procurement and financial management that enables, empowers and incentivises managers and staff to deliver objectives within a clear framework of accountability.",
    summaryText:
      "A strategic and enabling approach to people, procurement and financial management that enables, empowers, equips and incentivises managers and staff to deliver objectives within a clear framework of accountability.",
    seedRef: "6.1 (10)",
    characteristics: [
      `${L}every-target-owned`,
      `${L}delegated-powers`,
      `${PM}appraisals-with-incentives`,
      `${PM}innovation-and-risk`,
      `${PM}performance-celebrated`,
      `${PM}devolved-people-decisions`,
      `${PP}corporate-procurement`,
      `${PP}devolved-purchasing`,
      `${FM}devolved-financial-decisions`,
    ],
  },
];

/**
 * The Public Services Productivity Panel's five building blocks of effective performance management
 * (2.2.2), in the natural sequence in which they need to be addressed (2.2.3): "it is very difficult
 * to design an effective personal incentive structure if meaningful business targets have not been
 * set at all levels". Each lists the characteristics that put it in place; every Appendix A
 * characteristic is in exactly one block, which decides its place in {@link priorities}.
 *
 * @category Assessment
 * @example
 * import { buildingBlocks } from "performance-management/assessment";
 * buildingBlocks.map((block) => block.id)
 * //=> ["bold-aspirations", "measures-and-targets", "ownership-and-accountability", "rigorous-review", "reinforcement"]
 */
export const buildingBlocks: readonly BuildingBlock[] = [
  {
    id: "bold-aspirations",
    title: "Bold aspirations",
    seedRef: "2.2.2 i",
    characteristics: [
      `${V}clear-sense-of-direction`,
      `${V}stakeholders-share-vision`,
      `${V}vision-translated-into-corporate-objectives`,
      `${V}continuing-engagement`,
      `${D}strategic-user-consultation`,
    ],
  },
  {
    id: "measures-and-targets",
    title: "A coherent set of measures and targets",
    seedRef: "2.2.2 ii",
    characteristics: [
      `${F}outcomes-defined`,
      ...balancedSmartTargets,
      `${P}corporate-plan`,
      `${P}service-plans`,
      `${FM}financial-planning-integrated`,
    ],
  },
  {
    id: "ownership-and-accountability",
    title: "Ownership and accountability",
    seedRef: "2.2.2 iii",
    characteristics: [
      `${L}everyone-committed`,
      `${L}vision-drives-change`,
      `${L}effective-communication`,
      `${L}every-target-owned`,
      `${L}delegated-powers`,
      `${L}managers-demonstrate-commitment`,
      `${P}individual-work-plans-linked`,
      `${PM}employees-in-target-setting`,
      `${PM}devolved-people-decisions`,
      `${PP}devolved-purchasing`,
      `${FM}devolved-financial-decisions`,
    ],
  },
  {
    id: "rigorous-review",
    title: "Rigorous performance review",
    seedRef: "2.2.2 iv",
    characteristics: [
      `${D}members-role-clear`,
      `${D}executive-information`,
      `${D}scrutiny-access`,
      `${D}feedback-used`,
      `${P}monitored-at-every-level`,
      `${P}monitoring-linked-to-planning`,
      `${P}best-value-links`,
      `${PP}project-management-skills`,
      `${PP}corporate-procurement`,
      `${FM}financial-information`,
    ],
  },
  {
    id: "reinforcement",
    title: "Reinforcement",
    seedRef: "2.2.2 v",
    characteristics: [
      `${L}good-performance-acknowledged`,
      `${PM}appraisals-with-incentives`,
      `${PM}innovation-and-risk`,
      `${PM}performance-celebrated`,
    ],
  },
];

/**
 * The warning signs: the twelve symptoms of authorities who struggle with managing their performance
 * (4.3, `kind: "symptom"`) and the six behaviours and problems of resistance (5.4.4, `kind:
 * "resistance"`), worded as the paper words them, each with the characteristics whose weakness points
 * to it. {@link diagnose} names a sign when any of its characteristics is rated weak.
 *
 * @category Assessment
 * @example
 * import { warningSigns } from "performance-management/assessment";
 * warningSigns.filter((sign) => sign.kind === "symptom").length //=> 12
 * warningSigns.filter((sign) => sign.kind === "resistance").length //=> 6
 * warningSigns.find((sign) => sign.id === "symptom/who-but-not-how")?.text //=> "know who has to deliver, but not how"
 */
export const warningSigns: readonly WarningSign[] = [
  ...(
    [
      [
        "departmentalism",
        "departmentalism / silo working undermining the corporate direction and priorities",
        [`${L}vision-drives-change`, `${L}effective-communication`, `${V}stakeholders-share-vision`],
      ],
      [
        "low-morale",
        "low morale and de-motivation, which undermines improvement efforts",
        [
          `${L}everyone-committed`,
          `${L}good-performance-acknowledged`,
          `${PM}performance-celebrated`,
          `${PM}appraisals-with-incentives`,
        ],
      ],
      [
        "smart-targets-not-used",
        "SMART (specific, measurable, achievable, relevant, time-related) targets not used for community / corporate objectives",
        [`${F}targets-smart`, `${F}coherent-measures-and-targets`, `${F}outcomes-defined`],
      ],
      [
        "service-planning-inconsistent",
        "service planning not consistently applied across departments",
        [`${P}service-plans`, `${P}monitored-at-every-level`],
      ],
      [
        "planning-and-budget-unlinked",
        "inadequate links between corporate planning, service planning and budget setting processes",
        [`${FM}financial-planning-integrated`, `${P}corporate-plan`],
      ],
      [
        "plans-and-strategies-unlinked",
        "lack of linkages between plans and strategies",
        [`${P}corporate-plan`, `${F}targets-related-and-cascaded`, `${V}vision-translated-into-corporate-objectives`],
      ],
      [
        "plans-on-the-shelf",
        "plans that sit on the shelf",
        [`${P}monitored-at-every-level`, `${P}monitoring-linked-to-planning`, `${F}targets-under-continuous-review`],
      ],
      [
        "members-lack-understanding",
        "members lack understanding of performance management",
        [`${D}members-role-clear`, `${D}executive-information`, `${D}scrutiny-access`],
      ],
      [
        "objectives-not-understood",
        "corporate objectives not fully understood by staff / lack of ownership of objectives / targets",
        [`${L}effective-communication`, `${L}every-target-owned`, `${F}targets-related-and-cascaded`],
      ],
      [
        "personal-objectives-unlinked",
        "Personal objectives not linked to corporate, service and team objectives",
        [`${P}individual-work-plans-linked`, `${PM}appraisals-with-incentives`],
      ],
      ["who-but-not-how", "know who has to deliver, but not how", [`${P}service-plans`]],
      [
        "no-statement-of-approach",
        "No clear statement of approach to performance management",
        [`${P}best-value-links`, `${P}monitored-at-every-level`],
      ],
    ] as const
  ).map(([id, text, characteristics]) => ({
    id: `symptom/${id}`,
    text,
    seedRef: "4.3",
    kind: "symptom" as const,
    characteristics: [...characteristics],
  })),
  ...(
    [
      [
        "apathy-or-hostility",
        "Apathy/hostility towards the arrangements",
        [`${L}everyone-committed`, `${PM}employees-in-target-setting`],
      ],
      [
        "no-ownership-of-indicators",
        "Lack of ownership of performance indicators",
        [`${L}every-target-owned`, `${PM}employees-in-target-setting`],
      ],
      [
        "systems-not-understood",
        "Understanding of the systems in use",
        [`${L}effective-communication`, `${D}members-role-clear`],
      ],
      ["best-value-complexity", "Complexity of best value", [`${P}best-value-links`]],
      [
        "excessive-indicators",
        "Production of meaningless and excessive numbers of performance indicators",
        [`${F}targets-manageable-number`],
      ],
      [
        "plans-on-the-shelf",
        "Plans produced to 'sit on the shelf'",
        [`${P}monitored-at-every-level`, `${P}monitoring-linked-to-planning`, `${F}targets-under-continuous-review`],
      ],
    ] as const
  ).map(([id, text, characteristics]) => ({
    id: `resistance/${id}`,
    text,
    seedRef: "5.4.4",
    kind: "resistance" as const,
    characteristics: [...characteristics],
  })),
];

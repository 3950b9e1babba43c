/**
 * Appendix A of the seed paper as data: eight areas ("What's needed") and their characteristics,
 * worded exactly as the paper words them, typos included.
 */
import type { Catalogue } from "./catalogue.js";

/** Shorthand for the seedRef of a characteristic whose only source is Appendix A. */
const A = "Appendix A";
/** The seedRef of a "Targets are SMART and:" sub-criterion, which 2.2.2 ii also lists. */
const SMART_SUB = "Appendix A; 2.2.2 ii";

/**
 * Appendix A of the seed paper: eight areas ("What's needed") holding 37 characteristics of
 * effective performance management, plus the seven sub-criteria of "Targets are SMART (…) and:",
 * 44 items in all. Every `text` is the paper's own wording, typos included ("Robust planning,
 * monitoring review systems", "targeting setting", "uses on performance information"), so a council
 * quoting the checklist finds it word for word. Ids are stable kebab-case, `area/characteristic`.
 *
 * `evidence` says how far the framework model can speak to a characteristic: `derived` (the
 * framework's structure and data decide it: {@link deriveEvidence} suggests a rating), `partly` (the
 * model gives some facts, a person judges the rest) or `judgement` (culture, skills, behaviour: only
 * people can rate it).
 *
 * @category Assessment
 * @example
 * import { appendixA } from "performance-management/assessment";
 * appendixA.areas.length //=> 8
 * appendixA.areas.reduce((sum, area) => sum + area.characteristics.length, 0) //=> 44
 * appendixA.areas[1]?.characteristics.at(-1)?.id //=> "focus-on-outcomes/targets-related-and-cascaded"
 */
export const appendixA: Pick<Catalogue, "areas"> = {
  areas: [
    {
      id: "vision-and-purpose",
      title: "A clear vision and purpose",
      characteristics: [
        {
          id: "vision-and-purpose/clear-sense-of-direction",
          text: "A clear sense of direction derived from the needs and preferences of residents, service users, and other stakeholders",
          seedRef: "Appendix A; 2.2.2 i",
          evidence: "partly",
        },
        {
          id: "vision-and-purpose/stakeholders-share-vision",
          text: "All stakeholders share the vision and are committed to it",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "vision-and-purpose/vision-translated-into-corporate-objectives",
          text: "The vision translated into corporate objectives for the council",
          seedRef: A,
          evidence: "derived",
        },
        {
          id: "vision-and-purpose/continuing-engagement",
          text: "A process is in place that ensures real and continuing engagement with all stakeholders",
          seedRef: A,
          evidence: "judgement",
        },
      ],
    },
    {
      id: "focus-on-outcomes",
      title: "A focus on outcomes",
      characteristics: [
        {
          id: "focus-on-outcomes/outcomes-defined",
          text: "Outcomes, which the authority needs to achieve to accomplish the vision, are clearly defined",
          seedRef: A,
          evidence: "derived",
        },
        {
          id: "focus-on-outcomes/coherent-measures-and-targets",
          text: "A coherent set of performance measures and targets have been developed for these outcomes",
          seedRef: "Appendix A; 2.2.2 ii",
          evidence: "derived",
        },
        {
          id: "focus-on-outcomes/targets-smart",
          text: "Targets are SMART (specific, measurable, achievable, relevant, time-related) and:",
          seedRef: "Appendix A; 5.3.5.1",
          evidence: "derived",
        },
        {
          id: "focus-on-outcomes/targets-demanding",
          text: "Demanding",
          seedRef: SMART_SUB,
          evidence: "partly",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-manageable-number",
          text: "Of a manageable number",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-long-and-short-term",
          text: "Both long (typically 3-5 years) and short-term (the year ahead)",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-financial-and-non-financial",
          text: "Financial and non-financial",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-input-output-outcome-mix",
          text: "A mix of input, output and outcome targets",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-under-continuous-review",
          text: "Under continuous review, not set in stone",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
        {
          id: "focus-on-outcomes/targets-related-and-cascaded",
          text: "Related and cascaded, so that the whole organisation understands the links between targets, and where responsibility lies for improvement",
          seedRef: SMART_SUB,
          evidence: "derived",
          parent: "focus-on-outcomes/targets-smart",
        },
      ],
    },
    {
      id: "leadership-and-management",
      title: "Committed and motivating leadership and management",
      characteristics: [
        {
          id: "leadership-and-management/everyone-committed",
          text: "Everyone from Chief Executive and political executive to service managers and staff are committed to improving performance",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "leadership-and-management/vision-drives-change",
          text: "Senior management uses the vision/corporate objectives to drive change and motivate the organisation",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "leadership-and-management/effective-communication",
          text: "Effective communication takes place between partners, stakeholders, members, management and staff – both upwards and downwards – that ensures objectives are understood",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "leadership-and-management/good-performance-acknowledged",
          text: "Good performance is explicitly acknowledged by chief officers and senior managers and incentives are in place to encourage performance improvement",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "leadership-and-management/every-target-owned",
          text: "Every target is 'owned' by individuals or collectively (units or teams) and accountability is clearly defined",
          seedRef: "Appendix A; 2.2.2 iii",
          evidence: "derived",
        },
        {
          id: "leadership-and-management/delegated-powers",
          text: "Managers have the necessary delegated powers and responsibilities to take timely and effective action and the leadership provides a framework within which risk taking and innovation can take place",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "leadership-and-management/managers-demonstrate-commitment",
          text: "Managers clearly demonstrate their commitment to the vision and values of the organisation in a consistent manner",
          seedRef: A,
          evidence: "judgement",
        },
      ],
    },
    {
      id: "democratic-and-community-engagement",
      title: "Effective democratic and community engagement",
      characteristics: [
        {
          id: "democratic-and-community-engagement/members-role-clear",
          text: "The role of members in reviewing and improving performance is clear in the new political arrangements and fully understood by members",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "democratic-and-community-engagement/executive-information",
          text: "The political executive receives timely, focused, appropriate and balanced information on organisational performance",
          seedRef: "Appendix A; 6.1 (7)",
          evidence: "partly",
        },
        {
          id: "democratic-and-community-engagement/scrutiny-access",
          text: "The overview and scrutiny function has ready access to performance information on all aspects of council activity",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "democratic-and-community-engagement/strategic-user-consultation",
          text: "User consultation is conducted on a strategic basis and provides the basis for performance monitoring",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "democratic-and-community-engagement/feedback-used",
          text: "Consultation, resident and service user feedback is used when assessing performance, considering how to improve and setting targets",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "democratic-and-community-engagement/perspectives",
          text: "Performance measures reflect employee and partner perspectives as well as those of customer and management",
          seedRef: "Appendix A; 3.3.3",
          evidence: "derived",
        },
      ],
    },
    {
      id: "planning-monitoring-review",
      title: "Robust planning, monitoring review systems",
      characteristics: [
        {
          id: "planning-monitoring-review/corporate-plan",
          text: "A corporate plan that translates the vision into objectives and provides an overview of how the authority will work to meet those objectives (allocates tasks and resources) and coherently links existing statutory and non-statutory plans",
          seedRef: "Appendix A; 3.4.1.2",
          evidence: "partly",
        },
        {
          id: "planning-monitoring-review/service-plans",
          text: "Service/departmental plans that translate the corporate objectives into action plans",
          seedRef: "Appendix A; 4.3",
          evidence: "derived",
        },
        {
          id: "planning-monitoring-review/monitored-at-every-level",
          text: "Performance is monitored and reviewed, where appropriate at corporate, department, service and unit/team level on a consistent basis",
          seedRef: "Appendix A; 5.3.4.1",
          evidence: "derived",
        },
        {
          id: "planning-monitoring-review/monitoring-linked-to-planning",
          text: "Performance monitoring and review system linked to corporate planning",
          seedRef: A,
          evidence: "partly",
        },
        {
          id: "planning-monitoring-review/best-value-links",
          text: "Links between best value and other performance management arrangements are clear and explicit",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "planning-monitoring-review/individual-work-plans-linked",
          text: "Individual work plans and appraisal linked to service plans and corporate objectives",
          seedRef: "Appendix A; 3.4.1.2",
          evidence: "derived",
        },
      ],
    },
    {
      id: "people-management",
      title: "People Management",
      characteristics: [
        {
          id: "people-management/appraisals-with-incentives",
          text: "Employees regularly receive appraisals and the appraisal system has incentives built into it",
          seedRef: "Appendix A; 2.2.2 v",
          evidence: "judgement",
        },
        {
          id: "people-management/employees-in-target-setting",
          text: "Employees are routinely included in targeting setting and service improvement",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "people-management/innovation-and-risk",
          text: "Managers and staff are encouraged to innovate and take risks within a clear accountability framework",
          seedRef: A,
          evidence: "judgement",
        },
        {
          id: "people-management/performance-celebrated",
          text: "Good performance is recognised and celebrated",
          seedRef: "Appendix A; 2.2.2 v",
          evidence: "judgement",
        },
        {
          id: "people-management/devolved-people-decisions",
          text: "Managers have sufficient devolved responsibility, within an agreed framework, to make decisions on the deployment of human resources and specifically to respond rapidly to individual performance issues",
          seedRef: A,
          evidence: "judgement",
        },
      ],
    },
    {
      id: "project-and-procurement",
      title: "Project and Procurement Management",
      characteristics: [
        {
          id: "project-and-procurement/project-management-skills",
          text: "Project management skills are spread across the organisation and used to deliver change",
          seedRef: "Appendix A; 3.4.3.1",
          evidence: "judgement",
        },
        {
          id: "project-and-procurement/corporate-procurement",
          text: "A corporate procurement function maximises procurement opportunities",
          seedRef: "Appendix A; 3.4.3.2",
          evidence: "judgement",
        },
        {
          id: "project-and-procurement/devolved-purchasing",
          text: "Managers have sufficient devolved responsibility, within an agreed framework, to make appropriate purchasing decisions",
          seedRef: "Appendix A; 3.4.3.2",
          evidence: "judgement",
        },
      ],
    },
    {
      id: "financial-management",
      title: "Financial Management",
      characteristics: [
        {
          id: "financial-management/financial-planning-integrated",
          text: "Financial planning is medium and long term is effectively integrated with service planning and uses on performance information",
          seedRef: "Appendix A; 6.1 (8)",
          evidence: "partly",
        },
        {
          id: "financial-management/financial-information",
          text: "Timely, appropriate, understandable and relevant financial information for considering performance is made available to both the executive and scrutiny",
          seedRef: A,
          evidence: "partly",
        },
        {
          id: "financial-management/devolved-financial-decisions",
          text: "Managers have sufficient devolved responsibility, within an agreed framework, to make financial decisions and resource allocations to respond to performance issues",
          seedRef: A,
          evidence: "partly",
        },
      ],
    },
  ],
};

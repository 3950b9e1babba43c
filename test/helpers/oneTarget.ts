import { type Framework, parseFramework } from "../../src/index.js";
import { deepFreeze } from "./fixtures.js";

type IndicatorInput = Framework["indicators"][number];
type TargetInput = Framework["targets"][number];

/**
 * A parsed, frozen framework of one quarterly higher-is-better indicator `pi` (in `%`) and one
 * target `t` on it: 78 at 31 March 2001 to 100 by 31 March 2002, unless overridden.
 */
export function oneTarget(
  indicator: Partial<IndicatorInput>,
  measurements: Framework["measurements"] = [],
  target: Partial<TargetInput> = {},
): Framework {
  return deepFreeze(
    parseFramework({
      id: "fw",
      name: "One target",
      owners: [],
      plans: [],
      objectives: [],
      indicators: [
        {
          id: "pi",
          title: "Re-lets in 28 days",
          unit: "%",
          polarity: "higher-is-better",
          measure: "output",
          frequency: "quarterly",
          ...indicator,
        },
      ],
      targets: [
        {
          id: "t",
          objective: "o",
          indicator: "pi",
          baseline: { date: "2001-03-31", value: "78" },
          goal: { date: "2002-03-31", value: "100" },
          ...target,
        },
      ],
      measurements,
    }),
  );
}

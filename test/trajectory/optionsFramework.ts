import type { Framework } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";

/** One target without a tolerance of its own (nor its indicator's), measured once: the options' tolerance applies. */
export const framework: Framework = deepFreeze({
  id: "fw",
  name: "Options",
  owners: [],
  plans: [],
  objectives: [],
  indicators: [
    { id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "output", frequency: "monthly" },
  ],
  targets: [
    {
      id: "t",
      objective: "o",
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "70" },
      goal: { date: "2002-03-31", value: "100" },
    },
  ],
  measurements: [{ indicator: "pi", date: "2001-09-30", value: "84" }],
});

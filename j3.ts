import { evaluateTarget, statusHistory, parseFramework } from "./src/index.js";
const base = (extra: object) => parseFramework({
  id: "fw", name: "x", owners: [], plans: [], objectives: [],
  indicators: [{ id: "pi", title: "Z", unit: "%", polarity: "higher-is-better", measure: "output", frequency: "quarterly" }],
  targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "78" }, goal: { date: "2002-03-31", value: "100" } }],
  measurements: [{ indicator: "pi", date: "2001-06-30", value: "80" }],
  ...extra,
});
for (const fw of [base({}), base({ materialShortfalls: [{ unit: "%", materialShortfall: { points: "10" } }] })]) {
  const e = evaluateTarget(fw, "t", { asOf: "2001-07-15" });
  console.log(e.status, e.expected, statusHistory(fw, { dates: ["2001-07-15"] }).targets[0]?.statuses);
}

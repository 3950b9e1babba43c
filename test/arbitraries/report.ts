import fc from "fast-check";
import type { Framework, Measurement, Target } from "../../src/index.js";
import { cascadeArbitrary } from "./cascade.js";

const FREQUENCIES = ["monthly", "quarterly", "annual"] as const;

/**
 * A cascade from {@link cascadeArbitrary} made reportable: some links indirect (delivered with a
 * partner), three indicators of random polarity, frequency and measure, targets with random goals on
 * random objectives, and measurements on random dates: every status a report can meet (with the DCA5
 * and BRAG scales), late figures and figures not yet due among them.
 */
export const reportableFrameworkArbitrary: fc.Arbitrary<Framework> = cascadeArbitrary.chain((cascade) =>
  fc
    .record({
      indirect: fc.array(fc.boolean(), { minLength: cascade.objectives.length, maxLength: cascade.objectives.length }),
      indicators: fc.array(
        fc.record({
          polarity: fc.constantFrom("higher-is-better", "lower-is-better"),
          frequency: fc.constantFrom(...FREQUENCIES),
          measure: fc.constantFrom("outcome", "output"),
        }),
        { minLength: 3, maxLength: 3 },
      ),
      targets: fc.array(
        fc.record({
          objective: fc.nat({ max: cascade.objectives.length - 1 }),
          indicator: fc.nat({ max: 2 }),
          baseline: fc.integer({ min: 0, max: 100 }),
          goal: fc.integer({ min: 0, max: 100 }),
          goalYear: fc.constantFrom("2002", "2003", "2004"),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      measurements: fc.array(
        fc.record({
          indicator: fc.nat({ max: 2 }),
          day: fc.integer({ min: 0, max: 1000 }),
          value: fc.integer({ min: 0, max: 120 }),
        }),
        { maxLength: 16 },
      ),
    })
    .map(({ indirect, indicators, targets, measurements }) => {
      const base = Date.UTC(2001, 3, 1);
      const dateOf = (day: number) => new Date(base + day * 86_400_000).toISOString().slice(0, 10);
      const seen = new Set<string>();
      const measured: Measurement[] = [];
      for (const m of measurements) {
        const key = `${String(m.indicator)} ${dateOf(m.day)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        measured.push({ indicator: `pi-${String(m.indicator)}`, date: dateOf(m.day), value: String(m.value) });
      }
      return {
        ...cascade,
        objectives: cascade.objectives.map((objective, i) =>
          objective.contributesTo === undefined || indirect[i] !== true
            ? objective
            : {
                ...objective,
                contributesTo: objective.contributesTo.map((link) => ({
                  ...link,
                  link: "indirect" as const,
                  partners: ["owner"],
                })),
              },
        ),
        indicators: indicators.map((indicator, i) => ({
          id: `pi-${String(i)}`,
          title: `PI ${String(i)}`,
          unit: "%",
          ...indicator,
        })),
        targets: targets.map((target, i): Target => ({
          id: `t-${String(i)}`,
          objective: cascade.objectives[target.objective]?.id ?? "",
          indicator: `pi-${String(target.indicator)}`,
          baseline: { date: "2001-03-31", value: String(target.baseline) },
          goal: { date: `${target.goalYear}-03-31`, value: String(target.goal) },
        })),
        measurements: measured,
      } satisfies Framework;
    }),
);

/** A report date from before the cascade's baseline to after its last goal. */
export const reportDateArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: -60, max: 1400 })
  .map((day) => new Date(Date.UTC(2001, 3, 1) + day * 86_400_000).toISOString().slice(0, 10));

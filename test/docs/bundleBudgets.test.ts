import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const { budgets } = JSON.parse(readFileSync("bundle-budgets.json", "utf8")) as {
  budgets: { from: string; import: string; maxKB: number; zod: boolean }[];
};
const limits = readFileSync("docs/limits.md", "utf8").replace(/\s+/g, " ");

describe("the limits page's bundle budgets", () => {
  it.each(budgets.filter((budget) => budget.from !== "performance-management"))(
    "states $import's budget as bundle-budgets.json holds it",
    (budget) => {
      const stated = `\`${budget.import}\` ${String(budget.maxKB)} KB`;
      expect(limits.includes(stated), stated).toBe(true);
    },
  );

  it("says the engines' imports load no zod, as the budgets require", () => {
    const engines = budgets.filter((budget) => !budget.zod).map((budget) => budget.from.split("/")[1]);
    expect(new Set(engines)).toEqual(
      new Set(["trajectory", "cascade", "review", "accountability", "resources", "report"]),
    );
    expect(limits).toContain("An engine loads no zod");
  });
});

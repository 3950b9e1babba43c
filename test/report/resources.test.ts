import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Framework, parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";

const stockton = example("stockton");

/** The Markdown of a report from its resources' heading up to the officers' annex. */
function resourcesMarkdown(framework: Framework, asOf: string, audience: "executive" | "scrutiny"): string {
  const markdown = renderReportMarkdown(performanceReport(framework, { asOf, audience }));
  const from = markdown.indexOf("## Resources");
  const to = markdown.indexOf("## Officers' annex");
  return markdown.slice(from, to);
}

describe("the members' report's resources section (issue 23)", () => {
  it("the day after the first quarter: the totals, the two lines off budget, and the money behind each red target", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    const resources = report.resources;
    expect(resources).toMatchObject({
      year: "2001/02",
      previousYear: "2000/01",
      monthsElapsed: 3,
      monthsEndText: "30 June 2001",
      currency: "GBP",
      lineCount: 5,
      offBudget: 2,
    });
    // Revenue: homelessness £517,800 + voids £862,000 + street cleansing £1,067,950 + New Deal
    // £612,000 = £3,059,750 against £3,000,000: £59,750 (1.99%) over, shown 2%, amber.
    expect(
      resources?.totals.map((total) => [total.kind, total.forecastOutturn.text, total.varianceText, total.status]),
    ).toEqual([
      ["revenue", "£3,059,750", "£59,750 over (2%)", "amber"],
      ["capital", "£250,000", "on budget", "green"],
    ]);
    // The executive's lines: only those off budget, worst first.
    expect(resources?.lines.map((line) => [line.name, line.varianceText, line.forecastBasis, line.status])).toEqual([
      ["Street cleansing", "£67,950 over (6.8%)", "run-rate", "red"],
      ["New Deal and employment partnership", "£12,000 over (2%)", "holder", "amber"],
    ]);
    expect(resources?.lines[0]).toMatchObject({
      holder: { id: "team-street-cleansing", name: "Street cleansing zone team" },
      objective: { id: "so-zone-cleanliness" },
      profileToDate: { amount: "230769.23", text: "£230,769.23" },
    });
    // The two red targets: the homeless offers (£520,000 of its own, with the voids' £880,000 and the
    // improvements' £250,000 from the re-lets beneath: £1,650,000) and the re-lets (£1,130,000).
    expect(
      resources?.redTargets.map((row) => [
        row.target,
        row.available.text,
        row.actualToDate.text,
        row.forecastOutturn.text,
      ]),
    ).toEqual([
      ["t-homeless-offers", "£1,650,000", "£442,550", "£1,629,800"],
      ["t-relet-28-days", "£1,130,000", "£313,100", "£1,112,000"],
    ]);
    expect(resources?.carryForwards).toEqual([]);
    expect(resources?.unbudgeted).toEqual([]);
    expect(jsonCopy(report)).toEqual(report);
  });

  it("money by aim: the portfolio holder, the money, its share and the aim's targets' status", () => {
    const resources = performanceReport(stockton, { asOf: "2002-07-15" }).resources;
    expect(
      resources?.aims.map((aim) => [aim.objective, aim.portfolio?.name, aim.available.text, aim.shareText, aim.status]),
    ).toEqual([
      ["cp-environment", "Cabinet member for the environment", "£1,030,000", "32.3% (+1.6)", "amber"],
      ["cp-wellbeing", "Cabinet member for safety and social well-being", "£1,568,000", "49.2% (−1.6)", "green"],
      ["cp-health", "Cabinet member for health", "£0", "0% (0)", "awaiting-data"],
      ["cp-regeneration", "Cabinet member for regeneration", "£588,000", "18.5% (0)", "green"],
      ["cp-education", "Cabinet member for education and lifelong learning", "£0", "0% (0)", "no-data"],
    ]);
    // New Deal's £148,500 in the first quarter of 2002/03 projects £594,000 against £588,000.
    expect(resources?.aims[3]).toMatchObject({
      actualToDate: { text: "£148,500" },
      forecastOutturn: { text: "£594,000" },
      varianceText: "£6,000 over",
    });
    expect(resources?.aims[2]?.varianceText).toBe("no money");
    // Each holder holds one aim: the portfolios are the aims, and no table of them is drawn.
    expect(resources?.portfolios.map((portfolio) => portfolio.aims.length)).toEqual([1, 1, 1, 1, 1]);
    expect(resourcesMarkdown(stockton, "2002-07-15", "executive")).not.toContain("Money by portfolio holder");
  });

  it("lists the carry-forwards into the year, agreed by the report's date, in words", () => {
    const resources = performanceReport(stockton, { asOf: "2002-07-15" }).resources;
    expect(resources?.carryForwards).toEqual([
      {
        budget: "b-voids",
        name: "Void property management and re-lets",
        from: "2001/02",
        into: "2002/03",
        amount: { amount: "18000", text: "£18,000" },
        amountText: "£18,000 underspend",
        approvedText: "14 May 2002",
      },
      {
        budget: "b-new-deal",
        name: "New Deal and employment partnership",
        from: "2001/02",
        into: "2002/03",
        amount: { amount: "-12000", text: "-£12,000" },
        amountText: "£12,000 agreed overspend",
        approvedText: "14 May 2002",
      },
    ]);
    // The year-end report of 2001/02 (15 May 2002) reads 2001/02, the year of its period, not the
    // new year's first month; its carry-forwards go out of the year, agreed the day before.
    const yearEnd = performanceReport(stockton, { asOf: "2002-05-15" });
    expect([yearEnd.period.title, yearEnd.resources?.year, yearEnd.resources?.monthsElapsed]).toEqual([
      "Year end 2001/02",
      "2001/02",
      12,
    ]);
    expect(yearEnd.resources?.carryForwards.map((carried) => [carried.budget, carried.from, carried.into])).toEqual([
      ["b-voids", "2001/02", "2002/03"],
      ["b-new-deal", "2001/02", "2002/03"],
    ]);
    // On 15 April, at the year end, they are not yet agreed: nothing carried.
    expect(performanceReport(stockton, { asOf: "2002-04-15" }).resources?.carryForwards).toEqual([]);
  });

  it("gives scrutiny every line, and both versions the unit costs", () => {
    const scrutiny = performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" }).resources;
    expect(scrutiny?.lines.map((line) => line.id)).toEqual([
      "b-homelessness",
      "b-voids",
      "b-void-improvements",
      "b-street-cleansing",
      "b-new-deal",
    ]);
    const executive = performanceReport(stockton, { asOf: "2002-07-15" }).resources;
    expect(executive?.unitCosts).toEqual([
      {
        id: "uc-new-deal-job",
        name: "Cost per New Deal client helped into work",
        outcomesText: "71 people (30 June 2002)",
        spend: { amount: "148500", text: "£148,500" },
        cost: { amount: "2091.55", text: "£2,091.55" },
        previousCost: { amount: "2385.71", text: "£2,385.71" },
        direction: "improving",
      },
      {
        id: "uc-household-rehoused",
        name: "Cost per homeless household rehoused",
        outcomesText: null,
        spend: null,
        cost: null,
        previousCost: null,
        direction: null,
      },
    ]);
  });

  it("lays the section out in Markdown and HTML alike, after the aims and before the officers' annex", () => {
    const executive = resourcesMarkdown(stockton, "2001-07-15", "executive");
    expect(executive).toContain(
      "Budget monitoring 2001/02: 3 months of 12, spend to 30 June 2001. Each line is judged on its forecast outturn",
    );
    expect(executive).toContain("Revenue: forecast £3,059,750 against £3,000,000 available, £59,750 over (2%).");
    expect(executive).toContain(
      "## Budget lines off budget\n\n2 lines of 5 forecast outside their tolerances, worst first.",
    );
    expect(executive).toContain(
      "| Street cleansing | Street cleansing zone team | 95% of each zone/patch of high or acceptable cleanliness | £1,000,000 | £230,769.23 | £246,450 | £1,067,950 (at its run rate) | £67,950 over (6.8%) | ✖ Red |",
    );
    expect(executive).toContain("No money is carried into or out of the year.");
    const scrutiny = resourcesMarkdown(stockton, "2001-07-15", "scrutiny");
    expect(scrutiny).toContain(
      "## Budget lines\n\n2 lines of 5 forecast outside their tolerances; every line is listed.",
    );
    // A capital line whose name says so is not marked twice.
    expect(scrutiny).toContain("| Void property improvements (capital) | Director of Housing |");
    const later = resourcesMarkdown(stockton, "2002-07-15", "executive");
    expect(later).toContain(
      "| Void property management and re-lets | 2001/02 into 2002/03 | £18,000 underspend | 14 May 2002 |",
    );
    expect(later).toContain(
      "| Cost per New Deal client helped into work | 71 people (30 June 2002) | £148,500 | £2,091.55 | £2,385.71 | ↑ improving |",
    );
    const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }));
    expect(html.indexOf(">Resources</h2>")).toBeGreaterThan(html.indexOf(">Secure a safe and attractive"));
    expect(html.indexOf(">Resources</h2>")).toBeLessThan(html.indexOf("Officers&#39; annex"));
    expect(html).toContain("<caption>Budget lines forecast outside their tolerances</caption>");
  });

  it("adds up a portfolio holder's aims when one holds several", () => {
    const document = loadExample("stockton") as { objectives: { id: string; owner?: string }[] };
    const objectives = document.objectives.map((objective) =>
      objective.id === "cp-regeneration" ? { ...objective, owner: "cllr-environment" } : objective,
    );
    const shared = deepFreeze(parseFramework({ ...document, objectives }));
    const resources = performanceReport(shared, { asOf: "2001-07-15" }).resources;
    expect(resources?.portfolios[0]).toMatchObject({
      owner: { id: "cllr-environment" },
      aims: ["cp-environment", "cp-regeneration"],
      available: { text: "£1,600,000" },
      actualToDate: { text: "£396,750" },
      forecastOutturn: { text: "£1,679,950" },
      varianceText: "£79,950 over",
    });
    expect(resourcesMarkdown(shared, "2001-07-15", "executive")).toContain("### Money by portfolio holder");
  });

  it("reconciles the aims' table with the totals: money keyed to no objective, other currencies, unowned aims", () => {
    const document = loadExample("stockton") as {
      budgets: object[];
      spend: object[];
      objectives: { id: string; owner?: string }[];
    };
    const patched = deepFreeze(
      parseFramework({
        ...document,
        // Health and education have no cabinet member yet: in no portfolio.
        objectives: document.objectives.map(({ owner, ...objective }) =>
          objective.id === "cp-health" || objective.id === "cp-education" ? objective : { ...objective, owner },
        ),
        budgets: [
          ...document.budgets,
          {
            id: "b-corporate",
            name: "Corporate overheads",
            plan: "plan-corporate",
            years: [{ year: "2001/02", amount: "900000" }],
          },
          {
            id: "b-esf",
            name: "ESF grant",
            objective: "so-new-deal",
            currency: "EUR",
            years: [{ year: "2001/02", amount: "400000" }],
          },
          {
            id: "b-old",
            name: "Old EUR scheme",
            objective: "so-new-deal",
            currency: "EUR",
            years: [{ year: "2000/01", amount: "1" }],
          },
        ],
        spend: [...document.spend, { budget: "b-old", date: "2001-05-31", amount: "7000" }],
      }),
    );
    const resources = performanceReport(patched, { asOf: "2001-07-15" }).resources;
    expect(resources?.unkeyed).toMatchObject({ available: { text: "£900,000" }, varianceText: "on budget" });
    expect(resources?.unreached).toBeNull();
    expect(resources?.otherCurrencies).toEqual(["ESF grant (EUR)"]);
    expect(resources?.unbudgeted).toEqual([
      "€7,000 spent against Old EUR scheme, which has no budget for 2001/02: no budget judges it.",
    ]);
    // The aims and the money keyed to none add up to the GBP totals, revenue and capital.
    const pennies = (text: string) => BigInt(text.replace(/[£,.]/gu, "")) * (text.includes(".") ? 1n : 100n);
    const aims = (resources?.aims ?? []).reduce((sum, aim) => sum + pennies(aim.available.text), 0n);
    const totals = (resources?.totals ?? [])
      .filter((total) => total.currency === "GBP")
      .reduce((sum, total) => sum + pennies(total.available.text), 0n);
    expect(aims + pennies(resources?.unkeyed?.available.text ?? "£0")).toBe(totals);
    expect(resources?.portfolios.map((portfolio) => portfolio.owner.id)).toEqual([
      "cllr-environment",
      "cllr-wellbeing",
      "cllr-regeneration",
    ]);
    const markdown = resourcesMarkdown(patched, "2001-07-15", "executive");
    expect(markdown).toContain("| Not linked to an objective |  | £900,000 | £0 | £900,000 | on budget |  |  |");
    expect(markdown).toContain("Left out of the table, being in another currency: ESF grant (EUR).");
    expect(markdown).not.toContain("Money by portfolio holder");
  });

  it("says spend with no budget for the year, and leaves the section out without budget lines", () => {
    const document = loadExample("stockton") as { spend: object[] };
    const stray = deepFreeze(
      parseFramework({
        ...document,
        spend: [...document.spend, { budget: "b-vodis", date: "2001-05-31", amount: "250" }],
      }),
    );
    expect(performanceReport(stray, { asOf: "2001-07-15" }).resources?.unbudgeted).toEqual([
      "£250 spent against b-vodis, which is not a budget line: no budget judges it.",
    ]);
    // Spelthorne's food safety line has no holder (its self-assessment: resources not identified).
    const spelthorne = performanceReport(example("spelthorne"), { asOf: "2001-07-15", audience: "scrutiny" });
    expect(spelthorne.resources?.lines.map((line) => [line.id, line.holder?.name ?? null])).toEqual([
      ["b-refuse-collection", "Head of Environmental Services"],
      ["b-food-safety", null],
    ]);
    const bare = Object.fromEntries(
      Object.entries(loadExample("stockton") as object).filter(([key]) => key !== "budgets"),
    );
    const without = performanceReport(parseFramework(bare), { asOf: "2001-07-15" });
    expect(without.resources).toBeNull();
    expect(renderReportMarkdown(without)).not.toContain("## Resources");
  });
});

describe("docs/reporting.md shows the resources section the renderer draws today", () => {
  /** Markdown with its tables' padding taken out, as prettier pads them in the docs. */
  const unpadded = (markdown: string): string =>
    markdown
      .split("\n")
      .map((line) =>
        line.startsWith("|")
          ? line
              .split("|")
              .map((cell) => (/^\s*-+\s*$/u.test(cell) ? "---" : cell.trim()))
              .join("|")
          : line,
      )
      .join("\n")
      .trim();

  it("quotes Stockton's executive report of 15 July 2002 as it renders", () => {
    const docs = readFileSync(new URL("../../docs/reporting.md", import.meta.url), "utf8");
    const quoted = /Stockton's executive report of 15 July 2002[^\n]*\n\n```markdown\n([\s\S]*?)```/u.exec(docs)?.[1];
    expect(quoted).toBeDefined();
    const rendered = resourcesMarkdown(stockton, "2002-07-15", "executive");
    const upTo = rendered.slice(0, rendered.indexOf("## The money behind red targets"));
    expect(unpadded(quoted ?? "")).toBe(unpadded(upTo));
  });
});

describe("the resources section adds up to the penny (issue 23, review)", () => {
  it("gives a column's pennies left over by a three-way split to the largest remainders, so it adds up to the total", () => {
    const plan = (id: string, level: "community" | "service") => ({
      id,
      name: id,
      level,
      period: { start: "2001-04-01", end: "2004-03-31" },
    });
    const framework = deepFreeze(
      parseFramework({
        id: "fw",
        name: "Three ways",
        owners: [{ id: "cllr", name: "Cabinet member", kind: "member" }],
        indicators: [],
        targets: [],
        plans: [plan("cp", "community"), plan("sp", "service")],
        objectives: [
          { id: "a1", plan: "cp", title: "Aim one", owner: "cllr" },
          { id: "a2", plan: "cp", title: "Aim two", owner: "cllr" },
          { id: "a3", plan: "cp", title: "Aim three" },
          {
            id: "svc",
            plan: "sp",
            title: "Service",
            contributesTo: [{ objective: "a1" }, { objective: "a2" }, { objective: "a3" }],
          },
        ],
        budgets: [
          { id: "b", name: "Line", objective: "svc", holder: "cllr", years: [{ year: "2001/02", amount: "1000" }] },
        ],
      }),
    );
    const resources = performanceReport(framework, { asOf: "2001-07-15" }).resources;
    // £1,000 in thirds: £333.33⅓ each; the penny left goes to the first of the equal remainders.
    expect(resources?.aims.map((aim) => aim.available.text)).toEqual(["£333.34", "£333.33", "£333.33"]);
    expect(resources?.totals[0]?.available.text).toBe("£1,000");
    // The portfolio adds up its aims as shown: £333.34 + £333.33; the unowned third aim is in none.
    expect(resources?.portfolios).toMatchObject([
      { owner: { id: "cllr" }, aims: ["a1", "a2"], available: { amount: "666.67", text: "£666.67" } },
    ]);
  });
});

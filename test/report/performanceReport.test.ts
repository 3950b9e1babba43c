import { describe, expect, it } from "vitest";
import { type Framework, ReportError, parseFramework } from "../../src/index.js";
import { performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";

const stockton = (): Framework => deepFreeze(parseFramework(loadExample("stockton")));

describe("performanceReport on Stockton, 15 July 2001 (the first quarter's figures)", () => {
  const report = performanceReport(stockton(), { asOf: "2001-07-15" });

  it("counts the statuses as evaluateFramework does", () => {
    expect(report.counts).toMatchObject({ green: 3, amber: 3, red: 2, "awaiting-data": 3 });
    expect(report.asOfText).toBe("15 July 2001");
    expect(report.audience).toBe("executive");
  });

  it("lists the exceptions worst first, with owner, figures for people and the corrective action recorded", () => {
    expect(report.exceptions.map((row) => [row.target, row.status, row.reasons])).toEqual([
      ["t-homeless-offers", "red", ["red"]],
      ["t-relet-28-days", "red", ["red"]],
      ["t-street-cleanliness", "amber", ["amber"]],
      ["t-zone-cleanliness", "amber", ["amber"]],
      ["t-new-deal", "amber", ["amber"]],
    ]);
    const [offers, relets] = report.exceptions;
    // 84% against the year's 100% (period-target): 16 points short.
    expect(offers).toMatchObject({
      owner: { id: "director-housing", name: "Director of Housing" },
      actual: "84",
      expected: "100",
      variance: "-16",
      correctiveAction: null,
      text: { actual: "84%", actualDate: "30 June 2001", expected: "100%", variance: "−16 percentage points" },
    });
    // Its corrective action is open, due 30 June 2002: not overdue in July 2001.
    expect(offers?.actions).toEqual([
      {
        id: "ca-offers-prevention",
        title: "Open a housing advice and prevention service, so fewer households need an offer at short notice",
        owner: { id: "director-housing", name: "Director of Housing" },
        due: "2002-06-30",
        dueText: "30 June 2002",
        status: "open",
        overdue: false,
      },
    ]);
    // The re-let target's June figure records what is being done; its contractor action is done.
    expect(relets?.correctiveAction).toBe(
      "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in.",
    );
    expect(relets?.actions).toEqual([]);
  });

  it("traces each exception up to its aim through the accountability engine, naming the partners it is shared with", () => {
    const relets = report.exceptions.find((row) => row.target === "t-relet-28-days");
    // The seed's chain (5.3.5.5-6): re-lets so that an offer can be made quickly, so that the aim is met.
    expect(relets?.chain?.steps.map((step) => step.subject.id)).toEqual([
      "t-relet-28-days",
      "uo-relet-28-days",
      "so-homeless-offers",
      "cp-wellbeing",
    ]);
    expect(relets?.chain?.steps.map((step) => step.soThat)).toEqual([
      null,
      "an offer can be made quickly",
      "the community plan objective to reduce the use of temporary hostel and bed and breakfast accommodation for homeless households can be met",
      null,
    ]);
    expect([relets?.chains, relets?.sharedWith]).toEqual(["1", []]);
    // New Deal reaches the regeneration aim only through the Employment Service (5.3.5.7): shared.
    const newDeal = report.exceptions.find((row) => row.target === "t-new-deal");
    expect(newDeal?.chain?.direct).toBe(false);
    expect(newDeal?.sharedWith).toEqual([{ id: "employment-service", name: "Employment Service (New Deal)" }]);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      "Increase the job success of New Deal by 7% on average over 3 years → Maintain the Borough's unemployment below the average regional rate → Further regenerate the Borough and improve the local economy; shared with Employment Service (New Deal)",
    );
  });

  it("says what each exception needs of members: the executive's report leads with the decisions", () => {
    // Homeless offers: red, its prevention service open and in date (due June 2002). Re-lets: red,
    // its contractor action done and nothing open, so members must agree one. The ambers have none.
    expect(report.exceptions.map((row) => [row.target, row.decision])).toEqual([
      ["t-homeless-offers", "note-action-in-hand"],
      ["t-relet-28-days", "agree-corrective-action"],
      ["t-street-cleanliness", "agree-corrective-action"],
      ["t-zone-cleanliness", "agree-corrective-action"],
      ["t-new-deal", "agree-corrective-action"],
    ]);
    // A year on the prevention service is past its date; every figure is out of date by then.
    const later = performanceReport(stockton(), { asOf: "2002-07-15" });
    expect(later.exceptions.find((row) => row.target === "t-homeless-offers")?.decision).toBe("obtain-figure");
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relets = framework.targets.find((target) => target.id === "t-relet-28-days");
    relets?.correctiveActions?.push({
      title: "Re-tender the repairs contract",
      owner: "director-housing",
      due: "2001-07-01",
    });
    const chased = performanceReport(deepFreeze(framework), { asOf: "2001-07-15" });
    expect(chased.exceptions.find((row) => row.target === "t-relet-28-days")?.decision).toBe("chase-overdue-action");
    expect(renderReportMarkdown(chased)).toContain("Hold the owner to account for the overdue action, or re-plan it");
  });

  it("balances the picture with what is going well", () => {
    expect(report.goingWell.map((row) => row.target)).toEqual([
      "t-zero-homelessness",
      "t-youth-offending",
      "t-unemployment",
    ]);
    // 34 households against an expected 36.68: the worked figure to one place (the indicator sets none).
    expect(report.goingWell[0]?.text).toMatchObject({ actual: "34 households", expected: "36.7 households" });
  });

  it("organises the rest by community-plan aim, with the corporate objectives beneath each", () => {
    expect(report.aims.map((aim) => [aim.objective, aim.status])).toEqual([
      ["cp-environment", "amber"],
      ["cp-wellbeing", "red"],
      ["cp-health", "awaiting-data"],
      ["cp-regeneration", "amber"],
      ["cp-education", "awaiting-data"],
    ]);
    const wellbeing = report.aims[1];
    expect(wellbeing?.owner?.name).toBe("Cabinet member for safety and social well-being");
    expect(wellbeing?.objectives.map((objective) => objective.objective)).toEqual([
      "co-youth-offending",
      "so-homeless-offers",
    ]);
    // The receptionist's chain brings the re-let target under the well-being strand.
    expect(wellbeing?.exceptions).toEqual(["t-homeless-offers", "t-relet-28-days"]);
    expect(wellbeing?.targets).toEqual([
      "t-zero-homelessness",
      "t-youth-offending",
      "t-homeless-offers",
      "t-relet-28-days",
    ]);
    // The re-let figure rose 72, 75, 79: improving. Each other target's first figure is compared with
    // its baseline (issue 20): homelessness 40 → 34 households and youth offending 250 → 243 (lower is
    // better), offers to homeless households 82% → 84%: improving too.
    expect(wellbeing?.direction).toEqual({ improving: 4, worsening: 0, noChange: 0 });
  });

  it("carries the caveats, the checker's warnings and no overdue review", () => {
    expect(report.caveats).toEqual([
      { target: "t-unemployment", indicator: "pi-unemployment", quality: "provisional", date: "2001-06-30" },
      { target: "t-new-deal", indicator: "pi-new-deal-jobs", quality: "estimate", date: "2001-06-30" },
    ]);
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(["unbalanced-measures"]);
    expect(report.overdueReviews).toEqual([]);
  });

  it("covers the last complete quarter by default, with the reviews due in it", () => {
    expect(report.period).toEqual({ from: "2001-04-01", to: "2001-06-30", text: "1 April 2001 to 30 June 2001" });
    // Eleven quarterly target reports and five directors' reviews fall due on 30 June. The directors'
    // reviews of 15 July are held by the report's date; the target reports of 31 July are not yet.
    const due = report.reviews.map((review) => [review.cycle, review.subject.id, review.due, review.done?.date]);
    expect(due.filter(([cycle]) => cycle === "rc-quarterly-targets")).toHaveLength(11);
    expect(due.filter(([cycle]) => cycle === "rc-quarterly-directors")).toEqual([
      ["rc-quarterly-directors", "director-housing", "2001-06-30", "2001-07-15"],
      ["rc-quarterly-directors", "director-environment", "2001-06-30", "2001-07-15"],
      ["rc-quarterly-directors", "director-regeneration", "2001-06-30", "2001-07-15"],
      ["rc-quarterly-directors", "director-social", "2001-06-30", "2001-07-15"],
      ["rc-quarterly-directors", "director-education", "2001-06-30", "2001-07-15"],
    ]);
    for (const review of report.reviews.filter((r) => r.cycle === "rc-quarterly-targets"))
      expect(review.done).toBeUndefined();
    // A later report sees the July target reports as held.
    const later = performanceReport(stockton(), {
      asOf: "2001-08-01",
      period: { from: "2001-06-01", to: "2001-06-30" },
    });
    expect(later.period.from).toBe("2001-06-01");
    expect(later.reviews.find((r) => r.subject.id === "t-relet-28-days")?.done?.date).toBe("2001-07-31");
    // In a quarter's first days the period is the quarter before: 1 January 2002 covers October to December.
    expect(performanceReport(stockton(), { asOf: "2002-01-01" }).period).toMatchObject({
      from: "2001-10-01",
      to: "2001-12-31",
    });
    expect(performanceReport(stockton(), { asOf: "2001-05-01" }).period).toMatchObject({
      from: "2001-01-01",
      to: "2001-03-31",
    });
  });

  it("is plain JSON and leaves its input alone", () => {
    expect(jsonCopy(report)).toEqual(report);
  });
});

describe("performanceReport as the year goes on", () => {
  it("on 15 June 2002 lists the overdue reviews and flags an overdue corrective action", () => {
    const report = performanceReport(stockton(), { asOf: "2002-07-15", audience: "scrutiny" });
    // The year's annual reviews fell due on 1 April 2002 (105 days before), the directors' quarterly
    // reviews on 15 April (91), the targets' quarterly reports on 30 April (76): worst first.
    const overdue = report.overdueReviews.map((review) => [review.cycle, review.daysOverdue]);
    expect(overdue.filter(([, days]) => days === 105)).toHaveLength(14);
    expect(overdue.slice(14, 19)).toEqual(Array.from({ length: 5 }, () => ["rc-quarterly-directors", 91]));
    // Seven targets run past March 2002. The four whose goal date was 31 March 2002 are owed no review
    // after it (reviewsDue counts a cycle within a target's span); the schedule lists their year-end report.
    expect(report.overdueReviews.slice(19).map((review) => review.subject.id)).toEqual([
      "t-zero-homelessness",
      "t-co2",
      "t-youth-offending",
      "t-heart-disease",
      "t-unemployment",
      "t-gcse",
      "t-new-deal",
    ]);
    expect(report.overdueReviews[19]).toMatchObject({
      lastReviewed: "2002-01-31",
      due: "2002-04-30",
      reviewer: "cabinet",
    });
    const offers = report.targets.find((row) => row.target === "t-homeless-offers");
    expect(offers?.actions[0]).toMatchObject({ due: "2002-06-30", overdue: true });
    expect(report.audience).toBe("scrutiny");
  });
});

describe("performanceReport on variations of Stockton", () => {
  it("does not call trouble shared when a direct route also reaches the aim, and names every partner when none does", () => {
    const direct = jsonCopy(parseFramework(loadExample("stockton")));
    const newDeal = direct.objectives.find((objective) => objective.id === "so-new-deal");
    newDeal?.contributesTo?.push({ objective: "cp-regeneration" });
    const report = performanceReport(deepFreeze(direct), { asOf: "2001-07-15" });
    expect(report.exceptions.find((row) => row.target === "t-new-deal")?.sharedWith).toEqual([]);

    // Two indirect routes, through the Employment Service and a second partner: both are named.
    const twoPartners = jsonCopy(parseFramework(loadExample("stockton")));
    twoPartners.owners.push({ id: "lsc", name: "Learning and Skills Council", kind: "organisation" });
    twoPartners.objectives
      .find((objective) => objective.id === "so-new-deal")
      ?.contributesTo?.push({ objective: "cp-regeneration", link: "indirect", partners: ["lsc"] });
    const shared = performanceReport(deepFreeze(twoPartners), { asOf: "2001-07-15" });
    expect(shared.exceptions.find((row) => row.target === "t-new-deal")?.sharedWith).toEqual([
      { id: "employment-service", name: "Employment Service (New Deal)" },
      { id: "lsc", name: "Learning and Skills Council" },
    ]);
  });

  it("traces a target as a target, though an objective shares its id (ids are unique per kind only)", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.id = "co-gcse";
    const row = performanceReport(deepFreeze(framework), { asOf: "2001-07-15" }).exceptions.find(
      (exception) => exception.target === "co-gcse",
    );
    expect(row?.chain?.steps.map((step) => step.subject.id)).toEqual([
      "co-gcse",
      "uo-relet-28-days",
      "so-homeless-offers",
      "cp-wellbeing",
    ]);
  });

  it("never shows a miss as no difference: Spelthorne's missed bins, 79 against an expected 78.54", () => {
    // 85 to 72 by 2001-09-30 (milestone), then to 60 by 2002-03-31; on 2001-06-30 the path is at
    // 85 - 13 x 91/183 = 78.5355…, so 79 is 0.46 worse: amber, and shown as such.
    const framework = parseFramework(loadExample("spelthorne"));
    const row = performanceReport(deepFreeze(framework), { asOf: "2001-07-15" }).targets.find(
      (target) => target.target === "t-missed-bins",
    );
    expect(row?.status).toBe("amber");
    expect(row?.text).toMatchObject({
      actual: "79 per 100,000 collections",
      expected: "78.5 per 100,000 collections",
      variance: "+0.5 per 100,000 collections",
    });
  });

  it("lists a target under one aim only, though a lateral link joins two aims", () => {
    const lateral = jsonCopy(parseFramework(loadExample("stockton")));
    // A strand linked to another strand: the health aim's targets stay the health aim's.
    const health = lateral.objectives.find((objective) => objective.id === "cp-health");
    if (health !== undefined) health.contributesTo = [{ objective: "cp-wellbeing" }];
    const report = performanceReport(deepFreeze(lateral), { asOf: "2001-07-15", audience: "scrutiny" });
    const wellbeing = report.aims.find((aim) => aim.objective === "cp-wellbeing");
    expect(wellbeing?.targets).not.toContain("t-heart-disease");
    expect(wellbeing?.objectives.map((objective) => objective.objective)).not.toContain("cp-health");
    expect(report.aims.find((aim) => aim.objective === "cp-health")?.targets).toEqual(["t-heart-disease"]);
  });
});

describe("performanceReport's misuse", () => {
  it.each([
    [undefined, "options must be an object"],
    [{}, "options.asOf is missing"],
    [{ asOf: "2001-07-15", audience: "cabinet" }, 'options.audience "cabinet" is not one of'],
    [
      { asOf: "2001-07-15", period: { from: "2001-07-01", to: "2001-06-30" } },
      "options.period ends (2001-06-30) before",
    ],
    [{ asOf: "2001-07-15", period: { from: "2001-07-01" } }, "options.period.to is missing"],
  ])("(%j) throws a ReportError", (options, message) => {
    expect(() => performanceReport(stockton(), options as never)).toThrow(ReportError);
    expect(() => performanceReport(stockton(), options as never)).toThrow(message);
  });
});

describe("renderReportMarkdown", () => {
  it("renders every title as text: pipes, HTML and Markdown in the data cannot break the page", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.title = '<script>alert("x")</script> | *bold* [link](x) & `code`';
    const markdown = renderReportMarkdown(performanceReport(deepFreeze(framework), { asOf: "2001-07-15" }));
    expect(markdown).toContain('&lt;script&gt;alert("x")&lt;/script&gt; \\| \\*bold\\* \\[link\\](x) &amp; \\`code\\`');
    expect(markdown).not.toContain("<script>");
    // The exception row keeps its twelve columns: the escaped pipe is text, not a cell boundary.
    const row = markdown
      .split("\n")
      .find((line) => line.startsWith("| &lt;script") && line.includes("Estate management"));
    expect(row?.split(/(?<!\\)\|/u).length).toBe(14);
  });

  it("says so when an exception has no corrective action recorded, and flags statuses in words", () => {
    const markdown = renderReportMarkdown(performanceReport(stockton(), { asOf: "2001-07-15" }));
    expect(markdown).toContain("No corrective action recorded");
    expect(markdown).toContain("✖ Red");
    expect(markdown).toMatchSnapshot();
  });
});

import { describe, expect, it } from "vitest";
import { type Framework, ReportError, parseFramework } from "../../src/index.js";
import { performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const stockton = (): Framework => example("stockton");

describe("performanceReport on Stockton, 15 July 2001 (the first quarter's figures)", () => {
  const report = perTest(() => performanceReport(stockton(), { asOf: "2001-07-15" }));

  it("counts the statuses as evaluateFramework does", () => {
    expect(report().counts).toMatchObject({ green: 3, amber: 3, red: 2, "awaiting-data": 3 });
    expect(report().asOfText).toBe("15 July 2001");
    expect(report().audience).toBe("executive");
  });

  it("lists the exceptions worst first, with owner, figures for people and the corrective action recorded", () => {
    expect(report().exceptions.map((row) => [row.target, row.status, row.reasons])).toEqual([
      ["t-homeless-offers", "red", ["red"]],
      ["t-relet-28-days", "red", ["red"]],
      ["t-street-cleanliness", "amber", ["amber"]],
      ["t-zone-cleanliness", "amber", ["amber"]],
      ["t-new-deal", "amber", ["amber"]],
    ]);
    const [offers, relets] = report().exceptions;
    // 84% against the year's 100% (period-target): 16 points short.
    expect(offers).toMatchObject({
      owner: { id: "director-housing", name: "Director of Housing" },
      actual: "84",
      expected: "100",
      variance: "-16",
      correctiveAction: null,
      text: {
        actual: "84%",
        actualDate: "30 June 2001",
        expected: "100%",
        variance: "16 percentage points worse than expected",
      },
    });
    // Its corrective action is open, due 30 June 2002: not overdue in July 2001, but after the
    // target's goal date of 31 March 2002, so too late to help this target.
    expect(offers?.actions).toEqual([
      {
        id: "ca-offers-prevention",
        title: "Open a housing advice and prevention service, so fewer households need an offer at short notice",
        owner: { id: "director-housing", name: "Director of Housing" },
        due: "2002-06-30",
        dueText: "30 June 2002",
        status: "open",
        overdue: false,
        of: "target",
        ongoing: false,
        state: "open",
        completed: null,
        completedText: null,
        tooLate: true,
      },
    ]);
    // The re-let target's June figure records what is being done; its contractor action, completed
    // on 21 September 2001, was still open on 15 July.
    expect(relets?.correctiveAction).toBe(
      "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in.",
    );
    expect(relets?.actions.map((action) => [action.id, action.state, action.completedText])).toEqual([
      ["ca-relet-contractor", "open", "21 September 2001"],
    ]);
    expect(relets?.inHand.latest).toEqual({
      date: "2001-06-30",
      dateText: "30 June 2001",
      note: "Illustrative actual.",
      correctiveAction:
        "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in.",
    });
  });

  it("traces each exception up to its aim through the accountability engine, naming the partners it is shared with", () => {
    const relets = report().exceptions.find((row) => row.target === "t-relet-28-days");
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
    const newDeal = report().exceptions.find((row) => row.target === "t-new-deal");
    expect(newDeal?.chain?.direct).toBe(false);
    expect(newDeal?.sharedWith).toEqual([{ id: "employment-service", name: "Employment Service (New Deal)" }]);
    const markdown = renderReportMarkdown(report());
    expect(markdown).toContain(
      "Increase the job success of New Deal by 7% on average over 3 years → Maintain the Borough's unemployment below the average regional rate → Further regenerate the Borough and improve the local economy; shared with Employment Service (New Deal)",
    );
  });

  it("says what each exception needs of members: the executive's report leads with the decisions", () => {
    // Homeless offers: red, its only action (the prevention service, due 30 June 2002) lands after
    // the goal of 31 March 2002, so members must agree one that lands in time. Re-lets: red in
    // April, May and June, the contractor action (due 30 September, done 21 September) in hand on
    // 15 July. The three ambers are amber for the first time in June (zone cleanliness was green in
    // April and May; the others have no earlier figure): the owner's commentary, not a decision.
    expect(report().exceptions.map((row) => [row.target, row.decision, row.decisionText])).toEqual([
      [
        "t-homeless-offers",
        "agree-corrective-action",
        "Red, and every action in hand is due after the target's goal date, too late to help: agree a corrective action that lands in time, with an owner and a date.",
      ],
      [
        "t-relet-28-days",
        "note-action-in-hand",
        "Red for 3 periods in a row, with an action in hand: note it, and confirm with its owner that it will bring the target back on track.",
      ],
      ["t-street-cleanliness", "seek-commentary", expect.stringMatching(/^No decision yet: the owner to comment/)],
      ["t-zone-cleanliness", "seek-commentary", expect.stringMatching(/^No decision yet/)],
      ["t-new-deal", "seek-commentary", expect.stringMatching(/^No decision yet/)],
    ]);
    // The zone cleanliness target's objective sweeps and inspects as standing duties: shown, but not corrective.
    expect(
      report()
        .exceptions.find((row) => row.target === "t-zone-cleanliness")
        ?.inHand.actions.map((a) => [a.of, a.ongoing]),
    ).toEqual([
      ["objective", true],
      ["objective", true],
    ]);
    // With amberPeriods 1 every amber needs a decision: none of the three has a corrective action in hand.
    const strict = performanceReport(stockton(), { asOf: "2001-07-15", amberPeriods: 1 });
    expect(strict.exceptions.slice(2).map((row) => [row.target, row.decision])).toEqual([
      ["t-street-cleanliness", "agree-corrective-action"],
      ["t-zone-cleanliness", "agree-corrective-action"],
      // The New Deal delivery plan (due 30 September 2001) is in hand on its objective.
      ["t-new-deal", "note-action-in-hand"],
    ]);
    // On 1 October the re-let contractor action is done (21 September) and the target still red
    // on its last figure, which is now late: the figure first, and a new corrective action.
    const october = performanceReport(stockton(), { asOf: "2001-10-01" });
    expect(october.exceptions.find((row) => row.target === "t-relet-28-days")?.decisionText).toBe(
      "Obtain the late figure from the owner; meanwhile: red for 3 periods in a row, with no action in hand: agree a corrective action, with an owner and a date to be done by.",
    );
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
    expect(renderReportMarkdown(chased)).toContain(
      "Red for 3 periods in a row, and an action in hand is overdue: hold its owner to account, or re-plan it with a new date.",
    );
    expect(renderReportMarkdown(chased)).toContain(
      "Re-tender the repairs contract (Director of Housing, overdue since 1 July 2001)",
    );
  });

  it("balances the picture with what is going well", () => {
    expect(report().goingWell.map((row) => row.target)).toEqual([
      "t-zero-homelessness",
      "t-youth-offending",
      "t-unemployment",
    ]);
    // 34 households against an expected 36.68: the worked figure to one place (the indicator sets none).
    expect(report().goingWell[0]?.text).toMatchObject({ actual: "34 households", expected: "36.7 households" });
  });

  it("organises the rest by community-plan aim, with the corporate objectives beneath each", () => {
    // Well-being leads with its own outcome target, zero homelessness (green); regeneration's only contribution,
    // unemployment (green), is delivered with the Employment Service, and its own outcome leads it, not New Deal's amber.
    expect(report().aims.map((aim) => [aim.objective, aim.status, aim.delivery])).toEqual([
      ["cp-environment", "amber", "amber"],
      ["cp-wellbeing", "green", "red"],
      ["cp-health", "awaiting-data", "awaiting-data"],
      ["cp-regeneration", "green", "green"],
      ["cp-education", "awaiting-data", "awaiting-data"],
    ]);
    // Each aim leads with every target beneath it by status.
    expect(report().aims[1]?.targetCounts).toMatchObject({ green: 2, red: 2, amber: 0 });
    expect(report().aims[3]?.targetCounts).toMatchObject({ green: 1, amber: 1 });
    const wellbeing = report().aims[1];
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
    expect(report().caveats).toEqual([
      {
        target: "t-unemployment",
        indicator: "pi-unemployment",
        quality: "provisional",
        date: "2001-06-30",
        title: "Unemployment (6.5% January 2001) maintained below the average regional rate (6.6%)",
        dateText: "30 June 2001",
      },
      {
        target: "t-new-deal",
        indicator: "pi-new-deal-jobs",
        quality: "estimate",
        date: "2001-06-30",
        title: "Increase the % job success for New Deal average by 7% in 3 years",
        dateText: "30 June 2001",
      },
    ]);
    expect(report().findings.map((finding) => finding.ruleId)).toEqual(["unbalanced-measures"]);
    expect(report().overdueReviews).toEqual([]);
  });

  it("covers the last complete quarter by default, with the reviews due in it", () => {
    expect(report().period).toEqual({
      from: "2001-04-01",
      to: "2001-06-30",
      text: "1 April 2001 to 30 June 2001",
      title: "Quarter 1 2001/02",
      kind: "quarter",
      quarter: 1,
      financialYear: "2001/02",
    });
    // The quarter's reviews: the directors' reviews, due by 11 August (six weeks after 30 June), and
    // the quarterly reports to cabinet on the eight targets whose figures are quarterly or monthly,
    // due by 31 August (two months), before those on GCSEs (its figure to 31 August 2001), heart
    // disease (to 31 December) and CO2 (to 31 March 2002), owed once their annual figures are due.
    // The directors' reviews of 15 July are held by the report's date; the target reports of 31 July
    // are not yet.
    const due = report().reviews.map((review) => [review.cycle, review.subject.id, review.due, review.done?.date]);
    expect(due.filter(([cycle]) => cycle === "rc-quarterly-targets")).toHaveLength(8);
    expect(due.filter(([cycle]) => cycle === "rc-quarterly-targets").map(([, , deadline]) => deadline)).toEqual(
      Array.from({ length: 8 }, () => "2001-08-31"),
    );
    expect(due.filter(([cycle]) => cycle === "rc-quarterly-directors")).toEqual([
      ["rc-quarterly-directors", "director-housing", "2001-08-11", "2001-07-15"],
      ["rc-quarterly-directors", "director-environment", "2001-08-11", "2001-07-15"],
      ["rc-quarterly-directors", "director-regeneration", "2001-08-11", "2001-07-15"],
      ["rc-quarterly-directors", "director-social", "2001-08-11", "2001-07-15"],
      ["rc-quarterly-directors", "director-education", "2001-08-11", "2001-07-15"],
    ]);
    for (const review of report().reviews.filter((r) => r.cycle === "rc-quarterly-targets"))
      expect(review.done).toBeNull();
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
    expect(jsonCopy(report())).toEqual(report());
  });
});

describe("performanceReport as the year goes on", () => {
  it("on 15 June 2002 lists the overdue reviews and flags an overdue corrective action", () => {
    const report = performanceReport(stockton(), { asOf: "2002-07-15", audience: "scrutiny" });
    // The year's annual reviews and the directors' reviews of the quarter to 31 March were due by 12
    // May 2002 (six weeks; 64 days before), the targets' reports on that quarter by 31 May (two
    // months; 45 days), the annual report on PIs by 30 June (15 days): worst first, days counted
    // from the deadline (issue 20).
    const overdue = report.overdueReviews.map((review) => [review.cycle, review.daysOverdue]);
    expect(overdue.filter(([, days]) => days === 64)).toHaveLength(19);
    // Ties keep the cycles' order: the directors' cycle comes fourth in the framework.
    expect(overdue.slice(9, 14)).toEqual(Array.from({ length: 5 }, () => ["rc-quarterly-directors", 64]));
    // The targets' year-end reports are chased, those whose goal date was 31 March 2002 too; GCSEs,
    // heart disease and CO2 are not, their annual figures not yet due (CO2's for 2001/02 a year
    // after it, the example's illustrative lag).
    expect(report.overdueReviews.slice(19, 27).map((review) => review.subject.id)).toEqual([
      "t-zero-homelessness",
      "t-street-cleanliness",
      "t-youth-offending",
      "t-unemployment",
      "t-homeless-offers",
      "t-zone-cleanliness",
      "t-new-deal",
      "t-relet-28-days",
    ]);
    expect(report.overdueReviews[19]).toMatchObject({
      lastReviewed: "2002-01-31",
      period: { start: "2002-01-01", end: "2002-03-31" },
      deadline: "2002-05-31",
      due: "2002-05-31",
      daysOverdue: 45,
      reviewer: "cabinet",
    });
    expect(report.overdueReviews.slice(27)).toMatchObject([{ cycle: "rc-annual-pi-report", daysOverdue: 15 }]);
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
      variance: "0.5 per 100,000 collections worse than expected",
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
    // The exception row keeps its six columns: the escaped pipe is text, not a cell boundary.
    const row = markdown.split("\n").find((line) => line.startsWith("| &lt;script") && line.includes("ten-day repair"));
    expect(row?.split(/(?<!\\)\|/u).length).toBe(8);
  });

  it("says so when an exception has no corrective action recorded, and flags statuses in words", () => {
    const markdown = renderReportMarkdown(performanceReport(stockton(), { asOf: "2001-07-15" }));
    expect(markdown).toContain("No corrective action recorded");
    expect(markdown).toContain("✖ Red");
    expect(markdown).toMatchSnapshot();
  });
});

// Issue 21, the officers' annex: the reviews due, the overdue reviews, the checker's findings and the
// data caveats sit after the members' part under "Officers' annex", named for people, and a review
// whose deadline is still to come reads "not yet due", never "not recorded".
import { describe, expect, it } from "vitest";
import { performanceReport, renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import { example, jsonCopy } from "../helpers/fixtures.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");

const ANNEX_HEADINGS = [
  "### Reviews of the period 1 April 2001 to 30 June 2001, and when each is due",
  "### Overdue reviews",
  "### Findings of the cascade checker",
  "### Data caveats",
];

/** The Markdown's members' part and its annex, split at the annex's heading. */
function parts(markdown: string): { members: string; annex: string } {
  const at = markdown.indexOf("\n## Officers' annex\n");
  expect(at).toBeGreaterThan(0);
  return { members: markdown.slice(0, at), annex: markdown.slice(at) };
}

describe("the officers' annex (issue 21)", () => {
  for (const [name, framework] of [
    ["Stockton", stockton],
    ["Spelthorne", spelthorne],
  ] as const)
    for (const audience of ["executive", "scrutiny"] as const)
      it(`${name}, 15 July 2001, ${audience}: the members' part holds no review, finding or caveat; the annex holds them all, last`, () => {
        const { members, annex } = parts(
          renderReportMarkdown(performanceReport(framework, { asOf: "2001-07-15", audience })),
        );
        // A caveat is read under its own exception's row ("Rated on a provisional figure"): the
        // table of them all is the annex's.
        for (const words of ["Reviews of the period", "Overdue reviews", "cascade checker", "Data caveats"])
          expect(members).not.toContain(words);
        const positions = ANNEX_HEADINGS.map((heading) => annex.indexOf(`\n${heading}\n`));
        expect(positions.every((position) => position > 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        // Nothing of the members' part comes after the annex.
        expect(annex).not.toMatch(/\n## (?!Officers' annex)/u);
      });

  it("the HTML puts the annex in a section of its own, after every members' section, its headings one level down", () => {
    const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }));
    const annexAt = html.indexOf('<section class="annex" aria-labelledby="officers-annex">');
    expect(annexAt).toBeGreaterThan(0);
    expect(html).toContain(`<h2 id="officers-annex">Officers&#39; annex</h2>`);
    const members = html.slice(0, annexAt);
    const annex = html.slice(annexAt);
    expect(members).toContain("<h2>Exceptions</h2>");
    expect(members).not.toContain("Reviews of the period");
    expect(annex).toContain("<h3>Reviews of the period 1 April 2001 to 30 June 2001, and when each is due</h3>");
    expect(annex).toContain("<h3>Data caveats</h3>");
    // The only h2 after the annex opens is its own heading.
    expect(annex.match(/<h2/gu)).toHaveLength(1);
  });

  it("Stockton, 15 July 2001: the quarter's reviews by name; the targets' reports to cabinet, due 31 August, are not yet due", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    // The quarter to 30 June: the directors' reviews (six weeks' grace: 11 August), held on 15 July;
    // the cabinet's quarterly reports on eight targets, due two months after the quarter (31 August).
    expect(report.reviews.map((review) => review.state)).toEqual([
      ...Array<string>(5).fill("held"),
      ...Array<string>(8).fill("not-yet-due"),
    ]);
    expect(report.reviews[0]).toMatchObject({
      cycleName: "Quarterly review of individual Directors",
      subjectTitle: "Director of Housing",
      reviewerName: "Chief Executive",
      text: { due: "11 August 2001", held: "15 July 2001" },
    });
    expect(report.reviews[5]).toMatchObject({
      cycle: "rc-quarterly-targets",
      subject: { kind: "target", id: "t-zero-homelessness" },
      cycleName: "Quarterly reports on progress against targets/Performance Indicators",
      subjectTitle: "Zero homelessness",
      reviewerName: "Cabinet: the leader, deputy and five members",
      state: "not-yet-due",
      text: { due: "31 August 2001", held: "not yet due" },
    });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      "| Zero homelessness | Quarterly reports on progress against targets/Performance Indicators | Cabinet: the leader, deputy and five members | 31 August 2001 | not yet due |",
    );
    // Before issue 21: "| rc-quarterly-targets | target t-zero-homelessness | cabinet | 2001-08-31 | not recorded |".
    expect(markdown).not.toContain("not recorded");
    expect(markdown).not.toContain("rc-quarterly-targets");
    expect(markdown).not.toContain("target t-zero-homelessness");
  });

  it("Stockton at year end, 15 May 2002: the directors' reviews, due 12 May, are 3 days overdue; the reports to cabinet, due 31 May, are not yet due", () => {
    const report = performanceReport(stockton, { asOf: "2002-05-15" });
    // The last complete quarter: January to March 2002. The directors' reviews: 31 March plus six
    // weeks' grace is 12 May, none recorded: 3 days overdue on 15 May. The cabinet's reports: two
    // months after the quarter, 31 May: not yet due.
    expect(report.period.text).toBe("1 January 2002 to 31 March 2002");
    const housing = report.reviews.find((review) => review.subject.id === "director-housing");
    expect(housing).toMatchObject({
      due: "2002-05-12",
      state: "overdue",
      daysOverdue: 3,
      text: { due: "12 May 2002", held: "not recorded, 3 days overdue" },
    });
    const zero = report.reviews.find((review) => review.subject.id === "t-zero-homelessness");
    expect(zero).toMatchObject({ state: "not-yet-due", text: { held: "not yet due" } });
    const overdue = report.overdueReviews.find((review) => review.subject.id === "director-housing");
    expect(overdue).toMatchObject({
      subjectTitle: "Director of Housing",
      cycleName: "Quarterly review of individual Directors",
      reviewerName: "Chief Executive",
      text: { lastReviewed: "15 January 2002", due: "12 May 2002", daysOverdue: "3 days" },
    });
    const { members, annex } = parts(renderReportMarkdown(report));
    expect(annex).toContain(
      "| Director of Housing | Quarterly review of individual Directors | Chief Executive | 15 January 2002 | 12 May 2002 | 3 days |",
    );
    expect(members).not.toContain("Director of Housing | Quarterly review");
  });

  it("Spelthorne, 15 July 2001: the bins review held on 20 July has not happened yet: not yet due, due 31 August", () => {
    const report = performanceReport(spelthorne, { asOf: "2001-07-15" });
    const bins = report.reviews.find((review) => review.subject.id === "t-collection-day");
    expect(bins).toMatchObject({ state: "not-yet-due", text: { held: "not yet due" } });
    expect(bins?.done).toBeNull();
    // On 21 July it has: held on 20 July, with its outcome.
    const later = performanceReport(spelthorne, { asOf: "2001-07-21" });
    expect(later.reviews.find((review) => review.subject.id === "t-collection-day")).toMatchObject({
      state: "held",
      text: { held: "20 July 2001: Amber: rounds re-planned" },
    });
  });

  it("names the caveats' targets, dates for people, and the findings' severity in words", () => {
    const report = performanceReport(spelthorne, { asOf: "2001-07-15" });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("| 99.5% of bins collected on the scheduled day | provisional | 30 June 2001 |");
    expect(markdown).toMatch(/\| Warning \| unbalanced-measures \|/u);
  });

  it("names what each finding is about beside the checker's message (an owner, a target, the framework)", () => {
    const report = performanceReport(stockton, { asOf: "2002-05-15" });
    const named = new Map(
      report.findings.map((finding) => [`${finding.subject.kind} ${finding.subject.id}`, finding.subjectTitle]),
    );
    expect(named.get("framework stockton-on-tees")).toBe("Stockton-on-Tees Borough Council performance framework");
    expect(named.get("owner director-education")).toBe("Director of Education");
    for (const finding of report.findings) expect(finding.subjectTitle).not.toBe("");
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("| About | Finding | Severity | Rule |");
    expect(markdown).toMatch(/\n\| Director of Education \| Owner "director-education" /u);
  });

  it("a report that went through JSON renders the same annex", () => {
    const report = performanceReport(stockton, { asOf: "2002-05-15", audience: "scrutiny" });
    expect(renderReportMarkdown(jsonCopy(report))).toBe(renderReportMarkdown(report));
  });
});

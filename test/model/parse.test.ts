import { describe, expect, it } from "vitest";
import {
  Framework,
  FrameworkValidationError,
  type FrameworkIssue,
  indexFramework,
  parseFramework,
  safeParseFramework,
} from "../../src/index.js";
import { deepFreeze, loadExample, minimalFramework } from "../helpers/fixtures.js";
import { describeChainUp } from "../helpers/graphs.js";
import { type DocumentEdit, REMOVE, patchDocument } from "./patchDocument.js";

function issuesOf(input: unknown): FrameworkIssue[] {
  const result = safeParseFramework(input);
  if (result.success) throw new Error("expected the document to be refused");
  return result.error.issues;
}

/** Builds a broken copy of the minimal framework, by explicit edits. */
function broken(...edits: DocumentEdit[]): unknown {
  return patchDocument(minimalFramework(), ...edits);
}

describe("the seed's example frameworks", () => {
  it.each(["stockton", "spelthorne"] as const)("%s parses cleanly and unchanged", (name) => {
    const input = deepFreeze(loadExample(name));
    const result = safeParseFramework(input);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(parseFramework(input)).toEqual(input);
  });

  it("Stockton has the five community-plan strands, each owned by a cabinet member", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const members = new Set(stockton.owners.filter((owner) => owner.kind === "member").map((owner) => owner.id));
    const strands = stockton.objectives.filter((objective) => objective.plan === "plan-community");
    expect(strands.map((objective) => objective.title)).toEqual([
      "Secure a safe and attractive environment for current and future generations",
      "Promote the safety and social well-being of the community",
      "Improve the health of the local community",
      "Further regenerate the Borough and improve the local economy",
      "Improve opportunity and achievement in education and lifelong learning",
    ]);
    for (const strand of strands) expect(members.has(strand.owner ?? "")).toBe(true);
  });

  it("Stockton's zero homelessness is a community-plan target under a strand, not a sixth strand (5.3.5.5)", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const target = stockton.targets.find((candidate) => candidate.id === "t-zero-homelessness");
    expect(target?.title).toBe("Zero homelessness");
    const strand = stockton.objectives.find((objective) => objective.id === target?.objective);
    expect(strand?.plan).toBe("plan-community");
    expect(strand?.title).toBe("Promote the safety and social well-being of the community");
    expect(stockton.objectives.filter((objective) => objective.plan === "plan-community")).toHaveLength(5);
    expect(target?.note).toMatch(/illustrative/i);
  });

  it("Stockton's unemployment target carries the seed's baseline and comparator", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const target = stockton.targets.find((candidate) => candidate.id === "t-unemployment");
    expect(target?.baseline).toEqual({ date: "2001-01-31", value: "6.5" });
    expect(target?.comparator?.indicator).toBe("pi-regional-unemployment");
    const regional = stockton.measurements?.find(
      (m) => m.indicator === "pi-regional-unemployment" && m.date === "2001-01-31",
    );
    expect(regional?.value).toBe("6.6");
  });

  it("Stockton's receptionist chain tells the seed's eight steps in order, from the knot to the community plan (5.3.5.6)", () => {
    const index = indexFramework(parseFramework(loadExample("stockton")));
    const { lines: chain, stop } = describeChainUp(index, "io-key-tags");
    expect(stop).toBe("community");
    // The receptionist hands on to the void property officer (a hand-off at one level), whose
    // inspection and repairs lead to the estate management team's re-lets, the offer, the community plan.
    expect(chain).toEqual([
      "io-key-tags so that the keys do not get lost so that the locks do not need to be changed so that the property can be inspected",
      "io-void-turnaround so that the repairs can be started quickly so that they can be finished quickly",
      "uo-relet-28-days so that an offer can be made quickly",
      "so-homeless-offers so that the community plan objective to reduce the use of temporary hostel and bed and breakfast accommodation for homeless households can be met",
      "cp-wellbeing",
    ]);
  });

  it("Stockton has a direct and an indirect link (seed 5.3.5.7)", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const links = stockton.objectives.flatMap((objective) =>
      (objective.contributesTo ?? []).map((link) => ({
        from: objective.id,
        to: link.objective,
        link: link.link ?? "direct",
        partners: link.partners,
      })),
    );
    expect(links).toContainEqual({
      from: "so-zone-cleanliness",
      to: "co-street-cleanliness",
      link: "direct",
      partners: undefined,
    });
    expect(links).toContainEqual({
      from: "so-new-deal",
      to: "co-unemployment",
      link: "indirect",
      partners: ["employment-service"],
    });
  });

  it("Spelthorne's service plan has the one-page format with standards and local indicators", () => {
    const spelthorne = parseFramework(loadExample("spelthorne"));
    const plan = spelthorne.plans.find((candidate) => candidate.level === "service");
    expect(Object.keys(plan?.overview ?? {})).toEqual([
      "whereWeAreNow",
      "whereWeWantToBe",
      "howWeWantToBe",
      "criticalSuccessFactors",
      "strategies",
      "resourceImplications",
    ]);
    expect(plan?.budget?.amount).toBe("2350000");
    expect(spelthorne.indicators.every((indicator) => indicator.source === "local")).toBe(true);
    expect(spelthorne.indicators.filter((indicator) => indicator.title.startsWith("Standard:")).length).toBe(2);
  });

  it("every value the seed does not give is marked illustrative", () => {
    for (const name of ["stockton", "spelthorne"] as const) {
      const framework = parseFramework(loadExample(name));
      for (const target of framework.targets) expect(target.note ?? "", target.id).toMatch(/illustrative|seed/i);
      for (const measurement of framework.measurements ?? [])
        expect(measurement.note ?? "", measurement.indicator).toMatch(/illustrative|seed/i);
    }
  });
});

describe("parseFramework and safeParseFramework", () => {
  it("return the data, a fresh copy that equals the input", () => {
    const input = deepFreeze(minimalFramework());
    const parsed = parseFramework(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(safeParseFramework(input)).toEqual({ success: true, data: input });
  });

  it("throw FrameworkValidationError listing every problem", () => {
    const input = deepFreeze(broken([["id"], REMOVE], [["plans", 0, "level"], "county"]));
    let caught: unknown;
    try {
      parseFramework(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrameworkValidationError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as FrameworkValidationError;
    expect(error.name).toBe("FrameworkValidationError");
    expect(error.issues.map((issue) => issue.path)).toEqual([["id"], ["plans", 0, "level"]]);
    expect(error.message).toContain("performance-management: the framework is not valid (2 problems)");
    expect(error.message).toContain(
      '- plan "plan-1" (plans[0]), level: the text "county" is not allowed; use one of "community", "corporate", "service", "unit", "individual".',
    );
  });

  it("keep zod's safeParse shape", () => {
    const result = safeParseFramework(null);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        {
          code: "invalid_type",
          path: [],
          expected: "an object",
          received: "null",
          message: "the framework: must be an object, but is null.",
        },
      ]);
    }
  });

  it("do not apply defaults or rewrite values, so nothing is lost in a round trip", () => {
    const input = minimalFramework();
    const [target] = input.targets;
    if (target === undefined) return expect.fail("the minimal framework has a target");
    input.targets[0] = {
      ...target,
      baseline: { date: "2001-03-31", value: 0.1 },
      goal: { date: "2004-03-31", value: "075.50" },
    };
    const parsed = parseFramework(input);
    expect(parsed.financialYearStart).toBeUndefined();
    expect(parsed.targets[0]?.baseline.value).toBe(0.1);
    expect(parsed.targets[0]?.goal).toEqual({ date: "2004-03-31", value: "075.50" });
  });

  it("accept ids that are names of Object.prototype members", () => {
    const doc = broken(
      [["owners", 0, "id"], "__proto__"],
      [["objectives", 0, "owner"], "__proto__"],
      [["plans", 0, "id"], "constructor"],
      [["objectives", 0, "plan"], "constructor"],
    );
    const parsed = parseFramework(doc);
    expect(parsed.owners[0]?.id).toBe("__proto__");
    expect(parsed.plans[0]?.id).toBe("constructor");
  });
});

interface BadCase {
  readonly name: string;
  readonly input: unknown;
  readonly code: FrameworkIssue["code"];
  readonly path: (string | number)[];
  readonly message?: RegExp;
}

const badCases: BadCase[] = [
  {
    name: "not an object",
    input: "framework",
    code: "invalid_type",
    path: [],
    message: /must be an object, but is the text "framework"/,
  },
  { name: "an array", input: [], code: "invalid_type", path: [], message: /but is a list/ },
  {
    name: "missing framework id",
    input: broken([["id"], REMOVE]),
    code: "required",
    path: ["id"],
    message: /^id: is required\.$/,
  },
  {
    name: "empty framework name",
    input: broken([["name"], ""]),
    code: "too_small",
    path: ["name"],
    message: /must not be empty/,
  },
  { name: "missing owners list", input: broken([["owners"], REMOVE]), code: "required", path: ["owners"] },
  {
    name: "owners not a list",
    input: broken([["owners"], { a: 1 }]),
    code: "invalid_type",
    path: ["owners"],
    message: /must be a list/,
  },
  {
    name: "missing owner id",
    input: broken([["owners", 0, "id"], REMOVE]),
    code: "required",
    path: ["owners", 0, "id"],
    message: /^owners\[0\], id: is required\.$/,
  },
  { name: "empty id", input: broken([["owners", 0, "id"], ""]), code: "too_small", path: ["owners", 0, "id"] },
  {
    name: "id with surrounding spaces",
    input: broken([["plans", 0, "id"], "plan-1 "]),
    code: "invalid_id",
    path: ["plans", 0, "id"],
    message: /must not start or end with spaces/,
  },
  {
    name: "unknown owner kind",
    input: broken([["owners", 0, "kind"], "boss"]),
    code: "invalid_value",
    path: ["owners", 0, "kind"],
    message: /owner "owner-1" \(owners\[0\]\), kind: the text "boss" is not allowed/,
  },
  {
    name: "unknown plan level",
    input: broken([["plans", 0, "level"], "county"]),
    code: "invalid_value",
    path: ["plans", 0, "level"],
  },
  {
    name: "impossible date",
    input: broken([["plans", 0, "period", "start"], "2023-02-30"]),
    code: "invalid_date",
    path: ["plans", 0, "period", "start"],
    message: /real calendar date written YYYY-MM-DD \(found the text "2023-02-30"\)/,
  },
  {
    name: "29 February of a common year",
    input: broken([["targets", 0, "baseline", "date"], "2001-02-29"]),
    code: "invalid_date",
    path: ["targets", 0, "baseline", "date"],
  },
  {
    name: "date in another format",
    input: broken([["targets", 0, "goal", "date"], "31/03/2004"]),
    code: "invalid_date",
    path: ["targets", 0, "goal", "date"],
  },
  {
    name: "date with a time",
    input: broken([["targets", 0, "goal", "date"], "2004-03-31T00:00:00Z"]),
    code: "invalid_date",
    path: ["targets", 0, "goal", "date"],
  },
  {
    name: "period ending before it starts",
    input: broken([["plans", 0, "period"], { start: "2004-04-01", end: "2004-03-31" }]),
    code: "invalid_period",
    path: ["plans", 0, "period", "end"],
    message: /ends before it starts/,
  },
  {
    name: "NaN value",
    input: broken([["targets", 0, "baseline", "value"], Number.NaN]),
    code: "invalid_decimal",
    path: ["targets", 0, "baseline", "value"],
    message: /found NaN/,
  },
  {
    name: "infinite value",
    input: broken([["targets", 0, "baseline", "value"], Number.POSITIVE_INFINITY]),
    code: "invalid_decimal",
    path: ["targets", 0, "baseline", "value"],
  },
  {
    name: "decimal comma",
    input: broken([["targets", 0, "baseline", "value"], "6,5"]),
    code: "invalid_decimal",
    path: ["targets", 0, "baseline", "value"],
    message: /decimal number such as 95\.5 \(found the text "6,5"\)/,
  },
  {
    name: "value with a unit",
    input: broken([["targets", 0, "goal", "value"], "75%"]),
    code: "invalid_decimal",
    path: ["targets", 0, "goal", "value"],
  },
  {
    name: "value of the wrong type",
    input: broken([["targets", 0, "baseline", "value"], true]),
    code: "invalid_decimal",
    path: ["targets", 0, "baseline", "value"],
  },
  {
    name: "goal of no known form",
    input: broken([["targets", 0, "goal"], { date: "2004-03-31" }]),
    code: "no_matching_form",
    path: ["targets", 0, "goal"],
    message: /must be one of \{ date, value \}/,
  },
  {
    name: "bad date inside a relative goal",
    input: broken([["targets", 0, "goal"], { date: "2004-13-01", change: { percent: "-10" } }]),
    code: "invalid_date",
    path: ["targets", 0, "goal", "date"],
  },
  {
    name: "bad percent inside a relative goal",
    input: broken([["targets", 0, "goal"], { date: "2004-03-31", change: { percent: "ten" } }]),
    code: "invalid_decimal",
    path: ["targets", 0, "goal", "change", "percent"],
  },
  {
    name: "change with both forms",
    input: broken([["targets", 0, "goal"], { date: "2004-03-31", change: { percent: "1", absolute: "2" } }]),
    code: "no_matching_form",
    path: ["targets", 0, "goal", "change"],
  },
  {
    name: "band with a bad edge",
    input: broken([["targets", 0, "goal"], { date: "2004-03-31", low: "x", high: "100" }]),
    code: "invalid_decimal",
    path: ["targets", 0, "goal", "low"],
  },
  {
    name: "tolerance with both forms",
    input: broken([["targets", 0, "tolerance"], { percent: "5", absolute: "1" }]),
    code: "no_matching_form",
    path: ["targets", 0, "tolerance"],
  },
  {
    name: "bad milestone deep in a list",
    input: broken([
      ["targets", 0, "milestones"],
      [
        { date: "2002-03-31", value: "60" },
        { date: "2003-03-31", value: null },
      ],
    ]),
    code: "invalid_decimal",
    path: ["targets", 0, "milestones", 1, "value"],
  },
  {
    name: "milestones not a list",
    input: broken([["targets", 0, "milestones"], { date: "2002-03-31", value: "60" }]),
    code: "invalid_type",
    path: ["targets", 0, "milestones"],
  },
  {
    name: "unknown trajectory",
    input: broken([["targets", 0, "trajectory"], "exponential"]),
    code: "invalid_value",
    path: ["targets", 0, "trajectory"],
  },
  {
    name: "wrong type deep in contributions",
    input: broken([
      ["objectives", 0, "contributesTo"],
      [{ objective: "x" }, { objective: 7 }],
    ]),
    code: "invalid_type",
    path: ["objectives", 0, "contributesTo", 1, "objective"],
    message: /objective "obj-1" \(objectives\[0\]\), contributesTo\[1\]\.objective: must be text, but is the number 7/,
  },
  {
    name: "unknown link kind",
    input: broken([["objectives", 0, "contributesTo"], [{ objective: "x", link: "oblique" }]]),
    code: "invalid_value",
    path: ["objectives", 0, "contributesTo", 0, "link"],
  },
  {
    name: "partner ids of the wrong type",
    input: broken([["objectives", 0, "contributesTo"], [{ objective: "x", link: "indirect", partners: ["p", 3] }]]),
    code: "invalid_type",
    path: ["objectives", 0, "contributesTo", 0, "partners", 1],
  },
  {
    name: "action without a title",
    input: broken([["objectives", 0, "actions"], [{ owner: "owner-1" }]]),
    code: "required",
    path: ["objectives", 0, "actions", 0, "title"],
  },
  {
    name: "bad action due date",
    input: broken([["objectives", 0, "actions"], [{ title: "Do it", due: "soon" }]]),
    code: "invalid_date",
    path: ["objectives", 0, "actions", 0, "due"],
  },
  {
    name: "misspelt field",
    input: broken([["targets", 0, "ower"], "owner-1"]),
    code: "unrecognized_keys",
    path: ["targets", 0],
    message: /target "t-1" \(targets\[0\]\): has a field the framework does not define \("ower"\)/,
  },
  {
    name: "unknown polarity",
    input: broken([["indicators", 0, "polarity"], "up"]),
    code: "invalid_value",
    path: ["indicators", 0, "polarity"],
  },
  {
    name: "unknown measure",
    input: broken([["indicators", 0, "measure"], "impact"]),
    code: "invalid_value",
    path: ["indicators", 0, "measure"],
  },
  {
    name: "unknown frequency",
    input: broken([["indicators", 0, "frequency"], "weekly"]),
    code: "invalid_value",
    path: ["indicators", 0, "frequency"],
  },
  {
    name: "fractional decimals",
    input: broken([["indicators", 0, "decimals"], 1.5]),
    code: "invalid_type",
    path: ["indicators", 0, "decimals"],
    message: /must be a whole number/,
  },
  {
    name: "too many decimals",
    input: broken([["indicators", 0, "decimals"], 11]),
    code: "too_big",
    path: ["indicators", 0, "decimals"],
  },
  {
    name: "empty unit",
    input: broken([["indicators", 0, "unit"], ""]),
    code: "too_small",
    path: ["indicators", 0, "unit"],
  },
  {
    name: "bad currency",
    input: broken([["plans", 0, "budget"], { amount: "100", currency: "pounds" }]),
    code: "invalid_format",
    path: ["plans", 0, "budget", "currency"],
    message: /three-letter currency code/,
  },
  {
    name: "bad financial year start",
    input: broken([["financialYearStart"], "02-29"]),
    code: "invalid_month_day",
    path: ["financialYearStart"],
  },
  {
    name: "bad measurement quality",
    input: broken([["measurements"], [{ indicator: "pi-1", date: "2001-06-30", value: "1", quality: "guess" }]]),
    code: "invalid_value",
    path: ["measurements", 0, "quality"],
  },
  {
    name: "measurement without a date",
    input: broken([["measurements"], [{ indicator: "pi-1", value: "1" }]]),
    code: "required",
    path: ["measurements", 0, "date"],
  },
  {
    name: "unknown review frequency",
    input: broken([["reviewCycles"], [{ id: "rc", name: "R", frequency: "fortnightly", appliesTo: {} }]]),
    code: "no_matching_form",
    path: ["reviewCycles", 0, "frequency"],
    message:
      /review cycle "rc" \(reviewCycles\[0\]\), frequency: must be monthly, quarterly, half-yearly, annual, or \{ everyMonths: n \}/,
  },
  {
    name: "zero-month review cycle",
    input: broken([["reviewCycles"], [{ id: "rc", name: "R", frequency: { everyMonths: 0 }, appliesTo: {} }]]),
    code: "too_small",
    path: ["reviewCycles", 0, "frequency", "everyMonths"],
  },
  {
    name: "unknown review scope kind",
    input: broken([["reviewCycles"], [{ id: "rc", name: "R", frequency: "annual", appliesTo: { kind: "budget" } }]]),
    code: "invalid_value",
    path: ["reviewCycles", 0, "appliesTo", "kind"],
  },
  {
    name: "review with a bad date",
    input: broken([["reviews"], [{ cycle: "rc", subject: "t-1", date: "2001-04-31" }]]),
    code: "invalid_date",
    path: ["reviews", 0, "date"],
  },
];

describe("a table of bad documents", () => {
  it.each(badCases.map((badCase) => [badCase.name, badCase] as const))("%s", (_name, badCase) => {
    const issues = issuesOf(deepFreeze(badCase.input));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.code).toBe(badCase.code);
    expect(issue?.path).toEqual(badCase.path);
    if (badCase.message !== undefined) expect(issue?.message).toMatch(badCase.message);
    expect(issue?.message).toMatch(/\.$/);
  });

  it("reports every problem of a document at once", () => {
    const issues = issuesOf(
      broken(
        [["owners", 0, "kind"], "boss"],
        [["plans", 0, "period", "end"], "2004-02-30"],
        [["targets", 0, "baseline", "value"], Number.NaN],
        [["targets", 0, "goal"], { date: "2004-03-31" }],
        [["extra"], true],
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_value", "owners.0.kind"],
      ["invalid_date", "plans.0.period.end"],
      ["invalid_decimal", "targets.0.baseline.value"],
      ["no_matching_form", "targets.0.goal"],
      ["unrecognized_keys", ""],
    ]);
  });

  it("names the entity by id when it has one and by position when it has none", () => {
    const withId = issuesOf(broken([["indicators", 0, "unit"], 5]));
    expect(withId[0]?.message).toBe('indicator "pi-1" (indicators[0]), unit: must be text, but is the number 5.');
    const withoutId = issuesOf(broken([["measurements"], [{ indicator: "pi-1", date: "2001-06-30", value: "x" }]]));
    expect(withoutId[0]?.message).toBe(
      'measurements[0], value: must be a decimal number such as 95.5 (found the text "x").',
    );
  });

  it("describes awkward values without throwing", () => {
    const values = [Symbol("s"), 10n, () => 1, new Map(), Object.create(null)];
    for (const value of values) {
      const issues = issuesOf(broken([["name"], value]));
      expect(issues[0]?.path).toEqual(["name"]);
      expect(issues[0]?.message).toMatch(/^name: must be text, but is (a symbol|a bigint|a function|an object)\.$/);
    }
    const long = issuesOf(broken([["plans", 0, "period", "start"], "x".repeat(100)]));
    expect(long[0]?.message).toContain(`"${"x".repeat(37)}..."`);
  });
});

describe("the Framework schema", () => {
  it("is the same schema parseFramework uses", () => {
    const input = minimalFramework();
    expect(Framework.parse(input)).toEqual(parseFramework(input));
  });
});

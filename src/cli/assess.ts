import {
  type Assessment,
  AssessmentError,
  type AssessmentResponse,
  type DerivedEvidence,
  type Diagnosis,
  type Priority,
  assess,
  deriveEvidence,
  diagnose,
  priorities,
} from "../index.js";
import { type Command, stringOption } from "./command.js";
import { displayName, loadFramework, readJson } from "./input.js";
import { type Painter, forPeople, inputError, usageError, writeJson, writeLines } from "./io.js";

/** @internal What `assess --format json` prints: each engine's result, as its function returns it. */
interface AssessOutput {
  readonly assessment: Assessment;
  readonly priorities: readonly Priority[];
  readonly diagnosis: readonly Diagnosis[];
  /** `deriveEvidence`'s result, when `--framework` is given. */
  readonly derived?: DerivedEvidence;
}

/** The responses of a file: a list of them, or an object with a `responses` list (as examples/assessments/ has). */
function responsesOf(document: unknown, name: string): readonly AssessmentResponse[] {
  if (Array.isArray(document)) return document as AssessmentResponse[];
  const responses =
    typeof document === "object" && document !== null ? (document as { responses?: unknown }).responses : undefined;
  if (Array.isArray(responses)) return responses as AssessmentResponse[];
  throw inputError(`${name}: expected a list of responses, or an object with a "responses" list`);
}

const VERDICT_STYLE = { effective: "green", developing: "yellow", ineffective: "red" } as const;

function verdictText(paint: Painter, score: string | null, verdict: Assessment["overall"]["verdict"]): string {
  return verdict === null ? "not assessed" : `${score ?? "–"} ${paint(VERDICT_STYLE[verdict], verdict)}`;
}

/** @internal The Appendix A profile, the limiting area, the priorities and the signs, for people. */
function assessLines(paint: Painter, output: AssessOutput): string[] {
  const { assessment } = output;
  const { coverage, limitingArea } = assessment;
  const lines = [
    paint("bold", `Overall: ${verdictText(paint, assessment.overall.score, assessment.overall.verdict)}`),
    `Rated ${coverage.rated} of ${coverage.total} characteristics (${coverage.ratedByPeople} by people, ${coverage.derivedOnly} from the framework alone); ${coverage.areasAssessed} of ${coverage.areas} areas`,
  ];
  if (limitingArea !== null)
    lines.push(
      `Limiting area: ${limitingArea.title} (${limitingArea.score}, ${limitingArea.verdict}${limitingArea.capped ? ", caps the overall verdict" : ""})`,
    );
  lines.push("", "Areas");
  for (const area of assessment.areas)
    lines.push(
      `  ${area.title}: ${verdictText(paint, area.score, area.verdict)} (${area.rated} of ${area.total} rated)`,
    );
  lines.push("", "Priorities");
  for (const [i, priority] of output.priorities.entries())
    lines.push(`  ${i + 1}. ${priority.text} (${priority.area}; rated ${priority.rating}, gap ${priority.gap})`);
  if (output.diagnosis.length > 0) {
    lines.push("", "Signs of trouble");
    for (const sign of output.diagnosis) lines.push(`  - ${sign.sign}: ${sign.text}`);
  }
  return lines;
}

/** @internal `assess`: the Appendix A self-assessment, with evidence derived from a framework when one is given. */
export const assessCommand: Command = {
  name: "assess",
  summary: "score an Appendix A self-assessment: profile, limiting area and priorities",
  usage: "assess <responses.json> [--framework framework.json --as-of D]",
  options: { framework: { type: "string" }, "as-of": { type: "string" } },
  help: [
    '<responses.json>     a list of { characteristic, rating, evidence?, source? }, or an object with a "responses" list',
    "--framework F        derive evidence from a framework as well (its ratings are marked derived)",
    "--as-of D            the date the framework's evidence is drawn as of, YYYY-MM-DD (required with --framework)",
  ],
  formats: ["text", "json"],
  arity: [1, 1],
  async run(context) {
    const { io, positionals, paint, format } = context;
    const path = positionals[0] as string;
    const frameworkPath = stringOption(context, "framework");
    const asOf = stringOption(context, "as-of");
    if ((frameworkPath === undefined) !== (asOf === undefined))
      throw usageError("assess: --framework and --as-of go together");
    if (path === "-" && frameworkPath === "-")
      throw usageError("the responses and the framework cannot both come from standard input");
    const responses = responsesOf(await readJson(path, io), displayName(path));
    const derived =
      frameworkPath === undefined || asOf === undefined
        ? undefined
        : deriveEvidence(await loadFramework(frameworkPath, io), { asOf });
    let output: AssessOutput;
    try {
      const assessment = assess(responses, derived === undefined ? {} : { derived });
      output = {
        assessment,
        priorities: priorities(assessment),
        diagnosis: diagnose(assessment),
        ...(derived === undefined ? {} : { derived }),
      };
    } catch (error) {
      // A response the engine refuses (an unknown characteristic, a rating off the scale) is bad input.
      // Its message starts with the package's name, which the CLI already puts first: said once.
      if (error instanceof AssessmentError)
        throw inputError(`${displayName(path)}: ${error.message.replace(/^performance-management: /u, "")}`);
      throw error;
    }
    if (format === "json") writeJson(io, output);
    else writeLines(io, assessLines(paint, forPeople(output)));
    return 0;
  },
};

import {
  type Assessment,
  AssessmentError,
  type AssessmentResponse,
  type DerivedEvidence,
  type Diagnosis,
  type Priority,
  appendixA,
  assess,
  deriveEvidence,
  diagnose,
  priorities,
} from "../index.js";
import { type Command, stringOption } from "./command.js";
import { displayName, loadFramework, readJson } from "./input.js";
import { type Painter, forPeople, inputError, usageError, writeJson, writeLines } from "./io.js";
import { writeResult } from "./results.js";

/** @internal What `assess --format json` prints: each engine's result, as its function returns it. */
export interface AssessOutput {
  readonly assessment: Assessment;
  readonly priorities: readonly Priority[];
  readonly diagnosis: readonly Diagnosis[];
  /** `deriveEvidence`'s result when `--framework` is given; else `null`. */
  readonly derived: DerivedEvidence | null;
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
  // An empty heading would read as a fault: say why there are none.
  if (output.priorities.length === 0)
    lines.push(coverage.rated === 0 ? "  none: nothing rated yet" : "  none: every rated characteristic is effective");
  for (const [i, priority] of output.priorities.entries())
    lines.push(`  ${i + 1}. ${priority.text} (${priority.area}; rated ${priority.rating}, gap ${priority.gap})`);
  if (output.diagnosis.length > 0) {
    lines.push("", "Signs of trouble");
    for (const sign of output.diagnosis) lines.push(`  - ${sign.sign}: ${sign.text}`);
  }
  return lines;
}

/** The words at the head of a blank responses file, for whoever fills it in. */
const TEMPLATE_NOTE =
  "Appendix A self-assessment. For each characteristic, replace the null rating with a whole number from 0 to 4 (0 absent, 1 emerging, 2 developing, 3 established, 4 embedded) and say what it rests on in evidence. A rating left null is not rated; the question is the checklist's own wording, for you to read (assess ignores it). Then run: performance-management assess <this file>";

/** A response of the blank file: the characteristic, its question, no rating yet, empty evidence. */
interface TemplateResponse {
  readonly characteristic: string;
  readonly question: string;
  readonly rating: null;
  readonly evidence: string;
  readonly source: "self";
}

/** @internal The blank Appendix A responses file: every characteristic, in the checklist's order, unrated. */
export function responsesTemplate(): {
  council: string;
  note: string;
  responses: TemplateResponse[];
} {
  return {
    council: "",
    note: TEMPLATE_NOTE,
    responses: appendixA.areas.flatMap((area) =>
      area.characteristics.map((characteristic) => ({
        characteristic: characteristic.id,
        question: `${area.title}: ${characteristic.text}`,
        rating: null,
        evidence: "",
        source: "self" as const,
      })),
    ),
  };
}

/**
 * A filled-in template's responses as `assess` reads them: a response whose rating is still null is
 * not rated (left out), and the template's `question` (the checklist's words, for the reader) is
 * dropped, as is an evidence left empty. Any other field is passed on for `assess` to judge.
 */
function withoutTemplateFields(responses: readonly unknown[]): AssessmentResponse[] {
  const kept: unknown[] = [];
  for (const response of responses) {
    if (typeof response !== "object" || response === null || Array.isArray(response)) {
      kept.push(response);
      continue;
    }
    const { question, ...rest } = response as Record<string, unknown>;
    // A question that is not text is not the template's: kept, for assess to refuse as an unknown field.
    if (question !== undefined && typeof question !== "string") kept.push(response);
    else if (rest.rating !== null) {
      if (rest.evidence === "") delete rest.evidence;
      kept.push(rest);
    }
  }
  return kept as AssessmentResponse[];
}

/** @internal `assess`: the Appendix A self-assessment, with evidence derived from a framework when one is given. */
export const assessCommand: Command = {
  name: "assess",
  summary: "score an Appendix A self-assessment: profile, limiting area and priorities",
  usage: "assess <responses.json> [--framework framework.json --as-of D] | assess --template",
  options: { framework: { type: "string" }, "as-of": { type: "string" }, template: { type: "boolean" } },
  help: [
    '<responses.json>     a list of { characteristic, rating, evidence?, source? }, or an object with a "responses" list',
    "--framework F        derive evidence from a framework as well (its ratings are marked derived)",
    "--as-of D            the date the framework's evidence is drawn as of, YYYY-MM-DD (required with --framework)",
    "--template           print a blank responses file to fill in (every characteristic, rating null), then assess it",
  ],
  formats: ["text", "json"],
  arity: [0, 1],
  async run(context) {
    const { io, positionals, paint, format } = context;
    if (context.values.template === true) {
      if (positionals.length > 0 || context.values.framework !== undefined || context.values["as-of"] !== undefined)
        throw usageError("assess: --template takes no responses file, --framework or --as-of");
      if (format !== "json" && context.values.format !== undefined)
        throw usageError("assess: --template prints JSON; give no --format, or --format json");
      writeJson(io, responsesTemplate());
      return 0;
    }
    if (positionals.length === 0) throw usageError(`assess: expected ${assessCommand.usage}`);
    const path = positionals[0] as string;
    const frameworkPath = stringOption(context, "framework");
    const asOf = stringOption(context, "as-of");
    if ((frameworkPath === undefined) !== (asOf === undefined))
      throw usageError("assess: --framework and --as-of go together");
    if (path === "-" && frameworkPath === "-")
      throw usageError("the responses and the framework cannot both come from standard input");
    const responses = withoutTemplateFields(responsesOf(await readJson(path, io), displayName(path)));
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
        derived: derived ?? null,
      };
    } catch (error) {
      // A response the engine refuses (an unknown characteristic, a rating off the scale) is bad input.
      // Its message starts with the package's name, which the CLI already puts first: said once.
      if (error instanceof AssessmentError)
        throw inputError(`${displayName(path)}: ${error.message.replace(/^performance-management: /u, "")}`);
      throw error;
    }
    if (format === "json") writeResult(io, "AssessOutput", output);
    else writeLines(io, assessLines(paint, forPeople(output)));
    return 0;
  },
};

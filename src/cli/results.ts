import { readFileSync } from "node:fs";
import { schemaId } from "../internal/schemaIds.js";
import { type CliIo, jsonText } from "./io.js";

let cachedVersion: string | undefined;

/** @internal The package's version, from its package.json (two folders up from src/cli/ and from dist/cli/ alike). */
export function packageVersion(): string {
  cachedVersion ??= (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
  return cachedVersion;
}

/**
 * @internal The results' definitions a command's JSON follows: each is a `$defs` entry of the
 * package's results.schema.json (generated from the result types by scripts/resultSchemas.ts).
 */
export type ResultName =
  | "FrameworkEvaluation"
  | "FrameworkStatusEvaluation"
  | "PerformanceReport"
  | "PlanOverviewReport"
  | "PlanListOutput"
  | "CascadeReport"
  | "Trace"
  | "ContributionTree"
  | "ReviewSchedule"
  | "OverdueOutput"
  | "AssessOutput"
  | "BudgetMonitoring"
  | "ValidationOutput";

/** @internal The URI of a result's schema in this version: results.schema.json's `$id`, and the definition's pointer. */
export function resultSchemaId(name: ResultName): string {
  return `${schemaId("results", packageVersion())}#/$defs/${name}`;
}

/**
 * @internal A command's result as JSON, with `$schema` first: the URI of the definition it follows,
 * version included, so a program reading it knows which shape it has. The rest is the result as
 * the API returns it.
 */
export function writeResult(io: CliIo, name: ResultName, result: object): void {
  io.stdout.write(resultJson(name, result));
}

/** @internal {@link writeResult}'s text, for a command that may write it to a file instead (`report --out`). */
export function resultJson(name: ResultName, result: object): string {
  return jsonText({ $schema: resultSchemaId(name), ...result });
}

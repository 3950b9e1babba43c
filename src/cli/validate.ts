import { type SafeParseFrameworkResult, safeParseFramework } from "../index.js";
import type { Command } from "./command.js";
import { displayName, issueLines, readJson } from "./input.js";
import { writeLines } from "./io.js";
import { writeResult } from "./results.js";

/** @internal What `validate --format json` prints: `safeParseFramework`'s result, its error as the error's `toJSON` gives it. */
export type ValidationOutput = SafeParseFrameworkResult;

/** @internal `validate <framework.json>`: every problem with its path, as the library words it. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a framework document's shape: every problem with its path",
  usage: "validate <framework.json>",
  options: {},
  help: ["Exit 0 when the document is a valid framework, 1 when it is not (or is not JSON)."],
  formats: ["text", "json"],
  arity: [1, 1],
  async run({ io, positionals, paint, format }) {
    const path = positionals[0] as string;
    const result = safeParseFramework(await readJson(path, io));
    if (format === "json") writeResult(io, "ValidationOutput", result);
    else if (result.success) {
      const f = result.data;
      const counts = `${f.plans.length} plans, ${f.objectives.length} objectives, ${f.targets.length} targets, ${f.indicators.length} indicators, ${f.measurements?.length ?? 0} measurements`;
      writeLines(io, [`${paint("green", "✔")} ${displayName(path)}: a valid framework (${counts})`]);
    } else {
      const [heading, ...rest] = issueLines(displayName(path), result.error.issues);
      writeLines(io, [`${paint("red", "✖")} ${heading as string}`, ...rest]);
    }
    return result.success ? 0 : 1;
  },
};

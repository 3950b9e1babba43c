import { readFileSync } from "node:fs";
import { frameworkJsonSchema } from "../index.js";
import { schemaId } from "../internal/schemaIds.js";
import type { Command } from "./command.js";
import { inputError, writeJson } from "./io.js";
import { packageVersion } from "./results.js";

/**
 * The results' JSON Schema as the package ships it: dist/results.schema.json beside the bin
 * (dist/cli/), or schemas/results.schema.json in the repository (src/cli/).
 */
function resultsJsonSchema(): unknown {
  for (const place of ["../results.schema.json", "../../schemas/results.schema.json"]) {
    let text: string;
    try {
      text = readFileSync(new URL(place, import.meta.url), "utf8");
    } catch {
      continue;
    }
    return JSON.parse(text) as unknown;
  }
  throw inputError("schema --results: the package's results.schema.json is missing; reinstall the package");
}

/** @internal `schema`: the framework's JSON Schema (draft 2020-12), or with `--results` the results'. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the framework's JSON Schema (draft 2020-12), or the results'",
  usage: "schema [--results]",
  options: { results: { type: "boolean" } },
  help: [
    "--results            the results' schema: a definition for each result --format json prints",
    "The schema is JSON whatever the format; --format json is accepted for uniformity. Each names",
    "this version in its $id, as the package's framework.schema.json and results.schema.json do.",
  ],
  formats: ["json", "text"],
  arity: [0, 0],
  run({ io, values }) {
    if (values.results === true) writeJson(io, resultsJsonSchema());
    else {
      const { $schema, ...rest } = frameworkJsonSchema();
      writeJson(io, { $schema, $id: schemaId("framework", packageVersion()), ...rest });
    }
    return Promise.resolve(0);
  },
};

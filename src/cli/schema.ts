import { frameworkJsonSchema } from "../index.js";
import type { Command } from "./command.js";
import { writeJson } from "./io.js";

/** @internal `schema`: the framework's JSON Schema (draft 2020-12). */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the framework's JSON Schema (draft 2020-12)",
  usage: "schema",
  options: {},
  help: ["The schema is JSON whatever the format; --format json is accepted for uniformity."],
  formats: ["json", "text"],
  arity: [0, 0],
  run({ io }) {
    writeJson(io, frameworkJsonSchema());
    return Promise.resolve(0);
  },
};

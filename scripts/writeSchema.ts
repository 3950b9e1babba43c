/**
 * The JSON Schemas, written where they are kept:
 * - `tsx scripts/writeSchema.ts --source` (`npm run schema`): generates the framework's schema from
 *   the model's zod schema with the pinned zod into src/model/framework.schema.json, which
 *   `frameworkJsonSchema()` returns, and the results' schema from the result types into
 *   schemas/results.schema.json (its `$id` names the package's version); run it after changing a
 *   schema, a result type or the version (a unit test fails until it is run);
 * - `tsx scripts/writeSchema.ts` (part of `npm run build`): writes dist/framework.schema.json, with an
 *   `$id` naming the package's version, and copies dist/results.schema.json, both shipped in the
 *   package (`performance-management/framework.schema.json`, `performance-management/results.schema.json`).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { schemaId } from "../src/internal/schemaIds.js";
import { frameworkJsonSchema } from "../src/model/jsonSchema.js";
import { generateFrameworkJsonSchema } from "./frameworkSchema.js";
import { generateResultsJsonSchema } from "./resultSchemas.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

if (process.argv.includes("--source")) {
  writeFileSync(new URL("../src/model/framework.schema.json", import.meta.url), json(generateFrameworkJsonSchema()));
  console.log("src/model/framework.schema.json: the framework's JSON Schema, from the pinned zod");
  writeFileSync(new URL("../schemas/results.schema.json", import.meta.url), json(generateResultsJsonSchema(version)));
  console.log(`schemas/results.schema.json: the results' JSON Schema, ${version}, from the result types`);
} else {
  const { $schema, ...rest } = frameworkJsonSchema();
  const schema = { $schema, $id: schemaId("framework", version), ...rest };
  writeFileSync(new URL("../dist/framework.schema.json", import.meta.url), json(schema));
  console.log(`dist/framework.schema.json: the framework's JSON Schema, ${version}`);
  copyFileSync(
    new URL("../schemas/results.schema.json", import.meta.url),
    new URL("../dist/results.schema.json", import.meta.url),
  );
  console.log(`dist/results.schema.json: the results' JSON Schema, ${version}`);
}

/**
 * The framework's JSON Schema, written where it is kept:
 * - `tsx scripts/writeSchema.ts --source` (`npm run schema`): generates it from the model's zod
 *   schema with the pinned zod into src/model/framework.schema.json, which `frameworkJsonSchema()`
 *   returns; run it after changing a schema (a unit test fails until it is run);
 * - `tsx scripts/writeSchema.ts` (part of `npm run build`): writes dist/framework.schema.json, shipped
 *   in the package (`performance-management/framework.schema.json`), with an `$id` naming the
 *   package's version.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { frameworkJsonSchema } from "../src/model/jsonSchema.js";
import { generateFrameworkJsonSchema } from "./frameworkSchema.js";

if (process.argv.includes("--source")) {
  const file = new URL("../src/model/framework.schema.json", import.meta.url);
  writeFileSync(file, `${JSON.stringify(generateFrameworkJsonSchema(), null, 2)}\n`);
  console.log("src/model/framework.schema.json: the framework's JSON Schema, from the pinned zod");
} else {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const { $schema, ...rest } = frameworkJsonSchema();
  const schema = { $schema, $id: `urn:performance-management:framework:${version}`, ...rest };
  writeFileSync(new URL("../dist/framework.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`dist/framework.schema.json: the framework's JSON Schema, ${version}`);
}

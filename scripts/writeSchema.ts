/**
 * Writes the framework's JSON Schema into dist/ as `framework.schema.json`, shipped in the package
 * (`performance-management/framework.schema.json`): generated once, at build, by the zod this
 * project pins, so tools in other languages read the same schema whatever zod a consumer installs.
 * Its `$id` names the package's version.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { frameworkJsonSchema } from "../src/model/jsonSchema.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const { $schema, ...rest } = frameworkJsonSchema();
const schema = { $schema, $id: `urn:performance-management:framework:${version}`, ...rest };
writeFileSync(new URL("../dist/framework.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`dist/framework.schema.json: the framework's JSON Schema, ${version}`);

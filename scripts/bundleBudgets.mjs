// Bundles each subpath's typical import of the installed package (esbuild, minified, ESM, platform
// neutral) as a consumer's bundler would, and holds it to bundle-budgets.json: its size, whether it
// loads zod, and that no import loads zod's locales. Run from a folder where `performance-management`
// resolves to the packed package (check:package's consumer).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const [budgetsFile] = process.argv.slice(2);
const { budgets } = JSON.parse(readFileSync(budgetsFile, "utf8"));
const failures = [];
const rows = [];
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: `export { ${budget.import} } from "${budget.from}";`, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    metafile: true,
    logLevel: "error",
    outfile: "bundle.js",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(
    ([, input]) => input.bytesInOutput > 0,
  );
  const zodBytes = inputs
    .filter(([path]) => path.includes("node_modules/zod/"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const locales = inputs.filter(([path]) => /node_modules\/zod\/.*\/locales\/(?!en\.)/.test(path)).length;
  const kb = code.length / 1024;
  const name = `${budget.import} from "${budget.from}"`;
  rows.push(
    `${name.padEnd(62)} ${kb.toFixed(1).padStart(6)} KB (gzip ${(gzipSync(code).length / 1024).toFixed(1).padStart(5)} KB; zod ${(zodBytes / 1024).toFixed(1).padStart(5)} KB) budget ${String(budget.maxKB).padStart(3)} KB`,
  );
  if (kb > budget.maxKB) failures.push(`${name} bundles ${kb.toFixed(1)} KB, over its budget of ${budget.maxKB} KB`);
  if (budget.zod === false && zodBytes > 0)
    failures.push(`${name} loads zod (${(zodBytes / 1024).toFixed(1)} KB); it must load none`);
  if (locales > 0)
    failures.push(`${name} loads ${locales} of zod's locales; import zod as a namespace (import * as z from "zod")`);
}
console.log(rows.join("\n"));
if (failures.length > 0) {
  console.error(`check:package: bundle budgets:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}

#!/usr/bin/env bash
# Packs the package as npm would publish it, lints the tarball (publint, strict) and its types
# (Are the Types Wrong?), then imports and requires the packed package from plain Node.
set -euo pipefail
cd "$(dirname "$0")/.."

{ [ -f dist/index.js ] && [ -f dist/framework.schema.json ]; } || npm run -s build

# Its own folder under .pack: the bench's baseline build and cached inputs live beside it.
work=.pack/check-package
rm -rf "$work"
mkdir -p "$work"
tarball="$work/$(npm pack --silent --pack-destination "$work")"
echo "packed $tarball ($(du -h "$tarball" | cut -f1))"

# No second copy of the sources: source maps with their sources inlined were 5.9 of 9.1 MB unpacked.
# (The listing is read whole: with pipefail, grep -q closing the pipe early would fail tar with SIGPIPE.)
if tar -tzf "$tarball" | grep -E '\.map$' >/dev/null; then
  echo "check:package: the tarball ships source maps; the library is built without them (tsup.config.ts)" >&2
  exit 1
fi
npx publint run "$tarball" --strict
# Every resolution: node10 (typesVersions), node16 for CommonJS and ESM, and bundlers.
npx attw "$tarball" --profile strict --no-emoji

# A consumer inside .pack resolves zod and decimal.js from this project's node_modules.
consumer="$work/consumer"
mkdir -p "$consumer/node_modules/performance-management"
tar -xzf "$tarball" -C "$consumer/node_modules/performance-management" --strip-components=1
cp scripts/smoke/esm.mjs scripts/smoke/cjs.cjs scripts/smoke/misuse.cjs "$consumer/"
cp examples/frameworks/stockton.json "$consumer/"
(cd "$consumer" && node esm.mjs && node cjs.cjs)
# The command-line tool from the packed package, as `npx performance-management` would run it.
(cd "$consumer" && node node_modules/performance-management/dist/cli/bin.js validate stockton.json)
# The CLI's csv-parse is bundled into it: the package depends on decimal.js alone (zod is a peer).
node -e '
  const manifest = require(process.argv[1]);
  const names = Object.keys(manifest.dependencies ?? {});
  if (names.join() !== "decimal.js") {
    console.error(`check:package: dependencies are ${names.join(", ")}; library users should install decimal.js (and zod) only`);
    process.exit(1);
  }' "$PWD/$consumer/node_modules/performance-management/package.json"
if grep -rqE '(from|import\(|require\()\s*"csv-parse' "$consumer/node_modules/performance-management/dist"; then
  echo "check:package: dist/ imports csv-parse; bundle it into the CLI (tsup noExternal)" >&2
  exit 1
fi
(cd "$consumer" && printf 'indicator,date,value\npi-relet-28-days,2001-07-31,91\n' > more.csv &&
  node node_modules/performance-management/dist/cli/bin.js evaluate stockton.json --as-of 2001-08-15 --measurements more.csv > /dev/null)
# The guides travel with the package: every link from its README and docs to a page resolves inside it.
(cd "$consumer/node_modules/performance-management" && node -e '
  const { readFileSync, existsSync, readdirSync } = require("node:fs");
  const { dirname, join } = require("node:path");
  const pages = ["README.md", ...readdirSync("docs").filter((n) => n.endsWith(".md")).map((n) => "docs/" + n),
    ...(existsSync("docs/rules") ? readdirSync("docs/rules").map((n) => "docs/rules/" + n) : [])];
  const missing = [];
  for (const page of pages)
    for (const [, file] of readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "").matchAll(/\]\(([^)#\s:]+\.md)/g))
      if (!existsSync(join(dirname(page), file))) missing.push(`${page} -> ${file}`);
  if (missing.length > 0) { console.error("check:package: pages the package lacks:\n" + missing.join("\n")); process.exit(1); }
  console.log(`docs: ${pages.length} pages in the package, their links to pages resolve`);
')
# The declarations compile for a consumer on the lowest supported TypeScript and the pinned one.
bash scripts/typesRange.sh "$consumer"
# What each subpath costs a consumer's bundle, held to bundle-budgets.json (engines load no zod).
(cd "$consumer" && node "$OLDPWD/scripts/bundleBudgets.mjs" "$OLDPWD/bundle-budgets.json")
# The framework's JSON Schema ships as a file, with its $id and version, and is the one the library makes.
(cd "$consumer" && node -e '
  const assert = require("node:assert");
  const shipped = require("performance-management/framework.schema.json");
  const { frameworkJsonSchema } = require("performance-management");
  const { version } = require("performance-management/package.json");
  assert.equal(shipped.$id, `urn:performance-management:framework:${version}`);
  const { $id, ...rest } = shipped;
  assert.deepEqual(rest, frameworkJsonSchema());
  const Ajv2020 = require("ajv/dist/2020").default;
  const validate = new Ajv2020({ strict: false, logger: false }).compile(shipped);
  assert.equal(validate(require("./stockton.json")), true, JSON.stringify(validate.errors));
  console.log("schema: ok (" + $id + ")");
')
# The results' JSON Schema ships beside it, names this version, and holds what the packed library returns.
(cd "$consumer" && node -e '
  const assert = require("node:assert");
  const results = require("performance-management/results.schema.json");
  const framework = require("performance-management/framework.schema.json");
  const { parseFramework, evaluateFramework, performanceReport } = require("performance-management");
  const { version } = require("performance-management/package.json");
  assert.equal(results.$id, `urn:performance-management:results:${version}`);
  const Ajv2020 = require("ajv/dist/2020").default;
  const ajv = new Ajv2020({ strict: false, logger: false });
  ajv.addSchema(framework).addSchema(results);
  const stockton = parseFramework(require("./stockton.json"));
  const json = (value) => JSON.parse(JSON.stringify(value));
  for (const [name, result] of [
    ["FrameworkEvaluation", evaluateFramework(stockton, { asOf: "2001-10-15" })],
    ["PerformanceReport", performanceReport(stockton, { asOf: "2001-10-15" })],
  ]) {
    const validate = ajv.getSchema(`${results.$id}#/$defs/${name}`);
    assert.equal(validate(json(result)), true, JSON.stringify(validate.errors));
  }
  console.log("results schema: ok (" + results.$id + ", " + Object.keys(results.$defs).length + " definitions)");
')
rm -rf "$work"
echo "check:package: clean"

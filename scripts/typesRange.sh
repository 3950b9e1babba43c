#!/usr/bin/env bash
# Type-checks a consumer of the packed package (scripts/types/consumer.ts, every subpath) under the
# lowest supported TypeScript (5.5) and the pinned one, with each module resolution a project may use:
# node16 as ESM and as CommonJS, node10 (typesVersions) and bundler; skipLibCheck off, so the
# package's own declarations are checked too. Run by check:package with the packed package in
# "$1" (a folder whose node_modules holds it). The testing entry (scripts/types/testing.ts) is checked
# with node16 and bundler resolution only: fast-check's own declarations need them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
consumer="$1"
lowest=5.5.4
ts_dir="$root/.pack/typescript-$lowest"
bash "$root/scripts/unpackPackage.sh" typescript "$lowest" "$ts_dir"
mkdir -p "$consumer/types"
# The same code as a CommonJS module (.cts) and as an ES module (.ts).
cp "$root/scripts/types/consumer.ts" "$root/scripts/types/testing.ts" "$consumer/types/"
cp "$root/scripts/types/consumer.ts" "$consumer/types/consumer.cts"
# check <tsc> <module> <moduleResolution> <exactOptionalPropertyTypes> <files...>
check() {
  local tsc="$1" module="$2" resolution="$3" exact="$4"
  shift 4
  local files
  files=$(printf '"%s",' "$@")
  cat > "$consumer/types/tsconfig.json" <<JSON
{ "compilerOptions": { "noEmit": true, "strict": true, "skipLibCheck": false, "target": "es2022",
  "lib": ["es2022"], "types": ["node"], "module": "$module", "moduleResolution": "$resolution",
  "exactOptionalPropertyTypes": $exact, "esModuleInterop": true }, "files": [${files%,}] }
JSON
  (cd "$consumer/types" && node "$tsc" --project tsconfig.json) || {
    echo "check:package: the declarations do not compile for a consumer on $(node "$tsc" --version) ($module, $resolution)" >&2
    exit 1
  }
}
for tsc in "$ts_dir/node_modules/typescript/bin/tsc" "$root/node_modules/typescript/bin/tsc"; do
  version=$(node "$tsc" --version)
  check "$tsc" node16 node16 false consumer.ts consumer.cts testing.ts
  check "$tsc" commonjs node10 false consumer.cts
  check "$tsc" esnext bundler false consumer.ts testing.ts
  check "$tsc" esnext bundler true consumer.ts
  echo "types: $version compiles a consumer of every subpath (node16 ESM and CommonJS, node10, bundler)"
done

#!/usr/bin/env bash
# npm run bench:baseline -- <git-ref | file.tgz> [folder]
#
# Makes the "before" build that `npm run bench -- goals` and `npm run fuzz:compare` load beside the
# current dist/: .pack/baseline.tgz (as `npm pack` makes it) extracted into .pack/baseline/.
#
# - A git ref (a commit, a tag, `main`): checked out in a temporary git worktree whose node_modules
#   is a symlink to this one's, built with `npx tsup`, packed with `npm pack`; the worktree is
#   removed afterwards.
# - A .tgz made by `npm pack` (a published release, or one CI kept): copied and extracted.
#
# A second argument extracts into another folder under .pack/ instead (for example
# `npm run bench:baseline -- my-branch .pack/candidate`, then PM_BENCH_CURRENT=.pack/candidate
# compares two packed builds without touching dist/). .pack/ is gitignored. The baseline's dist/ resolves its dependencies (zod, decimal.js, csv-parse)
# from this checkout's node_modules, so both builds run on the same dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
source="${1:-}"
out="${2:-.pack/baseline}"
if [ -z "$source" ]; then
  echo "usage: npm run bench:baseline -- <git-ref | file.tgz> [folder]" >&2
  exit 2
fi
mkdir -p .pack
tmp="$(mktemp -d)"
cleanup() {
  if [ -d "$tmp/tree" ]; then git -C "$root" worktree remove --force "$tmp/tree" >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -f "$source" ]; then
  cp "$source" "$tmp/baseline.tgz"
  described="$source"
else
  commit="$(git rev-parse --verify "${source}^{commit}")"
  described="$source ($commit)"
  echo "bench:baseline: building $described in a temporary worktree"
  git worktree add --detach "$tmp/tree" "$commit" >/dev/null
  ln -s "$root/node_modules" "$tmp/tree/node_modules"
  (cd "$tmp/tree" && npx tsup >/dev/null && npm pack --ignore-scripts --silent --pack-destination "$tmp" >/dev/null)
  mv "$tmp"/*.tgz "$tmp/baseline.tgz"
fi

rm -rf "$out"
mkdir -p "$out"
mv "$tmp/baseline.tgz" "$out.tgz"
tar xzf "$out.tgz" -C "$out" --strip-components=1
printf '%s\n' "$described" >"$out/BASELINE"
echo "bench:baseline: $out/ holds $described"

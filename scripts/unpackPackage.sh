#!/usr/bin/env bash
# Unpacks a published package (npm pack <name>@<version>) into <dir>/node_modules/<name>, once: the
# peer range's lowest zod and the lowest supported TypeScript, run beside the pinned ones.
# Usage: unpackPackage.sh <name> <version> <dir>
set -euo pipefail
name="$1" version="$2" dir="$3"
if [ ! -f "$dir/node_modules/$name/package.json" ]; then
  rm -rf "$dir"
  mkdir -p "$dir/unpacking"
  tarball=$(npm pack "$name@$version" --silent --pack-destination "$dir")
  tar -xzf "$dir/$tarball" -C "$dir/unpacking" --strip-components=1
  # Moved into place whole, so an interrupted unpacking is never taken for a finished one.
  mkdir -p "$dir/node_modules"
  mv "$dir/unpacking" "$dir/node_modules/$name"
fi

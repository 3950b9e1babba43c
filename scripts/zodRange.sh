#!/usr/bin/env bash
# Runs the unit suite on the lowest zod of the peer range (package.json's peerDependencies.zod,
# "^4.1.0": 4.1.0), unpacked under .pack and put in place of the pinned zod through vitest's alias
# (PM_ZOD, vitest.config.ts). The pinned zod, the newest supported, runs the suite in `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
lowest=$(node -p 'require("./package.json").peerDependencies.zod.replace(/^[\^~>=]*/, "")')
dir=".pack/zod-$lowest"
bash scripts/unpackPackage.sh zod "$lowest" "$dir"
echo "zod $lowest, the peer range's lowest: the unit suite"
PM_ZOD="$PWD/$dir/node_modules/zod" npx vitest run --project unit "$@"

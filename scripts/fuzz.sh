#!/usr/bin/env bash
# npm run fuzz: the nightly-style run of issue 8, too long for `npm test`.
#
# 1. Every property test with PM_FUZZ_SCALE times its cases (default 30: the hostile-document
#    property alone tries 9,000 documents per zone, 54,000 in all), under each of six time zones.
# 2. Every engine's answers on PM_FUZZ_FRAMEWORKS generated frameworks (default 6,300) in each
#    zone, which must give one digest.
#
# About 35 minutes on a two-core machine with the defaults; PM_FUZZ_SCALE=2 PM_FUZZ_FRAMEWORKS=600
# gives a quick run. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scale="${PM_FUZZ_SCALE:-30}"
frameworks="${PM_FUZZ_FRAMEWORKS:-6300}"
seed="${PM_FUZZ_SEED:-$(date +%s)}"
zones=(UTC Pacific/Kiritimati America/Adak Asia/Kathmandu Australia/Lord_Howe America/St_Johns)
mapfile -t properties < <(grep -rl "numRuns: runs(" test | sort)

echo "fuzz: ${#properties[@]} property files × ${scale}, ${frameworks} frameworks (seed ${seed}), zones: ${zones[*]}"
digests=()
for zone in "${zones[@]}"; do
  echo "== ${zone}: properties"
  # Properties at many times their size outlast vitest's 5-second default: an hour each.
  TZ="$zone" PM_FUZZ_SCALE="$scale" npx vitest run --project unit --testTimeout=3600000 "${properties[@]}"
  echo "== ${zone}: engine digest"
  digest="$(TZ="$zone" node --import tsx scripts/zoneDigest.ts "$frameworks" "$seed")"
  echo "$digest"
  digests+=("$digest")
done
if [ "$(printf '%s\n' "${digests[@]}" | sort -u | wc -l)" -ne 1 ]; then
  echo "fuzz: the engines' answers differ between time zones" >&2
  exit 1
fi
echo "fuzz: passed in every zone; one digest over ${frameworks} frameworks"

#!/usr/bin/env bash
# Fails when the Thai catalog misses a user-visible string of the current sources: runs lupdate over
# ui/, core/ and credentials/ into a copy of revalign_th.ts and counts what comes out unfinished.
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/resources/translations/revalign_th.ts" "$tmp/th.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui "$src/ui" "$src/core" "$src/credentials" -ts "$tmp/th.ts"
missing=$(grep -c 'type="unfinished"' "$tmp/th.ts" || true)
if [ "$missing" != 0 ]; then
    echo "revalign_th.ts: $missing messages untranslated (run the update_translations target and translate):"
    grep -B3 'type="unfinished"' "$tmp/th.ts" | grep '<source>' | head -20
    exit 1
fi
echo "Thai catalog covers every source string"

#!/usr/bin/env bash
# Fails when a Catch2 test name holds a ';': catch_discover_tests registers the name as a CMake list, so
# ctest gets a truncated name, matches no test and reports nothing — the test silently never runs (ten
# did, until this check). Also fails on a name used twice (Catch2 refuses the whole binary then).
set -euo pipefail
src=$1
bad=$(grep -rhoE 'TEST_CASE\("[^"]*;[^"]*"' "$src/tests" || true)
if [ -n "$bad" ]; then
    echo "test names with ';' never run under ctest (use ',' instead):"
    echo "$bad"
    exit 1
fi
dups=$(grep -rhoE 'TEST_CASE\("[^"]*"' "$src/tests" | sort | uniq -d)
if [ -n "$dups" ]; then
    echo "test names used twice:"
    echo "$dups"
    exit 1
fi
echo "every test name reaches ctest whole"

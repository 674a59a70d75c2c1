#!/usr/bin/env bash
# Self-test of build/summarize-trx.sh: every folder under cases/ holds TRX files and expected.txt,
# the summary of those files followed by "exit N". The TRX files of mixed-outcomes, skipped-only and
# crashed-host were written by `dotnet test --logger trx` on a throwaway NUnit project (paths
# replaced by /repo): one test of each outcome, a case source that throws, and a test that throws
# on a thread of its own so that the test host dies. truncated is the first 40 lines of
# mixed-outcomes; counters is written by hand to exercise every counter.
# Prints a diff for each case that differs, then "trx summary: N passed, M failed" (cases).
# Exit status: 0 when every case matches.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
summarize="$here/../../build/summarize-trx.sh"
passed=0 failed=0
for case in "$here"/cases/*/; do
  name="$(basename "$case")"
  actual="$(bash "$summarize" "$case"*.trx 2>&1; echo "exit $?")"
  if diff -u --label "$name/expected.txt" --label "$name (actual)" "$case/expected.txt" - <<<"$actual"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
[ "$passed" -gt 0 ] || { echo "trx summary: no case under $here/cases"; failed=$((failed + 1)); }
echo "trx summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The test command (README "Run the tests"; .ci/run runs exactly this):
#   1. installs the pinned Mermaid parser (npm ci in tests/mermaid),
#   2. packs KiroSpecs.Build with a unique version into artifacts/test-feed,
#   3. runs the Core tests on .NET and, with Mono, against Core's net472 build (the one Visual Studio
#      loads), then the Build tests (unit, golden, integration through dotnet build),
#   4. checks every diagram the tests generated with the real Mermaid parser,
#   5. prints one line "N passed, M failed" summing all of it; exits non-zero on any failure.
# Options: KIROSPECS_FUZZ_SECONDS=N lengthens the fuzz run (default: a few seconds).
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="$repo/artifacts/test-results"
rm -rf "$results" "$repo/artifacts/mermaid-inputs" "$repo/artifacts/build-logs"
mkdir -p "$results" "$repo/artifacts/mermaid-inputs"

bash build/install-mermaid.sh || { echo "0 passed, 1 failed"; exit 1; }

version="0.1.0-test.$(date -u +%Y%m%d%H%M%S)"
feed="$repo/artifacts/test-feed"
rm -rf "$feed"
echo "== pack KiroSpecs.Build $version" >&2
if ! bash build/pack.sh "$feed" "$version" >/dev/null; then
  echo "pack failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export KIROSPECS_TEST_FEED="$feed" KIROSPECS_TEST_VERSION="$version"

status=0
# project:framework; each run writes its own TRX. The net472 run needs Mono (`mono`), which the test
# platform uses to start the .NET Framework test host on Linux (.ci/run installs it).
for run in KiroSpecs.Core.Tests:net10.0 KiroSpecs.Core.Tests:net472 KiroSpecs.Build.Tests:net10.0; do
  project="${run%%:*}" framework="${run##*:}"
  echo "== dotnet test $project ($framework)" >&2
  if [ "$framework" = net472 ] && ! command -v mono >/dev/null; then
    echo "mono is not installed: the .NET Framework leg cannot run (apt-get install mono-devel)" >&2
    status=1; continue
  fi
  dotnet test "tests/$project" -c Release -f "$framework" -nologo -nodeReuse:false \
    --logger "trx;LogFileName=$project.$framework.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
expected_trx=3
found_trx=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$found_trx" -lt "$expected_trx" ]; then
  echo "a test project produced no results (build failure?)" >&2
  failed=$((failed + expected_trx - found_trx)); status=1
fi

echo "== real Mermaid parser over every generated diagram (artifacts/mermaid-inputs)" >&2
mermaid_out="$(bash build/check-mermaid.sh "$repo/artifacts/mermaid-inputs" 2>&1)"
mermaid_status=$?
echo "$mermaid_out" | tail -n 20 | sed "s/^/  [mermaid] /" >&2
line="$(echo "$mermaid_out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)"
mp="$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$line")"
mf="$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")"
if [ -z "$line" ] || [ "${mp:-0}" -eq 0 ]; then
  echo "the Mermaid check found no diagrams or did not run" >&2
  mf=$(( ${mf:-0} + 1 )); status=1
fi
[ "$mermaid_status" -eq 0 ] || status=1
passed=$((passed + ${mp:-0})); failed=$((failed + ${mf:-0}))

dotnet build-server shutdown >/dev/null 2>&1 || true
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status

#!/usr/bin/env bash
# The test command (README "Run the tests"; .ci/run runs exactly this):
#   1. refuses KIROSPECS_UPDATE_GOLDEN (it turns the golden tests into rewrites that always pass),
#   2. runs the self-test of the TRX summary (tests/trx-summary/run.sh),
#   3. installs the pinned Mermaid parser (npm ci in tests/mermaid),
#   4. packs KiroSpecs.Build with a unique version into artifacts/test-feed,
#   5. runs the Core tests on .NET and, with Mono, against Core's net472 build (the one Visual Studio
#      loads), then the Build tests (unit, golden, integration through dotnet build),
#   6. parses with the real Mermaid parser every diagram the tests generated and did not parse themselves,
#   7. prints what ran, ending with (stdout):
#        skipped: Class.Test: reason          one per skipped test, then one per failed test
#        NUnit: P passed, F failed, S skipped
#        Mermaid: D diagrams in F files parsed, R rejected (...)
#        K skipped
#        N passed, M failed
#      The last line counts every test: NUnit tests, one per Mermaid file, the summary self-test's
#      cases. Exits non-zero on any failure.
# Options: KIROSPECS_FUZZ_SECONDS=N lengthens the fuzz run (default: a few seconds).
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [ -n "${KIROSPECS_UPDATE_GOLDEN:-}" ]; then
  echo "build/test.sh: KIROSPECS_UPDATE_GOLDEN=$KIROSPECS_UPDATE_GOLDEN is set: the golden tests would rewrite their expected files and pass whatever the generator writes. Unset it; refresh golden files with the command in tests/KiroSpecs.Core.Tests/Golden/README.md." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

results="$repo/artifacts/test-results"
rm -rf "$results" "$repo/artifacts/mermaid-inputs" "$repo/artifacts/build-logs"
mkdir -p "$results" "$repo/artifacts/mermaid-inputs"

# The summary below is only as good as the script that reads the TRX files: check it first.
selftest_out="$(bash tests/trx-summary/run.sh 2>&1)"
echo "$selftest_out" | sed '$d' >&2
sp="$(tail -n 1 <<<"$selftest_out" | sed -n 's/^trx summary: \([0-9]*\) passed, [0-9]* failed$/\1/p')"
sf="$(tail -n 1 <<<"$selftest_out" | sed -n 's/^trx summary: [0-9]* passed, \([0-9]*\) failed$/\1/p')"
[ -n "$sp" ] && [ -n "$sf" ] || { sp=0; sf=1; }
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

trx_files=("$results"/*.trx)
[ -f "${trx_files[0]}" ] || trx_files=()
expected_trx=3
missing_trx=$((expected_trx - ${#trx_files[@]}))
if [ "$missing_trx" -gt 0 ]; then
  echo "a test project produced no results (build failure?)" >&2
  status=1
else
  missing_trx=0
fi
np=0; nf=0; ns=0
if [ "${#trx_files[@]}" -gt 0 ]; then
  nunit_out="$(bash build/summarize-trx.sh "${trx_files[@]}")"
  read -r np nf ns <<<"$(tail -n 1 <<<"$nunit_out" | sed -n 's/^NUnit: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p')"
  [ -n "${ns:-}" ] || { echo "the TRX summary printed no counts" >&2; np=0; nf=1; ns=0; }
fi
nf=$((nf + missing_trx))

# The NUnit tests list every file they parse in parsed-in-tests.sha256 (MermaidChecker); those were
# counted with the tests, so each remaining file is parsed here once and counted as one test.
echo "== real Mermaid parser over the generated diagrams no test parsed (artifacts/mermaid-inputs)" >&2
mermaid_out="$(bash build/check-mermaid.sh --skip-listed "$repo/artifacts/mermaid-inputs/parsed-in-tests.sha256" "$repo/artifacts/mermaid-inputs" 2>&1)"
mermaid_status=$?
echo "$mermaid_out" | grep -v -E '^(Mermaid: |[0-9]+ passed, [0-9]+ failed$)' | tail -n 20 | sed "s/^/  [mermaid] /" >&2
mermaid_line="$(grep -E '^Mermaid: ' <<<"$mermaid_out" | tail -n 1)"
files_line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' <<<"$mermaid_out" | tail -n 1)"
mp="$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$files_line")"
mf="$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$files_line")"
if [ -z "$mermaid_line" ] || [ -z "$files_line" ] || [ $(( ${mp:-0} + ${mf:-0} )) -eq 0 ]; then
  mermaid_line="Mermaid: the check did not run or parsed no file (counted as 1 failed)"
  mf=$(( ${mf:-0} + 1 ))
fi
[ "$mermaid_status" -eq 0 ] || status=1

dotnet build-server shutdown >/dev/null 2>&1 || true
passed=$((np + ${mp:-0} + sp)); failed=$((nf + ${mf:-0} + sf))
[ "$failed" -eq 0 ] || status=1
echo "Summary self-test: $sp passed, $sf failed"
[ -z "${nunit_out:-}" ] || echo "$nunit_out"
echo "$mermaid_line"
echo "$ns skipped"
echo "$passed passed, $failed failed"
exit $status

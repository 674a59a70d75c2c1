#!/usr/bin/env bash
# The performance benchmarks, in one command (README "Performance"):
#   bash build/benchmark.sh [--pairs N (10)] [--reps N (5)] [--features N (1000)]
# 1. packs KiroSpecs.Build into artifacts/bench-feed with a unique version;
# 2. builds tests/KiroSpecs.Benchmarks in Release (own artifacts path, so parallel builds don't collide);
# 3. inprocess: 1,000 generated features, cold vs the read + Markdig + write floor, one changed of
#    1,000, memory; the fresh-process runs once with Core and Markdig as IL (JIT) and once with the
#    ReadyToRun images of the package just packed, alternating;
# 4. noop: no-op `dotnet build` of a bare project, the same with KiroSpecs.Build, and the same with
#    Grpc.Tools compiling 50 protos, alternating A B C for N rounds;
# 5. fresh: per round, remove obj/ and bin/, restore (not timed) and build the bare project, the
#    same with KiroSpecs.Build (50 committed sequence.md files), the same in verify mode, and verify
#    mode over markers without the input pin (as written before it existed).
# 6. worstcase: one adversarial usecase.md per stressing shape at 8 MB, each in its own process.
# Prints the Markdown tables on stdout (progress on stderr). About 10-14 minutes on 2 cores.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs=10 reps=5 features=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --features) features="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
feed="$repo/artifacts/bench-feed"
art="$repo/artifacts/bench-build"
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
echo "== packing KiroSpecs.Build $version" >&2
bash "$repo/build/pack.sh" "$feed" "$version" >/dev/null
echo "== building the benchmark program (Release)" >&2
dotnet build "$repo/tests/KiroSpecs.Benchmarks" -c Release --artifacts-path "$art" -nologo -v:q -tl:off -nodeReuse:false >&2
bench=(dotnet "$art/bin/KiroSpecs.Benchmarks/release/KiroSpecs.Benchmarks.dll")
echo "== inprocess" >&2
"${bench[@]}" inprocess --features "$features" --reps "$reps" --readytorun "$feed/KiroSpecs.Build.$version.nupkg"
echo "== noop" >&2
"${bench[@]}" noop --pairs "$pairs" --feed "$feed" --version "$version"
echo "== fresh" >&2
"${bench[@]}" fresh --pairs "$pairs" --feed "$feed" --version "$version"
echo "== worstcase" >&2
"${bench[@]}" worstcase --mb 8

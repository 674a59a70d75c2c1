#!/usr/bin/env bash
# Packs KiroSpecs.Build into a folder feed.
#   build/pack.sh [OUTDIR] [VERSION]
# OUTDIR defaults to nuget/feed, VERSION to a unique local pre-release (NuGet never refreshes a
# cached id+version, so every pack that a test or the sample consumes gets a new one).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/nuget/feed}"
version="${2:-0.1.0-local.$(date -u +%Y%m%d%H%M%S)}"
mkdir -p "$out"
dotnet pack "$repo/KiroSpecs.Build.sln" -c Release -o "$out" -p:Version="$version" -nologo -v:q -nodeReuse:false >&2
echo "$version"

#!/usr/bin/env bash
# Packs the package and builds a copy of samples/LibraryDesk with it (in artifacts/sample, so the
# repository stays untouched), twice: the first build generates sequence.md for the approved
# feature and warns (KIRO001) about the unapproved one; the second does no work but still warns.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/artifacts/sample"
feed="$repo/nuget/feed"
version="$("$repo/build/pack.sh" "$feed")"
rm -rf "$work" && mkdir -p "$work" && cp -r "$repo/samples/LibraryDesk" "$work/"
sample="$work/LibraryDesk"
cat > "$sample/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kirospecs-local" value="$feed" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES="$repo/artifacts/sample-packages"   # isolated: never a stale package
build() { dotnet build "$sample" -p:KiroSpecsBuildVersion="$version" -nodeReuse:false -tl:off -nologo "$@"; }
echo "== dotnet build (1st) with KiroSpecs.Build $version"
build -clp:NoSummary
echo
echo "== dotnet build (2nd): nothing to regenerate, the approval warning stays"
build -clp:NoSummary --no-restore
echo
echo "== dotnet build -t:KiroSpecsStatus"
build -t:KiroSpecsStatus --no-restore -v:m -clp:NoSummary
echo
echo "== $sample/.kiro/specs/book-loan/sequence.md (first 40 lines)"
head -n 40 "$sample/.kiro/specs/book-loan/sequence.md"
echo "..."

#!/usr/bin/env bash
# Installs the pinned npm dependencies of tests/mermaid (mermaid + jsdom, see
# package-lock.json) with `npm ci`. Idempotent: does nothing when node_modules
# was installed from the current package-lock.json (a stamp file in
# node_modules holds the lock's SHA-256). Concurrent runs are serialised with
# flock when it is available. All output goes to stderr.
#
# --engine-strict=false: mermaid 12.3.0 declares node>=22.12 but works on
# Node 20 (what CI uses); --loglevel=error hides the EBADENGINE warnings.
set -euo pipefail

MERMAID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/mermaid" && pwd)"
LOCK="$MERMAID_DIR/package-lock.json"
STAMP="$MERMAID_DIR/node_modules/.kirospecs-lock-sha256"

fail() { echo "install-mermaid: $*" >&2; exit 2; }

command -v node >/dev/null 2>&1 || fail "node is not installed (Node.js 20 or newer is needed to check Mermaid diagrams)"
command -v npm >/dev/null 2>&1 || fail "npm is not installed (needed to install the Mermaid parser)"
[ -f "$LOCK" ] || fail "missing $LOCK"

lock_sha() { sha256sum "$LOCK" | cut -d' ' -f1; }
up_to_date() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(lock_sha)" ]; }

up_to_date && exit 0

if command -v flock >/dev/null 2>&1; then
  # The lock lives outside the work tree so that it never shows up in git.
  LOCK_FILE="${TMPDIR:-/tmp}/kirospecs-install-mermaid-$(printf '%s' "$MERMAID_DIR" | sha256sum | cut -c1-16).lock"
  exec 9>"$LOCK_FILE"
  flock -w 600 9 || fail "timed out waiting for another install (lock $LOCK_FILE)"
  up_to_date && exit 0 # another process installed it meanwhile
fi

echo "install-mermaid: npm ci in $MERMAID_DIR ..." >&2
want="$(lock_sha)"
(cd "$MERMAID_DIR" && npm ci --no-audit --no-fund --engine-strict=false --loglevel=error --update-notifier=false) 1>&2 ||
  fail "npm ci failed in $MERMAID_DIR"
echo "$want" >"$STAMP"

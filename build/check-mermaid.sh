#!/usr/bin/env bash
# Checks the ```mermaid blocks of Markdown files with the real Mermaid parser.
#   build/check-mermaid.sh [--json] PATH...
# Installs the npm dependencies on first use (build/install-mermaid.sh), then
# runs tests/mermaid/check-mermaid.mjs; its exit code is passed through
# (0 all pass, 1 a block failed, 2 usage/setup error).
set -euo pipefail
BUILD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$BUILD_DIR/install-mermaid.sh"
exec node "$BUILD_DIR/../tests/mermaid/check-mermaid.mjs" "$@"

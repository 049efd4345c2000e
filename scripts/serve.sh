#!/usr/bin/env bash
# Builds whosaid for the browser and serves the app on 127.0.0.1.
# The port is printed; PORT=9000 scripts/serve.sh picks another.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
scripts/build-wasm.sh
exec node scripts/serve.mjs "${PORT:-8080}"

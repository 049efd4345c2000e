#!/usr/bin/env bash
# Runs every check and test of whosaid: formatting, lints, docs, the native
# unit and integration tests, the wasm tests in headless Chromium and the
# end-to-end browser tests. Installs what it needs first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck disable=SC1091
source target/wasm-toolchain.env

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
if [ -z "$WASM_BUILD_STD" ]; then
  cargo clippy --lib --target wasm32-unknown-unknown --quiet -- -D warnings
fi

step "cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "cargo test (unit, integration, doc)"
cargo test --quiet

step "the learned tables reproduce from the corpora"
scripts/check-models.sh

step "wasm-bindgen tests in headless Chromium"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
if [ -n "$WASM_BUILD_STD" ]; then
  RUSTC_BOOTSTRAP=1 "$WASM_CARGO" test --target wasm32-unknown-unknown --test wasm "$WASM_BUILD_STD"
else
  cargo test --target wasm32-unknown-unknown --test wasm
fi

step "build the wasm module for the page"
scripts/build-wasm.sh

step "browser end-to-end tests (Playwright, headless Chromium)"
node --test tests/e2e/

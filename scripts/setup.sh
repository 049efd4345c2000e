#!/usr/bin/env bash
# Installs everything whosaid needs to build, serve and test, idempotently,
# on a Debian 12 machine that starts with only rustup. Each step checks
# before it installs, so a second run does nothing but check.
#
#   scripts/setup.sh            everything (build, serve, test)
#   scripts/setup.sh serve      only what building and serving the app needs
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated = 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 0. A C toolchain: rustc links with cc, and some crates build C code.
command -v cc >/dev/null 2>&1 || apt_install build-essential

# 1. Rust for wasm32: rustup's target if it can be had, else Debian's
#    rustc-web with the std sources (built with -Zbuild-std). The choice is
#    written to target/wasm-toolchain.env for scripts/build-wasm.sh.
mkdir -p target
if command -v rustup >/dev/null 2>&1 && rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  printf 'WASM_CARGO=cargo\nWASM_BUILD_STD=\n' > target/wasm-toolchain.env
else
  log "rustup cannot provide wasm32-unknown-unknown; using Debian's rustc-web"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  printf 'WASM_CARGO=/usr/bin/cargo\nWASM_BUILD_STD=-Zbuild-std=std,panic_abort\n' > target/wasm-toolchain.env
fi
if command -v rustup >/dev/null 2>&1; then
  rustup component add rustfmt clippy >/dev/null 2>&1 || log "could not add rustfmt/clippy"
fi

# 2. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$wanted" ]; then
  log "cargo install wasm-bindgen-cli $wanted (a few minutes)"
  cargo install wasm-bindgen-cli --version "$wanted" --locked --quiet \
    || cargo install wasm-bindgen-cli --version "$wanted" --quiet
fi

# 3. Node.js 20 or later and npm (for the dev server, wasm-opt and the browser
#    tests): playwright-core refuses to run on older Node.js, and Debian 12's
#    own nodejs is 18, so an older or missing Node.js is replaced by
#    NodeSource's Node.js 20 packages (which include npm).
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ] || ! command -v npm >/dev/null 2>&1; then
  log "installing Node.js 20 from NodeSource (found major version $node_major)"
  apt_install ca-certificates curl gnupg
  as_root mkdir -p /etc/apt/keyrings
  curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \
    | as_root gpg --dearmor --yes -o /etc/apt/keyrings/nodesource.gpg
  echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_20.x nodistro main" \
    | as_root tee /etc/apt/sources.list.d/nodesource.list >/dev/null
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
fi

# 4. npm packages: binaryen (wasm-opt) and playwright-core, which never downloads a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

[ "$what" = serve ] && exit 0

# 5. Debian's Chromium and ChromeDriver for the browser tests.
apt_install chromium chromium-driver

#!/usr/bin/env bash
# Builds the WebAssembly module and its JavaScript glue into www/pkg/:
# cargo (release, wasm32) -> wasm-bindgen --target web -> wasm-opt -Oz.
# Prints the build time and the module's size, raw and gzipped.
# Needs scripts/setup.sh to have run (it writes target/wasm-toolchain.env).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/wasm-toolchain.env ] || scripts/setup.sh serve
# shellcheck disable=SC1091
source target/wasm-toolchain.env
started=$(date +%s.%N)
if [ -n "$WASM_BUILD_STD" ]; then
  RUSTC_BOOTSTRAP=1 "$WASM_CARGO" build --lib --release --target wasm32-unknown-unknown "$WASM_BUILD_STD"
else
  "$WASM_CARGO" build --lib --release --target wasm32-unknown-unknown
fi
compiled=$(date +%s.%N)
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg --no-typescript target/wasm32-unknown-unknown/release/whosaid.wasm
# -ocimfs=0: binaryen inlines no function merely because it has one caller.
# Such inlining folds the pipeline's stages into one huge function, which
# Node 20's V8 runs about 20 % slower (PolNeAR text: 11.7 -> 14.2 MB/s);
# Chromium runs both alike, and the module is 16 bytes larger gzipped.
node_modules/.bin/wasm-opt -Oz -ocimfs=0 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/whosaid_bg.wasm -o www/pkg/whosaid_bg.wasm
finished=$(date +%s.%N)
raw=$(stat -c %s www/pkg/whosaid_bg.wasm)
gzipped=$(gzip -9 -c www/pkg/whosaid_bg.wasm | wc -c)
awk -v s="$started" -v c="$compiled" -v f="$finished" -v r="$raw" -v g="$gzipped" 'BEGIN {
  printf "wasm build: cargo %.1f s, bindgen+opt %.1f s; whosaid_bg.wasm %d KB raw, %d KB gzip\n", c - s, f - c, r / 1024, g / 1024
}' >&2

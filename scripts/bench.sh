#!/usr/bin/env bash
# Runs the native criterion benchmark and the browser benchmark and prints
# one table of throughput and latency. Takes several minutes (the 10 MB
# inputs run ten times natively).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
scripts/build-wasm.sh >&2
native=$(cargo bench --bench pipeline -- --output-format bencher 2>/dev/null | grep '^test ')
browser=$(node scripts/bench-browser.mjs)
python_free_table() {
  printf '%-44s %14s %14s\n' "benchmark" "time" "throughput"
  # bencher lines: "test annotate/NAME ... bench: N ns/iter (+/- M)"; sizes from the names' inputs.
  echo "$native" | while read -r _ name _ _ nanoseconds _; do
    nanoseconds=${nanoseconds//,/}
    label=${name#annotate/}
    bytes=${label##*:}
    awk -v label="native ${label%:*}" -v n="$nanoseconds" -v b="$bytes" \
      'BEGIN { printf "%-44s %11.3f ms %9.1f MB/s\n", label, n / 1e6, (b / 1e6) / (n / 1e9) }'
  done
  echo "$browser" | node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const row = (name, value, unit) => console.log(name.padEnd(44) + " " + value.toFixed(2).padStart(11) + " " + unit);
    row("wasm 1,000-word article (median)", r.article1000WordsMilliseconds, "ms");
    row("wasm throughput, 1 MB", r.throughput1MBPerSecond, "MB/s");
    row("wasm throughput, 10 MB", r.throughput10MBPerSecond, "MB/s");
    row("wasm pipeline alone, 1 MB", r.pipeline1MBPerSecond, "MB/s");
    row("wasm pipeline alone, 10 MB", r.pipeline10MBPerSecond, "MB/s");
    row("wasm module load", r.wasmLoadMilliseconds, "ms");
    row("page load to first annotated article", r.pageLoadToFirstAnnotationMilliseconds, "ms");
  '
}
python_free_table

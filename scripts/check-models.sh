#!/usr/bin/env bash
# Retrains the learned tables that today's code reproduces (the confidence
# table and the claims model) into a scratch folder and checks that each is
# byte for byte the committed one: they are build outputs of `whosaid
# train-confidence` and `whosaid train-claims`, and this keeps those
# commands able to rebuild them. The cue detector and the boundary model are
# not compared: the committed ones were trained on the rules of commit
# 5d059c3, and `whosaid train-attribution` writes different ones on today's
# rules (README: "The committed cue and boundary models are not…"). Needs ../shared/corpora; without it,
# says so and checks nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=../shared/corpora
if [ ! -d "$corpora/polnear/train" ] || [ ! -f "$corpora/claimbuster/train.json" ] \
  || [ ! -d "$corpora/checkthat2019" ]; then
  echo "SKIPPED: $corpora (PolNeAR train, ClaimBuster, CheckThat! 2019) is absent, so the" >&2
  echo "learned tables were not retrained and compared with the committed ones." >&2
  exit 0
fi
cargo build --release --quiet
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
./target/release/whosaid train-confidence --polnear "$corpora/polnear/train" \
  --output "$scratch/confidence_table.txt"
./target/release/whosaid train-claims --claimbuster "$corpora/claimbuster/train.json" \
  --checkthat "$corpora/checkthat2019" --output "$scratch/claims_model.bin"
status=0
for pair in "confidence_table.txt src/attribution/confidence_table.txt" \
  "claims_model.bin src/claims/model.bin"; do
  read -r retrained committed <<<"$pair"
  if cmp --quiet "$scratch/$retrained" "$committed"; then
    echo "reproduced: $committed" >&2
  else
    echo "DIFFERS: $committed is not what its training command writes today;" >&2
    echo "  rerun \`whosaid train-confidence\` / \`whosaid train-claims\` and commit the result." >&2
    status=1
  fi
done
exit $status

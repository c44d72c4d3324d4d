#!/bin/sh
# Runs the installed translation models on a few reference sentences and
# prints what they make of them, for the deployer to read: the tests here
# run on synthetic models (random weights), so only this shows that real
# models were installed and work.
#
# Usage: tools/try-models.sh [MODELS_DIR]   (default: models/, what
# `cargo xtask models` writes; a folder laid out as Mozilla publishes the
# files works too)
set -eu
cd "$(dirname "$0")/.."
models="${1:-models}"
if [ ! -e "$models/index.json" ] && [ -z "$(ls -d "$models"/*/ 2>/dev/null)" ]; then
  echo "no translation models in $models: run \`cargo xtask models\` (online) first" >&2
  exit 2
fi
cargo build --quiet --release -p diptych-cli
for pair in lv:en ru:en en:lv en:ru lv:ru ru:lv; do
  from=${pair%:*}; to=${pair#*:}
  echo "== $from → $to"
  if ! target/release/diptych translate "tools/reference/$from.txt" --from "$from" --to "$to" --models "$models"; then
    echo "(not installed)"
  fi
  echo
done

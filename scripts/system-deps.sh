#!/usr/bin/env bash
# Debian packages the tests and benchmarks need; installed only when missing.
# chromium is Debian's browser for tests/test_browser.py (Playwright drives it; no browser download).
set -euo pipefail
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing: ${need[*]}" >&2
    # another apt run (unattended upgrades, a second set-up) may hold dpkg's lock: wait for it, not fail
    lock=(-o DPkg::Lock::Timeout=600)
    apt-get "${lock[@]}" update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing Debian packages (install them): ${need[*]}" >&2
  fi
fi

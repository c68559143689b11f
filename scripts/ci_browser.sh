#!/usr/bin/env bash
# Install headless Chromium from Debian's packages for the browser end-to-end test (idempotent, quiet).
# Playwright drives this /usr/bin/chromium; it never downloads a browser of its own.
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ci_browser: cannot install chromium (needs root and apt-get); the browser test will skip" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "ci_browser: installing chromium from Debian packages"
apt-get update -qq >/dev/null 2>&1 || true
if ! apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null 2>&1; then
    echo "ci_browser: apt-get install chromium failed; the browser test will skip" >&2
fi
exit 0

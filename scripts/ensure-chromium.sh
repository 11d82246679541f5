#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the end-to-end tests (Playwright drives it;
# never `playwright install`): the browser (benches, screenshots) and its headless shell (the
# e2e tests: the same engine, ~24% less CPU). Quiet when both are there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
HEADLESS_SHELL=/usr/lib/chromium/chromium-headless-shell

if [ -x "$CHROMIUM" ] && [ -x "$HEADLESS_SHELL" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: installing Debian's chromium and chromium-headless-shell packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-headless-shell >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get installed chromium but $CHROMIUM is still missing." >&2
    exit 1
  fi
  # The headless shell is a saving, not a need: the tests fall back to the browser without it.
  [ -x "$HEADLESS_SHELL" ] || echo "ensure-chromium: no headless shell; the e2e tests use $CHROMIUM." >&2
  exit 0
fi

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: no headless shell ($HEADLESS_SHELL); the e2e tests use $CHROMIUM (slower)." >&2
  echo "  To install it as root: apt-get install -y chromium-headless-shell" >&2
  exit 0
fi

cat >&2 <<MSG
ensure-chromium: $CHROMIUM is missing, and the end-to-end tests need it.
Install Debian's Chromium as root, then run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell

(Do not use 'playwright install': the tests drive the system Chromium.)
MSG
exit 1

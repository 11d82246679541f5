#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the end-to-end tests (Playwright drives it;
# never `playwright install`). Quiet when it is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get installed chromium but $CHROMIUM is still missing." >&2
    exit 1
  fi
  exit 0
fi

cat >&2 <<MSG
ensure-chromium: $CHROMIUM is missing, and the end-to-end tests need it.
Install Debian's Chromium as root, then run the tests again:

    sudo apt-get update && sudo apt-get install -y chromium

(Do not use 'playwright install': the tests drive the system Chromium.)
MSG
exit 1

#!/usr/bin/env bash
# Installs what the app and its tests need beyond Node on a fresh Debian machine: pnpm, Debian's
# Chromium (Playwright cannot download its own browser here) and fonts with Nordic and Sámi glyphs.
# Safe to run again: it installs only what is missing.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm"
  # corepack cannot verify registry signatures on these machines; npm can install pnpm directly.
  $SUDO npm install -g pnpm@10 >/dev/null
fi

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
# pdftotext and pdfinfo read back the PDF that the print test makes.
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
dpkg -s fonts-noto-core >/dev/null 2>&1 || packages+=(fonts-noto-core)
for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || packages+=("$pkg"); done

if [ ${#packages[@]} -gt 0 ]; then
  echo "› installing ${packages[*]} from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

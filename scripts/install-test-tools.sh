#!/usr/bin/env bash
# Installs what the tests need beyond the build tools: Debian's Chromium and ChromeDriver
# (never a downloaded browser) and poppler's pdftotext. (The pinned npm packages come with the
# build tools.)
# Skips whatever is already there. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

"$(dirname "$0")/install-build-tools.sh"
export PATH="$HOME/.cargo/bin:$PATH"

# The lint step needs rustfmt and clippy.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    echo "==> rustup component add $component"
    rustup component add "$component"
  fi
done

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# pdftotext reads the printed reports back in the end-to-end tests.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi


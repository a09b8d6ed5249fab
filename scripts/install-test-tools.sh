#!/usr/bin/env bash
# Installs what the tests need beyond the build tools: Debian's Chromium and ChromeDriver
# (never a downloaded browser), poppler's pdftotext, and for the other engines Debian's WebKitGTK
# WebDriver (with its MiniBrowser) under Xvfb and Firefox ESR with geckodriver from cargo. (The
# pinned npm packages, the WebDriver client among them, come with the build tools.)
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
# The report is printed with each font set a tablet or a PC may have: Liberation 2 (Times New
# Roman's widths, with Vietnamese; Liberation 1 lacks its letters) and Noto (Android).
[ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
[ -f /usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf ] || missing+=(fonts-noto-core)
# WebKit (Safari's engine) and Firefox ESR for tests/engines; WebKit needs a display (Xvfb).
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Firefox's WebDriver, built from crates.io (npm's geckodriver package downloads a binary).
GECKODRIVER_VERSION=0.37.1
if ! cargo install --list | grep -q "^geckodriver v$GECKODRIVER_VERSION:"; then
  echo "==> cargo install geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

# python-docx reads the Word files back in the end-to-end and engine tests.
PYTHON_DOCX_VERSION=1.2.0
if ! python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('python-docx') != '$PYTHON_DOCX_VERSION')" 2>/dev/null; then
  echo "==> pip install python-docx $PYTHON_DOCX_VERSION"
  python3 -m pip install --quiet "python-docx==$PYTHON_DOCX_VERSION"
fi

# openpyxl reads the .xlsx workbooks back in the end-to-end tests.
OPENPYXL_VERSION=3.1.5
if ! python3 -c "import openpyxl, sys; sys.exit(openpyxl.__version__ != '$OPENPYXL_VERSION')" 2>/dev/null; then
  echo "==> pip install openpyxl $OPENPYXL_VERSION"
  python3 -m pip install --quiet "openpyxl==$OPENPYXL_VERSION"
fi

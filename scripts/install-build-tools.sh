#!/usr/bin/env bash
# Installs what building the app needs, at the versions TOOLCHAIN.md verified, and skips
# whatever is already there. Safe to run again.
set -euo pipefail

# The splitter and wasm-bindgen must match the leptos and wasm-bindgen versions in Cargo.lock.
WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "==> rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The splitter of the release build (scripts/build.mjs); its binary is `wasm-split-cli`.
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  echo "==> cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# Not --locked: the CLI's lock file names a crate version the registry no longer has.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  echo "==> cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Debian's binaryen is too old for what rustc 1.95 emits; npm has the pinned release.
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  echo "==> npm install -g binaryen@$BINARYEN_VERSION.0.0"
  npm install -g "binaryen@$BINARYEN_VERSION.0.0"
fi

# package-lock.json pins every npm package (terser minifies the JS glue at build time; the
# rest are for the tests and the benchmark); install again only when it changed.
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

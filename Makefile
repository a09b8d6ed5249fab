# The two commands of the Quick start, and the steps they are made of.
#   make serve   install what building needs, build the release, serve it at http://127.0.0.1:8080/
#   make test    install what testing needs, then run every test layer
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
E2E_PORT ?= 4173

.PHONY: serve test build tools test-tools lint unit wasm-test e2e engines size floor bench

serve: build
	node scripts/serve.mjs --dir dist --port $(PORT)

# Both pages, each view's code in a piece of its own (scripts/build.mjs says how).
build: tools
	node scripts/build.mjs

tools:
	scripts/install-build-tools.sh

test-tools:
	scripts/install-test-tools.sh

test: test-tools lint unit wasm-test build size floor e2e engines

lint:
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings

unit:
	cargo test

wasm-test:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web

# What each page loads before its first view is gated; the pieces fetched later are listed.
size:
	node scripts/size-report.mjs --dir dist --page index.html --budget-kib 150
	node scripts/size-report.mjs --dir dist --page district.html --budget-kib 140

e2e:
	E2E_PORT=$(E2E_PORT) npx playwright test

# The wasm's features and the scripts' syntax against the browser floor README states.
floor:
	node scripts/check-floor.mjs

# The user's paths in WebKit (Safari's engine) and Firefox ESR, over WebDriver; WebKit needs a
# display, which xvfb-run gives it.
engines:
	xvfb-run -a node tests/engines/run.mjs

# Figures, not tests (a missed goal never fails; a step that cannot run does): transfer sizes
# of the app and of a Leptos counter (the floor of the stack), Lighthouse, start-up with data
# at 4x CPU slow-down, engine recompute natively and in wasm, a 5 MB import, the district
# page's 300 files (when built), memory, and one edit to the updated view. See scripts/bench.mjs.
bench: test-tools build
	cargo build --release --target wasm32-unknown-unknown --example bench_engine_wasm
	wasm-bindgen --target web --out-dir target/bench-wasm \
		target/wasm32-unknown-unknown/release/examples/bench_engine_wasm.wasm
	cargo build --release --target wasm32-unknown-unknown --example floor_counter
	wasm-bindgen --target web --out-dir target/bench-floor \
		target/wasm32-unknown-unknown/release/examples/floor_counter.wasm
	wasm-opt -Oz --output target/bench-floor/floor_counter_bg.wasm target/bench-floor/floor_counter_bg.wasm
	npx terser --module --compress --mangle --output target/bench-floor/floor_counter.js target/bench-floor/floor_counter.js
	node scripts/short-names.mjs target/bench-floor/floor_counter_bg.wasm target/bench-floor/floor_counter.js ./floor_counter_bg.js
	node scripts/bench.mjs

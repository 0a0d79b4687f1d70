# RevAlign: two commands for a fresh Debian 12 machine.
#   make run   installs missing Debian packages, builds, opens the app on a demo workspace
#   make test  installs, builds and runs the whole suite (under AddressSanitizer + UBSan), then the fuzzer
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Everything the build, the tests and a good-looking run need. Fonts: Noto for Latin, TLWG for Thai glyphs.
DEBS := cmake ninja-build g++ pkg-config make \
        qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
        qt6-qpa-plugins libqt6svg6 qt6-svg-dev libgl-dev libglx-dev libvulkan-dev \
        catch2 libuchardet-dev libicu-dev libsqlite3-dev sqlite3 \
        libpq-dev postgresql openssl liborcus-dev qtkeychain-qt6-dev \
        fonts-noto-core fonts-thai-tlwg \
        poppler-utils time python3
# qt6-svg-dev: the HTML meeting pack draws its charts as inline SVG (QSvgGenerator).
# poppler-utils: the meeting-pack tests read the PDF text back (pdftotext); time, python3: the benchmarks
# (peak memory, the import benchmark's CSV generator). libpq-dev: team workspaces on PostgreSQL (core/store/pg);
# postgresql, openssl: the throw-away server (and its TLS certificate) the tests and benchmarks start.
# liborcus-dev: .xlsx imports read through Debian's maintained OOXML zip/XML parser (liborcus-0.17), not a
# hand-written one. qtkeychain-qt6-dev: team workspace passwords kept in the platform's keychain (Secret
# Service, KWallet), never in settings or a file of ours (credentials/).
# Optional: clang + libFuzzer runtime for the fuzz step of `make test`.
FUZZ_DEBS := clang libclang-rt-14-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBS ?= 2
DEMO ?= $(HOME)/.local/share/RevAlign/demo.revalign
FUZZ_SECONDS ?= 60

.PHONY: run test deps build build-asan test-dev test-asan fuzz bench bench-pg package clean format

deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

run: build
	@if [ ! -f "$(DEMO)" ]; then mkdir -p "$$(dirname "$(DEMO)")" && ./build/dev/app/revalign-cli demo "$(DEMO)"; fi
	./build/dev/app/revalign "$(DEMO)"

# The suite runs next to a throw-away PostgreSQL cluster (tests/pg/with-cluster.sh: initdb in a temp dir,
# a free local port, removed afterwards even when tests fail); tests that need it skip without it.
test-dev: build
	tests/pg/with-cluster.sh ctest --preset dev -j $(JOBS)

build-asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)

test-asan: build-asan
	tests/pg/with-cluster.sh ctest --preset asan -j $(JOBS)

fuzz: deps
	@if command -v clang++ >/dev/null && [ -n "$$(find /usr/lib/llvm-* -name 'libclang_rt.fuzzer*.a' 2>/dev/null | head -1)" ]; then \
	  cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j $(JOBS) && \
	  for f in build/fuzz/tests/fuzz/fuzz_*; do { [ -f "$$f" ] && [ -x "$$f" ]; } || continue; \
	    name=$$(basename $$f); corpus=$$(mktemp -d); \
	    cp -r tests/fuzz/corpus/$$name/. $$corpus/ 2>/dev/null || true; \
	    echo "== $$name for $(FUZZ_SECONDS)s (new inputs go to $$corpus, not the repo)"; \
	    "$$f" -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=20 $$corpus tests/data/import 2>&1 | tail -4; \
	    status=$${PIPESTATUS[0]}; rm -rf $$corpus; [ $$status -eq 0 ] || exit $$status; \
	  done; \
	else echo "fuzz: clang with libFuzzer not installed; skipped (apt-get install $(FUZZ_DEBS))"; fi

# CI (.ci/run) runs `make test` on a clean clone of a 2-core machine and must finish within 45 minutes. Two
# full builds of the suite (developer -O2 and sanitizers) took 44 minutes before the fuzzer even started, so
# the suite runs once, in the sanitizer build: every test, with memory errors, leaks and undefined behaviour
# checked besides (and -Werror, at -O0). `make test-dev` runs the same suite on the optimised developer
# build that `make run` uses.
test: test-asan fuzz

bench: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)
	bench/run-all.sh build/release

# The PostgreSQL bulk-load benchmark alone (1,000,000 rows; starts its own durable throw-away server).
bench-pg: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS) --target pg_import_bench
	bench/pg_import_bench.sh build/release

package: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS) --target package

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build

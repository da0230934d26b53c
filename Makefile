# Two commands: `make demo` and `make test`. Both install what is missing on Debian (bookworm) first.
SHELL := /bin/bash
APT_PACKAGES := libgeos-dev libproj-dev proj-data proj-bin libgdal-dev libxml2-dev zlib1g-dev gdal-bin pkg-config \
  postgresql-15 postgresql-client-15 postgresql-15-postgis-3 python3-venv python3-gdal cgi-mapserver
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE := sample-data/lueneburg.gpkg
CONFIG ?= debug

.PHONY: demo test deps test-deps build release sample-data bench fuzz clean

## deps: install the Debian packages the build and the tests need (only those missing)
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## test-deps: the OGC API Features tests' server: pygeoapi (pinned in Tests/support/oapif-test-server.sh) in a
## virtual environment of Debian's python3 with its GDAL bindings, under ~/.cache/geotraffic-tests
test-deps: deps
	bash Tests/support/oapif-test-server.sh install

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## sample-data: build sample-data/lueneburg.gpkg with the committed generator (again when it changed)
sample-data: $(SAMPLE)

$(SAMPLE): $(wildcard sample-data/generator/*.swift) | deps
	$(SWIFT) build -c $(CONFIG) --product samplegen
	$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/samplegen $(SAMPLE)

## demo: build in release mode and run the main jobs on the embedded sample data
demo: release
	$(MAKE) sample-data CONFIG=release
	bash sample-data/demo.sh "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)"

## test: install what is missing, build, and run every test
test: test-deps
	$(SWIFT) build --build-tests
	$(MAKE) sample-data CONFIG=debug
	$(SWIFT) test

## bench: side-by-side benchmarks against peers (needs pip; see bench/README.md)
bench: release
	$(MAKE) sample-data CONFIG=release
	bash bench/run.sh

## fuzz: coverage-guided fuzzing of the parsers (libFuzzer), FUZZ_SECONDS per target (default 60); see bench/fuzz
fuzz: deps
	$(MAKE) sample-data CONFIG=debug
	bash bench/fuzz/run.sh

clean:
	rm -rf .build .build-fuzz out

# Two commands: `make demo` and `make test`. Both install what is missing on Debian (bookworm) first.
SHELL := /bin/bash
APT_PACKAGES := libgeos-dev libproj-dev proj-data proj-bin libgdal-dev gdal-bin pkg-config
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: demo test deps build release sample-data bench clean

## deps: install the Debian packages the build and the tests need (only those missing)
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## sample-data: (re)build sample-data/lueneburg.gpkg with the committed generator when it is missing
sample-data: release
	@if [ -f sample-data/generate.swift ] && [ ! -f sample-data/lueneburg.gpkg ]; then \
	  $(RELEASE_BIN)/parcelcheck --version >/dev/null; \
	  $(SWIFT) run -c release samplegen sample-data; \
	fi

## demo: build in release mode and run the main jobs on the embedded sample data
demo: release
	@if [ -x sample-data/demo.sh ]; then bash sample-data/demo.sh "$(RELEASE_BIN)"; \
	else $(RELEASE_BIN)/parcelcheck --help; fi

## test: install what is missing, build, and run every test
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: release
	bash bench/run.sh

clean:
	rm -rf .build

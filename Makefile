# Peninsula: `make serve` builds and serves the dataset; `make test` runs every check.
# Every target creates its own virtualenv first; nothing needs to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DB := build/peninsula.db
PORT ?= 8001

# Public-ready settings, in one place: used by `make serve` and by the publish command.
# num_sql_threads: one per core (2 here). More threads only share the same cores, stretching
# each query; at 1,000,000 articles under load that pushed slow searches past sql_time_limit_ms.
DATASETTE_OPTS := --metadata metadata.yml \
	--setting sql_time_limit_ms 3000 \
	--setting facet_time_limit_ms 1000 \
	--setting facet_suggest_time_limit_ms 200 \
	--setting suggest_facets off \
	--setting max_returned_rows 1000 \
	--setting default_page_size 50 \
	--setting allow_download on \
	--setting default_cache_ttl 3600 \
	--setting num_sql_threads 2

.PHONY: install build serve test lint export bench clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/peninsula build --seeds seeds --out build

build/inspect-data.json: build
	$(BIN)/datasette inspect $(DB) --inspect-file build/inspect-data.json

serve: build export build/inspect-data.json
	$(BIN)/datasette serve -i $(DB) --inspect-file build/inspect-data.json \
		--static exports:build/exports $(DATASETTE_OPTS) -h 127.0.0.1 -p $(PORT)

# Headless Chromium and a CJK font for the browser tests (Debian packages; never `playwright install`).
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy || \
		{ (command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && S=sudo || S=; \
		   $$S apt-get update -qq && $$S apt-get install -y -qq chromium fonts-wqy-microhei); }

lint: $(STAMP)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

test: $(STAMP) browser lint
	$(BIN)/python -m pytest -q

export: build
	$(BIN)/peninsula export --db $(DB) --out build/exports

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/peninsula bench --out build

clean:
	rm -rf build

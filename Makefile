# dateline: the two commands of the README, plus lint and the benchmark.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# DuckDB 1.4, as bundled by BI drivers: the tests prove the warehouse opens in it.
OLD_DUCKDB := .venv-duckdb14/.installed

.PHONY: run test lint bench bench-100k realcheck bi bi-check clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## set up and run the pipeline on the sample in raw/
	$(VENV)/bin/dateline run --raw raw --warehouse warehouse

$(OLD_DUCKDB):
	python3 -m venv .venv-duckdb14
	.venv-duckdb14/bin/python -m pip install --quiet 'duckdb==1.4.4'
	touch $(OLD_DUCKDB)

CHROMIUM := /usr/bin/chromium

$(CHROMIUM):  # Debian's Chromium renders the Data Docs and report pages in the tests
	apt-get update -qq && apt-get install -y -qq chromium > /dev/null

test: $(STAMP) $(OLD_DUCKDB) $(CHROMIUM)  ## set up and run the whole test suite
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PYTHON) -m pytest -n 2 --dist loadfile --no-loadscope-reorder

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(STAMP)  ## the benchmark at 1k and 10k articles (not part of the tests)
	$(PYTHON) bench/run.py --sizes 1000,10000

bench-100k: $(STAMP)
	$(PYTHON) bench/run.py --sizes 100000

clean:
	rm -rf warehouse/lake warehouse/staging warehouse/quarantine warehouse/docs \
	       warehouse/.writer warehouse/.prefect warehouse/dateline.duckdb warehouse/.run.lock

realcheck: $(STAMP)  ## the pipeline over real copy, then what to read: make realcheck DIR=folder [ARGS="--ner model --sample 500"]
	@test -n "$(DIR)" || { echo "usage: make realcheck DIR=folder [ARGS='--ner model --sample 500 --seed 1']"; exit 2; }
	$(PYTHON) bench/realcheck.py $(DIR) $(ARGS)

# Evidence dashboards (bi/) from a warehouse: make bi [BI_WAREHOUSE=/tmp/wh-2k]. Evidence's
# DuckDB-Wasm downloads its Parquet extension, so this one target needs the network.
BI_WAREHOUSE ?= warehouse

bi:
	@test -f $(BI_WAREHOUSE)/dateline.duckdb || { echo "bi: no $(BI_WAREHOUSE)/dateline.duckdb (make run first)" >&2; exit 2; }
	if [ -f bi/package-lock.json ]; then npm ci --prefix bi; else npm install --prefix bi; fi
	EVIDENCE_SOURCE__dateline__filename="$$(realpath -m --relative-to=bi/sources/dateline $(BI_WAREHOUSE)/dateline.duckdb)" \
	  timeout 300 npm run sources:strict --prefix bi
	timeout 600 npm run build --prefix bi

bi-check: $(STAMP)  ## offline: every bi/ query against the warehouse
	$(PYTHON) bi/check_queries.py $(BI_WAREHOUSE)/dateline.duckdb

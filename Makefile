# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv and install what is missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test demo eval bench bench-pipeline lint clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

test: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m pytest -q $(PYTEST_ARGS)

demo: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m demo.run

eval: install
	$(BIN)/python -m outreach.evaluate tests/eval

bench: install
	$(BIN)/python bench/run.py

# One 15-minute batch from fetch to drafts ready for review, 100,000 and 1,000,000 clients (bench/README.md).
# Creates and drops its own databases on the server of OUTREACH_BENCH_POSTGRES_URL.
bench-pipeline: install
	OUTREACH_BENCH_POSTGRES_URL="$${OUTREACH_BENCH_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}" \
		$(BIN)/python bench/pipeline.py

# ruff (rules in pyproject.toml) on all the code, mypy on the library, the DAGs and the plugins.
lint: install
	$(BIN)/ruff check outreach dags plugins tests bench demo
	$(BIN)/mypy

clean:
	rm -rf $(VENV) var .pytest_cache

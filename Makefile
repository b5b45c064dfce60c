# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv and install what is missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test demo eval bench lint clean

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

lint: install
	$(BIN)/ruff check outreach dags plugins tests bench

clean:
	rm -rf $(VENV) var .pytest_cache

# Kroniek: `make run` analyses the bundled example article, `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPORA ?= ../shared/corpora
EXAMPLE := examples/000_393fbd76b15ab987.txt

.PHONY: setup run test lint models bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/kroniek analyze $(EXAMPLE)

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts training

test: setup lint
	$(BIN)/pytest -q

models: setup
	$(BIN)/kroniek train --corpora $(CORPORA)

bench: setup
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache

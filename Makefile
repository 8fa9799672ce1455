# govnews: every set-up step a fresh machine needs lives here (Python 3.11 and pip are all it has).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install govnews with its test extras

demo: $(STAMP)  ## crawl the bundled demo portals offline, then serve the archive with Datasette
	$(BIN)/govnews demo

test: $(STAMP)  ## lint, then run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) demo-archive .pytest_cache .ruff_cache

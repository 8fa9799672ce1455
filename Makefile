# govnews: every set-up step a fresh machine needs lives here (Python 3.11 and pip are all it has).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck install clean browser attachment-tools redis

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install govnews with its test extras

demo: $(STAMP)  ## crawl the bundled demo portals offline, then serve the archive with Datasette
	$(BIN)/govnews demo

test: $(STAMP) browser attachment-tools redis  ## lint, format and type check, then run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	.ci/typecheck
	$(BIN)/pytest -q

browser:  ## Debian's headless Chromium for the browser tests (playwright never downloads one)
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

attachment-tools:  ## Debian's extractors and OCR for attachments (docs/attachments.md), and the tests' DejaVu font
	command -v pdftotext >/dev/null && command -v antiword >/dev/null && command -v catdoc >/dev/null \
	  && command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie \
	  && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
	  || (apt-get update && apt-get install -y poppler-utils antiword catdoc tesseract-ocr tesseract-ocr-vie \
	      fonts-dejavu-core)

redis:  ## Debian's redis-server for the distributed crawl and its tests (docs/distributed.md); not started as a service
	command -v redis-server >/dev/null || (apt-get update && apt-get install -y redis-server)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	.ci/typecheck

typecheck: $(STAMP)  ## mypy over the govnews namespace (a symlink tree laid out like the wheel; see .ci/typecheck)
	.ci/typecheck

.PHONY: bench bench-quick bench-smoke
bench: $(STAMP) redis  ## benchmarks at full size (N = 1,000/5,000/20,000 pages, 1,000,000 articles): see docs/benchmarks.md
	$(BIN)/python -m benchmarks.run

bench-quick: $(STAMP) redis  ## the same harness at small sizes, under two minutes
	$(BIN)/python -m benchmarks.run --quick

bench-smoke: $(STAMP) redis  ## the harness end to end at tiny sizes with every figure checked (CI runs it after make test)
	$(BIN)/pytest -q -m bench

clean:
	rm -rf $(VENV) demo-archive .pytest_cache .ruff_cache

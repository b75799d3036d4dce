# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run   - install healthdash in .venv and start the dashboard on the shipped packs
#   make test  - install test tools (and Debian's chromium for browser tests), then lint, type-check and test
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8050
SUDO   := $(shell [ "$$(id -u)" -ne 0 ] && echo sudo)

.PHONY: run test lint types bench extract system-deps browser-deps

$(VENV)/bin/python:
	@python3 -m venv --help >/dev/null 2>&1 || $(SUDO) apt-get install -y python3-venv
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	$(PY) -m compileall -q loaders dashboard
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m compileall -q loaders dashboard
	touch $@ $(VENV)/.installed-run

browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; fi

run: $(VENV)/.installed-run
	$(VENV)/bin/healthdash serve --host $(HOST) --port $(PORT)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check loaders dashboard tests benchmarks
	$(VENV)/bin/ruff format --check loaders dashboard tests benchmarks
	$(MAKE) --no-print-directory types

# Strict types on the loaders (every public function typed); the default mode on the dashboard.
types: $(VENV)/.installed-test
	$(VENV)/bin/mypy --strict loaders
	$(VENV)/bin/mypy dashboard

# Tests with coverage; loaders/ must stay at or above 90% of lines (the report names every line not covered).
test: browser-deps $(VENV)/.installed-test lint
	HEALTHDASH_CACHE=$$(mktemp -d) $(VENV)/bin/pytest --headless --cov --cov-report=
	$(VENV)/bin/coverage report --include='dashboard/*' --skip-covered
	$(VENV)/bin/coverage report --include='loaders/*' --fail-under=90

bench: $(VENV)/.installed-test
	$(VENV)/bin/pytest benchmarks --benchmark-only -p no:cacheprovider

# Into build/, which git ignores, so a clone stays clean.
extract: $(VENV)/.installed-run
	mkdir -p build
	$(VENV)/bin/healthdash extract --out build/metrics.csv

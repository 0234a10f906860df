# media-framing — run `make help` for the list of targets.
#
# Two commands on a fresh machine with Python >= 3.11 and make:
#   make report   # venv + install + execute the notebooks on data/raw -> reports/index.html
#   make test     # venv + install + the whole test suite

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= data/raw
OUT    ?= reports
CONSTRAINTS := requirements/constraints.txt
STAMP  := $(VENV)/.installed
# make test runs on JOBS pytest-xdist workers (the CI machine has 2 cores); the tests that share an
# expensive session state (the rendered reports, the agency pools, the frames dev sets, WikiWeasel)
# carry one xdist_group and run on one worker, the rest by module (tests/conftest.py)
JOBS   ?= 2
XDIST  := -n $(JOBS) --dist loadgroup

.DEFAULT_GOAL := help
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings

.PHONY: help install report lab test test-fast lint benchmark clean constraints chromium

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Variables: CORPUS=$(CORPUS) OUT=$(OUT) REPORT_ARGS='$(REPORT_ARGS)' (framing report options) PYTHON=$(PYTHON) JOBS=$(JOBS) (test workers)"

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed: run make PYTHON=python3.11 ...")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS) -e ".[dev,scale]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $(STAMP)

install: $(STAMP) ## Create .venv (if absent) and install the package with pinned dependencies

report: $(STAMP) ## Execute every notebook on CORPUS and render HTML into OUT (default: data/raw -> reports/)
	FRAMING_MAKE=1 $(BIN)/framing report --corpus "$(CORPUS)" --out "$(OUT)" $(REPORT_ARGS)
	@echo "Open $(OUT)/index.html"

lab: $(STAMP) ## Open JupyterLab on notebooks/ (the .py notebooks open as notebooks), reading CORPUS
	@mkdir -p $(LAB_SETTINGS)
	@printf '%s\n' '{"@jupyterlab/docmanager-extension:plugin": {"defaultViewers": {"python": "Jupytext Notebook"}}}' > $(LAB_SETTINGS)/overrides.json
	FRAMING_CORPUS="$(if $(filter /%,$(firstword $(CORPUS))),,$(CURDIR)/)$(CORPUS)" $(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

test: $(STAMP) ## Run the test suite (tests needing ../shared skip with a reason when it is absent; the late hit-audit re-draws are test-draws)
	$(BIN)/python -m pytest $(XDIST) -m "not draws"

test-fast: $(STAMP) ## Run the tests without the slow ones (notebooks, browser, shared-data evaluations)
	$(BIN)/python -m pytest $(XDIST) -m "not slow and not draws"

test-draws: $(STAMP) ## Re-draw the late hit-audit development rounds from ../shared and compare with their rows (about 30 minutes)
	$(BIN)/python -m pytest -m draws

lint: $(STAMP) ## Check style: ruff lint and ruff format (configured in pyproject.toml)
	$(BIN)/ruff check analysis tests notebooks benchmarks
	$(BIN)/ruff format --check analysis tests notebooks benchmarks

benchmark: $(STAMP) ## Run the speed benchmarks (writes benchmarks/RESULTS.md)
	$(BIN)/python benchmarks/featurize.py

chromium: ## Install Debian's headless Chromium for the browser tests (needs root / apt-get)
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

constraints: ## Re-pin requirements/constraints.txt from the current .venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^media-framing' > $(CONSTRAINTS)

clean: ## Remove generated files (venv, reports, figures, processed data)
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find reports figures data/processed -mindepth 1 ! -name .gitkeep -delete

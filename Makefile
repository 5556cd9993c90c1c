# Border Figures: every set-up step lives here, so a fresh machine needs only Python 3.11+ and make.
#   make lab    build .venv if needed and open the course in JupyterLab
#   make test   build .venv if needed and run every test, notebooks included
# `make help` lists the rest.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Written after a successful install; its prerequisites decide when to install again.
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
# Two workers, one test file (one notebook) each: nbval must run a notebook's cells in one kernel.
# `make test PYTEST_PARALLEL=` runs everything in one process.
PYTEST_PARALLEL ?= -n 2 --dist loadfile
# JupyterLab refuses to run as root unless told to (containers, CI).
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help
.PHONY: help lab test notebooks site links guide bench clean

help: ## List the targets
	@echo "Border Figures: make TARGET"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Border Figures needs Python 3.11 or newer; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(PIP) install -r requirements.txt
	$(PIP) install --no-deps -e .
	@touch $@

lab: $(STAMP) ## Open the course in JupyterLab (127.0.0.1, with a login token)
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. $(ROOT_FLAG) notebooks/00-start-here.ipynb

test: $(STAMP) ## Run every test: helpers, datasets and all notebooks (nbval)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

notebooks: $(STAMP) ## Re-execute every notebook in place (stored outputs) and write the type-along editions
	$(BIN)/python -m tools.notebooks

site: $(STAMP) ## Render every notebook and guide to static HTML in output/site/
	$(BIN)/python -m tools.site

links: $(STAMP) ## Refresh the "launch on Binder" badge at the top of every notebook
	$(BIN)/python -m tools.links

guide: $(STAMP) ## Copy each lesson's time and objectives into the instructor guide
	$(BIN)/python -m tools.guide

bench: $(STAMP) ## Time every notebook against the floor (writes output/bench.json)
	$(BIN)/python -m tools.bench

clean: ## Remove generated files (output/) and the local environment (.venv)
	rm -rf output $(VENV)

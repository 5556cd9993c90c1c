# Border Figures: every set-up step lives here, so a fresh machine needs only Python 3.11+ and make.
#   make lab    build .venv if needed (the course's packages) and open the course in JupyterLab
#   make test   build .venv if needed (the development packages) and run every test, notebooks included
# `make help` lists the rest.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The two locked package sets (requirements/*.in, compiled by `make lock`): the course's (what
# students, Binder and hubs run) and the development set (the course's + tests, browser tests,
# lint, the site builder). `make lab` installs the first, `make test` and the other targets the second.
COURSE_LOCK := requirements/course.txt
DEV_LOCK    := requirements/dev.txt
# Written after a successful install of each set; their prerequisites decide when to install again.
COURSE_STAMP := $(VENV)/.installed-course
DEV_STAMP    := $(VENV)/.installed-dev
# Who installs: uv when it can be had (seconds), pip otherwise (about a minute); INSTALLER=pip forces pip.
# uv is the one on PATH, or else the version the development lock pins, fetched from PyPI by this
# Python's pip into $(VENV)/uv (a few seconds; pip inside .venv would first cost a slow ensurepip).
INSTALLER  ?= auto
UV_VERSION := $(shell sed -n 's/^uv==\([0-9][^ ;\\]*\).*/\1/p' $(DEV_LOCK))
UV_HOME    := $(VENV)/uv
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
# Two workers, one test file (one notebook) each: nbval must run a notebook's cells in one kernel.
# `make test PYTEST_PARALLEL=` runs everything in one process.
PYTEST_PARALLEL ?= -n 2 --dist loadfile
# JupyterLab refuses to run as root unless told to (containers, CI).
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
# More JupyterLab options for `make lab`, e.g. LAB_ARGS=--no-browser.
LAB_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help lab test notebooks site links guide bench lock lint assignments grade clean

help: ## List the targets
	@echo "Border Figures: make TARGET"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Border Figures needs Python 3.11 or newer; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv --without-pip $(VENV)

# $(call install,LOCK): LOCK's packages, and the course's helpers package (editable), into $(VENV).
define install
	@set -e; uv=; \
	if [ "$(INSTALLER)" != pip ]; then \
	  if [ -x $(UV_HOME)/bin/uv ]; then uv=$(UV_HOME)/bin/uv; \
	  elif command -v uv >/dev/null 2>&1; then uv=uv; \
	  elif $(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --target $(UV_HOME) uv==$(UV_VERSION) >/dev/null 2>&1; then uv=$(UV_HOME)/bin/uv; \
	  else echo "uv could not be had from PyPI: installing with pip (about a minute)"; fi; \
	fi; \
	if [ -n "$$uv" ]; then \
	  echo "uv pip install -r $(1) -e ."; \
	  if $$uv pip install --quiet --python $(BIN)/python -r $(1) -e .; then exit 0; fi; \
	  echo "uv failed: installing with pip (about a minute)"; \
	fi; \
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null; \
	echo "pip install -r $(1) && pip install --no-deps -e ."; \
	$(PIP) install -r $(1); \
	$(PIP) install --no-deps -e .
endef

$(COURSE_STAMP): $(COURSE_LOCK) pyproject.toml | $(BIN)/python
	$(call install,$(COURSE_LOCK))
	@touch $@

# The development set holds the course set, so installing it brings the course set up to date too.
$(DEV_STAMP): $(DEV_LOCK) $(COURSE_LOCK) pyproject.toml | $(BIN)/python
	$(call install,$(DEV_LOCK))
	@touch $@ $(COURSE_STAMP)

# JupyterLab as a newcomer should meet it: the address it prints (and /) opens notebook 00, not the
# Launcher, even where no browser opens by itself; the build folder the editable install leaves
# (border_figures_helpers.egg-info) is hidden from the file browser, with JupyterLab's usual hidden
# files; and the "Jupyter news" pop-up is off, in .venv's own configuration (never in your home folder).
START      := notebooks/00-start-here.ipynb
HIDDEN     := ["__pycache__", "*.pyc", "*.pyo", ".DS_Store", "*~", "*.egg-info"]
LAB_CONFIG := $(VENV)/etc/jupyter/labconfig/page_config.json
NEWS       := @jupyterlab/apputils-extension:announcements

# What `jupyter labextension disable --level=sys_prefix $(NEWS)` writes, written directly: that
# command takes 4-8 s to start here, a third of a cold `make lab`.
$(LAB_CONFIG): | $(COURSE_STAMP)
	@mkdir -p $(@D)
	printf '{"disabledExtensions": {"%s": true}, "lockedExtensions": {"%s": true}}\n' $(NEWS) $(NEWS) > $@

lab: $(COURSE_STAMP) $(LAB_CONFIG) ## Open the course in JupyterLab (127.0.0.1, with a login token)
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(START) '--ContentsManager.hide_globs=$(HIDDEN)' $(ROOT_FLAG) $(LAB_ARGS) $(START)

test: $(DEV_STAMP) ## Run every test: helpers, datasets and all notebooks (nbval), then lint (ruff)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

notebooks: $(DEV_STAMP) ## Re-execute every notebook in place (stored outputs) and write the type-along editions
	$(BIN)/python -m tools.notebooks

site: $(DEV_STAMP) ## Render every notebook and guide to static HTML in output/site/
	$(BIN)/python -m tools.site

links: $(DEV_STAMP) ## Refresh the launch badges (Binder, Colab) and the set-up cell of every notebook
	$(BIN)/python -m tools.links

guide: $(DEV_STAMP) ## Compute each lesson's time; write the reference page; copy times and objectives into the guide and README
	$(BIN)/python -m tools.guide

bench: $(DEV_STAMP) ## Time set-up (uv and pip), environment sizes and every notebook (writes output/bench.json)
	$(BIN)/python -m tools.bench

lock: $(DEV_STAMP) ## Re-lock both package sets after a pin changed in requirements/*.in (LOCK_ARGS=--upgrade)
	$(BIN)/python -m tools.lock $(LOCK_ARGS)

lint: $(DEV_STAMP) ## Lint the code and notebooks, and check their formatting (ruff)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

assignments: $(DEV_STAMP) ## Student release (no solutions, no hidden tests) and autograder material in output/assignments/
	$(BIN)/python -m tools.assignments

# make grade SUBMISSIONS=folder-of-notebooks [LESSON=03]
SUBMISSIONS ?=
LESSON ?=
grade: $(DEV_STAMP) ## Grade a class: make grade SUBMISSIONS=folder [LESSON=03] (writes output/grades/)
	@test -n "$(SUBMISSIONS)" || { echo "Usage: make grade SUBMISSIONS=<folder of .ipynb> [LESSON=03]"; exit 2; }
	@test -f output/assignments/autograder/manifest.json || $(MAKE) --no-print-directory assignments
	$(BIN)/python -m tools.grade "$(SUBMISSIONS)" $(if $(LESSON),--lesson $(LESSON),)

clean: ## Remove generated files (output/) and the local environment (.venv)
	rm -rf output $(VENV)

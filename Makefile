# Two commands set everything up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
# The first Python 3.12+ found on PATH or in pyenv.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/postgres
# The search benchmark's corpus size (the target is stated at 100000: SEARCH_BENCH_DOCS=100000 make bench).
SEARCH_BENCH_DOCS ?= 10000

.PHONY: run install migrate demo messages makemessages plain-language search-relevance accessibility test test-sqlite test-fast test-postgres lint check bench lock clean

run: install migrate demo ## Set up and serve the portal on http://127.0.0.1:$(PORT)/ca/
	@echo
	@echo "Portal:  http://127.0.0.1:$(PORT)/ca/"
	@echo "Admin:   http://127.0.0.1:$(PORT)/admin/  (editor, moderator, search-manager or admin; password fets-vitals-demo)"
	@echo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

$(VENV)/.installed: requirements.lock requirements-dev.lock
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed: install it, or set PYTHON=/path/to/python3.12"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed messages

# polib (a wagtail-localize dependency) compiles the catalogues: no need for GNU gettext.
messages: $(VENV)/.installed ## Compile the interface translations (locale/*/LC_MESSAGES/*.po)
	$(PY) -c "import glob, polib; [polib.pofile(p).save_as_mofile(p[:-2] + 'mo') for p in glob.glob('locale/*/LC_MESSAGES/*.po')]"

makemessages: $(VENV)/.installed ## Extract new interface strings into locale/*/LC_MESSAGES/django.po
	$(PY) manage.py makemessages --no-obsolete $$($(PY) manage.py languages | sed 's/^/-l /') --ignore=.venv --ignore=tests

migrate: install
	$(PY) manage.py migrate --no-input -v0

# The shipped glossary and thesaurus are loaded by every deploy too (see the README).
demo: migrate
	$(PY) manage.py load_glossary
	$(PY) manage.py load_synonyms
	$(PY) manage.py load_demo_content --with-demo-users
	$(PY) manage.py import_local_holidays plans/demo_data/local_holidays.csv
	$(PY) manage.py import_services search/demo_services/*.json
	$(PY) manage.py import_contacts --move-to-today feedback/demo_data/contacts.csv
	$(PY) manage.py load_demo_feedback
	$(PY) manage.py rebuild_search_index

check: install ## Django checks, migrations in step with models, the apps' layers, lint
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: check test-sqlite test-postgres plain-language search-relevance accessibility ## Everything CI runs

# Search relevance on the demo content: the dev sample (success@3 >= 0.9 in every language) and
# every held-out set (search/evaluation_queries/heldout*.jsonl, written without looking at the
# engine), whose floor guards against regressions.
search-relevance: demo
	$(PY) manage.py evaluate_search search/evaluation_queries/dev.jsonl --fail-under 0.9
	for set in search/evaluation_queries/heldout*.jsonl; do \
		$(PY) manage.py evaluate_search $$set --fail-under 0.75 || exit 1; done

# Every live demo page, in every language, meets its language's threshold (PLAIN_LANGUAGE_THRESHOLDS).
plain-language: demo
	$(PY) manage.py plain_language_report --fail-under-threshold

# Production settings (DEBUG off, hashed static files, the real 404 page) on the local demo database.
PRODUCTION_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=local-only-not-a-secret-0123456789abcdef \
	ALLOWED_HOSTS=localhost,127.0.0.1 DATABASE_URL=sqlite:///$(CURDIR)/db.sqlite3 SECURE_SSL_REDIRECT=false LOG_LEVEL=WARNING

# Every live page of the demo site in every locale, and the views that are not pages (search with
# and without results, the 404 page), served with production settings and audited in Chromium:
# axe-core's WCAG 2.2 A/AA rules and the portal's own checks. Fails on any violation; the run is
# stored (Reports > Accessibility) and its reports written to accessibility-report/.
accessibility: demo
	$(PRODUCTION_ENV) $(PY) manage.py collectstatic --no-input -v0
	$(PRODUCTION_ENV) $(PY) manage.py audit_accessibility --serve --record --output accessibility-report

test-sqlite: install
	$(VENV)/bin/pytest

# The suite (or ARGS, e.g. ARGS=tests/search) on a SQLite test database kept in a file between
# runs and made again only when a migration changes: seconds instead of minutes for a small run.
# Tests that empty the database when they end (a live server, a transaction) are left out.
TEST_DB := .test-db.sqlite3
test-fast: install
	@stamp="$$(cat */migrations/*.py | sha1sum | cut -c1-12)"; \
	if [ "$$(cat $(TEST_DB).stamp 2>/dev/null)" != "$$stamp" ]; then create=--create-db; echo "Migrations changed: creating the test database."; fi; \
	TEST_DB_FILE=$(CURDIR)/$(TEST_DB) $(VENV)/bin/pytest --reuse-db $$create -q -m "not flushes_database" $(ARGS); \
	status=$$?; echo "$$stamp" > $(TEST_DB).stamp; exit $$status

# The same suite on PostgreSQL. CI (CI=true) must reach the server; elsewhere it is skipped
# with a message when no server answers.
test-postgres: install
	@if $(PY) -c "import psycopg; psycopg.connect('$(PG_TEST_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		DATABASE_URL=$(PG_TEST_URL) $(VENV)/bin/pytest; \
	elif [ "$$CI" = "true" ]; then echo "PostgreSQL at $(PG_TEST_URL) is not reachable"; exit 1; \
	else echo "Skipping the PostgreSQL run: no server at $(PG_TEST_URL) (set PG_TEST_URL)."; fi

bench: demo ## Page render times, plans, content data, plain-language analyses/s, translation time, search indexing and latency, hostile search input
	$(PRODUCTION_ENV) $(PY) manage.py collectstatic --no-input -v0
	$(PRODUCTION_ENV) $(PY) manage.py benchmark_pages
	$(PRODUCTION_ENV) $(PY) manage.py benchmark_plans
	$(PRODUCTION_ENV) ADMIN_REQUIRE_2FA_FOR_SUPERUSERS=false $(PY) manage.py benchmark_content_data
	$(PRODUCTION_ENV) $(PY) manage.py benchmark_hostile_input
	$(PRODUCTION_ENV) $(PY) manage.py benchmark_plain_language
	$(PRODUCTION_ENV) $(PY) manage.py benchmark_translation
	rm -f bench.sqlite3 bench.sqlite3-wal bench.sqlite3-shm && DATABASE_URL=sqlite:///$(CURDIR)/bench.sqlite3 $(PY) manage.py migrate --no-input -v0
	DATABASE_URL=sqlite:///$(CURDIR)/bench.sqlite3 $(PY) manage.py benchmark_search --docs $(SEARCH_BENCH_DOCS)

lock: $(VENV)/.installed ## Re-pin every dependency after editing requirements*.in
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile requirements.in -o requirements.lock --python-version 3.12
	$(VENV)/bin/uv pip compile requirements-dev.in -o requirements-dev.lock --python-version 3.12

clean:
	rm -rf $(VENV) db.sqlite3* bench.sqlite3* $(TEST_DB)* staticfiles .pytest_cache .hypothesis

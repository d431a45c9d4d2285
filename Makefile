# The two commands of the README:
#   make run    set everything up (virtualenv, database, demo content, accounts) and serve the site
#   make test   run the whole test suite
# Everything is installed from this repository's own files; nothing by hand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# The pluggable apps' tests also run on Python 3.12 with the newest Django that Wagtail 8
# supports, what `wagtail start` gives a new project (make test-apps-py312). They need a
# virtualenv of their own: the site extra holds Django below 5.3.
PYTHON312 ?= $(shell scripts/find-python 3.12)
VENV_PY312 := .venv-py312
BIN_PY312 := $(VENV_PY312)/bin
INSTALLED_PY312 := $(VENV_PY312)/.installed

.PHONY: run test install lint format messages constraints clean screenshots
.PHONY: test-apps-py312 constraints-py312

$(INSTALLED): pyproject.toml requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[site,testing]"
	touch $(INSTALLED)

install: $(INSTALLED)

# The test tools from npm (package.json): axe-core, Lighthouse, the Nu HTML Checker; skipped
# where npm is absent (the tests that need them then skip too, except in CI).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the accessibility, Lighthouse and HTML tests will be skipped"; fi

# The site's public address is the one it is served at (its Site record follows it, see
# setup_site), unless WAGTAILADMIN_BASE_URL is set.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: $(INSTALLED)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# One test process per core (pytest-xdist); PYTEST_ARGS="-k map" to run some tests only.
# Two sessions: the pluggable apps' tests on their own test project (tests/testapp), then the
# reference site's tests (tests/conftest.py gives each session its folders). Both always run;
# either failing fails the target, and the site's summary line comes last. With PYTEST_ARGS,
# a session that selects no test (pytest's exit status 5) is not a failure.
test: $(INSTALLED) node_modules/.package-lock.json
	$(BIN)/pytest -n auto --ds=tests.testapp.settings tests/cms_blocks tests/network_map $(PYTEST_ARGS); \
	apps=$$?; $(BIN)/pytest -n auto $(PYTEST_ARGS); site=$$?; \
	$(if $(PYTEST_ARGS),[ $$apps -ne 5 ] || apps=0; [ $$site -ne 5 ] || site=0;) \
	exit $$(( apps || site ))

# The first session of `make test` on Python 3.12 and requirements/constraints-py312.txt, on
# SQLite whatever DATABASE_URL says (the apps' tests need no PostgreSQL, and the site extra that
# brings its driver is not installed). Without Python 3.12 it only says so, except in CI.
test-apps-py312:
	@python312="$(PYTHON312)"; \
	if [ -z "$$python312" ]; then \
		echo "test-apps-py312: no Python 3.12 (python3.12 on PATH, or pyenv install 3.12)."; \
		[ "$(CI)" != true ] || { echo "CI must test the apps on Python 3.12: failing."; exit 1; }; \
		echo "The apps' tests on Python 3.12 are skipped."; exit 0; \
	fi; \
	$(MAKE) --no-print-directory $(INSTALLED_PY312) PYTHON312="$$python312" || exit; \
	env -u DATABASE_URL $(BIN_PY312)/pytest -n auto --ds=tests.testapp.settings \
		tests/cms_blocks tests/network_map $(PYTEST_ARGS)

$(INSTALLED_PY312): pyproject.toml requirements/constraints-py312.txt
	$(PYTHON312) -m venv $(VENV_PY312)
	$(BIN_PY312)/python -m pip install --quiet --upgrade pip
	$(BIN_PY312)/python -m pip install --quiet -c requirements/constraints-py312.txt -e ".[testing]"
	touch $(INSTALLED_PY312)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract the strings to translate into every catalogue (needs GNU gettext).
# The site's catalogues also hold our wording of Wagtail's, wagtail-localize's and Django's strings
# (referenced as "wagtail… (upstream)"): no source of ours has them, so makemessages would
# drop them; they are set aside and merged back.
# The README's pictures of the demo (docs/screenshots/), taken with Debian's Chromium.
screenshots: $(INSTALLED)
	$(BIN)/python scripts/screenshots.py

messages: $(INSTALLED)
	kept=$$(mktemp -d) && \
	for lang in fr en es; do \
		msggrep -N 'wagtail*' -N 'wagtail/*' -N 'django/*' locale/$$lang/LC_MESSAGES/django.po \
			> $$kept/$$lang.po || exit; \
	done && \
	$(BIN)/python manage.py makemessages -l fr -l en -l es --no-obsolete \
		--ignore=.venv --ignore=.venv-py312 --ignore=node_modules --ignore=var --ignore=tests \
		--ignore=cms_blocks --ignore=network_map && \
	for lang in fr en es; do \
		po=locale/$$lang/LC_MESSAGES/django.po; \
		msgcat --use-first $$po $$kept/$$lang.po -o $$po || exit; \
	done && rm -r $$kept
	cd cms_blocks && ../$(BIN)/python ../manage.py makemessages -l fr -l en -l es --no-obsolete
	cd network_map && ../$(BIN)/python ../manage.py makemessages -l fr -l en -l es --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=.venv-py312 --ignore=node_modules

constraints: $(INSTALLED)
	( echo '# Exact versions used by CI and by the README'"'"'s commands.'; \
	  echo '# Regenerate after changing dependencies: make constraints'; \
	  $(BIN)/python -m pip freeze --all --exclude pip --exclude-editable ) > requirements/constraints.txt

# Python 3.12 has no pins to start from: a fresh virtualenv takes the newest versions that
# the apps and the testing extra allow there (Django 6.1 today), and these become the pins.
constraints-py312:
	@[ -n "$(PYTHON312)" ] || { echo "constraints-py312: no Python 3.12 found."; exit 1; }
	$(PYTHON312) -m venv --clear $(VENV_PY312)
	$(BIN_PY312)/python -m pip install --quiet --upgrade pip
	$(BIN_PY312)/python -m pip install --quiet -e ".[testing]"
	( echo '# Exact versions of the apps'"'"' tests on Python 3.12 (make test-apps-py312).'; \
	  echo '# Regenerate after changing dependencies: make constraints-py312'; \
	  $(BIN_PY312)/python -m pip freeze --all --exclude pip --exclude-editable ) > requirements/constraints-py312.txt
	touch $(INSTALLED_PY312)

clean:
	rm -rf $(VENV) $(VENV_PY312) node_modules

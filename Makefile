# Two commands matter: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.installed
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench i18n lupdate sysdeps sysdeps-test screenshots clean

run: sysdeps $(READY) i18n
	$(BIN)/python -m app

test: sysdeps-test $(READY) i18n
	$(BIN)/ruff check app tests benchmarks tools migrations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports

bench: sysdeps-test $(READY) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Screenshots of the gate page in every language, for the README and for review.
screenshots: sysdeps $(READY) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots

i18n: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(READY)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (translations already made are kept).
lupdate: $(READY)
	$(BIN)/python -m tools.lupdate

sysdeps:
	@sh packaging/sysdeps.sh

sysdeps-test:
	@sh packaging/sysdeps.sh test

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

clean:
	rm -rf $(VENV) resources/i18n/*.qm .pytest_cache

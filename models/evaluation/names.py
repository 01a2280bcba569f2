"""Speaker-name resolution on hand-labelled dev quotes whose source is a pronoun or a description.

    python -m models.evaluation.names [--model DIR]

Labels (one per quote: document, mention offsets, the name a reader gives):
models/evaluation/data/name_labels.jsonl (100, the rules were tuned on them) and
name_labels_heldout.jsonl (41, sampled with seed 2026 among the rest, "they"/"we" left out as in
the first set, labelled after the rules were frozen). Two figures per set: the resolver alone,
fed the gold source mentions of the document; and end to end, over labelled quotes whose mention
the model returned as a speaker.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..quotes.speakers import Mention, resolve_names, strip_initials
from ..training.polnear import load_split

LABELS = Path(__file__).resolve().parent / "data" / "name_labels.jsonl"
# tuning: the first 100 labels, which the name rules were written against; heldout: 41 more,
# sampled and labelled after the rules were last changed, to show how far the rules generalise.
LABEL_SETS = {"tuning": LABELS, "heldout": LABELS.with_name("name_labels_heldout.jsonl")}


def load_labels(path: Path = LABELS) -> list[dict]:
    """The hand labels."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def oracle_names(document) -> dict[tuple[int, int], str]:
    """Resolve every gold source mention of a document, in order; keyed by offsets."""
    spans = sorted({(a.source[0][0], a.source[-1][1]) for a in document.attributions if a.source})
    mentions = [Mention(document.text[s:e], s, e) for s, e in spans]
    return dict(zip(spans, resolve_names(document.text, mentions)))


def same_name(got: str | None, want: str) -> bool:
    """Names compared without middle initials or case."""
    return strip_initials(got or "").lower() == strip_initials(want).lower()


def score_set(labels: list[dict], documents: dict, attributor=None) -> dict:
    """Resolver accuracy on gold mentions (misses printed), and end to end when an attributor is given."""
    resolved = {name: oracle_names(documents[name]) for name in {label["document"] for label in labels}}
    right = 0
    for label in labels:
        got = resolved[label["document"]].get((label["start"], label["end"]))
        ok = same_name(got, label["name"])
        right += ok
        if not ok:
            print(f"MISS {label['mention']!r}: got {got!r}, want {label['name']!r} ({label['document']})")
    report = {"labels": len(labels), "oracle_mentions_accuracy": round(right / len(labels), 3)}
    if attributor is not None:
        found = correct = 0
        for name in sorted({label["document"] for label in labels}):
            speakers = {(q.speaker.start, q.speaker.end): q.speaker.name
                        for q in attributor.attribute(documents[name].text) if q.speaker}
            for label in (l for l in labels if l["document"] == name):
                if (label["start"], label["end"]) in speakers:
                    found += 1
                    correct += same_name(speakers[(label["start"], label["end"])], label["name"])
        report.update(end_to_end_mentions_found=found,
                      end_to_end_accuracy_on_found=round(correct / found, 3) if found else None,
                      end_to_end_right_of_all_labels=round(correct / len(labels), 3))
    return report


def main() -> None:
    """Print the share resolved right on each label set, and every miss."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--model", help="also score end to end with this model folder")
    parser.add_argument("--precision", default="auto", help="auto, bf16, int8 or fp32 (auto: what the service runs)")
    args = parser.parse_args()
    documents = {d.name: d for d in load_split(args.data, "dev")}
    attributor = None
    if args.model:
        from ..quotes import Attributor
        attributor = Attributor(args.model, precision=args.precision).load()
    report = {}
    for set_name, path in LABEL_SETS.items():
        print(f"# {set_name}: {path.name}")
        report[set_name] = score_set(load_labels(path), documents, attributor)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

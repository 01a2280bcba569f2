"""Speaker-name resolution on hand-labelled PolNeAR speaker mentions, per kind of mention.

    python -m models.evaluation.names [--model DIR]

Labels (one per mention: document, offsets, the name a reader gives, and its kind):
- name_labels.jsonl: 100 dev quotes whose source is a pronoun or a description (two "that" labels
  re-answered with their antecedent when relative pronouns were resolved), and 25 dev relative
  pronouns (seed 11) and 25 dev descriptions headed by a role word (seed 12), all for tuning;
- name_labels_train_tuning.jsonl: 986 train mentions for tuning, drawn in sessions 16 to 20 by
  models.evaluation.sample_names off the train held-out articles (--exclude-documents), in sixteen rounds, each labelled by hand before the resolver
  was scored on it: 164 (seed 21: 45 descriptions, 20 relative pronouns, 40 pronouns, 15 indefinites; seed 22:
  descriptions headed by a role word, 44 kept), 96 (seed 31: 40 pronouns, 20 relative pronouns; seed 32: 40
  descriptions headed by a role word; 4 dropped), 76 (seed 51: 30 pronouns, 15 relative pronouns; seed 52: 35
  role descriptions; 4 dropped), 56 (seed 61: 25 pronouns; seed 62: 35 role descriptions; 4 dropped), 57 (seed 71: 25 pronouns;
  seed 72: the 32 role descriptions left, none dropped), 38 (seed 81: 25 pronouns, 15 relative pronouns; 2
  dropped), 59 (seed 91: 30 determiner-led descriptions of anything, most of them organisations and things, 20
  pronouns, 10 relative pronouns; 1 dropped), 58 (seed 101: 25 descriptions, 20 pronouns, 15 relative pronouns; 2 dropped:
  an editorial only a convention names, a name garbled by the page's encoding), 58 (seed 111: 25 pronouns, 20
  relative pronouns, 15 descriptions; 2 dropped where only a convention decides: a father-and-daughter pair, "the
  party" for a state party), 34 (seed 121: 20 pronouns, 20 relative pronouns; 6 dropped: an unnamed woman only a
  convention names, two names garbled or nicknamed, a list whose head is unclear, a percentage, a demonstrative
  "that"), 53 (seed 131: 30 determiner-led descriptions of anything, 20 pronouns, 10 relative pronouns; 7 dropped: an
  investigation, a poll and a prospect only a convention names, two things that say nothing, a nicknamed name, a site
  name in mismatched marks), 48 (seed 141: 20 pronouns, 20 descriptions, 10 relative pronouns; 2 dropped: a
  percentage, an interrogative "Who cares"), 48 (seed 151: 25 pronouns, 25 descriptions; 2 dropped: "the candidates
  themselves" and "the party that's been locked out of the White House", which only a convention or an inference
  names), 47 (seed 161: 25 pronouns, 15 relative pronouns, 10 descriptions; 3 dropped: a "he" for a man the
  article never names, a name garbled by the page's encoding, a demonstrative "that"), 47 (seed 171: 25 descriptions of
  anything, 25 pronouns; 3 dropped where only a convention decides: a named book, a relative clause on a thing, a group
  with a dash aside), 47 (seed 181: 30 relative pronouns, 20 descriptions; 3 dropped: two percentages, a name given
  only with a nickname in marks); three
  labels follow the service's conventions, a regnal title kept ("Pope Francis") and "the official" after "A ...
  official said" named by that introduction;
- name_labels_heldout.jsonl: 41 more dev quotes, labelled after the session-2 rules were frozen;
- name_labels_train_heldout.jsonl: 180 train mentions drawn by models.evaluation.sample_names
  (seed 7: 45 pronouns, 40 definite descriptions, 25 relative pronouns, 30 names, 10 indefinites;
  seed 8: 30 descriptions headed by a role word), labelled by hand before the resolver was
  scored on them; never used to tune it.
Kinds: pronoun, description (of a person), relative (who/which/that), name, unnamed (organisations,
groups, things; the answer is the mention as written, except that a definite description of a public
body, "the agency", "the campaign", names the body the article gives, "VA", "the Trump campaign": two
labels re-answered under that convention in session 10). A relative pronoun whose antecedent is no
named person ("officials who") counts as right when the answer holds the antecedent's head noun.
Two figures per set: the resolver alone, fed the gold source mentions of the document; and end
to end, over labelled mentions the model returned as a speaker.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from ..quotes.speakers import Mention, resolve_names
from ..quotes.speakers.groups import ORGANISATION, speaker_key
from ..training.polnear import load_split
from .sample_names import mention_kind

LABELS = Path(__file__).resolve().parent / "data" / "name_labels.jsonl"
# tuning and train_tuning: labels the name rules were written against (their misses are printed); heldout and
# train_heldout: labelled before the rules were scored on them, to show how far the rules generalise.
LABEL_SETS = {"tuning": LABELS, "train_tuning": LABELS.with_name("name_labels_train_tuning.jsonl"),
              "heldout": LABELS.with_name("name_labels_heldout.jsonl"),
              "train_heldout": LABELS.with_name("name_labels_train_heldout.jsonl")}
TUNING_SETS = ("tuning", "train_tuning")


def load_labels(path: Path = LABELS) -> list[dict]:
    """The hand labels."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def oracle_names(document) -> dict[tuple[int, int], str]:
    """Resolve every gold source mention of a document, in order; keyed by offsets."""
    spans = sorted({(a.source[0][0], a.source[-1][1]) for a in document.attributions if a.source})
    mentions = [Mention(document.text[s:e], s, e) for s, e in spans]
    return dict(zip(spans, resolve_names(document.text, mentions)))


def same_name(got: str | None, want: str) -> bool:
    """Names compared without middle initials, case or a leading "the" ("the State Department" is "State Department"),
    as the service groups an organisation's quotes."""
    return speaker_key(got or "", ORGANISATION) == speaker_key(want, ORGANISATION)


def right(label: dict, got: str | None) -> bool:
    """Whether a resolved name answers a label (head noun only for an unnamed relative's antecedent)."""
    if label.get("unnamed"):
        words = re.findall(r"[\w'’-]+", (got or "").lower())
        return label["name"].lower().split()[-1] in words and words[0] not in ("who", "which", "that", "whom")
    return same_name(got, label["name"])


def kind_of(label: dict) -> str:
    """The label's kind, or the mention's shape for labels written before kinds were recorded."""
    return label.get("kind") or mention_kind(label["mention"]) or "other"


def score_set(labels: list[dict], documents: dict, attributor=None, show_misses: bool = True) -> dict:
    """Resolver accuracy on gold mentions, overall and per kind (misses printed), and end to end with an attributor."""
    resolved = {name: oracle_names(documents[name]) for name in {label["document"] for label in labels}}
    per_kind: dict[str, list[bool]] = {}
    for label in labels:
        got = resolved[label["document"]].get((label["start"], label["end"]))
        ok = right(label, got)
        per_kind.setdefault(kind_of(label), []).append(ok)
        if not ok and show_misses:
            print(f"MISS [{kind_of(label)}] {label['mention'][:60]!r}: got {got!r}, want {label['name']!r} "
                  f"({label['document']})")
    oks = [ok for values in per_kind.values() for ok in values]
    report = {"labels": len(labels), "oracle_mentions_accuracy": round(sum(oks) / len(oks), 3),
              "per_kind": {kind: f"{sum(values)}/{len(values)} = {sum(values) / len(values):.3f}"
                           for kind, values in sorted(per_kind.items())}}
    if attributor is not None:
        found = correct = 0
        for name in sorted({label["document"] for label in labels}):
            speakers = {(q.speaker.start, q.speaker.end): q.speaker.name
                        for q in attributor.attribute(documents[name].text) if q.speaker}
            for label in (item for item in labels if item["document"] == name):
                if (label["start"], label["end"]) in speakers:
                    found += 1
                    correct += right(label, speakers[(label["start"], label["end"])])
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
    parser.add_argument("--show-heldout-misses", action="store_true",
                        help="also print the held-out sets' misses (whoever reads them may no longer tune on them)")
    args = parser.parse_args()
    documents = {d.name: d for split in ("dev", "train") for d in load_split(args.data, split)}
    attributor = None
    if args.model:
        from ..quotes import Attributor
        attributor = Attributor(args.model, precision=args.precision).load()
    report = {}
    for set_name, path in LABEL_SETS.items():
        print(f"# {set_name}: {path.name}")
        show = set_name in TUNING_SETS or args.show_heldout_misses
        report[set_name] = score_set(load_labels(path), documents, attributor, show_misses=show)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

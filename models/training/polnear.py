"""Read PolNeAR brat standoff annotations into plain documents and attributions."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

Spans = list[tuple[int, int]]
ROLES = ("Source", "Cue", "Content")


@dataclass
class Attribution:
    """One annotated attribution relation; each role is a list of (start, end) fragments."""

    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)


@dataclass
class Document:
    """One article with its attributions."""

    name: str
    text: str
    attributions: list[Attribution]


def parse_offsets(field_text: str) -> Spans:
    """Turn brat offsets like '12 30;33 40' into [(12, 30), (33, 40)]."""
    spans = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        spans.append((int(start), int(end)))
    return spans


def parse_ann(ann_text: str) -> list[Attribution]:
    """Parse one .ann file into attributions, ignoring notes and other labels."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in ann_text.split("\n"):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        key = parts[0]
        if key.startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            if label in ROLES:
                spans[key] = (label, parse_offsets(offsets))
        elif key.startswith("E"):
            args = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                args[role] = ref
            events.append(args)
    attributions = []
    for args in events:
        attribution = Attribution()
        for role in ROLES:
            ref = args.get(role)
            if ref in spans and spans[ref][0] == role:
                setattr(attribution, role.lower(), sorted(spans[ref][1]))
        if attribution.content or attribution.source or attribution.cue:
            attributions.append(attribution)
    return attributions


def first_annotators(root: Path) -> dict[str, str]:
    """Map each article to the first annotator listed in metadata.tsv."""
    with open(root / "metadata.tsv", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: row["annotators"].split("|")[0].strip() for row in rows}


def load_split(root: Path | str, split: str) -> list[Document]:
    """Load every article of a split with its first annotator's attributions."""
    root = Path(root)
    annotators = first_annotators(root)
    documents = []
    for text_path in sorted((root / split / "text").glob("*.txt")):
        name = text_path.stem
        ann_dir = root / split / "attributions"
        candidates = sorted(ann_dir.glob(f"{name}_*.ann"))
        preferred = ann_dir / f"{name}_{annotators.get(name, '')}.ann"
        ann_path = preferred if preferred.exists() else (candidates[0] if candidates else None)
        text = text_path.read_text(encoding="utf-8")
        attributions = parse_ann(ann_path.read_text(encoding="utf-8")) if ann_path else []
        documents.append(Document(name=name, text=text, attributions=attributions))
    return documents

"""Evaluate a model folder on PolNeAR dev: per-role exact F1, Jaccard content F1, direct quotes, sources.

    python -m models.evaluation.evaluate --model models/weights/quote-attribution
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from ..quotes import Attributor
from ..quotes.calibration import expected_calibration_error, fit_platt
from ..quotes.precision import PRECISIONS
from ..quotes.spans.quote_types import DOUBLE_MARKS
from ..training.polnear import load_split
from .metrics import Accuracy, Counts, char_set, exact_counts, match_by_jaccard, trim


def has_marks(text: str) -> bool:
    """True when a span holds a double quote mark: the 'direct quote' subset."""
    return any(ch in DOUBLE_MARKS for ch in text)


def evaluate_document(document, quotes, totals, records) -> None:
    """Add one document's counts to the running totals."""
    text = document.text
    gold = [a for a in document.attributions if a.content]
    predicted_fragments = [(f.start, f.end) for q in quotes for f in q.fragments]
    gold_fragments = [span for a in gold for span in a.content]
    totals["content"].add(*exact_counts(text, predicted_fragments, gold_fragments))
    totals["source"].add(*exact_counts(text, list({(q.speaker.start, q.speaker.end) for q in quotes if q.speaker}),
                                       [s for a in document.attributions for s in a.source]))
    totals["cue"].add(*exact_counts(text, list({(q.cue.start, q.cue.end) for q in quotes if q.cue}),
                                    [s for a in document.attributions for s in a.cue]))
    predicted_sets = [char_set(text, [(f.start, f.end) for f in q.fragments]) for q in quotes]
    gold_sets = [char_set(text, a.content) for a in gold]
    matches = match_by_jaccard(predicted_sets, gold_sets)
    totals["content_jaccard"].add(len(matches), len(predicted_sets), len(gold_sets))
    pred_direct = [i for i, q in enumerate(quotes) if has_marks(q.text)]
    gold_direct = [j for j, a in enumerate(gold) if any(has_marks(text[s:e]) for s, e in a.content)]
    direct_matches = match_by_jaccard([predicted_sets[i] for i in pred_direct], [gold_sets[j] for j in gold_direct])
    totals["direct_jaccard"].add(len(direct_matches), len(pred_direct), len(gold_direct))
    for i, j in matches:
        quote, attribution = quotes[i], gold[j]
        gold_source = trim(text, attribution.source[0][0], attribution.source[-1][1]) if attribution.source else None
        predicted_source = trim(text, quote.speaker.start, quote.speaker.end) if quote.speaker else None
        ok = gold_source == predicted_source
        totals["source_on_matched"].add(ok)
        if has_marks(quote.text) and any(has_marks(text[s:e]) for s, e in attribution.content):
            totals["source_on_matched_direct"].add(ok)
        records["quote"].append((quote.confidence, 1))
        if quote.speaker:
            records["speaker"].append((quote.speaker.confidence, int(ok)))
    matched = {i for i, _ in matches}
    for i, quote in enumerate(quotes):
        if i not in matched:
            records["quote"].append((quote.confidence, 0))
            if quote.speaker:
                records["speaker"].append((quote.speaker.confidence, 0))


def calibration_report(records: list[tuple[float, int]], seed: int = 0) -> dict:
    """ECE raw, and ECE after Platt scaling fitted on one half of dev and scored on the other (both ways)."""
    if len(records) < 20:
        return {}
    order = list(range(len(records)))
    random.Random(seed).shuffle(order)
    scores = np.array([records[i][0] for i in order])
    correct = np.array([records[i][1] for i in order])
    half = len(order) // 2
    after = []
    for fit, test in ((slice(0, half), slice(half, None)), (slice(half, None), slice(0, half))):
        platt = fit_platt(scores[fit], correct[fit])
        after.append(expected_calibration_error(np.array([platt(s) for s in scores[test]]), correct[test]))
    full = fit_platt(scores, correct)
    return {"ece_raw": round(expected_calibration_error(scores, correct), 4),
            "ece_calibrated_heldout_half": round(float(np.mean(after)), 4),
            "platt": {"a": round(full.a, 4), "b": round(full.b, 4)}, "n": len(records)}


CONFIDENCE_BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


def confidence_table(records: list[tuple[float, int]], platt) -> list[dict]:
    """Per band of the served (calibrated) confidence: how many quotes, and the share that are right."""
    served = [(platt(score), correct) for score, correct in records]
    table = []
    for low, high in zip(CONFIDENCE_BANDS, CONFIDENCE_BANDS[1:]):
        inside = [correct for confidence, correct in served if low <= confidence < high]
        at_least = [correct for confidence, correct in served if confidence >= low]
        table.append({"band": f"{low:.2f}-{min(high, 1.0):.2f}", "quotes": len(inside),
                      "right": round(sum(inside) / len(inside), 3) if inside else None,
                      "kept_at_floor": len(at_least),
                      "right_at_floor": round(sum(at_least) / len(at_least), 3) if at_least else None})
    return table


def main() -> None:
    """Run the model over dev and print (and optionally save) every figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="models/weights/quote-attribution")
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--precision", default="auto", choices=PRECISIONS,
                        help="auto: bf16 where the CPU has it natively, else fp32 (what the service runs)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--window", type=int, help="inference window in tokens (default: as trained)")
    parser.add_argument("--overlap", type=int, help="overlap between windows in tokens (default: as trained)")
    parser.add_argument("--write-calibration", action="store_true",
                        help="fit Platt scaling on this split and save it beside the weights")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    attributor = Attributor(args.model, threads=args.threads, precision=args.precision, window=args.window,
                            overlap=args.overlap).load()
    served_calibration = {"quote": attributor.quote_calibration, "speaker": attributor.speaker_calibration}
    attributor.quote_calibration = attributor.speaker_calibration = type(attributor.quote_calibration)()
    documents = load_split(args.data, args.split)[: args.limit or None]
    totals = {name: Counts() for name in ("content", "source", "cue", "content_jaccard", "direct_jaccard")}
    totals.update(source_on_matched=Accuracy(), source_on_matched_direct=Accuracy())
    records = {"quote": [], "speaker": []}
    started = time.perf_counter()
    for document in documents:
        evaluate_document(document, attributor.attribute(document.text), totals, records)
    elapsed = time.perf_counter() - started
    report = {name: (value.scores() if isinstance(value, Counts) else value.value()) for name, value in totals.items()}
    report["calibration"] = {kind: calibration_report(rows) for kind, rows in records.items()}
    # What a user choosing options.min_confidence sees: the shipped calibration, by band and as a floor.
    report["confidence_table"] = {kind: confidence_table(rows, served_calibration[kind]) for kind, rows in records.items()}
    report["documents"] = len(documents)
    report["seconds"] = round(elapsed, 1)
    report["precision"] = attributor.precision
    report["window"], report["overlap"] = attributor.window, attributor.overlap
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    if args.write_calibration:
        path = Path(args.model) / "calibration.json"
        calibration = json.loads(path.read_text()) if path.exists() else {}
        calibration[attributor.precision] = {kind: report["calibration"][kind]["platt"]
                                             for kind in ("quote", "speaker") if report["calibration"].get(kind)}
        path.write_text(json.dumps(calibration, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

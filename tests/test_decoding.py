"""Decoding tag scores into spans, from hand-made logits."""
from __future__ import annotations

import re

import numpy as np

from models.quotes.spans.decoding import TokenSpan, decode_spans, viterbi
from models.quotes.labels import TAG_INDEX, TAGS


def logits_for(tags: list[str], margin: float = 6.0) -> np.ndarray:
    """Logits that prefer the given tag at each token."""
    logits = np.zeros((len(tags), len(TAGS)), dtype=np.float32)
    for t, tag in enumerate(tags):
        logits[t, TAG_INDEX[tag]] = margin
    return logits


def test_spans_read_off_clean_tags():
    spans = decode_spans(logits_for(["B-content", "I-content", "I-content", "B-source", "B-cue", "O"]))
    assert [(s.role, s.start, s.end) for s in spans] == [("content", 0, 3), ("source", 3, 4), ("cue", 4, 5)]
    assert all(0.9 < s.score <= 1.0 for s in spans)


def test_viterbi_never_starts_inside_a_span():
    logits = logits_for(["I-content", "I-content", "O"])
    path = [TAGS[i] for i in viterbi(logits - np.log(np.exp(logits).sum(-1, keepdims=True)))]
    assert path[0] != "I-content"
    assert all(not (prev == "O" and tag.startswith("I-")) for prev, tag in zip(path, path[1:]))


def test_one_weak_token_does_not_break_a_content_span():
    logits = logits_for(["B-content"] + ["I-content"] * 8)
    logits[4] = 0.0
    logits[4, TAG_INDEX["O"]] = 1.0
    logits[4, TAG_INDEX["I-content"]] = 0.8
    spans = decode_spans(logits)
    assert [(s.role, s.start, s.end) for s in spans] == [("content", 0, 9)]


def test_role_change_inside_run_starts_new_span():
    spans = decode_spans(logits_for(["B-source", "I-cue", "I-cue"]))
    assert [s.role for s in spans][0] == "source"
    assert all(s.end > s.start for s in spans)


def test_empty_input():
    assert decode_spans(np.zeros((0, len(TAGS)), dtype=np.float32)) == []


def test_vectorised_distance_buckets_match_the_training_function():
    from models.quotes.network import distance_bucket, distance_buckets
    rng = np.random.default_rng(3)
    starts = rng.integers(0, 400, size=(30, 1))
    spans = np.concatenate([starts, starts + rng.integers(1, 20, size=(30, 1))], axis=1)
    anchors, candidates = spans[:12], spans[12:]
    expected = [[distance_bucket(tuple(a), tuple(c)) for c in candidates] for a in anchors]
    assert distance_buckets(anchors, candidates).tolist() == expected


def best_path_by_enumeration(log_probs: np.ndarray) -> tuple[int, ...]:
    """The highest-scoring BIO-valid path, found by trying every path (tiny inputs only)."""
    import itertools
    best, best_score = None, -np.inf
    for path in itertools.product(range(len(TAGS)), repeat=log_probs.shape[0]):
        tags = [TAGS[i] for i in path]
        valid = all(not tag.startswith("I-") or (t > 0 and tags[t - 1][2:] == tag[2:])
                    for t, tag in enumerate(tags))
        score = sum(log_probs[t, i] for t, i in enumerate(path))
        if valid and score > best_score:
            best, best_score = path, score
    return best


def test_viterbi_finds_the_best_valid_path():
    rng = np.random.default_rng(7)
    for _ in range(25):
        logits = rng.normal(scale=3.0, size=(4, len(TAGS))).astype(np.float32)
        log_probs = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
        assert tuple(viterbi(log_probs)) == best_path_by_enumeration(log_probs)


def test_token_lines_marks_titles_but_not_wrapped_sentences():
    from models.quotes.spans.linking import token_lines
    text = "Coalition talks\n\n“Ready,” said Eva.\nAn act of terror and a hate\ncrime, he said.\nNews [NYT.]"
    words = [m.span() for m in re.finditer(r"\S+", text)]
    numbers, titles = token_lines(text, np.array(words))
    by_word = {text[s:e]: (int(n), bool(t)) for (s, e), n, t in zip(words, numbers, titles)}
    assert by_word["talks"] == (0, True)
    assert by_word["said"] == (2, False)
    assert by_word["hate"] == (3, False)  # the next line starts in lower case: one sentence wrapped
    assert by_word["[NYT.]"] == (5, False)


def test_a_headline_speaker_is_out_of_reach_of_a_later_line():
    import torch
    from models.quotes.network import SpanLinker
    from models.quotes.spans.linking import link_spans
    torch.manual_seed(0)
    linker = SpanLinker(hidden=8, width=4).eval()
    hidden = torch.randn(12, 8)
    anchor, headline_cue = TokenSpan("content", 6, 8, 1.0), TokenSpan("cue", 1, 2, 1.0)
    numbers = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2])
    titles = numbers == 0
    blocked = link_spans(linker, hidden, [anchor], [headline_cue], (numbers, titles))
    assert blocked[0].index is None and blocked[0].probability == 1.0
    same_line = link_spans(linker, hidden, [TokenSpan("content", 0, 1, 1.0)], [headline_cue], (numbers, titles))
    assert same_line[0].probability < 1.0  # a headline's own words still reach its cue


def test_a_content_the_linker_gave_to_a_headline_takes_its_next_choice_only_when_sure():
    import torch
    from models.quotes.spans.linking import link_spans

    def fixed(scores):
        """A stand-in linker returning hand-made logits [none, headline cue, body cue]."""
        return lambda hidden, anchors, candidates, buckets, reachable: torch.tensor([scores])

    numbers = np.array([0, 0, 1, 1, 1, 1, 1, 1])
    lines = (numbers, numbers == 0)
    anchor = [TokenSpan("content", 2, 4, 1.0)]
    cues = [TokenSpan("cue", 1, 2, 1.0), TokenSpan("cue", 5, 6, 1.0)]
    sure = link_spans(fixed([0.0, 9.0, 6.0]), None, anchor, cues, lines)[0]
    assert sure.index == 1 and sure.probability > 0.9
    unsure = link_spans(fixed([1.0, 9.0, 1.5]), None, anchor, cues, lines)[0]
    assert unsure.index is None
    unlined = link_spans(fixed([0.0, 9.0, 6.0]), None, anchor, cues)[0]
    assert unlined.index == 0  # without lines, nothing is out of reach


def test_a_content_run_from_a_title_into_the_body_is_cut_at_the_title():
    from models.quotes.spans.linking import split_at_titles
    numbers = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    titles = numbers == 0
    spans = [TokenSpan("content", 1, 5, 0.9), TokenSpan("content", 6, 8, 0.9)]
    assert [(s.start, s.end) for s in split_at_titles(spans, (numbers, titles))] == [(1, 3), (3, 5), (6, 8)]


def test_a_headline_content_is_out_of_reach_of_a_body_cue():
    import torch
    from models.quotes.spans.linking import link_spans
    numbers = np.array([0, 0, 0, 1, 1, 1, 1, 1])
    lines = (numbers, numbers == 0)
    linker = lambda hidden, anchors, candidates, buckets, reachable: torch.tensor([[0.0, 9.0]])
    link = link_spans(linker, None, [TokenSpan("content", 0, 2, 1.0)], [TokenSpan("cue", 5, 6, 1.0)], lines)[0]
    assert link.index is None  # "The ‘Miracle’ Drug That Wasn’t" is not what researchers "reported" below it

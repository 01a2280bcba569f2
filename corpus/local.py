"""Attribution in this one process: for small runs and where Ray is not wanted (--engine local)."""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

from .attribution import DocumentAttributor


def batches(documents: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """Consecutive lists of up to size documents."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def run_local(documents: Iterable[dict], write: Callable[[list[tuple[str, str, bool]]], int], attributor_options: dict,
              batch_size: int = 16) -> None:
    """Attribute every document with one attributor, writing each batch's lines as it finishes."""
    attributor = DocumentAttributor(**attributor_options)
    for batch in batches(documents, batch_size):
        write(attributor.lines(batch))

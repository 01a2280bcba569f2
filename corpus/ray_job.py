"""The same attribution on Ray Data: map_batches over an actor pool that loads the model once per actor.

The driver reads the input (so a bad document becomes its own error line, and resumed runs skip
what is done), hands documents to Ray Data in chunks, and writes answers as they come back.
Threads per actor x actors stays within the CPUs Ray has.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from .attribution import answer_line
from .local import batches

ROOT = Path(__file__).resolve().parent.parent
MAX_BLOCKS = 4096


class AttributionActor:
    """A map_batches callable class: Ray Data makes one per actor, so the model loads once per actor."""

    def __init__(self, attributor_options: dict):
        """Load the model in this actor."""
        from .attribution import DocumentAttributor
        self.attributor = DocumentAttributor(**attributor_options)

    def __call__(self, batch: dict) -> dict:
        """Answer a batch of {id, text} columns as {id, line, failed} columns."""
        documents = [{"id": str(i), "text": str(t)} for i, t in zip(batch["id"], batch["text"])]
        lines = self.attributor.lines(documents)
        return {"id": [i for i, _, _ in lines], "line": [line for _, line, _ in lines],
                "failed": [failed for _, _, failed in lines]}


def start_ray(address: str | None, cpus: int | None) -> int:
    """Join the cluster at address, or start local Ray on this machine; the CPUs Ray offers."""
    import logging

    import ray
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # the command prints its own progress and summary
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            # Local workers inherit this environment: they import the project from this checkout, and
            # setting it here rather than in a runtime_env lets Ray use its pre-started workers.
            os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            ray.init(num_cpus=cpus or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                     object_store_memory=512 * 1024 * 1024)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the command shows its own
    return int(ray.cluster_resources().get("CPU", 1))


def pool_size(cpus: int, threads: int, actors: int | None) -> int:
    """Actors so that actors x threads never exceeds the CPUs."""
    most = max(1, cpus // max(1, threads))
    return most if actors is None else max(1, min(actors, most))


def run_on_ray(documents: Iterable[dict], write: Callable[[list[tuple[str, str, bool]]], int], attributor_options: dict,
               address: str | None = None, actors: int | None = None, cpus: int | None = None,
               batch_size: int = 4, chunk_size: int = 10_000) -> int:
    """Attribute every document on Ray, writing answers as batches come back; the actor pool size used."""
    import ray
    threads = attributor_options.get("threads", 1)
    size = pool_size(start_ray(address, cpus), threads, actors)
    for chunk in batches(documents, chunk_size):
        unreadable = [d for d in chunk if "error" in d]
        if unreadable:
            write([answer_line({"id": d["id"], "error": d["error"]}) for d in unreadable])
        readable = [{"id": d["id"], "text": d["text"]} for d in chunk if "error" not in d]
        if not readable:
            continue
        # One block per batch: an actor hands back a block only when all of it is done, so big blocks
        # hold the first answers back and leave one actor working alone at the end.
        blocks = max(1, min(MAX_BLOCKS, -(-len(readable) // batch_size)))
        dataset = ray.data.from_items(readable, override_num_blocks=blocks)
        answered = dataset.map_batches(AttributionActor, fn_constructor_kwargs={"attributor_options": attributor_options},
                                       batch_size=batch_size, compute=ray.data.ActorPoolStrategy(size=size),
                                       num_cpus=threads, batch_format="numpy")
        for batch in answered.iter_batches(batch_size=None, batch_format="numpy"):
            write([(str(i), str(line), bool(failed)) for i, line, failed in zip(batch["id"], batch["line"], batch["failed"])])
    return size

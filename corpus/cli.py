"""The command line: quote-corpus IN OUT, or python -m corpus IN OUT (--help for the options)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

from . import inputs
from .attribution import ALL_TYPES
from .outputs import open_output

DEFAULT_MODEL = str(Path(__file__).resolve().parent.parent / "models" / "weights" / "quote-attribution")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command's options."""
    parser = argparse.ArgumentParser(
        prog="quote-corpus",
        description="Attribute the quotes of every document in a folder of .txt files, a .txt file, or a JSONL/"
                    "Parquet file of {id, text}; write one answer per document (the shape of POST /attribute, "
                    "without timing_ms; errors as {id, error}) to a .jsonl or .parquet file. Run it again to "
                    "resume: documents already in the output are skipped.")
    parser.add_argument("input", type=Path, help="folder of .txt files, a .txt file, or a .jsonl/.parquet file")
    parser.add_argument("output", type=Path, help="a .jsonl or .parquet file (appended to / completed on resume)")
    parser.add_argument("--engine", choices=("ray", "local"), default="ray",
                        help="ray: Ray Data with an actor pool (default; local Ray unless --address); "
                             "local: this one process")
    parser.add_argument("--address", help="an existing Ray cluster (e.g. ray://head:10001 or auto)")
    parser.add_argument("--actors", type=int, help="Ray actors (default: CPUs // --threads)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch threads per actor (default 1 on Ray; every core with --engine local)")
    parser.add_argument("--cpus", type=int, help="CPUs for local Ray (default: every core)")
    parser.add_argument("--batch-size", type=int, default=4, help="documents per batch (default 4)")
    parser.add_argument("--chunk-size", type=int, default=10_000,
                        help="documents handed to Ray at a time; each chunk starts its actors anew (default 10000)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="the model folder (default: the shipped weights)")
    parser.add_argument("--precision", default="auto", choices=("auto", "bf16", "int8", "fp32"))
    parser.add_argument("--max-chars", type=int, default=200_000,
                        help="longer documents get a 413 error entry, as the service gives (default 200000)")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="as the API's option (default 0)")
    parser.add_argument("--types", default=",".join(ALL_TYPES), help="comma-separated quote types (default: all)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    args.types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    if not args.types or set(args.types) - set(ALL_TYPES):
        parser.error(f"--types takes a comma-separated subset of {', '.join(ALL_TYPES)}")
    if not 0.0 <= args.min_confidence <= 1.0:
        parser.error("--min-confidence must lie in [0, 1]")
    if args.threads is None:
        args.threads = 1 if args.engine == "ray" else (os.cpu_count() or 1)
    return args


def pending(documents: Iterable[dict], done: set[str], skipped: dict, progress) -> Iterator[dict]:
    """Documents not answered yet; a repeated id is done once (counted in skipped, and on the bar)."""
    seen: set[str] = set()
    for document in documents:
        if document["id"] in done:
            continue
        if document["id"] in seen:
            skipped["repeated_ids"] += 1
            progress.update(1)
            continue
        seen.add(document["id"])
        yield document


def main(argv: list[str] | None = None) -> None:
    """Run the command; exit 0 when every document has its line, 130 when interrupted (run again to resume)."""
    args = parse_args(argv)
    try:
        total = inputs.count(args.input)
        output = open_output(args.output)
    except (ValueError, FileNotFoundError) as error:
        sys.exit(f"quote-corpus: {error}")
    already = len(output.done)
    progress = make_progress(total, already, args.no_progress)
    counts = {"written": 0, "errors": 0, "first_answer_at": None}
    skipped = {"repeated_ids": 0}

    def write(lines: list[tuple[str, str, bool]]) -> int:
        """Write answer lines and move the progress bar."""
        fresh = output.write(lines)
        failed = sum(1 for _, _, is_error in fresh if is_error)
        counts["written"] += len(fresh)
        counts["errors"] += failed
        if len(fresh) > failed and counts["first_answer_at"] is None:  # the first document the model answered
            counts["first_answer_at"], counts["first_batch"] = time.perf_counter(), len(fresh)
        progress.update(len(fresh))
        return len(fresh)

    options = {"model_dir": args.model, "threads": args.threads, "precision": args.precision,
               "max_chars": args.max_chars, "min_confidence": args.min_confidence, "types": args.types}
    documents = pending(inputs.read(args.input), output.done.copy(), skipped, progress)
    started = time.perf_counter()
    summary = {"input": str(args.input), "output": str(args.output), "engine": args.engine}
    try:
        if args.engine == "ray":
            from .ray_job import run_on_ray
            summary["actors"] = run_on_ray(documents, write, options, address=args.address, actors=args.actors,
                                           cpus=args.cpus, batch_size=args.batch_size, chunk_size=args.chunk_size)
            summary["threads_per_actor"] = args.threads
        else:
            from .local import run_local
            run_local(documents, write, options, batch_size=args.batch_size)
            summary["threads"] = args.threads
        output.finish()
    except KeyboardInterrupt:
        output.close()
        progress.close()
        print(f"quote-corpus: interrupted after {counts['written']} new answers; run the same command again to "
              "resume", file=sys.stderr)
        sys.exit(130)
    except (ValueError, ConnectionError) as error:  # an unreadable input file, or no Ray cluster at --address
        output.close()
        progress.close()
        sys.exit(f"quote-corpus: {type(error).__name__}: {error}")
    progress.close()
    seconds = time.perf_counter() - started
    summary.update(documents=total, already_done=already, written=counts["written"], errors=counts["errors"],
                   repeated_ids_skipped=skipped["repeated_ids"], seconds=round(seconds, 1),
                   docs_per_s=round(counts["written"] / seconds, 2) if seconds > 0 else None)
    if counts["first_answer_at"] is not None and counts["written"] > counts["first_batch"]:
        # Start-up (Ray, actors, model loads) apart from the steady rate that a long run sees.
        startup = counts["first_answer_at"] - started
        summary.update(startup_s=round(startup, 1),
                       steady_docs_per_s=round((counts["written"] - counts["first_batch"]) / max(1e-9, seconds - startup),
                                               2))
    print(json.dumps(summary), file=sys.stderr)


def make_progress(total: int, initial: int, disabled: bool):
    """A tqdm bar counting documents, with documents/s."""
    from tqdm import tqdm
    return tqdm(total=total, initial=min(initial, total), unit="doc", desc="attributing", disable=disabled,
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

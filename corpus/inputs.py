"""Documents to attribute, read one at a time from a .txt file, a folder of .txt files, JSONL or Parquet.

Each is a dict {"id", "text"}, or {"id", "error"} when that document cannot be read (a file that
is not UTF-8, a line that is not JSON, a record without text): a bad document never stops a run.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from service.errors import BadRequest, ValidationFailed

PARQUET_BATCH_ROWS = 1024


def kind_of(path: Path) -> str:
    """'folder', 'txt', 'jsonl' or 'parquet', from the path; ValueError for anything else."""
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    kinds = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
    if suffix not in kinds:
        raise ValueError(f"{path}: expected a folder, a .txt, .jsonl or .parquet file")
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    return kinds[suffix]


def text_files(folder: Path) -> list[Path]:
    """The .txt files under a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")


def count(path: Path) -> int:
    """How many documents the input holds (for the progress bar), without reading their text."""
    kind = kind_of(path)
    if kind == "folder":
        return len(text_files(path))
    if kind == "txt":
        return 1
    if kind == "jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    import pyarrow.parquet as pq
    return pq.ParquetFile(path).metadata.num_rows


def read(path: Path) -> Iterator[dict]:
    """Every document of the input, in input order."""
    kind = kind_of(path)
    if kind == "folder":
        for file in text_files(path):
            yield read_text_file(file, file.relative_to(path).with_suffix("").as_posix())
    elif kind == "txt":
        yield read_text_file(path, path.stem)
    elif kind == "jsonl":
        yield from read_jsonl(path)
    else:
        yield from read_parquet(path)


def read_text_file(file: Path, document_id: str) -> dict:
    """One .txt file as a document; its id is its name without the extension."""
    try:
        return {"id": document_id, "text": file.read_bytes().decode("utf-8-sig")}
    except UnicodeDecodeError as error:
        return {"id": document_id, "error": BadRequest(f"{file.name} is not UTF-8 text ({error.reason} at byte "
                                                        f"{error.start})").to_dict()}
    except OSError as error:
        return {"id": document_id, "error": BadRequest(f"{file.name} could not be read: {error.strerror}").to_dict()}


def record(raw, fallback_id: str) -> dict:
    """A {id, text} record checked: a string text, and a string id (the fallback when there is none)."""
    if not isinstance(raw, dict):
        return {"id": fallback_id, "error": ValidationFailed("the record is not an object").to_dict()}
    document_id = raw.get("id")
    document_id = str(document_id) if isinstance(document_id, (str, int)) and str(document_id) else fallback_id
    if not isinstance(raw.get("text"), str):
        return {"id": document_id, "error": ValidationFailed("the record has no string 'text'").to_dict()}
    return {"id": document_id, "text": raw["text"]}


def read_jsonl(path: Path) -> Iterator[dict]:
    """Each non-blank line a document; a record without an id gets 'line-N' (N counts from 1)."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                yield {"id": f"line-{number}", "error": BadRequest(f"line {number} is not JSON: {error}").to_dict()}
                continue
            yield record(raw, f"line-{number}")


def read_parquet(path: Path) -> Iterator[dict]:
    """Rows of the id and text columns; a row without an id gets 'row-N' (N counts from 1)."""
    import pyarrow.parquet as pq
    parquet = pq.ParquetFile(path)
    missing = {"text"} - set(parquet.schema_arrow.names)
    if missing:
        raise ValueError(f"{path} has no 'text' column (columns: {', '.join(parquet.schema_arrow.names)})")
    columns = [c for c in ("id", "text") if c in parquet.schema_arrow.names]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            number += 1
            yield record(row, f"row-{number}")

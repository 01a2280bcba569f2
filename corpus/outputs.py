"""Where answers go: a JSONL file appended as documents finish, or a Parquet file made from one at the end.

Both resume: ids already written are read back and skipped, so a run that is interrupted and
started again ends with every document exactly once. A JSONL line cut off by the interruption is
dropped on resume (and its document done again). Parquet cannot be appended to, so a Parquet run
collects its answers in `<out>.partial.jsonl` and writes the Parquet file (old rows and new) when
it completes.
"""
from __future__ import annotations

import json
import os
from pathlib import Path


def jsonl_ids(path: Path) -> set[str]:
    """Ids of the complete lines of a JSONL output; a last line without its newline (the run stopped
    while writing it) is cut off, once the file is known to be one of ours."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    complete, _, torn = data.rpartition(b"\n")
    ids = set()
    for number, line in enumerate(complete.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            ids.add(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path} line {number} is not an answer line of this tool ({error}); "
                             "choose another output file") from error
    if torn:
        if not torn.startswith(b'{"id": '):
            raise ValueError(f"{path} does not end like an output of this tool; choose another output file")
        with path.open("rb+") as handle:
            handle.truncate(len(data) - len(torn))
    return ids


class JsonlOutput:
    """Answers appended to a JSONL file, one line each, flushed to disk after every batch."""

    def __init__(self, path: Path):
        """Open for appending, after reading what an earlier run already wrote."""
        self.path = path
        self.done = jsonl_ids(path)
        self.handle = path.open("a", encoding="utf-8")

    def write(self, lines: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
        """Append (id, JSON line, is error) answers whose id is not written yet; those written."""
        written = []
        for entry in lines:
            if entry[0] in self.done:
                continue
            self.handle.write(entry[1] + "\n")
            self.done.add(entry[0])
            written.append(entry)
        self.handle.flush()
        os.fsync(self.handle.fileno())
        return written

    def close(self) -> None:
        """Close the file."""
        self.handle.close()

    def finish(self) -> None:
        """Nothing left to do: every line is already in place."""
        self.close()


class ParquetOutput(JsonlOutput):
    """Answers kept in a partial JSONL beside the target, written as Parquet when the run completes."""

    def __init__(self, path: Path):
        """Resume from the finished Parquet file (if any) and the partial JSONL of an interrupted run."""
        self.target = path
        super().__init__(path.with_name(path.name + ".partial.jsonl"))
        self.done |= parquet_ids(path)

    def finish(self) -> None:
        """Write old and new rows to the Parquet file, then drop the partial file."""
        import pyarrow as pa
        import pyarrow.parquet as pq
        self.close()
        rows = []
        if self.target.exists():
            rows.extend(pq.read_table(self.target, schema=parquet_schema()).to_pylist())
        with self.path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
        temporary = self.target.with_name(self.target.name + ".tmp")
        pq.write_table(pa.Table.from_pylist([parquet_row(row) for row in rows], schema=parquet_schema()), temporary)
        os.replace(temporary, self.target)
        self.path.unlink()


def parquet_ids(path: Path) -> set[str]:
    """Ids in a finished Parquet output."""
    if not path.exists():
        return set()
    import pyarrow.parquet as pq
    return set(pq.read_table(path, columns=["id"]).column("id").to_pylist())


def parquet_row(answer: dict) -> dict:
    """An answer with every column present (None where an error row has no quotes, or a good one no error)."""
    return {"id": answer.get("id"), "model": answer.get("model"), "quotes": answer.get("quotes"),
            "speakers": answer.get("speakers"), "error": answer.get("error")}


def parquet_schema():
    """The Parquet columns: the JSON answer's fields as nested Arrow types."""
    import pyarrow as pa
    span = [("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())]
    speaker = pa.struct(span + [("name", pa.string()), ("confidence", pa.float64()), ("id", pa.string()),
                                ("kind", pa.string())])
    quote = pa.struct(span + [("type", pa.string()), ("confidence", pa.float64()),
                              ("fragments", pa.list_(pa.struct(span))), ("speaker", speaker),
                              ("cue", pa.struct(span))])
    return pa.schema([
        ("id", pa.string()),
        ("model", pa.struct([("name", pa.string()), ("version", pa.string()), ("precision", pa.string())])),
        ("quotes", pa.list_(quote)),
        ("speakers", pa.list_(pa.struct([("id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
                                         ("quotes", pa.int64())]))),
        ("error", pa.struct([("type", pa.string()), ("title", pa.string()), ("status", pa.int64()),
                             ("detail", pa.string())])),
    ])


def open_output(path: Path) -> JsonlOutput:
    """The writer for a .jsonl or .parquet output."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return JsonlOutput(path)
    if suffix == ".parquet":
        return ParquetOutput(path)
    raise ValueError(f"{path}: the output must be a .jsonl or .parquet file")

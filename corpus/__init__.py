"""Quote attribution over an archive: a folder of .txt files, or a JSONL or Parquet file of {id, text}.

`python -m corpus IN OUT` (or the `quote-corpus` console script) runs the service's model on every
document, on local Ray by default (every core), on a Ray cluster with --address, or in this one
process with --engine local, and writes one answer per document in the shape of POST /attribute.
"""

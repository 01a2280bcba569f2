"""The corpus tool: inputs, outputs, resume and errors over the fake model; the Ray job over the real one."""
from __future__ import annotations

import json

import pytest

from corpus import attribution, cli
from service.responses import document_answer
from tests.conftest import ROOT
from tests.fakes import FakeAttributor

TEXTS = {f"doc{i:02d}": f"“Point number {i} stands,” Maria Santos said. Nothing else here {i}." for i in range(10)}


@pytest.fixture
def fake(monkeypatch):
    """The fake model in place of the real one, counting the documents it sees."""
    instance = FakeAttributor()
    monkeypatch.setattr(attribution, "load_attributor", lambda *args: instance)
    return instance


def run(*args: str) -> None:
    """The command, in process, on the local engine, quietly."""
    cli.main([*map(str, args), "--engine", "local", "--no-progress", "--batch-size", "2"])


def lines(path) -> list[dict]:
    """The output's JSON lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected(document_id: str, text: str) -> dict:
    """What POST /attribute answers for this text over the fake model, without timing_ms."""
    fake = FakeAttributor()
    return document_answer(document_id, fake.attribute(text), {"name": "fake", "version": "0", "precision": "fp32"})


def write_jsonl(path, records: list) -> None:
    """Records (or raw strings) one per line."""
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")


def test_folder_of_text_files_gives_one_answer_per_file(tmp_path, fake):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXTS["doc01"], encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXTS["doc02"], encoding="utf-8")
    (folder / "latin1.txt").write_bytes("“Café”, dit-il.".encode("latin-1", errors="replace"))
    (folder / "notes.md").write_text("not a document")
    run(folder, tmp_path / "out.jsonl")
    answers = {a["id"]: a for a in lines(tmp_path / "out.jsonl")}
    assert set(answers) == {"a", "sub/b", "latin1"}
    assert answers["a"] == expected("a", TEXTS["doc01"]) and answers["a"]["quotes"]
    assert answers["latin1"]["error"]["status"] == 400 and "UTF-8" in answers["latin1"]["error"]["detail"]


def test_jsonl_bad_lines_become_error_entries_and_repeated_ids_are_done_once(tmp_path, fake):
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXTS["doc01"]}, "{not json", {"id": "b"},
                                        {"text": TEXTS["doc02"]}, {"id": "a", "text": "again"}, "[1, 2]",
                                        {"id": "long", "text": "x" * 300}])
    cli.main([str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), "--engine", "local", "--no-progress",
              "--max-chars", "200"])
    answers = {a["id"]: a for a in lines(tmp_path / "out.jsonl")}
    assert len(lines(tmp_path / "out.jsonl")) == len(answers) == 6
    assert answers["a"] == expected("a", TEXTS["doc01"])
    assert answers["line-2"]["error"]["status"] == 400
    assert answers["b"]["error"]["status"] == 422
    assert answers["line-4"] == expected("line-4", TEXTS["doc02"])
    assert answers["line-6"]["error"]["status"] == 422
    assert answers["long"]["error"]["status"] == 413


class Interrupt(FakeAttributor):
    """A fake model that stops the run (as Ctrl-C would) at its nth document."""

    def __init__(self, at: int):
        super().__init__()
        self.at = at

    def attribute(self, text, deadline=None):
        """Answer, or raise KeyboardInterrupt at the nth call."""
        if self.calls + 1 == self.at:
            raise KeyboardInterrupt
        return super().attribute(text, deadline)


@pytest.mark.parametrize("suffix", ["jsonl", "parquet"])
def test_an_interrupted_run_resumes_with_every_document_exactly_once(tmp_path, monkeypatch, suffix):
    write_jsonl(tmp_path / "in.jsonl", [{"id": k, "text": v} for k, v in TEXTS.items()])
    output = tmp_path / f"out.{suffix}"
    first = Interrupt(at=6)
    monkeypatch.setattr(attribution, "load_attributor", lambda *args: first)
    with pytest.raises(SystemExit) as stopped:
        run(tmp_path / "in.jsonl", output)
    assert stopped.value.code == 130
    partial = output if suffix == "jsonl" else output.with_name(output.name + ".partial.jsonl")
    assert len(lines(partial)) == 4  # two whole batches of 2 were written before the stop
    with partial.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "doc04", "quo')  # a line torn by the interruption
    second = FakeAttributor()
    monkeypatch.setattr(attribution, "load_attributor", lambda *args: second)
    run(tmp_path / "in.jsonl", output)
    assert second.calls == 6, "only the documents not yet written are attributed again"
    if suffix == "jsonl":
        answers = lines(output)
    else:
        import pyarrow.parquet as pq
        answers = pq.read_table(output).to_pylist()
        assert not partial.exists()
    assert sorted(a["id"] for a in answers) == sorted(TEXTS)
    by_id = {a["id"]: a for a in answers}
    for key, text in TEXTS.items():
        want = expected(key, text)
        assert by_id[key]["quotes"] == want["quotes"] and by_id[key]["speakers"] == want["speakers"]
    run(tmp_path / "in.jsonl", output)  # a finished run run again adds nothing
    assert len(lines(output) if suffix == "jsonl" else pq.read_table(output).to_pylist()) == len(TEXTS)


def test_parquet_input(tmp_path, fake):
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [TEXTS["doc01"], None]}), tmp_path / "in.parquet")
    run(tmp_path / "in.parquet", tmp_path / "out.jsonl")
    answers = {a["id"]: a for a in lines(tmp_path / "out.jsonl")}
    assert answers["p1"] == expected("p1", TEXTS["doc01"]) and answers["p2"]["error"]["status"] == 422


def test_bad_arguments_exit_with_a_message(tmp_path, fake, capsys):
    (tmp_path / "a.txt").write_text("x")
    for args in ([tmp_path / "a.txt", tmp_path / "out.csv"], [tmp_path / "missing.jsonl", tmp_path / "o.jsonl"],
                 [tmp_path / "a.txt", tmp_path / "o.jsonl", "--types", "direct,loud"]):
        with pytest.raises(SystemExit) as stopped:
            cli.main([*map(str, args), "--engine", "local", "--no-progress"])
        assert stopped.value.code not in (0, None)


def test_ray_job_on_local_ray_gives_the_in_process_answers(tmp_path, real_attributor):
    """Local Ray with 2 CPUs, about 20 documents, the shipped weights in 2 actors."""
    import yaml
    cases = yaml.safe_load((ROOT / "tests" / "formats" / "cases.yaml").read_text(encoding="utf-8"))
    documents = [{"id": case["id"], "text": case["text"]} for case in cases[::3][:20]]
    write_jsonl(tmp_path / "in.jsonl", documents)
    import ray
    try:
        cli.main([str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), "--cpus", "2", "--no-progress",
                  "--precision", real_attributor.precision])
    finally:
        ray.shutdown()
    answers = {a["id"]: a for a in lines(tmp_path / "out.jsonl")}
    assert len(lines(tmp_path / "out.jsonl")) == len(answers) == len(documents)
    model = {"name": real_attributor.name, "version": real_attributor.version, "precision": real_attributor.precision}
    for document in documents:
        want = document_answer(document["id"], real_attributor.attribute(document["text"]), model)
        assert answers[document["id"]] == json.loads(json.dumps(want)), document["id"]


def test_an_output_that_is_not_ours_is_refused_not_overwritten(tmp_path, fake):
    (tmp_path / "a.txt").write_text(TEXTS["doc01"])
    (tmp_path / "out.jsonl").write_text("id,text\n1,hello\n")
    with pytest.raises(SystemExit) as stopped:
        run(tmp_path / "a.txt", tmp_path / "out.jsonl")
    assert "not an answer line" in str(stopped.value.code)
    assert (tmp_path / "out.jsonl").read_text() == "id,text\n1,hello\n"
    (tmp_path / "other.jsonl").write_text("hello")  # one line, no newline: not a torn line of ours
    with pytest.raises(SystemExit):
        run(tmp_path / "a.txt", tmp_path / "other.jsonl")
    assert (tmp_path / "other.jsonl").read_text() == "hello"


def test_ray_job_on_an_existing_cluster_via_address(tmp_path, real_attributor):
    """`--address`: a Ray head started apart (as on a cluster), the project on its PYTHONPATH."""
    import os
    import subprocess
    import sys
    from tests.servers import free_port
    ray = [os.path.join(os.path.dirname(sys.executable), "ray")]
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", RAY_AUTH_MODE="disabled")
    subprocess.run(ray + ["start", "--head", "--num-cpus", "2", "--port", str(port), "--include-dashboard", "false",
                          "--disable-usage-stats"], env=env, check=True, capture_output=True, timeout=120)
    try:
        documents = [{"id": k, "text": v} for k, v in list(TEXTS.items())[:4]]
        write_jsonl(tmp_path / "in.jsonl", documents)
        run_env = dict(env, RAY_ADDRESS="")
        done = subprocess.run([sys.executable, "-m", "corpus", str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"),
                               "--address", "auto", "--no-progress", "--precision", real_attributor.precision],
                              cwd=ROOT, env=run_env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    finally:
        subprocess.run(ray + ["stop", "--force"], env=env, capture_output=True, timeout=120)
    model = {"name": real_attributor.name, "version": real_attributor.version, "precision": real_attributor.precision}
    answers = {a["id"]: a for a in lines(tmp_path / "out.jsonl")}
    assert set(answers) == {d["id"] for d in documents}
    for document in documents:
        want = document_answer(document["id"], real_attributor.attribute(document["text"]), model)
        assert answers[document["id"]] == json.loads(json.dumps(want))
    assert json.loads(done.stderr.strip().splitlines()[-1])["actors"] == 2

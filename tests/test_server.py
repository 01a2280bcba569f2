"""The real model behind a real gunicorn: the curl path, the offsets contract, parallel == sequential."""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from openapi_core.testing import MockRequest, MockResponse

from tests.servers import Gunicorn, eventually

ARTICLE = ("Finance Minister Maria Santos said on Monday that talks could resume within weeks.\n\n"
           "“We will not back down,” Santos told reporters in Lisbon. “Our position is clear.”\n\n"
           "She added that the government was open to “constructive dialogue” with the unions.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One gunicorn with two workers of one torch thread each, over the shipped weights.

    Requests may queue here (max_waiting 16): these tests check answers under concurrency, and
    shedding has its own tests (test_overload.py).
    """
    with Gunicorn(tmp_path_factory.mktemp("gunicorn") / "gunicorn.log", workers=2, torch_threads=1,
                  max_waiting=16) as instance:
        yield instance.wait_ready()


def check_offsets(text: str, body: dict) -> None:
    """Every span returned satisfies text[start:end] == span text."""
    for quote in body["quotes"]:
        spans = [quote, *quote["fragments"]] + [s for s in (quote["speaker"], quote["cue"]) if s]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"]


def test_plain_text_curl_path_finds_quotes_and_speakers(server):
    response = requests.post(server.url + "/attribute", data=ARTICLE.encode(),
                             headers={"Content-Type": "text/plain", "X-Request-ID": "curl-1"}, timeout=60)
    assert response.status_code == 200
    assert response.headers["X-Request-ID"] == "curl-1"
    body = response.json()
    check_offsets(ARTICLE, body)
    assert body["quotes"], "the real model found no quote in a plain news paragraph"
    assert any(q["speaker"] for q in body["quotes"])
    logged = eventually(lambda: [e for e in server.access_entries() if e["request_id"] == "curl-1"], bool)
    assert logged and logged[0]["route"] == "/attribute" and logged[0]["status"] == 200
    assert logged[0]["document_chars"] == len(ARTICLE) and logged[0]["quotes"] == len(body["quotes"])
    assert "Maria Santos" not in server.log_text(), "the log must never carry the document's text"


def test_live_answers_follow_the_contract_and_group_speakers(server, contract):
    for path, body in (("/attribute", {"text": ARTICLE, "id": "a"}),
                       ("/attribute/batch", {"documents": [{"text": ARTICLE}, {"text": "No quotes here."}]})):
        response = requests.post(server.url + path, json=body, timeout=60)
        contract.validate_response(MockRequest(server.url, "post", path),
                                   MockResponse(response.content, status_code=response.status_code,
                                                headers=dict(response.headers), content_type="application/json"))
    body = requests.post(server.url + "/attribute", json={"text": ARTICLE}, timeout=60).json()
    santos = {q["speaker"]["id"] for q in body["quotes"] if q["speaker"] and q["speaker"]["name"] == "Maria Santos"}
    assert len(santos) == 1, body["quotes"]
    counts = {s["id"]: s["quotes"] for s in body["speakers"]}
    assert counts[santos.pop()] == sum(1 for q in body["quotes"] if q["speaker"] and q["speaker"]["name"] == "Maria Santos")
    assert sum(counts.values()) == sum(1 for q in body["quotes"] if q["speaker"])


def test_parallel_requests_match_sequential(server):
    texts = [ARTICLE, ARTICLE.replace("Santos", "Okafor"), "No quotes at all.", ARTICLE * 3]
    sequential = [requests.post(server.url + "/attribute", json={"text": t}, timeout=60).json()["quotes"]
                  for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(
            lambda t: requests.post(server.url + "/attribute", json={"text": t}, timeout=120).json()["quotes"],
            texts * 4))
    assert parallel == sequential * 4


def test_hostile_inputs_get_json_and_leave_workers_alive(server):
    hostile = ["", " ", "\u0000" * 50, "\ud83d" + "x", "“" * 500, "\n" * 1000, "😀" * 300 + "“hi,” he said",
               "a\u0301" * 200, "<script>alert(1)</script>", "”“»«„" * 100]
    for text in hostile:
        response = requests.post(server.url + "/attribute", json={"text": text}, timeout=60)
        assert response.status_code == 200, (text[:20], response.text[:200])
        check_offsets(text, response.json())
    bad = requests.post(server.url + "/attribute", data=b"\x00\xff{", headers={"Content-Type": "application/json"})
    assert bad.status_code == 400 and bad.headers["Content-Type"] == "application/problem+json"
    assert requests.get(server.url + "/readyz", timeout=5).status_code == 200
    assert "Worker exiting" not in server.log_text() and "WORKER TIMEOUT" not in server.log_text()


def metric(server, name: str) -> float:
    """One unlabelled sample from /metrics, whichever worker answers."""
    text = requests.get(server.url + "/metrics", timeout=10).text
    return float(re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE).group(1))


def test_metrics_count_every_worker(server):
    assert metric(server, "quotes_workers_ready") == 2
    before = metric(server, "quotes_documents_attributed_total")
    with ThreadPoolExecutor(max_workers=4) as pool:  # concurrent, so both workers take some
        statuses = list(pool.map(lambda _: requests.post(server.url + "/attribute", json={"text": ARTICLE},
                                                         timeout=60).status_code, range(8)))
    assert statuses == [200] * 8
    served = {e["pid"] for e in server.access_entries() if e["route"] == "/attribute"}
    assert len(served) == 2, "both workers should have served some requests"
    for _ in range(4):  # each scrape may land on either worker; each must see the sum
        assert metric(server, "quotes_documents_attributed_total") - before == 8
    text = requests.get(server.url + "/metrics", timeout=10).text
    assert 'quotes_model_info{name="quote-attribution"' in text
    assert 'quotes_http_requests_total{method="POST",route="/attribute",status="200"}' in text


def test_every_log_line_is_json(server):
    entries = server.log_entries()
    assert {"gunicorn.error", "quotes.access", "service.engine"} <= {e["logger"] for e in entries}
    assert all({"time", "level", "logger", "message"} <= e.keys() for e in entries)

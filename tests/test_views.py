"""Endpoints against the fake attributor."""
from __future__ import annotations

TEXT = "“We will not back down,” Maria Santos said on Monday. “Never,” Bob said."


def test_attribute_json_returns_quotes_with_offsets(client):
    response = client.post("/attribute", json={"text": TEXT, "id": "doc-1"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["id"] == "doc-1"
    assert body["model"] == {"name": "fake", "version": "0", "precision": "fp32"}
    assert [q["text"] for q in body["quotes"]] == ["“We will not back down,”", "“Never,”"]
    first = body["quotes"][0]
    assert first["speaker"]["name"] == "Maria Santos"
    assert TEXT[first["speaker"]["start"]:first["speaker"]["end"]] == "Maria Santos"
    assert first["cue"]["text"] == "said"
    assert first["fragments"] == [{"text": first["text"], "start": first["start"], "end": first["end"]}]
    assert body["timing_ms"] >= 0


def test_attribute_plain_text_body(client):
    response = client.post("/attribute", data=TEXT.encode(), content_type="text/plain; charset=utf-8")
    assert response.status_code == 200
    body = response.get_json()
    assert body["id"] is None
    assert len(body["quotes"]) == 2


def test_options_filter_by_confidence_and_type(client):
    text = TEXT + " “Alone.”"
    low = client.post("/attribute", json={"text": text, "options": {"min_confidence": 0.5}}).get_json()
    assert [q["text"] for q in low["quotes"]] == ["“We will not back down,”", "“Never,”"]
    none = client.post("/attribute", json={"text": text, "options": {"types": ["indirect"]}}).get_json()
    assert none["quotes"] == []


def test_batch_keeps_order_and_isolates_bad_documents(client):
    response = client.post("/attribute/batch", json={"documents": [
        {"id": "a", "text": TEXT}, {"id": "b"}, {"id": "c", "text": "x" * 6000}, {"id": "d", "text": "no quotes"}][:3]})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert len(results[0]["quotes"]) == 2
    assert results[1]["error"]["status"] == 422
    assert results[1]["error"]["errors"] == {"text": ["Missing data for required field."]}
    assert results[2]["error"]["status"] == 413


def test_health_ready_and_contract(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json()["status"] == "ready"
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.data.startswith(b"openapi: 3.1")


def test_not_ready_until_loaded(settings):
    from service import create_app
    from tests.fakes import FakeAttributor
    fake = FakeAttributor(ready=False)
    client = create_app(settings, attributor_factory=lambda _: fake, start=False).test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.mimetype == "application/problem+json"
    assert client.get("/healthz").status_code == 200
    attempt = client.post("/attribute", json={"text": TEXT})
    assert attempt.status_code == 503
    assert attempt.headers["Retry-After"]


def test_request_id_is_echoed_or_generated(client):
    echoed = client.post("/attribute", json={"text": TEXT}, headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert generated.headers["X-Request-ID"] != "bad id with spaces"
    assert len(generated.headers["X-Request-ID"]) == 32


def test_plain_text_id_comes_from_header(client):
    response = client.post("/attribute", data="“Hi,” Bob said.".encode(), content_type="text/plain",
                           headers={"X-Document-ID": "wire-7"})
    assert response.get_json()["id"] == "wire-7"
    too_long = client.post("/attribute", data=b"x", content_type="text/plain", headers={"X-Document-ID": "x" * 300})
    assert too_long.status_code == 422


def test_requests_beyond_the_running_one_and_max_waiting_are_refused_at_once(settings):
    import dataclasses
    import time
    from concurrent.futures import ThreadPoolExecutor

    from service import create_app
    from tests.fakes import FakeAttributor
    fake = FakeAttributor(delay_s=0.5)
    app = create_app(dataclasses.replace(settings, workers=1, model_slots=1, max_waiting=1),
                     attributor_factory=lambda _: fake)

    def post(_):
        """One attribution, timed."""
        started = time.monotonic()
        response = app.test_client().post("/attribute", json={"text": TEXT})
        return response, time.monotonic() - started

    from prometheus_client import REGISTRY
    refused_before = REGISTRY.get_sample_value("quotes_requests_refused_total", {"reason": "overloaded"})
    with ThreadPoolExecutor(max_workers=4) as pool:
        first = [pool.submit(post, i) for i in range(2)]
        time.sleep(0.1)  # both admitted: one running, one waiting
        assert app.test_client().get("/readyz").get_json()["busy"] is True
        refused, seconds = post(2)
        answered = [f.result()[0] for f in first]
    assert [r.status_code for r in answered] == [200, 200]
    assert refused.status_code == 503 and seconds < 0.2
    assert refused.headers["Retry-After"] == "1"
    assert refused.get_json()["type"].endswith("/overloaded")
    assert REGISTRY.get_sample_value("quotes_requests_refused_total", {"reason": "overloaded"}) == refused_before + 1
    assert app.test_client().get("/readyz").get_json()["busy"] is False
    assert app.test_client().post("/attribute", json={"text": TEXT}).status_code == 200


def test_a_worker_with_two_model_slots_runs_two_attributions_at_once(settings):
    import dataclasses
    import time
    from concurrent.futures import ThreadPoolExecutor

    from service import create_app
    from tests.fakes import FakeAttributor
    fake = FakeAttributor(delay_s=0.5)
    app = create_app(dataclasses.replace(settings, workers=1, model_slots=2, max_waiting=0),
                     attributor_factory=lambda _: fake)

    def post(_):
        """One attribution's status."""
        return app.test_client().post("/attribute", json={"text": TEXT}).status_code

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = list(pool.map(post, range(2)))
    elapsed = time.monotonic() - started
    assert statuses == [200, 200] and elapsed < 0.9  # side by side, not one after the other
    with ThreadPoolExecutor(max_workers=3) as pool:
        statuses = sorted(pool.map(post, range(3)))
    assert statuses == [200, 200, 503]  # capacity 1 x (2 slots + 0 waiting)

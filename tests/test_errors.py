"""Every error is application/problem+json with the right status, and never shows a trace."""
from __future__ import annotations

import pytest

from service import create_app
from tests.fakes import FakeAttributor


def problem(response, status):
    """Assert an RFC 9457 problem with this status and return its body."""
    assert response.status_code == status, response.data
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def test_malformed_json_is_400(client):
    problem(client.post("/attribute", data=b'{"text": ', content_type="application/json"), 400)
    problem(client.post("/attribute", data=b"\xff\xfe", content_type="application/json"), 400)
    problem(client.post("/attribute", data="[" * 100_00, content_type="application/json"), 400)


def test_invalid_utf8_plain_text_is_400(client):
    problem(client.post("/attribute", data=b"caf\xe9", content_type="text/plain"), 400)


def test_other_content_types_are_415(client):
    problem(client.post("/attribute", data=b"<xml/>", content_type="application/xml"), 415)
    problem(client.post("/attribute", data=b"text=1"), 415)
    problem(client.post("/attribute/batch", data=b"x", content_type="text/plain"), 415)


@pytest.mark.parametrize("body, field", [
    ({}, "text"),
    ({"text": 5}, "text"),
    ({"text": "x", "extra": 1}, "extra"),
    ({"text": "x", "options": {"types": ["poetry"]}}, "options"),
    ({"text": "x", "options": {"min_confidence": 2}}, "options"),
    ({"text": "x", "id": 7}, "id"),
])
def test_schema_violations_are_422_with_field_messages(client, body, field):
    assert field in problem(client.post("/attribute", json=body), 422)["errors"]


def test_non_object_json_is_422(client):
    problem(client.post("/attribute", json=["text"]), 422)
    problem(client.post("/attribute/batch", json={"documents": []}), 422)


def test_limits_are_413(client):
    problem(client.post("/attribute", json={"text": "x" * 5001}), 413)
    problem(client.post("/attribute", data=b"x" * 30_000, content_type="text/plain"), 413)
    problem(client.post("/attribute/batch", json={"documents": [{"text": "a"}] * 4}), 413)


def test_unknown_paths_and_methods_are_json(client):
    problem(client.get("/nope"), 404)
    response = client.get("/attribute")
    problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_unexpected_failure_is_500_without_trace(settings):
    fake = FakeAttributor(fail_with=RuntimeError("secret internals"))
    client = create_app(settings, attributor_factory=lambda _: fake).test_client()
    body = problem(client.post("/attribute", json={"text": "“a”"}), 500)
    assert "secret" not in body["detail"]


def test_slow_attribution_is_503_timeout(settings):
    from dataclasses import replace
    fake = FakeAttributor(delay_s=0.3)
    client = create_app(replace(settings, request_timeout_s=0.1), attributor_factory=lambda _: fake).test_client()
    problem(client.post("/attribute", json={"text": "“a”"}), 503)


def test_batch_shares_one_time_limit(settings):
    from dataclasses import replace
    fake = FakeAttributor(delay_s=0.15)
    client = create_app(replace(settings, request_timeout_s=0.25), attributor_factory=lambda _: fake).test_client()
    response = client.post("/attribute/batch", json={"documents": [{"text": "“a”"}] * 3})
    assert response.status_code == 200
    statuses = [r.get("error", {}).get("status", 200) for r in response.get_json()["results"]]
    assert statuses[0] == 200 and statuses[-1] == 503

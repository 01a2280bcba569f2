"""Metrics, JSON logs and the page's static delivery, in process over the fake attributor."""
from __future__ import annotations

import json
import logging
import re
import sys

import pytest
from prometheus_client import REGISTRY

from service.logs import JsonFormatter
from service.page import PAGE_DIR
from service.settings import Settings

TEXT = "“We will not back down,” Maria Santos said."


def sample(name: str, labels: dict | None = None) -> float:
    """A sample from the process's registry, 0 when absent."""
    return REGISTRY.get_sample_value(name, labels or {}) or 0.0


def test_json_formatter_writes_one_line_with_fields_and_trace():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("x").makeRecord("x", logging.ERROR, __file__, 1, "failed %s", ("here",),
                                                   sys.exc_info(), extra={"fields": {"request_id": "r1"}})
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "failed here" and entry["level"] == "error" and entry["request_id"] == "r1"
    assert "ValueError: boom" in entry["error"]


def test_access_log_has_request_fields_and_never_the_text(client, caplog):
    caplog.set_level(logging.INFO, logger="quotes.access")
    response = client.post("/attribute", json={"text": TEXT}, headers={"X-Request-ID": "log-1"})
    assert response.status_code == 200
    [record] = [r for r in caplog.records if r.name == "quotes.access"]
    assert record.fields == {"request_id": "log-1", "method": "POST", "route": "/attribute", "status": 200,
                             "duration_ms": record.fields["duration_ms"], "remote": "127.0.0.1",
                             "document_chars": len(TEXT), "quotes": len(response.get_json()["quotes"])}
    assert "Santos" not in JsonFormatter().format(record)


def test_errors_are_logged_and_counted_by_route_template(client, caplog):
    caplog.set_level(logging.INFO, logger="quotes.access")
    before = sample("quotes_http_requests_total", {"route": "unmatched", "method": "GET", "status": "404"})
    assert client.get("/no/such/page/12345").status_code == 404
    assert sample("quotes_http_requests_total", {"route": "unmatched", "method": "GET", "status": "404"}) == before + 1
    assert [r.fields["status"] for r in caplog.records if r.name == "quotes.access"] == [404]


def test_metrics_count_documents_characters_and_quotes(client):
    before = {name: sample(name) for name in ("quotes_documents_attributed_total", "quotes_document_characters_total",
                                              "quotes_quotes_returned_total", "quotes_model_seconds_count")}
    client.post("/attribute/batch", json={"documents": [{"text": TEXT}, {"text": "No speech."}]})
    assert sample("quotes_documents_attributed_total") == before["quotes_documents_attributed_total"] + 2
    assert sample("quotes_document_characters_total") == before["quotes_document_characters_total"] + len(TEXT) + 10
    assert sample("quotes_quotes_returned_total") == before["quotes_quotes_returned_total"] + 1
    assert sample("quotes_model_seconds_count") == before["quotes_model_seconds_count"] + 2
    text = client.get("/metrics").get_data(as_text=True)
    assert re.search(r'^quotes_model_info\{name="fake",precision="fp32",version="0"\} 1\.0$', text, re.MULTILINE)
    assert "quotes_attributions_in_flight 0.0" in text


def test_log_level_setting_is_checked():
    assert Settings.from_env({"QUOTES_LOG_LEVEL": "debug"}).log_level == "debug"
    with pytest.raises(ValueError, match="QUOTES_LOG_LEVEL"):
        Settings.from_env({"QUOTES_LOG_LEVEL": "loud"})


def test_page_and_its_assets_come_from_the_service_only(client):
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert {"/page/page.js", "/page/page.css"} <= set(assets)
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by the service"
        assert client.get(asset).status_code == 200
    for path in PAGE_DIR.iterdir():
        assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", path.read_text()), f"{path.name} loads from elsewhere"

"""Live responses, good and bad, validated against openapi.yaml so code and contract cannot drift."""
from __future__ import annotations

import pytest
from openapi_core.testing import MockRequest, MockResponse

from tests.conftest import ROOT

TEXT = "“We will not back down,” Maria Santos said on Monday."


CASES = [
    ("post", "/attribute", {"json": {"text": TEXT, "id": "x"}}),
    ("post", "/attribute", {"data": TEXT.encode(), "content_type": "text/plain"}),
    ("post", "/attribute", {"json": {"text": ""}}),
    ("post", "/attribute", {"json": {}}),
    ("post", "/attribute", {"data": b"{", "content_type": "application/json"}),
    ("post", "/attribute", {"data": b"x", "content_type": "image/png"}),
    ("post", "/attribute", {"json": {"text": "x" * 6000}}),
    ("post", "/attribute/batch", {"json": {"documents": [{"id": "a", "text": TEXT}, {"text": 3}]}}),
    ("post", "/attribute/batch", {"json": {"documents": [{"text": "a"}] * 9}}),
    ("get", "/healthz", {}),
    ("get", "/readyz", {}),
    ("get", "/openapi.yaml", {}),
    ("get", "/metrics", {}),
    ("get", "/", {}),
    ("get", "/page/page.js", {}),
    ("get", "/page/page.css", {}),
    ("get", "/page/missing.js", {}),
]


@pytest.mark.parametrize("method, path, kwargs", CASES)
def test_response_matches_contract(client, contract, method, path, kwargs):
    response = getattr(client, method)(path, **kwargs)
    request = MockRequest("http://localhost", method, path)
    contract.validate_response(request, MockResponse(response.data, status_code=response.status_code,
                                                     headers=dict(response.headers), content_type=response.mimetype))


def test_contract_limits_match_settings_defaults():
    import yaml
    from service.settings import Settings
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    defaults = Settings()
    schemas = spec["components"]["schemas"]
    assert schemas["AttributeRequest"]["properties"]["text"]["maxLength"] == defaults.max_document_chars
    assert schemas["BatchRequest"]["properties"]["documents"]["maxItems"] == defaults.max_batch_documents
    description = spec["info"]["description"]
    assert f"{defaults.max_body_bytes:,}" in description
    assert f"{defaults.max_document_chars:,}" in description

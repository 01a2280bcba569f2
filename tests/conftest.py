"""Shared fixtures: an app over a fake attributor, its client, and (marked) the real model."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from openapi_core import Config, OpenAPI

from service import create_app
from service.settings import Settings
from tests.fakes import FakeAttributor

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "weights" / "quote-attribution"


@pytest.fixture
def fake():
    """The fake attributor behind the app."""
    return FakeAttributor()


@pytest.fixture
def settings():
    """Small limits so limit tests stay fast."""
    return Settings(max_body_bytes=20_000, max_document_chars=5_000, max_batch_documents=3,
                    request_timeout_s=2.0, load_in_background=False)


@pytest.fixture
def app(fake, settings):
    """The Flask app over the fake attributor."""
    app = create_app(settings, attributor_factory=lambda _: fake)
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(app):
    """A test client."""
    return app.test_client()


@pytest.fixture(scope="session")
def real_attributor():
    """The shipped model, loaded once per session."""
    from models.quotes import Attributor
    if not (MODEL_DIR / "model.safetensors").exists():
        pytest.fail(f"shipped weights missing at {MODEL_DIR}")
    return Attributor(MODEL_DIR, threads=int(os.environ.get("QUOTES_TORCH_THREADS", "2"))).load()


def text_body(data):
    """A text response body as a string, for the contract's `type: string` schemas."""
    return data.decode("utf-8") if isinstance(data, bytes) else data


@pytest.fixture(scope="session")
def contract():
    """The parsed OpenAPI document (the parse also checks it is a valid 3.1 document)."""
    config = Config(extra_media_type_deserializers={
        "application/problem+json": json.loads,
        **{media: text_body for media in ("application/yaml", "text/css", "text/javascript")},
    })
    return OpenAPI.from_file_path(str(ROOT / "openapi.yaml"), config=config)

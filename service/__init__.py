"""The HTTP layer of the quote attribution service: an application factory and nothing heavy at import."""
from __future__ import annotations

from typing import Callable

from flask import Flask

from . import access, engine, errors, page, request_ids, views
from .settings import Settings


def create_app(settings: Settings | None = None,
               attributor_factory: Callable[[Settings], engine.AttributorLike] | None = None,
               start: bool = True) -> Flask:
    """Build the app; the model loads when start is true (gunicorn calls with start after forking)."""
    settings = settings or Settings.from_env()
    app = Flask(__name__, static_folder=None)  # the page blueprint serves its own assets
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False
    errors.init_app(app)
    request_ids.init_app(app)
    access.init_app(app)
    views.register(app)
    page.register(app)
    model_engine = engine.init_app(app, settings, attributor_factory or engine.real_attributor)
    if start:
        model_engine.start()
    return app

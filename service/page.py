"""GET /: a self-contained page to paste an article and see its quotes marked (assets in service/page/)."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, send_from_directory

PAGE_DIR = Path(__file__).resolve().parent / "page"
# Everything the page loads comes from this service: no CDN, no external fonts or scripts.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

bp = Blueprint("page", __name__, static_folder=str(PAGE_DIR), static_url_path="/page")


@bp.get("/")
def index():
    """The page itself."""
    return send_from_directory(PAGE_DIR, "index.html", max_age=0)


@bp.after_request
def lock_down(response):
    """The page and its assets may load nothing from elsewhere."""
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def register(app) -> None:
    """Attach the page."""
    app.register_blueprint(bp)

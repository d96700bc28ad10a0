"""``/docs`` without internet: Swagger UI's files served by the hub itself.

FastAPI's own page loads Swagger UI's script and style from a CDN, so on a hub with no way out (most of them)
``/docs`` was blank.  The files come from the ``swagger-ui-bundle`` package and are served under
``/docs/assets``; the page names no other host (tests/test_hub_metrics.py checks it), and Swagger UI's
online validator is switched off (it would send the document to swagger.io).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

ASSETS = "/docs/assets"


def install(app: FastAPI) -> None:
    """Call with ``FastAPI(docs_url=None, redoc_url=None)``: this page replaces FastAPI's."""
    app.mount(ASSETS, StaticFiles(directory=swagger_ui_path), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} – API",
                                   swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})

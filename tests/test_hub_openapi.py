"""The OpenAPI document in docs/ is the one the hub serves."""

import json
from pathlib import Path

from sync.hub.openapi import openapi_document

DOC = Path(__file__).resolve().parents[1] / "docs" / "hub-openapi.json"


def test_the_documented_api_is_the_served_api():
    assert json.loads(DOC.read_text(encoding="utf-8")) == openapi_document(), (
        "docs/hub-openapi.json is out of date: run `python -m sync.hub.openapi > docs/hub-openapi.json`")

"""The OpenAPI document in docs/ is the one the hub serves."""

import json
from pathlib import Path

from labnet.hub.openapi import openapi_document
from labnet.protocol.problems import PROBLEMS

DOC = Path(__file__).resolve().parents[1] / "docs" / "hub-openapi.json"


def test_the_documented_api_is_the_served_api():
    assert json.loads(DOC.read_text(encoding="utf-8")) == openapi_document(), (
        "docs/hub-openapi.json is out of date: run `python -m labnet.hub.openapi > docs/hub-openapi.json`")


def test_every_route_asks_for_the_authentication_the_document_declares(tmp_path):
    """Sent with no credentials, a route the document secures refuses with its scheme's code, and a route it
    leaves open does not ask for one; the tus routes document their headers and every refusal is a Problem."""
    import requests

    from hub_server import RunningHub

    document = json.loads(DOC.read_text(encoding="utf-8"))
    schemes = document["components"]["securitySchemes"]
    assert schemes["labSession"]["scheme"] == schemes["adminToken"]["scheme"] == "bearer"
    assert "labnet-hub-session-v1" in schemes["labSession"]["description"]
    running = RunningHub(tmp_path / "hub", requests_per_minute=10_000)
    try:
        checked = 0
        for path, operations in document["paths"].items():
            url = running.url + path.format(bundle_id="b", upload_id="0" * 32, lab_id="l", round_id="r",
                                                 exchange_id="e", request_id="r", name="n", record_id="r")
            for method, operation in operations.items():
                r = requests.request(method.upper(), url, headers={"Tus-Resumable": "1.0.0"}, json={}, timeout=10)
                scheme = next(iter(operation["security"][0]), None) if operation["security"] else None
                expected = {"labSession": "sign-in-required", "adminToken": "admin-token-required",
                            "peerCredential": "peer-unknown"}.get(scheme)
                if expected:
                    code = r.json()["code"] if method != "head" else expected   # HEAD: no body
                    assert (r.status_code, code) == (401, expected), (method, path, r.text)
                else:
                    assert r.status_code != 401, (method, path, r.text)
                problem = operation["responses"]["4XX"]["content"]["application/problem+json"]["schema"]
                assert problem == {"$ref": "#/components/schemas/Problem"}
                checked += 1
        assert checked >= 25
    finally:
        running.stop()
    tus = document["paths"]["/v1/uploads/{upload_id}"]
    assert {p["name"] for p in tus["patch"]["parameters"]} >= {"Tus-Resumable", "Upload-Offset", "Upload-Checksum"}
    assert set(tus["patch"]["responses"]["204"]["headers"]) >= {"Upload-Offset", "Tus-Resumable"}
    created = document["paths"]["/v1/uploads"]["post"]
    assert {p["name"] for p in created["parameters"]} >= {"Tus-Resumable", "Upload-Length", "Upload-Metadata"}
    assert set(created["responses"]["201"]["headers"]) >= {"Location", "Upload-Offset", "Tus-Resumable"}
    assert set(document["components"]["schemas"]["Problem"]["properties"]["code"]["enum"]) == set(PROBLEMS)

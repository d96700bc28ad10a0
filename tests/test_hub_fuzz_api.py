"""Property-based tests of the hub's HTTP API from its own OpenAPI document: no input gives a 500.

schemathesis generates requests (valid and invalid per the schema) for every
operation; each is sent to a real hub on loopback, as an anonymous client,
as a signed-in laboratory and as the administrator.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import hypothesis
import pytest
import schemathesis

from hub_server import RunningHub
from labnet.hub import enrolment
from labnet.hub.auth import open_session
from labnet.protocol.enrolment import enrolment_request
from labnet.protocol.keys import create_identity
from labnet.protocol.session import sign_session_request

# Fuzzing every route of a real hub: ~25 s for the file under --durations.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    hub = RunningHub(tmp_path_factory.mktemp("fuzz") / "hub", requests_per_minute=1_000_000)
    lab = create_identity("lab", "Fuzzed lab", "KE")
    token = hub.hub.store.new_enrolment_code("Fuzzed lab", "KE", dt.timedelta(days=1))
    enrolment.register(hub.hub.store, hub.hub.key_id, enrolment_request(lab, hub.hub.key_id, token))
    session = open_session(hub.hub.store, hub.hub.key_id, sign_session_request(
        lab.current.signing, hub_key_id=hub.hub.key_id, lab_id=lab.identity_id, key_id=lab.public.signing_key_id))
    hub.lab_auth = {"Authorization": f"Bearer {session['token']}"}
    yield hub
    hub.stop()


@schemathesis.serializer("application/offset+octet-stream")
def tus_chunk(ctx, value):
    """A tus chunk (the document declares its media type since it describes the tus routes): raw bytes."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


@schemathesis.serializer("application/vnd.labnet.federation")
def federation_message(ctx, value):
    """A sealed message between hubs (raw bytes): whatever the fuzzer makes must be refused, never a failure."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


SCHEMA = schemathesis.openapi.from_path(Path(__file__).resolve().parents[1] / "docs" / "hub-openapi.json")
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method.upper()} {op.path}")
def test_no_request_makes_the_hub_fail(operation, running):
    headers = {"Tus-Resumable": "1.0.0"}
    if operation.path.startswith("/v1/admin"):
        headers["Authorization"] = f"Bearer {running.admin_token}"
    elif operation.path.startswith(("/v1/uploads", "/v1/receipts", "/v1/bulletins")):
        headers.update(running.lab_auth)

    @hypothesis.given(case=operation.as_strategy())
    @hypothesis.settings(max_examples=30, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    def check(case):
        response = case.call(base_url=running.url, headers=headers)
        assert response.status_code < 500, (case.as_curl_command(), response.status_code, response.text[:500])

    check()

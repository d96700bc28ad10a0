"""The hub's OpenAPI document: ``python -m labnet.hub.openapi > docs/hub-openapi.json``.

FastAPI derives paths, parameters and bodies from the routes; ``complete`` adds what it cannot see: how
a request is authenticated (the two bearer schemes and the sign-in that yields a laboratory's token), which
routes need which, and that every refusal is problem details (``labnet.protocol.problems``).  The tus routes
describe their own headers (``labnet.hub.tus.OPENAPI``).  The app serves the completed document; the copy
in ``docs/`` is generated from a throwaway hub (the API does not depend on any hub's data), and
``tests/test_hub_openapi.py`` checks that it is current and that every route asks for the authentication
the document says.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from labnet.protocol.problems import MEDIA_TYPE, PROBLEMS

LAB_SESSION = "labSession"
ADMIN_TOKEN = "adminToken"
# The routes a laboratory's session opens (every method but OPTIONS, which tus answers to anyone).
LAB_ROUTES = ("/v1/uploads", "/v1/uploads/{upload_id}", "/v1/receipts/{bundle_id}", "/v1/records/held",
              "/v1/bulletins", "/v1/pt/{round_id}/results",
              "/v1/exchange", "/v1/exchange/messages", "/v1/exchange/offers", "/v1/exchange/{exchange_id}",
              "/v1/federation/hits", "/v1/federation/followups",
              "/v1/federation/followups/{request_id}/decision")   # the last three: issue 20
ADMIN_PREFIX = "/v1/admin/"
PEER_CREDENTIAL = "peerCredential"
PEER_PREFIX = "/v1/federation/uploads"   # issue 20: a peer hub's resumable uploads (every method but OPTIONS)
# The administration routes that give an administrator's session, so take none.
ADMIN_SIGN_IN = ("/v1/admin/session", "/v1/admin/first-password")

SIGN_IN = """A laboratory's session token, valid for an hour. To get one, `POST /v1/session` with
`{"hub_key_id", "lab_id", "key_id", "time", "nonce", "signature"}`: the signature is Ed25519, by the
laboratory's current signing key, over the UTF-8 bytes of the six lines
`labnet-hub-session-v1`, hub key id, lab id, key id, time, nonce joined by `\\n` (no final newline);
in standard base64. `hub_key_id` is the hub's signing key id from the enrolment code; `key_id` is
hex(SHA-256("ed25519" 0x00 raw public key)); `time` is ISO 8601 with its offset, within five minutes of
the hub's clock; `nonce` 16 to 64 characters never used before. The answer is
`{"token", "expires_at"}`. docs/hub-api.md, "Sign-in", says it step by step."""

ADMIN = """A named administrator's session token, valid for an hour: `POST /v1/admin/session` with
`{"name", "password"}` answers `{"token", "expires_at", "name", "role"}`. A `reviewer` may call every GET,
a `network-admin` every route. A one-time token (a new hub's, or a hub's shared token from before named
administrators) sets the first password at `POST /v1/admin/first-password`. `labnet-hub admin add` makes
accounts (docs/hub-operations.md, "Administrators")."""

PEER = """A peer hub's signed upload credential (issue 20), for its resumable uploads of large federation
messages: base64url of the canonical JSON `{"format": "labnet-federation-upload", "from_hub", "from_key_id",
"to_hub", "issued_at", "nonce", "signature"}`, signed by the peer's pinned key, within 15 minutes of this hub's
clock (labnet.protocol.federation_upload; docs/federation.md)."""

PROBLEM_SCHEMA = {
    "type": "object", "description": "RFC 9457 problem details; act on `code` (docs/hub-api.md lists them).",
    "required": ["type", "title", "status", "detail", "code"],
    "properties": {
        "type": {"type": "string", "format": "uri", "description": "urn:labnet:problem: and the code"},
        "title": {"type": "string", "description": "fixed for a code"},
        "status": {"type": "integer", "description": "the HTTP status"},
        "detail": {"type": "string", "description": "a sentence about this occurrence, for a person"},
        "instance": {"type": "string", "description": "the request's path"},
        "code": {"type": "string", "enum": sorted(PROBLEMS), "description": "stable: what a client acts on"},
        "error": {"type": "string", "description": "the detail again, for LabNet clients before codes"},
        "errors": {"type": "array", "items": {"type": "object"},
                   "description": "invalid-parameter only: the parameters refused (loc, msg, type)"},
    },
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before asking again", "schema": {"type": "string"}}}


def json_body(schema: dict) -> dict:
    """OpenAPI request body for an endpoint that reads its JSON itself (to cap its size before parsing)."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _problem(description: str, headers: dict | None = None) -> dict:
    out = {"description": description,
           "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    if headers:
        out["headers"] = headers
    return out


def security_of(path: str, method: str) -> str | None:
    """The scheme a route needs (None: no authentication)."""
    if path in ADMIN_SIGN_IN:
        return None
    if path.startswith(ADMIN_PREFIX):
        return ADMIN_TOKEN
    if path in LAB_ROUTES and method != "options":
        return LAB_SESSION
    if path.startswith(PEER_PREFIX) and method != "options":
        return PEER_CREDENTIAL
    return None


def complete(schema: dict) -> dict:
    """Add the security schemes, each operation's security and its problem responses to ``schema`` (in place)."""
    components = schema.setdefault("components", {})
    components["securitySchemes"] = {
        LAB_SESSION: {"type": "http", "scheme": "bearer", "bearerFormat": "LabNet session token",
                      "description": SIGN_IN},
        ADMIN_TOKEN: {"type": "http", "scheme": "bearer", "bearerFormat": "LabNet administrator session token",
                      "description": ADMIN},
        PEER_CREDENTIAL: {"type": "http", "scheme": "bearer", "bearerFormat": "LabNet peer upload credential",
                          "description": PEER},
    }
    schemas = components.setdefault("schemas", {})
    for fastapi_own in ("HTTPValidationError", "ValidationError"):   # its 422 is a problem here too
        schemas.pop(fastapi_own, None)
    schemas["Problem"] = PROBLEM_SCHEMA
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            scheme = security_of(path, method)
            operation["security"] = [{scheme: []}] if scheme else []
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = _problem("A parameter is invalid (invalid-parameter)")
            if scheme == LAB_SESSION:
                responses["401"] = _problem("Not signed in, or the session ended (sign-in-required, "
                                            "session-expired): sign in again")
                responses["403"] = _problem("The laboratory's enrolment was revoked (lab-revoked)")
            elif scheme == PEER_CREDENTIAL:
                responses["401"] = _problem("Not a pinned peer's valid credential (peer-unknown)")
                responses["403"] = _problem("The peer's peering was revoked (peer-revoked)")
            elif scheme == ADMIN_TOKEN:
                responses["401"] = _problem("Not signed in as an administrator, or the session ended "
                                            "(admin-token-required): sign in again")
                responses["403"] = _problem("The account is disabled (admin-disabled), or a reviewer asked for a "
                                            "change (admin-role-forbidden)")
            responses["429"] = _problem("Too many requests, uploads or connections (rate-limited, too-many-uploads, "
                                        "too-many-connections)", _RETRY_AFTER)
            responses["4XX"] = _problem("Refused: problem details; `code` says why")
            responses["5XX"] = _problem("A fault of the hub (internal-error), or it cannot answer now")
    return schema


def openapi_document() -> dict:
    from .app import create_app
    from .service import Hub

    with tempfile.TemporaryDirectory(prefix="labnet-openapi-") as tmp:
        hub, _ = Hub.create(Path(tmp) / "hub", name="OpenAPI", country="KE", passphrase="only for the document")
        try:
            return create_app(hub).openapi()
        finally:
            hub.close()


def main() -> int:
    json.dump(openapi_document(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

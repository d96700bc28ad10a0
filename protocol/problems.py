"""Every refusal the hub can answer, as an RFC 9457 problem type: one stable ``code`` per case, with its status.

A refusal is ``application/problem+json``::

    {"type": "urn:labnet:problem:session-expired", "title": "Session unknown or expired", "status": 401,
     "detail": "the session is unknown or has expired; sign in again", "code": "session-expired",
     "instance": "/v1/receipts/…", "error": "<the detail again>"}

``type``, ``title``, ``status`` and ``code`` come from the registry below and never change for a code;
``detail`` is the sentence of this occurrence (English, for a person).  A client acts on ``code`` only, never
on the wording.  ``error`` repeats ``detail`` for LabNet clients older than these codes, which read it.

This module is the single list: the hub's routes, its exception handlers, the tus layer and the connection
layer all answer with a code from here, ``docs/hub-api.md`` lists them (``tests/test_hub_problems.py`` checks
the list is this one), and the laboratory's client imports its constants from here.  No FastAPI here: the
laboratory imports it too; the hub's HTTP answer is ``labnet.hub.problems.response``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

TYPE_PREFIX = "urn:labnet:problem:"
MEDIA_TYPE = "application/problem+json"


@dataclass(frozen=True)
class Problem:
    code: str
    status: int
    title: str
    meaning: str

    @property
    def type(self) -> str:
        return TYPE_PREFIX + self.code

    def body(self, detail: str, instance: str | None = None) -> dict:
        out = {"type": self.type, "title": self.title, "status": self.status, "detail": detail, "code": self.code,
               "error": detail}
        if instance:
            out["instance"] = instance
        return out


_ALL = [
    # -- any route ------------------------------------------------------------------------------------------
    Problem("invalid-request", 400, "Invalid request",
            "The request's body or fields are not what the route expects; the detail says which."),
    Problem("invalid-json", 400, "Body is not acceptable JSON",
            "The body is not JSON, nests deeper than 32 levels, holds a number that is not finite or too long, "
            "or escapes a lone UTF-16 surrogate."),
    Problem("invalid-parameter", 422, "Invalid parameter",
            "A query or path parameter is missing, of the wrong type or out of range; `errors` lists them."),
    Problem("not-found", 404, "Not found", "Nothing is served at this path."),
    Problem("method-not-allowed", 405, "Method not allowed", "The path exists but not with this HTTP method."),
    Problem("payload-too-large", 413, "Request too large",
            "A request body above `max_request_bytes`, an upload above `max_upload_bytes`, or a chunk that goes "
            "past the upload's declared length."),
    Problem("body-too-slow", 408, "Body arrived too slowly",
            "The body fell below the hub's minimum rate, or the address already has as many slow bodies as it "
            "may; the connection is closed. An upload keeps what arrived: resume from its offset."),
    Problem("rate-limited", 429, "Too many requests",
            "More requests than the hub allows a minute from this laboratory or address; wait `Retry-After` "
            "seconds."),
    Problem("too-many-connections", 429, "Too many connections",
            "The address already has as many connections open as the hub allows; sent before the request is "
            "read, then the connection closes."),
    Problem("client-disconnected", 400, "Client went away",
            "The connection broke while the request was read (nobody is left to read this answer)."),
    Problem("internal-error", 500, "Internal error", "A fault of the hub's; its log has the details."),
    Problem("unauthenticated", 401, "Not authenticated", "The request could not be tied to a laboratory."),
    Problem("forbidden", 403, "Forbidden", "The request is not allowed for this laboratory."),
    Problem("conflict", 409, "Conflict", "The request contradicts what the hub holds."),
    # -- sessions ---------------------------------------------------------------------------------------------
    Problem("sign-in-required", 401, "Sign-in required",
            "The request carries no `Authorization: Bearer <session token>` header, or several."),
    Problem("session-expired", 401, "Session unknown or expired",
            "The session token is unknown or past its hour; sign in again (POST /v1/session)."),
    Problem("session-request-invalid", 400, "Malformed session request",
            "The session request lacks a field, or its time is not an ISO 8601 timestamp with a time zone, or "
            "its nonce is not 16 to 64 characters."),
    Problem("wrong-hub", 401, "Signed for another hub",
            "The session request or registration names another hub's key id than this hub's."),
    Problem("lab-not-enrolled", 401, "Laboratory not enrolled", "No laboratory with this id is enrolled."),
    Problem("lab-revoked", 403, "Laboratory revoked",
            "The laboratory's enrolment was revoked by the hub's administrator; it can no longer sign in."),
    Problem("key-not-current", 401, "Not the current signing key",
            "The session request is signed with a key that is not the laboratory's current signing key: send "
            "the rotated identity document (POST /v1/identity), then sign in again."),
    Problem("clock-skew", 401, "Clock differs",
            "The session request's time differs from the hub's by more than five minutes."),
    Problem("session-signature-invalid", 401, "Session signature does not verify",
            "The session request's signature does not verify with the laboratory's current signing key."),
    Problem("request-replayed", 401, "Signed request replayed",
            "This session request (its nonce) was already used once."),
    Problem("admin-token-required", 401, "Administrator sign-in required",
            "An administration route needs a named administrator's session token as `Authorization: Bearer` "
            "(POST /v1/admin/session); the token is missing, unknown or past its hour, or a one-time token was "
            "already used."),
    Problem("unknown-key", 403, "Not a key of this laboratory", "The key id is not registered to the laboratory."),
    # -- enrolment and keys -----------------------------------------------------------------------------------
    Problem("registration-invalid", 400, "Invalid registration",
            "Not a LabNet registration or identity document (version 1), or a field of it is missing or invalid."),
    Problem("enrolment-code-unknown", 401, "Enrolment code unknown", "The hub never issued this enrolment code."),
    Problem("enrolment-code-used", 401, "Enrolment code already used", "Each enrolment code enrols one laboratory once."),
    Problem("enrolment-code-expired", 401, "Enrolment code expired", "Ask the hub's administrator for a new one."),
    Problem("enrolment-proof-invalid", 401, "Enrolment proof does not verify",
            "The proof is not signed by the key in the laboratory's identity."),
    Problem("rotation-refused", 401, "Rotation not endorsed",
            "The new identity document is not endorsed by the laboratory's registered signing key."),
    Problem("already-enrolled", 409, "Already enrolled",
            "A laboratory with this id, or a key with this id, is already registered."),
    Problem("unknown-lab", 404, "No such laboratory", "No laboratory with this id is enrolled (administration)."),
    # -- receipts: a bundle file refused unread (the name of the check that refused it) ------------------------
    Problem("receipt-pending", 404, "No receipt yet",
            "The hub has no receipt for this bundle yet (still being processed, or not received); ask again."),
    Problem("bundle-refused", 422, "Bundle refused",
            "The file received under this bundle id was refused unread (no receipt); the laboratory seals and "
            "sends it again. Refusals with their own code below say which check refused it."),
    Problem("bundle-malformed", 422, "Bundle malformed",
            "Not a LabNet bundle, its layout or header is malformed, or it ends before the lengths it declares."),
    Problem("bundle-too-large", 422, "Bundle too large",
            "The file, its declared payload or its record count is above the hub's limits."),
    Problem("unknown-signer", 422, "Unknown signer",
            "The bundle names a laboratory or signing key the hub does not know (or a revoked laboratory)."),
    Problem("signature-invalid", 422, "Bundle signature invalid",
            "The bundle's signature is not its laboratory's, or its bytes changed after signing."),
    Problem("bundle-id-mismatch", 422, "Bundle id not derived",
            "The bundle id is not the one its laboratory, hub key and payload derive (§4 of bundle-format.md)."),
    Problem("wrong-uploader", 422, "Another laboratory's bundle", "A laboratory can upload only its own bundles."),
    # -- administration ---------------------------------------------------------------------------------------
    Problem("admin-sign-in-failed", 401, "Administrator name or password wrong",
            "No enabled administrator has this name and password; after three in a row the account waits."),
    Problem("admin-sign-in-delayed", 429, "Administrator sign-in delayed",
            "Too many wrong passwords for this administrator in a row; wait `Retry-After` seconds (2, 4, 8 … "
            "up to 900), whatever the password."),
    Problem("admin-disabled", 403, "Administrator disabled", "The administrator's account is disabled."),
    Problem("admin-role-forbidden", 403, "Not allowed for this role",
            "A reviewer may read every administration route but change nothing; this needs a network "
            "administrator."),
    Problem("admin-password-weak", 400, "Password too easy to guess",
            "The new password is too short or long, the account's name, or among the most used ones."),
    Problem("unknown-admin", 404, "No such administrator", "No administrator account has this name."),
    Problem("admin-exists", 409, "Administrator exists", "An administrator account already has this name."),
    Problem("last-network-admin", 409, "Last network administrator",
            "The last enabled network administrator cannot be disabled; add or enable another first."),
    Problem("method-invalid", 400, "Comparison method invalid",
            "The comparison method is incomplete, damaged, unsaved or has an impossible threshold."),
    Problem("method-conflict", 409, "Method published with other parameters",
            "A method of this name and version was published before with other parameters."),
    Problem("unknown-method", 404, "No such method", "No method of this name and version was published."),
    # -- proficiency tests (issue 21) ----------------------------------------------------------------------------
    Problem("pt-round-unknown", 404, "No such proficiency-test round", "No round of this name at the hub."),
    Problem("pt-not-participant", 403, "Not a participant",
            "The laboratory is not among the round's participating laboratories."),
    Problem("pt-late", 409, "Result after the deadline",
            "The round's deadline has passed (or the round is closed): results are no longer taken."),
    Problem("pt-unknown-analyte", 422, "Not in the round",
            "A result names a material and analyte the round does not test."),
    Problem("pt-wrong-unit", 422, "Wrong unit", "A result is given in another unit than the round asks for."),
    Problem("pt-result-invalid", 422, "Result malformed",
            "A result is not a finite number, or the same material and analyte is given twice."),
    Problem("pt-seal-invalid", 422, "Submission not sealed to this hub",
            "The results are not sealed, sealed to a key that is not this hub's, or the seal does not open."),
    Problem("pt-replayed", 409, "Submission replaced already",
            "A submission the laboratory replaced since, or one made no later than the one the hub kept."),
    # -- reference-sample exchange and sample submission (issue 21) ------------------------------------------
    Problem("exchange-message-invalid", 422, "Exchange message malformed",
            "The exchange message is not a LabNet one, is for another hub, or its content is incomplete."),
    Problem("exchange-unknown", 404, "No such exchange", "No exchange (or offer) with this id at the hub."),
    Problem("exchange-not-party", 403, "Not party to the exchange",
            "The laboratory is neither the exchange's requester, its provider, nor one it was routed to."),
    Problem("exchange-transition-refused", 409, "Step not allowed now",
            "The exchange's state (or the laboratory's part in it) does not allow this step; docs/exchange.md "
            "lists the steps."),
    Problem("exchange-no-offer", 404, "Nobody offers it",
            "No other laboratory offers this substance (or profiling of this drug type) to the network."),
    Problem("exchange-offer-withdrawn", 409, "Offered record withdrawn",
            "The offer names a record the hub holds withdrawn from the network (deleted, or no longer shared): "
            "withdrawn means withdrawn; the laboratory syncs the record shared again first."),
    # -- another laboratory's shared profile, for a link notice (issue 22) -----------------------------------
    Problem("shared-profile-not-found", 404, "No shared profile linked",
            "No profile of that laboratory is linked at the hub with this laboratory's record: it was not shared "
            "with the network, not linked with this record, or its links went with a withdrawal."),
    Problem("shared-profile-withdrawn", 410, "Shared profile withdrawn",
            "The other laboratory withdrew the linked profile from the network (or stopped sharing it); it is not "
            "served."),
    Problem("shared-profile-withheld", 403, "Profile values withheld",
            "The other laboratory's sharing policy keeps the profile's values (its peaks) in the laboratory."),
    # -- hub-to-hub federation (issue 20) --------------------------------------------------------------------
    Problem("peer-invalid", 400, "Peer identity refused",
            "The peer's identity, invitation or reply is not a hub's, is damaged, or changes keys without an "
            "endorsement by the keys pinned here."),
    Problem("peer-code-invalid", 401, "Peering code or invitation refused",
            "The invitation is unknown here, used already, expired, or answers another hub."),
    Problem("peer-exists", 409, "Peer pinned already", "That name or that hub is pinned already as another peer."),
    Problem("peer-unknown", 401, "Not a peer", "The sending hub is not a peer of this hub."),
    Problem("peer-not-found", 404, "No such peer", "No peer of this hub has that name."),
    Problem("peer-revoked", 403, "Peer revoked", "This hub revoked its peering with the sending hub."),
    Problem("peer-unreachable", 502, "Peer unreachable", "The other hub could not be reached; nothing was pinned."),
    Problem("peer-refused", 502, "Peer refused", "The other hub refused the peering; the detail gives its reason."),
    Problem("federation-message-invalid", 422, "Federation message refused",
            "The message is not a LabNet federation message, its signature is not the peer's pinned key's, it is "
            "for another hub, or its content is not of its form."),
    Problem("federation-hit-unknown", 404, "No such hit",
            "No cross-network hit of this laboratory (or answered to this peer) has that reference."),
    Problem("federation-follow-up-unknown", 404, "No such follow-up", "No follow-up with this id concerns you."),
    Problem("federation-follow-up-decided", 409, "Follow-up decided already",
            "The owning laboratory approved or declined this follow-up already."),
    # -- uploads (tus 1.0.0) ----------------------------------------------------------------------------------
    Problem("tus-version-unsupported", 412, "tus version not supported",
            "The request lacks `Tus-Resumable: 1.0.0`; the answer's `Tus-Version` says what the hub speaks."),
    Problem("upload-length-required", 400, "Upload-Length required",
            "A creation without a whole `Upload-Length` (deferred length is not offered)."),
    Problem("upload-offset-required", 400, "Upload-Offset required", "A chunk without a whole `Upload-Offset`."),
    Problem("upload-metadata-invalid", 400, "Upload-Metadata invalid",
            "A key empty, repeated or not plain ASCII, or a value that is not base64-encoded UTF-8."),
    Problem("upload-checksum-invalid", 400, "Upload-Checksum invalid",
            "An algorithm other than sha1 or sha256, or a digest that is not base64."),
    Problem("checksum-mismatch", 460, "Checksum mismatch",
            "The chunk's bytes do not match its `Upload-Checksum`; nothing of it was kept, send it again."),
    Problem("unsupported-media-type", 415, "Unsupported media type",
            "A chunk is sent as `Content-Type: application/offset+octet-stream`."),
    Problem("upload-not-found", 404, "No such upload",
            "No upload with this id (another laboratory's upload answers the same)."),
    Problem("upload-gone", 410, "Upload expired", "The upload expired before it was completed; start a new one."),
    Problem("offset-mismatch", 409, "Offset mismatch",
            "The chunk's `Upload-Offset` is not the upload's; ask for the offset (HEAD) and resume from it."),
    Problem("upload-busy", 423, "Upload busy",
            "Another request is writing to this upload; retry after `Retry-After` seconds."),
    Problem("too-many-uploads", 429, "Too many unfinished uploads",
            "The laboratory already has as many unfinished uploads as the hub allows; finish or end one."),
    Problem("upload-stalled", 408, "Chunk stalled",
            "No byte of the chunk arrived for the hub's idle timeout; what arrived is kept, resume from the offset."),
]

PROBLEMS: dict[str, Problem] = {p.code: p for p in _ALL}

# The check of protocol.opening (its error's class name, as kept in refused_files) that refused a file unread.
BUNDLE_REFUSALS = {
    "BundleFormatError": "bundle-malformed", "BundleTruncated": "bundle-malformed",
    "BundleTooLarge": "bundle-too-large", "PartTooLarge": "bundle-too-large", "PayloadTooLarge": "bundle-too-large",
    "DecompressionBomb": "bundle-too-large", "UnknownSigner": "unknown-signer",
    "BundleSignatureError": "signature-invalid", "BundleIdError": "bundle-id-mismatch",
    "WrongUploader": "wrong-uploader",
}
# Every code a receipt request answers for a file refused unread: the laboratory seals the bundle again.
REFUSED_UNREAD = frozenset({"bundle-refused", *BUNDLE_REFUSALS.values()})


def refusal_code(error_name: str | None) -> str:
    """The code for a file refused unread by the check ``error_name`` (unknown names: ``bundle-refused``)."""
    return BUNDLE_REFUSALS.get(error_name or "", "bundle-refused")


def problem(code: str) -> Problem:
    """The registered problem of ``code`` (KeyError for a code not in the registry: a programming error)."""
    return PROBLEMS[code]


def problem_json(code: str, detail: str, instance: str | None = None) -> bytes:
    return json.dumps(PROBLEMS[code].body(detail, instance), ensure_ascii=False).encode("utf-8")


def code_of(body: bytes | str, content_type: str = MEDIA_TYPE) -> str | None:
    """The ``code`` of a problem details body (None when it is not one)."""
    if "json" not in (content_type or ""):
        return None
    try:
        document = json.loads(body)
    except ValueError:
        return None
    code = document.get("code") if isinstance(document, dict) else None
    return code if isinstance(code, str) else None


def markdown_table() -> str:
    """The registry as the table in docs/hub-api.md (``python -m labnet.protocol.problems``)."""
    lines = ["| code | status | title | meaning |", "|---|---|---|---|"]
    lines += [f"| `{p.code}` | {p.status} | {p.title} | {p.meaning} |" for p in _ALL]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")

"""Enrolment, the hub's side: registering a laboratory from its request, and its key rotations.

The code, the request, the answer and the offline files are the protocol's (``labnet.protocol.enrolment``), read
by the laboratory too; this module checks a request against the hub's store and registers the lab, all or
nothing.  Both paths, online (``POST /v1/enrol``) and by stick (``labnet-hub import-registration``), end here.
"""

from __future__ import annotations

from typing import Any

from labnet.protocol.enrolment import REGISTRATION_FORMAT, EnrolmentRequest, proof_statement
from labnet.protocol.errors import SyncError
from labnet.protocol.keys import PublicIdentity, unb64

from .store import Forbidden, HubError, HubStore, Unauthenticated


class RegistrationInvalid(HubError):
    """An enrolment request that cannot be used; the message says why."""

    code = "registration-invalid"


def register(store: HubStore, hub_key_id: str, request: Any) -> dict[str, str]:
    """Check an enrolment request and register the laboratory (hub side); all or nothing."""
    if not isinstance(request, dict) or request.get("format") != REGISTRATION_FORMAT or request.get("version") != 1:
        raise RegistrationInvalid("this is not a LabNet registration (version 1)")
    if request.get("hub_key_id") != hub_key_id:
        raise Unauthenticated("the registration was made for another hub's key; use this hub's enrolment code",
                              code="wrong-hub")
    try:
        parsed = EnrolmentRequest.from_json(request)
        identity = PublicIdentity.from_json(parsed.identity)
        proof = unb64(parsed.proof, "enrolment proof")
    except SyncError as exc:
        raise RegistrationInvalid(exc.user_message) from None
    token = parsed.token
    if identity.role != "lab":
        raise RegistrationInvalid("only a laboratory's identity can be enrolled")
    if not identity.keys.verify(proof, proof_statement(hub_key_id, token)):
        raise Unauthenticated("the enrolment proof is not signed by the key in the laboratory's identity",
                              code="enrolment-proof-invalid")
    keys = [(k.signing_key_id, "signing", k.signing) for k in identity.all_keys()]
    keys += [(k.encryption_key_id, "encryption", k.encryption) for k in identity.all_keys()]
    with store.transaction() as conn:
        code = store.claim_enrolment_code(conn, token)
        store.add_lab(conn, lab_id=identity.identity_id, name=code["lab_name"], country=code["country"],
                      identity=identity.to_json().decode("utf-8"), signing_key_id=identity.signing_key_id, keys=keys)
        store.record_enrolment(conn, code, identity.identity_id)
    return {"lab_id": identity.identity_id, "name": code["lab_name"], "country": code["country"]}


def rotate_lab_keys(store: HubStore, document: Any) -> dict[str, str]:
    """Accept a laboratory's new identity document if its current registered key endorsed it (hub side)."""
    from labnet.protocol.keys import check_rotation

    try:
        new = PublicIdentity.from_json(document)
    except SyncError as exc:
        raise RegistrationInvalid(exc.user_message) from None
    lab = store.lab(new.identity_id)
    if not lab.active:
        raise Forbidden(f"this laboratory's enrolment was revoked ({lab.revoked_reason})", code="lab-revoked")
    try:
        accepted = check_rotation(PublicIdentity.from_json(lab.identity), new)
    except SyncError as exc:
        raise Unauthenticated(exc.user_message, code="rotation-refused") from None
    keys = [(accepted.keys.signing_key_id, "signing", accepted.keys.signing),
            (accepted.keys.encryption_key_id, "encryption", accepted.keys.encryption)]
    store.replace_identity(new.identity_id, new.to_json().decode("utf-8"), new.signing_key_id, keys)
    return {"lab_id": new.identity_id, "signing_key_id": new.signing_key_id}

"""A laboratory's proficiency-test results, signed by the laboratory and sealed to the hub (issue 21).

A submission is canonical JSON ``{"submission": {...}, "signature": "<base64>"}``; the signature is Ed25519 by
the laboratory's signing key over ``"LabNet pt results v1\\x00" || canonical(submission)``, as a bundle's
header is signed, so the hub keeps proof of what the laboratory reported and a result cannot be altered on the
way or sent in another laboratory's name.  The body names the format and version, the laboratory and its key,
the hub it is for, the round, when it was made, and the results: ``[{"material", "analyte", "value", "unit"}]``.

It travels sealed and signed like a bundle (``seal_submission``): canonical JSON ``{"envelope": {...}, "sealed":
"<base64>", "signature": "<base64>"}``.  The envelope says in clear only who sends it, to which hub key, for which
round and when (no result); ``sealed`` is the signed submission HPKE-sealed to the hub's current encryption key with
the keys' own suite (``PublicKeys.hpke_public``, as ``protocol.bundle.write_part`` seals a payload), its ``info``
binding it to the envelope (SEAL_CONTEXT || SHA-256(envelope)); the signature, by the laboratory's key, covers the
envelope and the sealed bytes, so the hub checks who sent it before it decrypts anything (``open_submission``).  The
hub keeps the inner signed submission as proof of what the laboratory reported.  It is posted in the laboratory's
signed-in session (``POST /v1/pt/{round}/results``); the hub checks the signer is the session's laboratory.
"""

from __future__ import annotations

import hashlib
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from labnet.common.messages import Message

from . import canonical
from .errors import IdentityError, SyncError
from .keys import Identity, PublicKeys, b64, signed_by, unb64

PT_RESULTS_FORMAT = "labnet-pt-results"
PT_RESULTS_CONTEXT = b"LabNet pt results v1\x00"
PT_SEALED_FORMAT = "labnet-pt-sealed"
PT_SEAL_CONTEXT = b"LabNet pt results v1 seal\x00"                   # the HPKE info's prefix
PT_ENVELOPE_CONTEXT = b"LabNet pt results v1 envelope signature\x00"
_ENVELOPE_KEYS = ("lab_id", "lab_key_id", "hub_id", "hub_key_id", "suite", "round", "created_at")
MAX_SUBMISSION_BYTES = 1024 * 1024
MAX_RESULTS = 500


class SubmissionError(SyncError):
    """A submission that cannot be read or trusted; nothing of it was kept."""


class SubmissionSignatureError(SubmissionError):
    """A submission whose signature is not its laboratory's registered key's."""


class SubmissionSealError(SubmissionError):
    """A submission not sealed, sealed to a key that is not this hub's, or whose seal does not open."""


@dataclass(frozen=True)
class PtResult:
    material: str
    analyte: str
    value: float
    unit: str


@dataclass(frozen=True)
class Submission:
    lab_id: str
    key_id: str
    hub_id: str
    round_id: str
    created_at: str
    results: tuple[PtResult, ...]


def make_submission(lab: Identity, *, hub_id: str, round_id: str, created_at: str,
                    results: list[PtResult]) -> bytes:
    """The signed submission (laboratory side)."""
    body = {"format": PT_RESULTS_FORMAT, "version": 1, "lab_id": lab.identity_id,
            "lab_key_id": lab.public.signing_key_id, "hub_id": hub_id, "round": round_id, "created_at": created_at,
            "results": [{"material": r.material, "analyte": r.analyte, "value": r.value, "unit": r.unit}
                        for r in results]}
    return canonical.dumps({"submission": body, "signature": b64(lab.sign(PT_RESULTS_CONTEXT + canonical.dumps(body)))})


def _result(entry: Any) -> PtResult | None:
    if not isinstance(entry, dict) or set(entry) != {"material", "analyte", "value", "unit"}:
        return None
    value = entry["value"]
    texts = [entry[k] for k in ("material", "analyte", "unit")]
    if not all(isinstance(t, str) and t for t in texts) or isinstance(value, bool) \
            or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer past a float's range
        return None
    return PtResult(texts[0], texts[1], number, texts[2]) if math.isfinite(number) else None


def _document(data: bytes) -> Any:
    """A submission's canonical JSON (None when it is not canonical JSON); refused past the size LabNet makes."""
    if len(data) > MAX_SUBMISSION_BYTES:
        raise SubmissionError(Message("A submission of {size:,} bytes is larger than any LabNet makes.",
                                      size=len(data)))
    try:
        return canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        return None


def verify_submission(data: bytes, hub_id: str, signing_key: Callable[[str, str], bytes | None]) -> Submission:
    """Check a submission's form and signature; ``signing_key(lab_id, key_id)`` gives the laboratory's registered
    key (None when it has none such, or is revoked)."""
    doc = _document(data)
    body = doc.get("submission") if isinstance(doc, dict) and set(doc) == {"submission", "signature"} else None
    if not isinstance(body, dict) or body.get("format") != PT_RESULTS_FORMAT or body.get("version") != 1:
        raise SubmissionError(Message("This is not a LabNet proficiency-test submission (or it is damaged)."))
    texts = ("lab_id", "lab_key_id", "hub_id", "round", "created_at")
    if not all(isinstance(body.get(k), str) for k in texts) or not isinstance(body.get("results"), list):
        raise SubmissionError(Message("The submission's fields are not of their types."))
    if body["hub_id"] != hub_id:
        raise SubmissionError(Message("This submission is for another hub ({hub}).", hub=body["hub_id"]))
    if not signed_by(signing_key(body["lab_id"], body["lab_key_id"]), doc["signature"], "submission signature",
                     PT_RESULTS_CONTEXT + canonical.dumps(body)):
        raise SubmissionSignatureError(Message("The submission's signature is not the laboratory's registered key's: it "
                                      "was altered, forged or signed with a key the hub does not know.")) from None
    results = [_result(e) for e in body["results"]]
    if len(results) > MAX_RESULTS or any(r is None for r in results):
        raise SubmissionError(Message("A result of the submission is not {{material, analyte, value, unit}} with "
                                      "a finite number."))
    return Submission(body["lab_id"], body["lab_key_id"], body["hub_id"], body["round"], body["created_at"],
                      tuple(r for r in results if r is not None))


def _envelope_signed(envelope: bytes, sealed: bytes) -> bytes:
    """What the envelope's signature covers: the context, the envelope's length and bytes, the sealed bytes."""
    return PT_ENVELOPE_CONTEXT + struct.pack(">I", len(envelope)) + envelope + sealed


def _seal_info(envelope: bytes) -> bytes:
    return PT_SEAL_CONTEXT + hashlib.sha256(envelope).digest()


def seal_submission(lab: Identity, hub_keys: PublicKeys, submission: bytes) -> bytes:
    """A signed submission (``make_submission``) sealed to ``hub_keys`` (the hub's current keys, as pinned) and
    signed again over the envelope and the sealed bytes (laboratory side)."""
    body = canonical.loads(submission)["submission"]
    envelope = {"format": PT_SEALED_FORMAT, "version": 1, "lab_id": lab.identity_id,
                "lab_key_id": lab.public.signing_key_id,
                "hub_id": body["hub_id"], "hub_key_id": hub_keys.encryption_key_id, "suite": hub_keys.suite.name,
                "round": body["round"], "created_at": body["created_at"]}
    envelope_bytes = canonical.dumps(envelope)
    sealed = hub_keys.suite.hpke().encrypt(submission, hub_keys.hpke_public(), info=_seal_info(envelope_bytes))
    return canonical.dumps({"envelope": envelope, "sealed": b64(sealed),
                            "signature": b64(lab.sign(_envelope_signed(envelope_bytes, sealed)))})


def open_submission(data: bytes, hub: Identity,
                    signing_key: Callable[[str, str], bytes | None]) -> tuple[Submission, bytes]:
    """Check a sealed submission as a bundle is checked (form, the sender's signature, the recipient is one of
    ``hub``'s keys), open it, then check the submission inside (``verify_submission``) and that it says what its
    envelope says; the submission and its signed bytes (what the hub keeps)."""
    doc = _document(data)
    if isinstance(doc, dict) and set(doc) == {"submission", "signature"}:
        raise SubmissionSealError(Message("The submission is not sealed to the hub; results travel sealed "
                                          "(update LabNet)."))
    envelope = doc.get("envelope") if isinstance(doc, dict) and set(doc) == {"envelope", "sealed",
                                                                            "signature"} else None
    if not isinstance(envelope, dict) or envelope.get("format") != PT_SEALED_FORMAT or envelope.get("version") != 1 \
            or set(envelope) != {"format", "version", *_ENVELOPE_KEYS} \
            or not all(isinstance(envelope[k], str) for k in _ENVELOPE_KEYS):
        raise SubmissionError(Message("This is not a LabNet proficiency-test submission (or it is damaged)."))
    if envelope["hub_id"] != hub.identity_id:
        raise SubmissionError(Message("This submission is for another hub ({hub}).", hub=envelope["hub_id"]))
    envelope_bytes = canonical.dumps(envelope)
    raw = signing_key(envelope["lab_id"], envelope["lab_key_id"])
    try:
        sealed = unb64(doc["sealed"], "sealed submission")
        signature = unb64(doc["signature"], "submission signature")
        if raw is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, _envelope_signed(envelope_bytes, sealed))
    except (IdentityError, InvalidSignature, ValueError):
        raise SubmissionSignatureError(Message("The submission's signature is not the laboratory's registered key's: it "
                                      "was altered, forged or signed with a key the hub does not know.")) from None
    keys = hub.key_set_for_encryption(envelope["hub_key_id"])
    if keys is None or keys.suite.name != envelope["suite"]:
        raise SubmissionSealError(Message("The submission is sealed to another hub key ({key}…), not to this hub's; "
                                          "send it again.", key=envelope["hub_key_id"][:16]))
    try:
        inner = keys.suite.hpke().decrypt(sealed, keys.hpke_private(), info=_seal_info(envelope_bytes))
    except (InvalidTag, ValueError):
        raise SubmissionSealError(Message("The sealed submission does not open with this hub's key; it was sealed "
                                          "wrongly or damaged.")) from None
    submission = verify_submission(inner, hub.identity_id, signing_key)
    said = (submission.lab_id, submission.key_id, submission.round_id, submission.created_at)
    if said != (envelope["lab_id"], envelope["lab_key_id"], envelope["round"], envelope["created_at"]):
        raise SubmissionError(Message("The sealed submission does not say what its envelope says (laboratory, key, "
                                      "round, time)."))
    return submission, inner

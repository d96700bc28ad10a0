"""A laboratory's proficiency-test results, signed by the laboratory (issue 21).

A submission is canonical JSON ``{"submission": {...}, "signature": "<base64>"}``; the signature is Ed25519 by
the laboratory's signing key over ``"LabNet pt results v1\\x00" || canonical(submission)``, as a bundle's
header is signed, so the hub keeps proof of what the laboratory reported and a result cannot be altered on the
way or sent in another laboratory's name.  The body names the format and version, the laboratory and its key,
the hub it is for, the round, when it was made, and the results: ``[{"material", "analyte", "value", "unit"}]``.

It travels in the laboratory's signed-in session (``POST /v1/pt/{round}/results``, over TLS); the hub checks the
signature against the laboratory's registered key and that the session's laboratory is the signer.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from labnet.common.messages import Message

from . import canonical
from .errors import IdentityError, SyncError
from .keys import Identity, b64, unb64

PT_RESULTS_FORMAT = "labnet-pt-results"
PT_RESULTS_CONTEXT = b"LabNet pt results v1\x00"
MAX_SUBMISSION_BYTES = 1024 * 1024
MAX_RESULTS = 500


class SubmissionError(SyncError):
    """A submission that cannot be read or trusted; nothing of it was kept."""


class SubmissionSignatureError(SubmissionError):
    """A submission whose signature is not its laboratory's registered key's."""


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


def verify_submission(data: bytes, hub_id: str, signing_key: Callable[[str, str], bytes | None]) -> Submission:
    """Check a submission's form and signature; ``signing_key(lab_id, key_id)`` gives the laboratory's registered
    key (None when it has none such, or is revoked)."""
    if len(data) > MAX_SUBMISSION_BYTES:
        raise SubmissionError(Message("A submission of {size:,} bytes is larger than any LabNet makes.",
                                      size=len(data)))
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        doc = None
    body = doc.get("submission") if isinstance(doc, dict) and set(doc) == {"submission", "signature"} else None
    if not isinstance(body, dict) or body.get("format") != PT_RESULTS_FORMAT or body.get("version") != 1:
        raise SubmissionError(Message("This is not a LabNet proficiency-test submission (or it is damaged)."))
    texts = ("lab_id", "lab_key_id", "hub_id", "round", "created_at")
    if not all(isinstance(body.get(k), str) for k in texts) or not isinstance(body.get("results"), list):
        raise SubmissionError(Message("The submission's fields are not of their types."))
    if body["hub_id"] != hub_id:
        raise SubmissionError(Message("This submission is for another hub ({hub}).", hub=body["hub_id"]))
    raw = signing_key(body["lab_id"], body["lab_key_id"])
    try:
        signature = unb64(doc["signature"], "submission signature")
        if raw is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, PT_RESULTS_CONTEXT + canonical.dumps(body))
    except (IdentityError, InvalidSignature, ValueError):
        raise SubmissionSignatureError(Message("The submission's signature is not the laboratory's registered key's: it "
                                      "was altered, forged or signed with a key the hub does not know.")) from None
    results = [_result(e) for e in body["results"]]
    if len(results) > MAX_RESULTS or any(r is None for r in results):
        raise SubmissionError(Message("A result of the submission is not {{material, analyte, value, unit}} with "
                                      "a finite number."))
    return Submission(body["lab_id"], body["lab_key_id"], body["hub_id"], body["round"], body["created_at"],
                      tuple(r for r in results if r is not None))

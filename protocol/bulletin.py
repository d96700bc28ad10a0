"""Bulletins: signed messages from the hub to one laboratory or to all.

A bulletin is canonical JSON ``{"bulletin": {...}, "signature": "<base64>"}``;
the signature is Ed25519 by the hub's signing key over
``"LabNet bulletin v1\\x00" || canonical(bulletin)``.  The body names its
sequence number at the hub (``seq``, increasing: a laboratory asks for
those after the last it has), the hub and its key, the recipient (a lab id,
or ``"*"`` for every laboratory), the kind and the content:

- ``link``: profiles of this laboratory's seizures found linked to another
  laboratory's (pseudonymised references only), with the method and score,
  and each link's likelihood ratio (``null`` without one) — read with the
  ``likelihood_ratio_calibration`` and ``likelihood_ratio_bounds`` the
  ``method`` object carries (fields added later: a reader ignores what it
  does not know, the signature covers them all);
- ``method``: a harmonised comparison method the network adopted;
- ``notice``: a message from the hub's administrator (``{"text": …}``);
- ``pt-round``: a proficiency-test round this laboratory takes part in (round, deadline, its anonymous code,
  the items: material, analyte, unit); ``pt-result``: its scores when the round is closed; ``pt-summary``:
  the round's assigned values and every result under the anonymous codes (docs/proficiency-testing.md);
- ``exchange``: a step of a reference-sample exchange or a sample submission this laboratory is party to, or a
  request routed to it because it offers the substance (docs/exchange.md).

A file of bulletins (for a USB stick) is JSON lines, one signed bulletin a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message, message_of

from . import canonical
from .errors import IdentityError, SyncError
from .keys import Identity, PublicIdentity, b64, unb64

BULLETIN_FORMAT = "labnet-bulletin"
BULLETIN_CONTEXT = b"LabNet bulletin v1\x00"
KINDS = ("link", "method", "notice", "pt-round", "pt-result", "pt-summary", "exchange",
         "federation-hit", "federation-follow-up", "federation-follow-up-answer")   # the last three: issue 20
EVERYONE = "*"
MAX_BULLETIN_BYTES = 1024 * 1024


class BulletinError(SyncError):
    """A bulletin that cannot be trusted or read; nothing was applied."""


@dataclass(frozen=True)
class Bulletin:
    seq: int
    hub_id: str
    to: str
    kind: str
    created_at: str
    content: dict[str, Any]
    raw: bytes


def make_bulletin(hub: Identity, *, seq: int, to: str, kind: str, created_at: str, content: dict[str, Any]) -> bytes:
    """One signed bulletin (hub side)."""
    if kind not in KINDS:
        raise ValueError(f"a bulletin's kind is one of {KINDS}, not {kind!r}")   # internal: a programming error
    body = {"format": BULLETIN_FORMAT, "version": 1, "seq": seq, "hub_id": hub.identity_id,
            "hub_key_id": hub.public.signing_key_id, "to": to, "kind": kind, "created_at": created_at,
            "content": content}
    signature = hub.sign(BULLETIN_CONTEXT + canonical.dumps(body))
    return canonical.dumps({"bulletin": body, "signature": b64(signature)})


def verify_bulletin(data: bytes, hub: PublicIdentity, lab_id: str) -> Bulletin:
    """Check one bulletin against the pinned hub and that it is for ``lab_id`` (or everyone)."""
    if len(data) > MAX_BULLETIN_BYTES:
        raise BulletinError(Message("A bulletin of {size:,} bytes is larger than any the hub sends; it was ignored.",
                                    size=len(data)))
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        doc = None
    body = doc.get("bulletin") if isinstance(doc, dict) and set(doc) == {"bulletin", "signature"} else None
    if not isinstance(body, dict) or body.get("format") != BULLETIN_FORMAT or body.get("version") != 1:
        raise BulletinError(Message("This is not a LabNet bulletin (or it is damaged)."))
    if body.get("hub_id") != hub.identity_id:
        raise BulletinError(Message("This bulletin comes from hub {sender}, not from {hub}; it was ignored.",
                                    sender=body.get("hub_id"), hub=hub.name))
    try:
        signature = unb64(doc["signature"], "bulletin signature")
    except IdentityError:
        raise BulletinError(Message("The bulletin's signature is not readable; the file is damaged.")) from None
    keys = hub.signing_key(str(body.get("hub_key_id")))
    if keys is None or not keys.verify(signature, BULLETIN_CONTEXT + canonical.dumps(body)):
        raise BulletinError(Message("The bulletin's signature is not the hub's: it was altered or forged, and was "
                                    "ignored."))
    if not _well_typed(body):
        raise BulletinError(Message("The bulletin is signed by the hub but malformed; ask the hub's "
                                    "administrator."))
    bulletin = Bulletin(body["seq"], body["hub_id"], body["to"], body["kind"], body["created_at"],
                        dict(body["content"]), bytes(data))
    if bulletin.to not in (EVERYONE, lab_id):
        raise BulletinError(Message("This bulletin is addressed to another laboratory; it was ignored."))
    if bulletin.kind not in KINDS:
        raise BulletinError(Message("This bulletin is of a kind LabNet does not know ({kind}); update LabNet.",
                                    kind=bulletin.kind))
    return bulletin


def _well_typed(body: dict[str, Any]) -> bool:
    """The types docs/bundle-format.md §13 gives the body's fields (no conversion: "5" is not a seq)."""
    seq = body.get("seq")
    return (type(seq) is int and seq >= 1 and isinstance(body.get("content"), dict)
            and all(isinstance(body.get(k), str) for k in ("hub_id", "to", "kind", "created_at")))


def read_bulletin_file(data: bytes, hub: PublicIdentity, lab_id: str) -> list[Bulletin]:
    """Every bulletin of a bulletin file (JSON lines); any bad line refuses the whole file."""
    bulletins = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            bulletins.append(verify_bulletin(line, hub, lab_id))
        except BulletinError as exc:
            raise BulletinError(Message("Line {number} of the bulletin file: {reason}", number=number,
                                        reason=message_of(exc))) from None
    return bulletins

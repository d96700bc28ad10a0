"""Enrolment, the part both sides read: the code, the request, the offline files.

Online, the hub administrator hands the lab an *enrolment code*: one line of
text (also a QR code) naming the hub's address, a one-time token and the
hub's key id.  The lab fetches the hub's identity document, checks its key id
against the code (so a hub address that answers with another key is
refused), and posts its own identity document with a *proof*: its signing
key's signature over the token and the hub's key id (``EnrolmentRequest``).
The hub checks the lab's self-signed identity and the proof, uses up the
token, registers the lab and answers with its identity (``Enrolled``), which
the lab pins.

Without a network, the code travels as an *enrolment file* (the hub's
identity and the token, signed by the hub); the lab answers with a
*registration file* (its identity and the proof) that goes back on the
stick and is imported at the hub.  Both paths end in ``labnet.hub.enrolment.register``.

No HTTP, no files, no store here: the laboratory (``labnet.sync.client``) and the hub
(``labnet.hub.enrolment``, ``labnet.hub.admin_routes``, ``labnet.hub.cli_labs``) both import this module.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message

from . import canonical
from .errors import SyncError
from .keys import Identity, PublicIdentity, b64, unb64
from .wire import WireError, field_text, wire_object

CODE_PREFIX = "LN1-"
PROOF_CONTEXT = b"LabNet enrolment v1\x00"
FILE_CONTEXT = b"LabNet enrolment file v1\x00"
ENROLMENT_FORMAT = "labnet-enrolment"
REGISTRATION_FORMAT = "labnet-registration"


class EnrolmentError(SyncError):
    """An enrolment code, file or request that cannot be used; the message says why (the hub answers it with
    the code ``registration-invalid``)."""


@dataclass(frozen=True)
class EnrolmentCode:
    hub_url: str
    token: str
    hub_key_id: str

    def text(self) -> str:
        doc = canonical.dumps({"v": 1, "hub": self.hub_url, "token": self.token, "hub_key_id": self.hub_key_id})
        return CODE_PREFIX + base64.urlsafe_b64encode(doc).decode("ascii").rstrip("=")

    @classmethod
    def parse(cls, text: str) -> EnrolmentCode:
        text = "".join(text.split())  # a code copied across lines or with spaces still reads
        if not text.startswith(CODE_PREFIX):
            raise EnrolmentError(Message("an enrolment code starts with “{prefix}”; check that it was copied whole",
                                         prefix=CODE_PREFIX))
        body = text[len(CODE_PREFIX):]
        try:
            doc = canonical.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            code = cls(str(doc["hub"]), str(doc["token"]), str(doc["hub_key_id"]))
        except (binascii.Error, ValueError, KeyError, TypeError):
            raise EnrolmentError(Message("this enrolment code is damaged or incomplete; copy it again")) from None
        if not code.hub_url.startswith(("http://", "https://")):
            raise EnrolmentError(Message("the enrolment code's hub address is not an http(s) address"))
        return code


def proof_statement(hub_key_id: str, token: str) -> bytes:
    """The bytes a lab's enrolment proof signs: this token at this hub."""
    return PROOF_CONTEXT + f"{hub_key_id}\n{token}".encode()


def enrolment_proof(lab: Identity, hub_key_id: str, token: str) -> str:
    """The lab's signature binding its identity to this token at this hub (lab side)."""
    return b64(lab.sign(proof_statement(hub_key_id, token)))


@dataclass(frozen=True)
class EnrolmentRequest:
    """The body of ``POST /v1/enrol``, and the content of a registration file: the lab's identity document and
    its proof for one token at one hub."""

    hub_key_id: str
    token: str
    identity: dict[str, Any]   # the lab's public identity document, as JSON (PublicIdentity.from_json checks it)
    proof: str                 # base64 signature over proof_statement(hub_key_id, token)

    def to_json(self) -> dict[str, Any]:
        return {"format": REGISTRATION_FORMAT, "version": 1, "hub_key_id": self.hub_key_id, "token": self.token,
                "identity": self.identity, "proof": self.proof}

    @classmethod
    def make(cls, lab: Identity, hub_key_id: str, token: str) -> EnrolmentRequest:
        return cls(hub_key_id, token, canonical.loads(lab.public.to_json()), enrolment_proof(lab, hub_key_id, token))

    @classmethod
    def from_json(cls, doc: object) -> EnrolmentRequest:
        """A registration of format version 1 with its fields' types; EnrolmentError (or its WireError) when not.
        The identity and the proof are checked by the hub (``labnet.hub.enrolment.register``)."""
        if not isinstance(doc, dict) or doc.get("format") != REGISTRATION_FORMAT or doc.get("version") != 1:
            raise EnrolmentError(Message("this is not a LabNet registration (version 1)"))
        if "identity" in doc and not isinstance(doc["identity"], dict):
            raise EnrolmentError(Message("the registration's identity is not an identity document (a JSON object)"))
        for name in ("identity", "proof", "token"):
            if name not in doc:
                raise EnrolmentError(Message("the registration lacks its {name}", name=name))
        what = Message("the registration")
        return cls(field_text(doc, "hub_key_id", what, default=""), str(doc["token"]), doc["identity"],
                   field_text(doc, "proof", what))


def enrolment_request(lab: Identity, hub_key_id: str, token: str) -> dict[str, Any]:
    """The body of ``POST /v1/enrol``, and the content of a registration file (lab side)."""
    return EnrolmentRequest.make(lab, hub_key_id, token).to_json()


@dataclass(frozen=True)
class Enrolled:
    """The hub's answer to an enrolment: the lab's id and the name and country it was registered under, and
    the hub's identity document (online only; the offline path has it from the enrolment file)."""

    lab_id: str
    name: str
    country: str
    hub_identity: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"lab_id": self.lab_id, "name": self.name, "country": self.country}
        if self.hub_identity is not None:
            out["hub_identity"] = self.hub_identity
        return out

    @classmethod
    def from_json(cls, doc: object) -> Enrolled:
        what = Message("the hub's answer to the enrolment")
        doc = wire_object(doc, what)
        identity = doc.get("hub_identity")
        if identity is not None and not isinstance(identity, dict):
            raise WireError(Message("{what}'s “{name}” is not a JSON object", what=what,
                                    name="hub_identity").capitalized())
        return cls(field_text(doc, "lab_id", what), field_text(doc, "name", what), field_text(doc, "country", what),
                   identity)


def enrolment_file(hub: Identity, hub_url: str, token: str, lab_name: str, country: str,
                   expires_at: dt.datetime) -> bytes:
    """The file a hub administrator puts on a stick for a lab with no network (written by the hub)."""
    body = {"format": ENROLMENT_FORMAT, "version": 1, "hub_url": hub_url, "token": token, "lab_name": lab_name,
            "country": country, "expires_at": expires_at.isoformat(),
            "hub_identity": canonical.loads(hub.public.to_json())}
    return canonical.dumps({**body, "signature": b64(hub.sign(FILE_CONTEXT + canonical.dumps(body)))})


@dataclass(frozen=True)
class EnrolmentFile:
    hub: PublicIdentity
    hub_url: str
    token: str
    lab_name: str
    country: str
    expires_at: str


def read_enrolment_file(data: bytes) -> EnrolmentFile:
    """Check an enrolment file's hub identity and signature (lab side)."""
    try:
        doc = canonical.loads(data)
        if not isinstance(doc, dict) or doc.get("format") != ENROLMENT_FORMAT or doc.get("version") != 1:
            raise EnrolmentError(Message("this is not a LabNet enrolment file (version 1)"))
        signature = unb64(doc.pop("signature"), "signature")
        hub = PublicIdentity.from_json(doc["hub_identity"])
        result = EnrolmentFile(hub, str(doc["hub_url"]), str(doc["token"]), str(doc["lab_name"]),
                               str(doc["country"]), str(doc["expires_at"]))
    except (canonical.CanonicalError, UnicodeDecodeError):
        raise EnrolmentError(Message("this file is not a LabNet enrolment file (it is not JSON)")) from None
    except KeyError as exc:
        raise EnrolmentError(Message("the enrolment file lacks its {name}; ask for a new one",
                                     name=exc.args[0])) from None
    except EnrolmentError:
        raise
    except SyncError as exc:
        raise EnrolmentError(exc.user_message) from None
    if hub.role != "hub":
        raise EnrolmentError(Message("the enrolment file's identity is not a hub's"))
    if not hub.keys.verify(signature, FILE_CONTEXT + canonical.dumps(doc)):
        raise EnrolmentError(Message("the enrolment file's signature is not valid; it was altered after the hub "
                                     "made it"))
    return result

"""Hub-to-hub federation, the part both peers read: the peering code, the invitation and its reply, and the
contents of a search and of its answer (issue 20; sealed and signed by ``labnet.protocol.federation_seal``).

Peering mirrors a laboratory's enrolment.  Hub A's administrator makes an **invitation** for a named peer: a
one-time token, A's address and A's identity, signed by A (``make_invite``), on a stick, or as a one-line
**peering code** (``LNP1-…``: A's address, the token and A's signing key id).  Hub B checks A's identity (with
the code, that the key A's address answers with is the one the code names) and answers with a **reply**: B's
identity and address, the token and A's key id, signed by B (``make_reply``), imported at A (a file) or posted
to A (online).  A checks that B signed it for A, uses up the token and pins B; B pinned A when it accepted.
Each side also lists the harmonised methods it holds (``MethodKey``), so both know their methods in common.

A **search** holds, for one method both hold, the query profiles already pretreated under it (float64, row by
row, base64) and an opaque reference per profile that only the searching hub can tie to a record.  An
**answer** holds, per query reference, the hits: the answering hub's opaque reference, the score, the
likelihood ratio (with the method's calibration and bounds), and the fields its policy releases.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from labnet.common.messages import Message

from . import canonical
from .enrolment import CODE_PREFIX as ENROLMENT_PREFIX
from .enrolment import EnrolmentCode, EnrolmentError
from .federation_seal import FederationError
from .keys import Identity, PublicIdentity, b64, unb64

CODE_PREFIX = "LNP1-"
INVITE_FORMAT = "labnet-peer-invite"
REPLY_FORMAT = "labnet-peer-reply"
INVITE_CONTEXT = b"LabNet peer invite v1\x00"
REPLY_CONTEXT = b"LabNet peer reply v1\x00"
MAX_QUERIES = 100_000


def method_fingerprint(definition: dict[str, Any]) -> str:
    """What makes two hubs' methods the same method: name, version, drug type, targets, pretreatment and its
    reference statistics, metric and threshold (hex SHA-256 of their JSON)."""
    keys = ("name", "method_version", "drug_type", "targets", "pretreatment", "reference", "metric", "threshold")
    return hashlib.sha256(json.dumps({k: definition.get(k) for k in keys}, sort_keys=True,
                                     separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True)
class MethodKey:
    name: str
    version: int
    fingerprint: str

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "method_version": self.version, "fingerprint": self.fingerprint}

    @classmethod
    def from_json(cls, doc: Any) -> MethodKey:
        if not isinstance(doc, dict) or not isinstance(doc.get("name"), str) \
                or type(doc.get("method_version")) is not int or not isinstance(doc.get("fingerprint"), str):
            raise FederationError(Message("A method named by the peer is not {{name, method_version, fingerprint}}."))
        return cls(doc["name"], doc["method_version"], doc["fingerprint"])


def read_methods(doc: Any) -> tuple[MethodKey, ...]:
    if not isinstance(doc, list):
        raise FederationError(Message("The peer's list of methods is not a list."))
    return tuple(MethodKey.from_json(m) for m in doc)


# -- the code, the invitation, the reply ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PeerCode:
    hub_url: str
    token: str
    hub_key_id: str

    # The enrolment code's form (labnet.protocol.enrolment) under its own prefix: a peering code is never taken
    # for a laboratory's enrolment code, nor one for the other.
    def text(self) -> str:
        return CODE_PREFIX + EnrolmentCode(self.hub_url, self.token, self.hub_key_id).text()[len(ENROLMENT_PREFIX):]

    @classmethod
    def parse(cls, text: str) -> PeerCode:
        text = "".join(text.split())
        if not text.startswith(CODE_PREFIX):
            raise FederationError(Message("A peering code starts with “{prefix}”; check that it was copied whole.",
                                          prefix=CODE_PREFIX))
        try:
            code = EnrolmentCode.parse(ENROLMENT_PREFIX + text[len(CODE_PREFIX):])
        except EnrolmentError as exc:
            raise FederationError(Message("This peering code cannot be used: {reason}.",
                                          reason=exc.user_message)) from None
        return cls(code.hub_url, code.token, code.hub_key_id)


@dataclass(frozen=True)
class Invite:
    hub: PublicIdentity
    url: str
    token: str
    name: str          # what the inviting hub calls the invited one
    expires_at: str
    methods: tuple[MethodKey, ...]


@dataclass(frozen=True)
class Reply:
    hub: PublicIdentity
    url: str
    token: str
    for_key_id: str
    methods: tuple[MethodKey, ...]


def _signed(identity: Identity, context: bytes, body: dict[str, Any]) -> bytes:
    return canonical.dumps({**body, "signature": b64(identity.sign(context + canonical.dumps(body)))})


def make_invite(hub: Identity, *, url: str, token: str, name: str, expires_at: str,
                methods: list[MethodKey]) -> bytes:
    return _signed(hub, INVITE_CONTEXT, {
        "format": INVITE_FORMAT, "version": 1, "hub_identity": canonical.loads(hub.public.to_json()), "url": url,
        "token": token, "name": name, "expires_at": expires_at, "methods": [m.to_json() for m in methods]})


def make_reply(hub: Identity, *, url: str, token: str, for_key_id: str, methods: list[MethodKey]) -> bytes:
    return _signed(hub, REPLY_CONTEXT, {
        "format": REPLY_FORMAT, "version": 1, "hub_identity": canonical.loads(hub.public.to_json()), "url": url,
        "token": token, "for_key_id": for_key_id, "methods": [m.to_json() for m in methods]})


def _read_signed(data: bytes, form: str, context: bytes) -> tuple[dict[str, Any], PublicIdentity]:
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != form or doc.get("version") != 1:
        raise FederationError(Message("This is not a LabNet {form} file (version 1).", form=form))
    try:
        signature = unb64(doc.pop("signature"), "signature")
        hub = PublicIdentity.from_json(doc["hub_identity"])
    except KeyError as exc:
        raise FederationError(Message("The {form} file lacks its {name}.", form=form, name=exc.args[0])) from None
    except FederationError:
        raise
    except Exception as exc:   # noqa: BLE001 - an identity refused for any reason refuses the file
        raise FederationError(Message("The {form} file's hub identity cannot be trusted: {reason}", form=form,
                                      reason=getattr(exc, "user_message", str(exc)))) from None
    if hub.role != "hub":
        raise FederationError(Message("The identity in the {form} file is not a hub's.", form=form))
    if not hub.keys.verify(signature, context + canonical.dumps(doc)):
        raise FederationError(Message("The {form} file's signature is not valid; it was altered after it was made.",
                                      form=form))
    if not all(isinstance(doc.get(k), str) for k in ("url", "token")):
        raise FederationError(Message("The {form} file's fields are not of their types.", form=form))
    return doc, hub


def read_invite(data: bytes) -> Invite:
    doc, hub = _read_signed(data, INVITE_FORMAT, INVITE_CONTEXT)
    if not all(isinstance(doc.get(k), str) for k in ("name", "expires_at")):
        raise FederationError(Message("The invitation's fields are not of their types."))
    return Invite(hub, doc["url"], doc["token"], doc["name"], doc["expires_at"], read_methods(doc.get("methods")))


def read_reply(data: bytes) -> Reply:
    doc, hub = _read_signed(data, REPLY_FORMAT, REPLY_CONTEXT)
    if not isinstance(doc.get("for_key_id"), str):
        raise FederationError(Message("The reply does not name the hub it answers."))
    return Reply(hub, doc["url"], doc["token"], doc["for_key_id"], read_methods(doc.get("methods")))


# -- a search and its answer ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Search:
    search_id: str
    method: MethodKey
    refs: tuple[str, ...]
    values: np.ndarray   # len(refs) × targets, pretreated under the method

    def to_json(self) -> dict[str, Any]:
        values = np.ascontiguousarray(self.values, dtype="<f8")
        return {"search_id": self.search_id, "method": self.method.to_json(), "refs": list(self.refs),
                "targets": int(values.shape[1]) if values.ndim == 2 else 0, "values": b64(values.tobytes())}

    @classmethod
    def from_json(cls, doc: Any) -> Search:
        if not isinstance(doc, dict) or not isinstance(doc.get("search_id"), str) \
                or not isinstance(doc.get("refs"), list) or type(doc.get("targets")) is not int \
                or not isinstance(doc.get("values"), str) or not all(isinstance(r, str) for r in doc["refs"]):
            raise FederationError(Message("The search is not of the form a LabNet search takes."))
        refs = tuple(doc["refs"])
        raw = unb64(doc["values"], "profiles")
        targets = doc["targets"]
        if len(refs) > MAX_QUERIES or targets < 0 or len(raw) != 8 * targets * len(refs):
            raise FederationError(Message("The search's profiles do not match its references."))
        values = np.frombuffer(raw, dtype="<f8").reshape(len(refs), targets).astype(np.float64)
        if not np.isfinite(values).all():
            raise FederationError(Message("The search holds a profile value that is not a finite number."))
        return cls(doc["search_id"], MethodKey.from_json(doc.get("method")), refs, values)


@dataclass(frozen=True)
class Hit:
    ref: str
    score: float
    likelihood_ratio: float | None
    fields: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "score": self.score, "likelihood_ratio": self.likelihood_ratio,
                "fields": self.fields}


@dataclass(frozen=True)
class Answer:
    search_id: str
    method: MethodKey
    results: dict[str, tuple[Hit, ...]]   # query ref -> its hits (empty: no hit)
    calibration: dict[str, Any]           # the method's LR calibration and bounds
    refused: str = ""                     # why the search was not run (nothing compared), else ""

    def to_json(self) -> dict[str, Any]:
        return {"search_id": self.search_id, "method": self.method.to_json(), "refused": self.refused,
                "calibration": self.calibration,
                "results": [{"query": q, "hits": [h.to_json() for h in hits]} for q, hits in self.results.items()]}

    @classmethod
    def from_json(cls, doc: Any) -> Answer:
        bad = FederationError(Message("The answer is not of the form a LabNet answer takes."))
        if not isinstance(doc, dict) or not isinstance(doc.get("search_id"), str) \
                or not isinstance(doc.get("results"), list) or not isinstance(doc.get("refused"), str) \
                or not isinstance(doc.get("calibration"), dict):
            raise bad
        results: dict[str, tuple[Hit, ...]] = {}
        for entry in doc["results"]:
            if not isinstance(entry, dict) or not isinstance(entry.get("query"), str) \
                    or not isinstance(entry.get("hits"), list):
                raise bad
            hits = []
            for h in entry["hits"]:
                if not isinstance(h, dict) or not isinstance(h.get("ref"), str) or not _number(h.get("score")) \
                        or not (h.get("likelihood_ratio") is None or _number(h["likelihood_ratio"])) \
                        or not isinstance(h.get("fields"), dict):
                    raise bad
                hits.append(Hit(h["ref"], float(h["score"]), h["likelihood_ratio"], dict(h["fields"])))
            results[entry["query"]] = tuple(hits)
        return cls(doc["search_id"], MethodKey.from_json(doc.get("method")), results, dict(doc["calibration"]),
                   doc["refused"])


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)

"""Reference-sample exchange and sample submission between laboratories, through the hub (issue 21).

Two kinds of exchange:

- ``reference``: a laboratory asks the network for a reference standard (substance, amount, purpose, needed by);
  the hub routes the request to the laboratories that offer that substance; one of them accepts (or each
  declines), dispatches it, and the requester receives it (or refuses the delivery, or it is lost);
- ``profiling``: a laboratory asks a laboratory that offers profiling (of a drug type) to profile a seizure
  sample; the performing laboratory accepts, the requester dispatches the sample, the performer receives it
  and reports the result.

``TRANSITIONS`` below is the one list of what may happen in which state and by whom; the hub enforces it
(a step not allowed is refused with ``exchange-transition-refused``, a laboratory not party to the exchange
with ``exchange-not-party``) and the laboratory checks it before it asks.

Every step a laboratory takes is a signed message: canonical JSON ``{"message": {...}, "signature": "<base64>"}``,
Ed25519 by the laboratory's signing key over ``"LabNet exchange v1\\x00" || canonical(message)``, sent in its
signed-in session; the hub keeps the signed bytes of each step as the exchange's record of custody.  The body:
format, version, the laboratory and its key, the hub, when, the action, the exchange it is about (none for an
offer or a request), and the action's content (``check_content`` gives each action's fields).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message
from labnet.common.numbers import finite_number

from . import canonical
from .errors import SyncError
from .keys import Identity, b64, signed_by

EXCHANGE_FORMAT = "labnet-exchange-message"
EXCHANGE_CONTEXT = b"LabNet exchange v1\x00"
MAX_MESSAGE_BYTES = 1024 * 1024          # the hub's JSON body limit: a certificate travels inside it
MAX_CERTIFICATE_BYTES = 512 * 1024       # base64 makes it 4/3 larger
MAX_TEXT = 2000

KINDS = ("reference", "profiling")
REQUESTER, PROVIDER, OFFERER = "requester", "provider", "offerer"
STATES = ("requested", "accepted", "dispatched", "received", "reported", "refused", "lost", "cancelled",
          "declined")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str]
    target: str
    by: frozenset[str]       # the roles that may take this step


def _t(action: str, sources: set[str], target: str, *by: str) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(by))


# The one place the allowed steps are written.  A decline leaves the request open for the other offering
# laboratories; the last one's decline ends it as ``declined`` (``next_state``'s ``others_left``).
TRANSITIONS: dict[str, dict[str, Transition]] = {
    "reference": {t.action: t for t in (
        _t("accept", {"requested"}, "accepted", OFFERER),
        _t("decline", {"requested"}, "declined", OFFERER),
        _t("dispatch", {"accepted"}, "dispatched", PROVIDER),        # the standard leaves the provider
        _t("receive", {"dispatched"}, "received", REQUESTER),
        _t("refuse", {"dispatched"}, "refused", REQUESTER),          # the delivery refused at the door
        _t("lost", {"dispatched"}, "lost", REQUESTER, PROVIDER),
        _t("cancel", {"requested", "accepted"}, "cancelled", REQUESTER, PROVIDER),
    )},
    "profiling": {t.action: t for t in (
        _t("accept", {"requested"}, "accepted", OFFERER),
        _t("decline", {"requested"}, "declined", OFFERER),
        _t("dispatch", {"accepted"}, "dispatched", REQUESTER),       # the seizure sample leaves the requester
        _t("receive", {"dispatched"}, "received", PROVIDER),
        _t("refuse", {"dispatched"}, "refused", PROVIDER),
        _t("lost", {"dispatched"}, "lost", REQUESTER, PROVIDER),
        _t("report", {"received"}, "reported", PROVIDER),            # the profiling result goes back
        _t("cancel", {"requested", "accepted"}, "cancelled", REQUESTER, PROVIDER),
    )},
}
ACTIONS = tuple(dict.fromkeys(a for table in TRANSITIONS.values() for a in table))
# where each kind of exchange ends: a reference exchange when received, a profiling one at its report
FINAL_BY_KIND = {"reference": frozenset({"received", "refused", "lost", "cancelled", "declined"}),
                 "profiling": frozenset({"reported", "refused", "lost", "cancelled", "declined"})}
OTHER_ACTIONS = ("offer", "withdraw", "request")   # messages that start something rather than move an exchange


class ExchangeError(SyncError):
    """An exchange message that cannot be read or trusted, or a step not allowed; ``code`` is the hub's
    problem code for it."""

    code = "exchange-message-invalid"

    def __init__(self, message: Message, code: str | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code


class ExchangeSignatureError(ExchangeError):
    code = "signature-invalid"


def next_state(kind: str, state: str, action: str, role: str | None, *, others_left: int = 0) -> str:
    """The state ``action`` by a laboratory in ``role`` leads to from ``state``; ``ExchangeError`` when it may not
    (``exchange-not-party`` without a role, ``exchange-transition-refused`` otherwise).  ``others_left``: for a
    decline, how many offering laboratories have not declined yet besides this one."""
    if role is None:
        raise ExchangeError(Message("This laboratory is not party to the exchange."), "exchange-not-party")
    step = TRANSITIONS.get(kind, {}).get(action)
    if step is None:
        raise ExchangeError(Message("“{action}” is not a step of a {kind} exchange.", action=action, kind=kind),
                            "exchange-transition-refused")
    if role not in step.by:
        raise ExchangeError(Message("The {role} of the exchange cannot {action} it.", role=role, action=action),
                            "exchange-transition-refused")
    if state not in step.sources:
        raise ExchangeError(Message("An exchange that is {state} cannot be {action}: that step is allowed only "
                                    "when it is {allowed}.", state=state, action=PAST.get(action, action),
                                    allowed=" or ".join(sorted(step.sources))), "exchange-transition-refused")
    if action == "decline" and others_left > 0:
        return state
    return step.target


PAST = {"accept": "accepted", "decline": "declined", "dispatch": "dispatched", "receive": "received",
        "refuse": "refused", "lost": "declared lost", "cancel": "cancelled", "report": "reported"}


def allowed_actions(kind: str, state: str, role: str | None) -> list[str]:
    """The steps a laboratory in ``role`` may take now (for the window's buttons and the command's hints)."""
    return [a for a, t in TRANSITIONS.get(kind, {}).items() if role in t.by and state in t.sources]


# -- the signed messages --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExchangeMessage:
    lab_id: str
    key_id: str
    hub_id: str
    created_at: str
    action: str
    exchange_id: str | None
    content: dict[str, Any]


def make_message(lab: Identity, *, hub_id: str, created_at: str, action: str, exchange_id: str | None,
                 content: dict[str, Any]) -> bytes:
    """The signed message (laboratory side); its content is checked first, as the hub will."""
    check_content(action, content)
    body = {"format": EXCHANGE_FORMAT, "version": 1, "lab_id": lab.identity_id,
            "lab_key_id": lab.public.signing_key_id, "hub_id": hub_id, "created_at": created_at,
            "action": action, "exchange": exchange_id, "content": content}
    return canonical.dumps({"message": body, "signature": b64(lab.sign(EXCHANGE_CONTEXT + canonical.dumps(body)))})


def verify_message(data: bytes, hub_id: str, signing_key: Callable[[str, str], bytes | None]) -> ExchangeMessage:
    """Check a message's form, signature and content; ``signing_key(lab_id, key_id)`` gives the laboratory's
    registered key (None when it has none such, or is revoked)."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise ExchangeError(Message("An exchange message of {size:,} bytes is larger than any LabNet makes.",
                                    size=len(data)))
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        doc = None
    body = doc.get("message") if isinstance(doc, dict) and set(doc) == {"message", "signature"} else None
    if not isinstance(body, dict) or body.get("format") != EXCHANGE_FORMAT or body.get("version") != 1:
        raise ExchangeError(Message("This is not a LabNet exchange message (or it is damaged)."))
    texts = ("lab_id", "lab_key_id", "hub_id", "created_at", "action")
    if not all(isinstance(body.get(k), str) for k in texts) or not isinstance(body.get("content"), dict) \
            or not (body.get("exchange") is None or isinstance(body.get("exchange"), str)):
        raise ExchangeError(Message("The exchange message's fields are not of their types."))
    if body["hub_id"] != hub_id:
        raise ExchangeError(Message("This exchange message is for another hub ({hub}).", hub=body["hub_id"]))
    try:
        signed_text = EXCHANGE_CONTEXT + canonical.dumps(body)
    except canonical.CanonicalError:   # a number past float64 ("1e400" is read as Infinity) has no canonical text
        raise ExchangeError(Message("The {action} message's content is incomplete or not of its types.",
                                    action=body["action"])) from None
    if not signed_by(signing_key(body["lab_id"], body["lab_key_id"]), doc["signature"], "exchange message signature",
                     signed_text):
        raise ExchangeSignatureError(Message("The exchange message's signature is not the laboratory's registered "
                                             "key's: it was altered, forged or signed with a key the hub does "
                                             "not know.")) from None
    check_content(body["action"], body["content"])
    if (body["exchange"] is None) != (body["action"] in OTHER_ACTIONS):
        raise ExchangeError(Message("A {action} message names an exchange only when it moves one.",
                                    action=body["action"]))
    return ExchangeMessage(body["lab_id"], body["lab_key_id"], body["hub_id"], body["created_at"], body["action"],
                           body["exchange"], dict(body["content"]))


# -- each action's content ----------------------------------------------------------------------------------
CUSTODY_FIELDS = ("by", "at", "condition", "courier_reference")


def _text(value: Any, *, optional: bool = True) -> bool:
    if value is None:
        return optional
    return isinstance(value, str) and (optional or bool(value.strip())) and len(value) <= MAX_TEXT


def _amount(value: Any) -> bool:
    return value is None or (finite_number(value) and value > 0)


def _flat(record: Any) -> bool:
    """A shared record: field → text, number, yes/no, a list of texts, a range or a peak table (name → number).
    Every number one float64 holds (``finite_number``): no Infinity, NaN or 400-digit integer, in a peak table too."""
    def value(v: Any) -> bool:
        if isinstance(v, str | bool) or v is None:
            return True
        if isinstance(v, int | float):
            return finite_number(v)
        if isinstance(v, list):   # a list of texts, or a generalised quantity's range [low, high)
            return all(isinstance(x, str) for x in v) or (len(v) == 2 and all(finite_number(x) for x in v))
        if isinstance(v, dict):
            return all(isinstance(k, str) and finite_number(x) for k, x in v.items())
        return False
    return isinstance(record, dict) and all(isinstance(k, str) and value(v) for k, v in record.items())


def _custody(entry: Any) -> bool:
    return (isinstance(entry, dict) and set(entry) <= set(CUSTODY_FIELDS) and _text(entry.get("by"), optional=False)
            and _text(entry.get("at"), optional=False) and _text(entry.get("condition"))
            and _text(entry.get("courier_reference")))


def _certificate(entry: Any) -> bool:
    if entry is None:
        return True
    if not (isinstance(entry, dict) and set(entry) == {"name", "sha256", "data"}
            and all(isinstance(entry[k], str) for k in entry)):
        return False
    return len(entry["data"]) <= MAX_CERTIFICATE_BYTES * 4 // 3 + 4


SHAPES: dict[str, tuple[set[str], set[str], Callable[[dict[str, Any]], bool]]] = {
    # action: (required keys, optional keys, check of the values)
    # record_id: the standard's record as the laboratory's bundles carry it, so the offer goes when it is withdrawn
    "offer": ({"kind", "substance"}, {"amount", "unit", "record", "record_id"},
              lambda c: c["kind"] in KINDS and _text(c["substance"], optional=False) and _amount(c.get("amount"))
              and _text(c.get("unit")) and (c.get("record") is None or _flat(c["record"]))
              and _text(c.get("record_id"))),
    "withdraw": ({"offer"}, set(), lambda c: _text(c["offer"], optional=False)),
    "request": ({"kind", "substance"}, {"amount", "unit", "purpose", "needed_by", "sample", "to"},
                lambda c: c["kind"] in KINDS and _text(c["substance"], optional=False) and _amount(c.get("amount"))
                and all(_text(c.get(k)) for k in ("unit", "purpose", "needed_by", "to"))
                and (c.get("sample") is None or _flat(c["sample"]))),
    "accept": (set(), {"note"}, lambda c: _text(c.get("note"))),
    "decline": (set(), {"note"}, lambda c: _text(c.get("note"))),
    "cancel": (set(), {"note"}, lambda c: _text(c.get("note"))),
    "dispatch": ({"custody"}, {"amount", "unit", "record", "certificate"},
                 lambda c: _custody(c["custody"]) and _amount(c.get("amount")) and _text(c.get("unit"))
                 and (c.get("record") is None or _flat(c["record"])) and _certificate(c.get("certificate"))),
    "receive": ({"custody"}, set(), lambda c: _custody(c["custody"])),
    "refuse": ({"custody"}, set(), lambda c: _custody(c["custody"])),
    "lost": ({"custody"}, set(), lambda c: _custody(c["custody"])),
    "report": ({"result"}, {"note"}, lambda c: _flat(c["result"]) and bool(c["result"]) and _text(c.get("note"))),
}


def check_content(action: str, content: Any) -> None:
    """``ExchangeError`` (``exchange-message-invalid``) unless ``content`` is what ``action`` carries."""
    shape = SHAPES.get(action)
    if shape is None:
        raise ExchangeError(Message("“{action}” is not an exchange action.", action=action))
    required, optional, check = shape
    if not isinstance(content, dict) or not required <= set(content) or not set(content) <= required | optional \
            or not check(content):
        raise ExchangeError(Message("The {action} message's content is incomplete or not of its types.",
                                    action=action))

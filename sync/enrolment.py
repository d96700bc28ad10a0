"""Enrolment, the laboratory's side: with a code online, or with a hub's file on a stick; either pins the hub's
key and keeps the hub's address in the sync state (``labnet.sync.state``).  The code, the request and the files are the protocol's
(``labnet.protocol.enrolment``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from labnet.common.messages import Message
from labnet.protocol import canonical
from labnet.protocol.enrolment import EnrolmentCode, enrolment_request, read_enrolment_file
from labnet.protocol.errors import IdentityError
from labnet.protocol.keys import Identity, PublicIdentity
from labnet.protocol.pinning import pin_hub

from .client import HubClient
from .state import load_state, save_state
from .transport import NetworkError


def enrol_online(data_dir: Path, identity: Identity, code_text: str, *, client: HubClient | None = None) -> PublicIdentity:
    """Enrol with the hub an enrolment code names; pins its key. Returns the hub's identity."""
    code = EnrolmentCode.parse(code_text)
    client = client or HubClient(code.hub_url)
    document = client.hub_identity()
    hub = PublicIdentity.from_json(document)
    if hub.role != "hub" or hub.signing_key_id != code.hub_key_id:
        raise IdentityError(Message("The hub at {hub} answered with key {key}…, not the key {expected}… the "
                                    "enrolment code names; nothing was changed. Check the address with the hub's "
                                    "administrator.", hub=code.hub_url, key=hub.signing_key_id[:16],
                                    expected=code.hub_key_id[:16]))
    response = client.request("POST", "/v1/enrol", json=enrolment_request(identity, code.hub_key_id, code.token))
    if response.status_code != 200:
        raise NetworkError(Message("the hub refused the enrolment: {reason}", reason=client.refusal(response)))
    pin_hub(data_dir, document)
    save_state(data_dir, {**load_state(data_dir), "hub_url": code.hub_url, "hub_key_id": hub.signing_key_id,
                          "enrolled_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                          "uploads": {}})
    return hub


def enrol_with_file(data_dir: Path, identity: Identity, enrolment: bytes) -> tuple[PublicIdentity, bytes]:
    """Read a hub's enrolment file, pin its key, and return the registration file to take back."""
    read = read_enrolment_file(enrolment)
    pin_hub(data_dir, read.hub.to_json())
    save_state(data_dir, {**load_state(data_dir), "hub_url": read.hub_url, "hub_key_id": read.hub.signing_key_id,
                          "enrolled_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                          "uploads": {}})
    return read.hub, canonical.dumps(enrolment_request(identity, read.hub.signing_key_id, read.token))

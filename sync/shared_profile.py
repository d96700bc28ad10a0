"""The other laboratory's profile of a link (issue 22), asked of the hub when a link notice is opened in the window,
so that the Linkage view overlays it beside this laboratory's own.

A link bulletin names this laboratory's record and the other laboratory, with what that laboratory shared of its
seizure; ``GET /v1/shared-profiles/{record_id}?lab=…`` (``labnet.hub.shared_profiles``) answers with the
profiles of that laboratory the hub linked with the record, as its sharing policy let them leave, while they are
shared.  The hub's refusal comes back as ``NotShared`` with its problem code (not shared, withdrawn, withheld).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any
from urllib.parse import quote

from labnet.catalogue.errors import Message
from labnet.protocol.keys import Identity

from .client import RefusedByHub, signed_in
from .transport import NetworkError

NOT_FOUND, WITHDRAWN, WITHHELD = "shared-profile-not-found", "shared-profile-withdrawn", "shared-profile-withheld"


class NotShared(RefusedByHub):
    """The hub refused to send the profile; ``code`` is its problem code (``NOT_FOUND``, ``WITHDRAWN``,
    ``WITHHELD``, or another refusal's)."""

    def __init__(self, message: Message, code: str | None):
        super().__init__(message)
        self.code = code


def shared_profiles(data_dir: Path, identity: Identity, record_id: str, other_lab: str) -> list[dict[str, Any]]:
    """The profiles of ``other_lab`` the hub linked with this laboratory's record ``record_id``: each with its
    ``peaks``, ``record_id``, ``method``, ``method_version``, ``score`` and the shared ``lab_sample_number``…"""
    _, client, _ = signed_in(data_dir, identity)
    response = client.request("GET", f"/v1/shared-profiles/{quote(record_id, safe='')}", auth=True,
                              params={"lab": other_lab})
    if response.status_code != 200:
        raise NotShared(Message("the hub did not send the other laboratory's profile: {reason}",
                                reason=client.refusal(response)), client.code(response))
    try:
        profiles = response.json()["profiles"]
        if not isinstance(profiles, list) or not all(isinstance(p, dict) and isinstance(p.get("peaks"), dict)
                                                     for p in profiles):
            raise ValueError(profiles)
    except (ValueError, KeyError, TypeError):
        raise NetworkError(Message("the hub's answer arrived incomplete; ask again")) from None
    return profiles


def linked_profile(profiles: list[dict[str, Any]], link: dict[str, Any]) -> dict[str, Any] | None:
    """The one profile of ``profiles`` that ``link`` (a link bulletin's entry, with its ``method``) names: under the
    bulletin's method and version, with the sample number it shared when the bulletin carries one, else with the
    bulletin's score; None when none or several fit (never a guess)."""
    method = link.get("method") or {}
    fit = [p for p in profiles if p.get("method") == method.get("name")
           and p.get("method_version") == method.get("method_version")]
    sample = link.get("other_lab_sample_number")
    if sample is not None:
        fit = [p for p in fit if p.get("lab_sample_number") == sample]
    if len(fit) > 1 and isinstance(link.get("score"), (int, float)):
        fit = [p for p in fit if isinstance(p.get("score"), (int, float))
               and math.isclose(p["score"], link["score"], rel_tol=1e-6, abs_tol=1e-6)]   # the bulletin rounds to 6 places
    return fit[0] if len(fit) == 1 else None

"""Tablets' physical agreement in a cross-network hit (issue 20), as the local linkage weighs it.

A peer's answer compares profiles only; what it releases of its record is what its federation policy lets go.
When our query record is a tablet (``form`` tablet or capsule), each hit is compared physically
(``labnet.profiling.tablets.compare_tablets``, under the method's tolerances) with the physical attributes the
peer released **as they are**: a pseudonymised logo or a generalised size says nothing of the tablet and is not
compared.  The hit then says ``agrees``, ``disagrees`` or ``unknown`` (nothing released, or too little to compare:
never a silent "agrees"), with the attributes compared and those that agreed.  Under a method that requires
physical agreement (``require_physical``), a hit whose tablets disagree is not a hit, as a local link is not one
(``hub/linking.py``); the answer's audit entry counts those set aside.  A query record that is not a tablet
carries no physical verdict (``None``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from labnet.profiling.method import ComparisonMethod
from labnet.profiling.tablets import ATTRIBUTES, Tolerances, compare_tablets, is_tablet

from .service import Hub

TEXTS = ("logo", "colour")
PSEUDONYM = re.compile(r"ps:[0-9a-f]{32}")
AGREES, DISAGREES, UNKNOWN = "agrees", "disagrees", "unknown"


def released(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The physical attributes a peer released as they are (a text that is no pseudonym, a number)."""
    out: dict[str, Any] = {}
    for name in ATTRIBUTES:
        value = fields.get(name)
        if name in TEXTS:
            if isinstance(value, str) and value.strip() and not PSEUDONYM.fullmatch(value):
                out[name] = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[name] = value
    return out


def verdict(own: Mapping[str, Any], fields: Mapping[str, Any], tolerances: Tolerances) -> dict[str, Any] | None:
    """The physical verdict of one hit for our record ``own`` (None: our record is not a tablet)."""
    if not is_tablet(own):
        return None
    theirs = released(fields)
    if not theirs:
        return {"state": UNKNOWN, "compared": [], "agreeing": [],
                "reason": "the peer released none of the tablet's physical attributes"}
    comparison = compare_tablets(own, theirs, tolerances)
    if comparison.match is None:
        return {"state": UNKNOWN, "compared": list(comparison.compared), "agreeing": list(comparison.agreeing),
                "reason": "too few physical attributes both sides hold to compare (the logo, or two others)"}
    return {"state": AGREES if comparison.match else DISAGREES, "compared": list(comparison.compared),
            "agreeing": list(comparison.agreeing)}


def verdicts(hub: Hub, method: ComparisonMethod | None, hits: Iterable[tuple[str, str, Mapping[str, Any]]]
             ) -> list[dict[str, Any] | None]:
    """For each (lab, record, released fields) of our hits, its physical verdict (our records read once)."""
    hits = list(hits)
    keys = {(lab, record) for lab, record, _ in hits}
    own = {key: json.loads(text) for key, text in hub.store.received.profile_records(keys).items()}
    tolerances = method.tolerances if method is not None else Tolerances()
    return [verdict(own.get((lab, record), {}), fields, tolerances) for lab, record, fields in hits]


def set_aside(method: ComparisonMethod | None, physical: dict[str, Any] | None) -> bool:
    """Whether the method's requirement of physical agreement makes this hit no hit (as a local link)."""
    return bool(method is not None and method.require_physical and physical and physical["state"] == DISAGREES)

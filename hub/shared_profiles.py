"""Another laboratory's shared profile, for a link notice (issue 22).

A ``link`` bulletin names the laboratory's own record and the other laboratory (``other_lab_id``) with what it
shared of its seizure, not its profile: opened in the Linkage view, the link could show only one profile.  This
route serves the other side as the hub holds it, in the laboratory's signed-in session::

    GET /v1/shared-profiles/{record_id}?lab={other_lab_id}

the profiles of laboratory ``lab`` that the hub's links join to this laboratory's record ``record_id`` (the two
things a link bulletin names), each with its peaks and the fields a link bulletin carries of it
(``linking.OTHER_FIELDS``: pseudonymised by the other laboratory's policy as it chose), the link's method and
score.  Nothing else of the record leaves: a link is the laboratory's only reason to see it.

What the hub holds is what the other laboratory's sharing policy let leave, its latest version: a profile its
policy never shared is not here, and one it withdrew (deleted, or no longer shared: the laboratory's next bundle
withdraws it) is not served again.  Refusals (``labnet.protocol.problems``):

- ``shared-profile-not-found`` (404): no such link: never shared with the network, not linked with this record
  (another laboratory's record named, or the same laboratory's), or the links went when it was withdrawn;
- ``shared-profile-withdrawn`` (410): linked, but withdrawn since (before the link job dropped the link);
- ``shared-profile-withheld`` (403): held without its peaks (the policy keeps the values in the laboratory).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from starlette.concurrency import run_in_threadpool

from .errors import Forbidden, HubError, NotFound
from .linking import OTHER_FIELDS, stored_peaks
from .service import Hub
from .store import HubStore
from .store_received import PROFILE_KIND


class Withdrawn(HubError):
    code = "shared-profile-withdrawn"


def shared_profiles(store: HubStore, lab_id: str, record_id: str, other_lab: str) -> dict[str, Any]:
    """The profiles of ``other_lab`` linked with ``lab_id``'s record ``record_id``, as the hub holds them."""
    links = store.links.links_with(lab_id, record_id, other_lab)
    if not links or other_lab == lab_id:
        raise NotFound(f"no profile of laboratory {other_lab} is linked with record {record_id} of this "
                       "laboratory at the hub", code="shared-profile-not-found")
    served: list[dict[str, Any]] = []
    withdrawn = withheld = 0
    for method, version, _lab, other_record, score, found_at in sorted(links, key=lambda r: (r[3], r[0], r[1])):
        held = store.received.held_record(other_lab, PROFILE_KIND, other_record)
        if held is None or held["deleted"]:
            withdrawn += 1   # withdrawn means withdrawn: no earlier version is kept to be served
            continue
        record = json.loads(held["record"] or "{}")
        peaks = stored_peaks(record.get("peaks"))   # the linker's reading of them
        if not peaks:
            withheld += 1
            continue
        served.append({"lab_id": other_lab, "record_id": other_record, "version": held["version"],
                       "received_at": held["received_at"], "method": method, "method_version": version,
                       "score": score, "found_at": found_at, "drug_type": record.get("drug_type"), "peaks": peaks,
                       **{f: record[f] for f in OTHER_FIELDS if record.get(f) is not None}})
    if served:
        return {"record_id": record_id, "lab": other_lab, "profiles": served}
    if withdrawn:
        raise Withdrawn(f"laboratory {other_lab} withdrew the profile linked with record {record_id} from the network")
    raise Forbidden(f"laboratory {other_lab}'s sharing policy keeps the values of the profile linked with record "
                    f"{record_id}", code="shared-profile-withheld")


def install(app: FastAPI, hub: Hub, *, lab_of: Callable[[Request], Awaitable[str]]) -> None:
    @app.get("/v1/shared-profiles/{record_id}", tags=["bulletins"])
    async def shared_profile(record_id: str, request: Request,
                             lab: Annotated[str, Query(min_length=1, max_length=128)]) -> dict:
        """The profiles laboratory ``lab`` shared with the network that the hub linked with this laboratory's record
        ``record_id`` (as a link bulletin names them): peaks, the fields a link bulletin carries, the link's method
        and score.  Refused: shared-profile-not-found, shared-profile-withdrawn, shared-profile-withheld."""
        lab_id = await lab_of(request)
        return await run_in_threadpool(shared_profiles, hub.store, lab_id, record_id, lab)

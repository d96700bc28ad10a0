"""Proficiency-test rounds at the hub (issue 21): create a round, take the laboratories' results, close it.

- ``create``: a round tests items (material × analyte in a unit, with an optional reference value, its
  uncertainty and σ_pt) among participating laboratories before a deadline.  Each participant gets an
  anonymous code (P01, P02… in a random order, so the code says nothing of who enrolled first) and a signed
  ``pt-round`` bulletin saying what to measure, in what unit, by when, and its code.
- ``receive`` / ``submit``: a participant's results, signed by it (``labnet.protocol.pt_results``); refused whole, with its problem code, when the round is unknown
  (``pt-round-unknown``), the laboratory not a participant (``pt-not-participant``), the deadline passed or the
  round closed (``pt-late``), an item not in the round (``pt-unknown-analyte``), a unit not the round's
  (``pt-wrong-unit``), a value not a finite number or an item twice (``pt-result-invalid``).
- ``close``: after the deadline, each item's assigned value and σ_pt (ISO 13528 Algorithm A or the round's
  reference value, ``labnet.profiling.proficiency``), each result's z or z′ and outcome; each participant gets
  a signed ``pt-result`` bulletin (its own scores) and every laboratory a ``pt-summary`` (all results under the
  anonymous codes), in the transaction that closes the round.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
from dataclasses import dataclass, replace
from typing import Any

from labnet.common import clock
from labnet.common.messages import message_of
from labnet.profiling.proficiency import Assigned, ProficiencyError, assign, score
from labnet.protocol import canonical
from labnet.protocol.bulletin import EVERYONE
from labnet.protocol.pt_results import (
    SubmissionError,
    SubmissionSealError,
    SubmissionSignatureError,
    open_submission,
)

from .bulletins import publish_in
from .errors import Conflict, HubError, NotFound
from .service import Hub
from .store import HubStore
from .store_pt import Item, Round

ROUND_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_ITEMS = 500


@dataclass(frozen=True)
class Submitted:
    material: str
    analyte: str
    value: float
    unit: str


def parse_deadline(text: str) -> str:
    """An ISO 8601 time with its zone (a deadline without one would fall at another hour in each country)."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise HubError(f"the deadline “{text}” is not an ISO 8601 time (e.g. 2026-12-20T18:00:00+00:00)") from None
    if moment.tzinfo is None:
        raise HubError(f"the deadline “{text}” needs its time zone (e.g. {text.strip()}+00:00 or Z)")
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def _finite(value: Any) -> float | None:
    """``value`` as a float when it is a finite number (not a bool, not an integer too large for a float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _item(entry: dict[str, Any]) -> Item:
    material, analyte, unit = (str(entry.get(k, "")).strip() for k in ("material", "analyte", "unit"))
    if not (material and analyte and unit):
        raise HubError(f"each item needs a material, an analyte and a unit, not {entry!r}")

    def number(key: str) -> float | None:
        value = entry.get(key)
        if value is None:
            return None
        number = _finite(value)
        if number is None:
            raise HubError(f"{key} of {material} × {analyte} must be a number, not {value!r}")
        return number

    reference, uncertainty, sigma = number("reference"), number("reference_uncertainty"), number("sigma")
    if sigma is not None and sigma <= 0:
        raise HubError(f"sigma of {material} × {analyte} must be positive, not {sigma}")
    if uncertainty is not None and (uncertainty < 0 or reference is None):
        raise HubError(f"reference_uncertainty of {material} × {analyte} needs a reference value and is not negative")
    return Item(material, analyte, unit, reference, uncertainty or 0.0, sigma)


def create(hub: Hub, actor: str, *, round_id: str, deadline: str, items: list[dict[str, Any]],
           labs: list[str]) -> Round:
    """Create the round and send each participating laboratory its ``pt-round`` bulletin."""
    if not ROUND_NAME.fullmatch(round_id):
        raise HubError(f"a round's name is 1 to 64 letters, digits, dots, dashes or underscores, not “{round_id}”")
    when = parse_deadline(deadline)
    now = hub.store.clock()
    if dt.datetime.fromisoformat(when) <= now:
        raise HubError(f"the deadline {when} has already passed")
    parsed = [_item(e) for e in items]
    if not parsed or len(parsed) > MAX_ITEMS:
        raise HubError(f"a round tests 1 to {MAX_ITEMS} items (material × analyte), not {len(parsed)}")
    keys = [(i.material, i.analyte) for i in parsed]
    if len(set(keys)) != len(keys):
        raise HubError("a material × analyte is given twice")
    participants = list(dict.fromkeys(lab.strip() for lab in labs if lab.strip()))
    if not participants:
        raise HubError("a round needs its participating laboratories")
    for lab_id in participants:
        if not hub.store.lab(lab_id).active:  # NotFound for an unknown laboratory
            raise HubError(f"{lab_id} is revoked and cannot take part in a round")
    if hub.store.pt.round_exists(round_id):
        raise Conflict(f"a round named {round_id} exists already")
    order = list(participants)
    secrets.SystemRandom().shuffle(order)
    codes = {lab: f"P{n:02d}" for n, lab in enumerate(order, start=1)}
    round_ = Round(round_id, when, now.isoformat(), actor, None)
    asked = [{"material": i.material, "analyte": i.analyte, "unit": i.unit} for i in parsed]
    with hub.store.transaction() as conn:
        hub.store.pt.add_round(conn, round_, parsed, codes)
        for lab_id in participants:
            publish_in(conn, hub, to=lab_id, kind="pt-round",
                       content={"round": round_id, "deadline": when, "code": codes[lab_id], "items": asked})
        hub.store.admins.record(conn, actor, "pt.create", round_id,
                                {"deadline": when, "items": len(parsed), "labs": len(participants)})
    return round_


def _round(hub: Hub, round_id: str) -> Round:
    found = hub.store.pt.round(round_id)
    if found is None:
        raise NotFound(f"there is no proficiency-test round named {round_id}", code="pt-round-unknown")
    return found


def receive(hub: Hub, lab_id: str, round_id: str, document: bytes) -> dict[str, Any]:
    """A sealed, signed submission (``labnet.protocol.pt_results``) from the signed-in laboratory ``lab_id``:
    opened and checked, then its results kept with the signed submission it held (``submit``).

    Sent again, the same submission (the same signed bytes inside, however sealed) is answered as the first time
    and changes nothing; a new one before the deadline replaces the results (the last submission counts); an
    earlier one after a later was kept, or one made no later than the last kept, is refused (``pt-replayed``), so
    a copy of an old submission cannot bring back results the laboratory replaced."""
    try:
        sent, inner = open_submission(document, hub.identity,
                                      lambda lab, key: hub.store.signing_key_of_active_lab(key, lab))
    except SubmissionSignatureError as exc:
        raise HubError(str(message_of(exc)), code="signature-invalid") from None
    except SubmissionSealError as exc:
        raise HubError(str(message_of(exc)), code="pt-seal-invalid") from None
    except SubmissionError as exc:
        raise HubError(str(message_of(exc)), code="pt-result-invalid") from None
    if sent.lab_id != lab_id:
        raise HubError("the submission is signed by another laboratory than the one signed in", code="wrong-uploader")
    if sent.round_id != round_id:
        raise HubError(f"the submission is for round {sent.round_id}, not {round_id}", code="pt-result-invalid")
    try:
        made = clock.parse(sent.created_at)
    except ValueError:
        raise HubError(f"the submission's time “{sent.created_at}” is not a time with its zone",
                       code="pt-result-invalid") from None
    kept = hub.store.pt.submissions(round_id, lab_id)
    if kept:
        # The last kept is the one made last (each kept one was made after those before it), whatever the order
        # of rows received in the same second.
        latest_at, latest = max(kept, key=lambda k: _made(k[1]))
        if inner == latest:
            return {"round": round_id, "accepted": len(sent.results), "received_at": latest_at}
        if inner in (document for _, document in kept):
            raise HubError("this submission was replaced by a later one; it is not taken again", code="pt-replayed")
        if made <= _made(latest):
            raise HubError(f"the submission was made at {sent.created_at}, not after the one kept "
                           f"({_made(latest).isoformat()}); make it again", code="pt-replayed")
    results = [Submitted(r.material, r.analyte, r.value, r.unit) for r in sent.results]
    count, received_at = submit(hub, lab_id, round_id, results, document=inner)
    return {"round": round_id, "accepted": count, "received_at": received_at}


def _made(document: bytes) -> dt.datetime:
    """When a kept submission says it was made (checked a time with its zone when it was kept)."""
    return clock.parse(str(canonical.loads(document)["submission"]["created_at"]))


def submit(hub: Hub, lab_id: str, round_id: str, results: list[Submitted],
           document: bytes | None = None) -> tuple[int, str]:
    """Keep a participant's results (all or none), with the signed ``document`` they came in when there is one;
    returns how many and when.  A result sent again before the deadline replaces the one before."""
    round_ = _round(hub, round_id)
    if lab_id not in hub.store.pt.participants(round_id):
        raise HubError(f"{lab_id} does not take part in round {round_id}", code="pt-not-participant")
    now = hub.store.clock()
    if round_.closed_at is not None or now > dt.datetime.fromisoformat(round_.deadline):
        raise HubError(f"round {round_id} took results until {round_.deadline}; this one arrived at "
                       f"{now.isoformat()}", code="pt-late")
    if not results:
        raise HubError("the submission holds no result", code="pt-result-invalid")
    units = {(i.material, i.analyte): i.unit for i in hub.store.pt.items(round_id)}
    seen: set[tuple[str, str]] = set()
    for r in results:
        key = (r.material, r.analyte)
        if key not in units:
            raise HubError(f"round {round_id} does not test {r.analyte} in {r.material}", code="pt-unknown-analyte")
        if r.unit != units[key]:
            raise HubError(f"{r.analyte} in {r.material} is reported in {units[key]}, not {r.unit}",
                           code="pt-wrong-unit")
        if _finite(r.value) is None:
            raise HubError(f"{r.analyte} in {r.material}: {r.value!r} is not a number", code="pt-result-invalid")
        if key in seen:
            raise HubError(f"{r.analyte} in {r.material} is given twice", code="pt-result-invalid")
        seen.add(key)
    with hub.store.transaction() as conn:
        hub.store.pt.put_results(conn, round_id, lab_id, [(r.material, r.analyte, float(r.value), r.unit)
                                                          for r in results], now.isoformat())
        if document is not None:
            hub.store.pt.keep_submission(conn, round_id, lab_id, now.isoformat(), document)
    return len(results), now.isoformat()


def _assess(item: Item, values: list[float]) -> Item:
    try:
        a = assign(values, reference=item.reference, reference_uncertainty=item.reference_uncertainty,
                   sigma=item.sigma, what=f"The results for {item.analyte} in {item.material}")
    except ProficiencyError as exc:  # the item gets no assigned value and its results no score, with the reason
        return replace(item, error=str(message_of(exc)))
    return replace(item, assigned=a.value, sigma_pt=a.sigma, uncertainty=a.uncertainty, method=a.method)


def close(hub: Hub, actor: str, round_id: str) -> dict[str, Any]:
    """Close the round after its deadline: the statistics, the scores and the bulletins; returns the summary."""
    round_ = _round(hub, round_id)
    if round_.closed_at is not None:
        raise Conflict(f"round {round_id} was closed at {round_.closed_at}")
    now = hub.store.clock()
    if now <= dt.datetime.fromisoformat(round_.deadline):
        raise Conflict(f"round {round_id} takes results until {round_.deadline}; close it after that")
    codes = hub.store.pt.participants(round_id)
    results = hub.store.pt.results(round_id)
    assessed, scores, summary_items = [], [], []
    per_lab: dict[str, list[dict[str, Any]]] = {lab: [] for lab in codes}
    for item in hub.store.pt.items(round_id):
        mine = [r for r in results if (r.material, r.analyte) == (item.material, item.analyte)]
        done = _assess(item, [r.value for r in mine])
        assessed.append(done)
        head = {"material": done.material, "analyte": done.analyte, "unit": done.unit, "assigned": done.assigned,
                "sigma_pt": done.sigma_pt, "uncertainty": done.uncertainty, "method": done.method,
                "error": done.error}
        rows = []
        for r in mine:
            if done.error is None:
                s = score(r.value, _assigned(done))
                scores.append((r.lab_id, r.material, r.analyte, s.z, s.kind, s.outcome))
                row = {"code": r.code, "value": r.value, "z": s.z, "kind": s.kind, "outcome": s.outcome}
            else:
                row = {"code": r.code, "value": r.value, "z": None, "kind": None, "outcome": None}
            rows.append(row)
            per_lab[r.lab_id].append({**head, **{k: v for k, v in row.items() if k != "code"}})
        summary_items.append({**head, "results": rows})
    summary = {"round": round_id, "deadline": round_.deadline, "closed_at": now.isoformat(),
               "participants": len(codes), "items": summary_items}
    with hub.store.transaction() as conn:
        if not hub.store.pt.close(conn, round_id, now.isoformat(), assessed, scores):
            raise Conflict(f"round {round_id} was closed meanwhile")
        for lab_id, code in codes.items():
            publish_in(conn, hub, to=lab_id, kind="pt-result",
                       content={"round": round_id, "code": code, "closed_at": now.isoformat(),
                                "results": per_lab[lab_id]})
        publish_in(conn, hub, to=EVERYONE, kind="pt-summary", content=summary)
        hub.store.admins.record(conn, actor, "pt.close", round_id,
                                {"results": len(results), "scored": len(scores)})
    return summary


def _assigned(item: Item) -> Assigned:
    """The assigned value ``_assess`` wrote into ``item`` (which has no error)."""
    if item.assigned is None or item.sigma_pt is None or item.uncertainty is None:
        raise ValueError(f"{item.material} × {item.analyte} has no assigned value")  # internal: programming error
    return Assigned(item.assigned, item.sigma_pt, item.uncertainty, item.method or "", 0)


def describe(store: HubStore) -> list[dict[str, Any]]:
    """Every round, for ``labnet-hub pt list`` and the admin API (the store only: no key is needed)."""
    out = []
    for r in store.pt.rounds():
        out.append({"round": r.round_id, "deadline": r.deadline, "created_at": r.created_at,
                    "created_by": r.created_by, "closed_at": r.closed_at,
                    "labs": len(store.pt.participants(r.round_id)),
                    "items": [{"material": i.material, "analyte": i.analyte, "unit": i.unit}
                              for i in store.pt.items(r.round_id)],
                    "results": store.pt.result_count(r.round_id),
                    "submitted": store.pt.submitted_count(r.round_id)})
    return out


def details(hub: Hub, round_id: str) -> dict[str, Any]:
    """One round for the administrators: what it tests, which codes have sent results, and once it is closed its
    summary exactly as ``close`` gave it (from what the close wrote)."""
    round_ = _round(hub, round_id)
    codes = hub.store.pt.participants(round_id)
    items = hub.store.pt.items(round_id)
    results = hub.store.pt.results(round_id)
    out: dict[str, Any] = {
        "round": round_id, "deadline": round_.deadline, "created_at": round_.created_at,
        "created_by": round_.created_by, "closed_at": round_.closed_at, "participants": len(codes),
        "submitted": sorted({r.code for r in results}),
        "items": [{"material": i.material, "analyte": i.analyte, "unit": i.unit, "reference": i.reference,
                   "reference_uncertainty": i.reference_uncertainty, "sigma": i.sigma} for i in items],
        "summary": None}
    if round_.closed_at is not None:
        summary_items = []
        for i in items:
            rows = [{"code": r.code, "value": r.value, "z": r.z, "kind": r.kind, "outcome": r.outcome}
                    for r in results if (r.material, r.analyte) == (i.material, i.analyte)]
            summary_items.append({"material": i.material, "analyte": i.analyte, "unit": i.unit, "assigned": i.assigned,
                                  "sigma_pt": i.sigma_pt, "uncertainty": i.uncertainty, "method": i.method,
                                  "error": i.error, "results": rows})
        out["summary"] = {"round": round_id, "deadline": round_.deadline, "closed_at": round_.closed_at,
                          "participants": len(codes), "items": summary_items}
    return out

"""The laboratory's side of a proficiency-test round (issue 21): its results sent signed, its scores kept.

- ``read_results``: a results file — CSV with the columns material, analyte, value, unit (in any order, a
  header row first), or TOML with ``[[results]]`` tables of the same four keys;
- ``submit``: the results signed with the laboratory's key and sealed to the hub's current key as pinned
  (``labnet.protocol.pt_results``: nothing of them travels in clear), sent in its signed-in session; the hub's refusal (late, a wrong unit, an analyte not in the round, a laboratory outside
  the round) comes back as ``RefusedByHub`` with the hub's reason and its problem code;
- ``record_scores``: each scored result of a ``pt-result`` bulletin becomes a proficiency-test entry in the
  catalogue's training records (z, outcome, the round), once.
"""

from __future__ import annotations

import csv
import io
import math
import tomllib
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import Message
from labnet.common import clock
from labnet.protocol.bulletin import Bulletin
from labnet.protocol.errors import SyncError
from labnet.protocol.keys import Identity
from labnet.protocol.pt_results import PtResult, make_submission, seal_submission

from .client import HubClient, RefusedByHub, signed_in
from .transport import NetworkError

COLUMNS = ("material", "analyte", "value", "unit")
PT_SCHEME = "LabNet network"  # the scheme named in the training record: the network's hub ran the round


class RefusedResults(RefusedByHub):
    """The hub refused the results; ``code`` is its problem code (pt-late, pt-wrong-unit…)."""

    def __init__(self, message: Message, code: str | None):
        super().__init__(message)
        self.code = code


def _number(raw: Any, where: str) -> float:
    try:
        value = float(str(raw).strip().replace(",", ".")) if not isinstance(raw, int | float) else float(raw)
    except ValueError:
        raise SyncError(Message("{where}: “{raw}” is not a number.", where=where, raw=raw)) from None
    if isinstance(raw, bool) or not math.isfinite(value):
        raise SyncError(Message("{where}: “{raw}” is not a number.", where=where, raw=raw))
    return value


def read_results(path: Path) -> list[PtResult]:
    """The results in a CSV or TOML file (refused whole, with the row, when one is incomplete)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SyncError(Message("{path} cannot be read: {reason}", path=path, reason=exc)) from None
    rows: list[tuple[str, dict[str, Any]]] = []
    if path.suffix.lower() == ".toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SyncError(Message("{path} is not valid TOML: {reason}", path=path, reason=exc)) from None
        entries = doc.get("results")
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise SyncError(Message("{path} holds no [[results]] tables.", path=path))
        rows = [(f"{path.name}, result {n}", e) for n, e in enumerate(entries, start=1)]
    else:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if sorted(header) != sorted(COLUMNS):
            raise SyncError(Message("{path} needs the columns material, analyte, value and unit (it has {found}).",
                                    path=path, found=", ".join(header) or "none"))
        reader.fieldnames = header
        rows = [(f"{path.name}, row {n}", row) for n, row in enumerate(reader, start=2)]
    results = []
    for where, row in rows:
        texts = {k: str(row.get(k) or "").strip() for k in ("material", "analyte", "unit")}
        missing = [k for k in COLUMNS if k not in row or (k != "value" and not texts[k])]
        if missing:
            raise SyncError(Message("{where}: no {field}.", where=where, field=missing[0]))
        results.append(PtResult(texts["material"], texts["analyte"], _number(row["value"], where), texts["unit"]))
    if not results:
        raise SyncError(Message("{path} holds no result.", path=path))
    return results


def submit(data_dir: Path, identity: Identity, round_id: str, results: list[PtResult], *,
           client: HubClient | None = None) -> dict[str, Any]:
    """Sign the results, seal them to the hub and send them; its answer (``{"round", "accepted", "received_at"}``)."""
    _, client, hub = signed_in(data_dir, identity, client)
    document = seal_submission(identity, hub.keys, make_submission(identity, hub_id=hub.identity_id,
                                                                   round_id=round_id, created_at=clock.stamp(),
                                                                   results=results))
    response = client.request("POST", f"/v1/pt/{round_id}/results", auth=True, retry=False, data=document,
                              headers={"Content-Type": "application/json"})
    if response.status_code != 200:
        raise RefusedResults(Message("the hub refused the results for round {round}: {reason}", round=round_id,
                                     reason=client.refusal(response)), client.code(response))
    try:
        answer = response.json()
        return {"round": str(answer["round"]), "accepted": int(answer["accepted"]),
                "received_at": str(answer["received_at"])}
    except (ValueError, KeyError, TypeError):
        raise NetworkError(Message("the hub's answer to the results arrived incomplete; send them again")) from None


def record_scores(cat, bulletins: list[Bulletin], staff_member: str) -> int:
    """Each scored result of the ``pt-result`` bulletins as a proficiency-test training record of
    ``staff_member`` (once: a record already there is left as it is); returns how many were added."""
    added = 0
    for bulletin in bulletins:
        if bulletin.kind != "pt-result":
            continue
        content = bulletin.content
        round_id, day = str(content.get("round", "")), str(content.get("closed_at", ""))[:10]
        for result in content.get("results", []):
            if not isinstance(result, dict) or not isinstance(result.get("z"), int | float):
                continue  # an item without an assigned value has no score to record
            area = f"{result.get('analyte')} in {result.get('material')}"
            # z as the hub computed it, unrounded, and its outcome: the record's own check recomputes the outcome
            # from z and refuses a disagreement
            record = {"staff_member": staff_member, "competence_area": area, "activity_type": "proficiency_test",
                      "title": f"Proficiency test {round_id}", "provider": PT_SCHEME, "started_on": day,
                      "ended_on": day, "z_score": float(result["z"]), "outcome": result.get("outcome"),
                      "pt_scheme": PT_SCHEME, "pt_round": round_id,
                      "notes": f"{result.get('value')} {result.get('unit')}; assigned {result.get('assigned')}, "
                               f"σ_pt {result.get('sigma_pt')}, {result.get('kind')} (ISO 13528), "
                               f"hub bulletin #{bulletin.seq}"}
            if cat.find("training_record", record) is not None:
                continue  # kept at an earlier reading of the bulletins
            cat.add("training_record", record)
            added += 1
    return added

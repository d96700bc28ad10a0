"""Changing the sharing policy: a policy written back as TOML, saved only when it reads back the same.

The desktop's policy editor builds a ``SharingPolicy`` from its choices;
``save_policy`` writes it (the previous file kept as ``.bak``), after
checking that the text parses to exactly that policy, so what is on disk
is always what the editor showed.  ``preview`` is what the next bundle would
carry under a policy not yet saved — the same computation as
``labnet share preview``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import Message
from labnet.catalogue.records import RECORD_TYPES
from labnet.protocol.errors import PolicyError

from .policy import SharingPolicy, parse_policy, policy_path


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)   # a TOML basic string is a JSON string


def policy_toml(policy: SharingPolicy) -> str:
    """The policy as TOML (every record type, every field that leaves, in the record type's order)."""
    lines = ["# LabNet sharing policy, saved by the policy editor. Fields not listed stay in the laboratory.",
             "# Check what would leave with:  labnet share preview", "version = 1"]
    for kind, rt in RECORD_TYPES.items():
        p = policy.kinds.get(kind)
        if p is None:
            continue
        lines += ["", f"[{kind}]", f"share = {_value(p.share)}", f"only_shareable = {_value(p.only_shareable)}"]
        if p.where:
            lines += ["", f"[{kind}.where]"]
            lines += [f"{name} = [{', '.join(_value(v) for v in values)}]" for name, values in p.where.items()]
        kept = [(f.name, p.fields[f.name]) for f in rt.fields if f.name in p.fields
                and p.fields[f.name].treatment != "drop"]
        if kept:
            lines += ["", f"[{kind}.fields]"]
            for name, rule in kept:
                if rule.step is not None:
                    lines.append(f"{name} = {{ treatment = {_value(rule.treatment)}, step = {_value(rule.step)} }}")
                else:
                    lines.append(f"{name} = {_value(rule.treatment)}")
    return "\n".join(lines) + "\n"


def save_policy(data_dir: Path, policy: SharingPolicy) -> Path:
    """Write ``policy`` to the data folder's policy file (the old one kept as ``.bak``)."""
    from labnet.protocol.keyfile import write_file_atomically

    text = policy_toml(policy)
    if parse_policy(text, "(editor)").to_json() != policy.to_json():
        raise PolicyError([Message("the policy could not be written faithfully; it was not saved")], "(editor)")
    path = policy_path(data_dir)
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    write_file_atomically(path, text.encode("utf-8"))
    return path


def preview(cat, policy: SharingPolicy, secret: bytes) -> dict[str, Any]:
    """What the next bundle would carry under ``policy``: the entries, and counts of what stays here."""
    from .outbox import Outbox

    pending = Outbox(cat).pending(policy, secret)
    by_kind: dict[str, int] = {}
    for entry in pending.entries:
        by_kind[entry["kind"]] = by_kind.get(entry["kind"], 0) + 1
    return {"entries": pending.entries, "withheld": len(pending.withheld), "by_kind": by_kind,
            "policy_sha256": policy.digest}

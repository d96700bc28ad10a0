"""A hub's federation policy for one peer (issue 20): which methods the peer may search, what a hit releases.

One TOML file per peer, ``federation/NAME.toml`` in the hub's folder; without one, nothing leaves::

    version = 1
    # Harmonised methods ("name vN") under which this peer may search our network's profiles, and under which
    # our searches send it profiles. None listed: no search either way.
    methods = ["Heroin GC v2"]

    # What a hit tells the peer of our profiling result, field by field, as the sharing policy does for a
    # laboratory (keep, pseudonymise, generalise, drop); a field not listed is dropped.
    [fields]
    seizure_country = "keep"
    seizure_date = "generalise"       # the month
    form = "keep"

The treatments are the sharing policy's, on the record as the network holds it (what the laboratory let leave,
already treated by its own policy): a pseudonym is ``ps:`` and 32 hex digits of HMAC-SHA256 under this hub's
pseudonym secret and the peer's name, so two peers cannot tie their answers together; a value that cannot be
generalised (already coarser than the treatment) is dropped, never sent as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.protocol import canonical
from labnet.protocol.rules import RECORD_TYPES
from labnet.protocol.valueforms import PLACE_GENERALISATION

from .errors import HubError

KIND = "profiling_result"     # what a search compares and a hit describes
TREATMENTS = ("keep", "pseudonymise", "generalise", "drop")
FOLDER = "federation"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise HubError(f"“{name}” cannot name a peer: use 1 to 64 letters, digits, “.”, “_” or “-”, starting with a "
                       "letter or digit")
    return name


@dataclass(frozen=True)
class FederationPolicy:
    methods: tuple[str, ...] = ()                            # "name vN"
    fields: dict[str, str] = field(default_factory=dict)     # field -> treatment (never "drop": left out)

    def allows(self, label: str) -> bool:
        return label in self.methods

    def releaser(self, secret: bytes, peer: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A function: a profiling result as the network holds it -> the fields a hit releases to ``peer``."""
        rt = RECORD_TYPES[KIND]
        key = hmac.digest(secret, b"labnet federation pseudonyms\x00" + peer.encode(), "sha256")
        steps: list[tuple[str, str, Any]] = []
        for name, treatment in sorted(self.fields.items()):
            fn = None
            if treatment == "generalise":
                fn = rt.field(name).type.generaliser(None)
                if fn is None:
                    coarser = PLACE_GENERALISATION[(KIND, name)]

                    def fn(value, record, coarser=coarser):
                        return next((record[c] for c in coarser if record.get(c)), None)
            steps.append((name, treatment, fn))

        def release(record: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for name, treatment, fn in steps:
                value = record.get(name)
                if value is None:
                    continue
                if treatment == "pseudonymise":
                    text = value if isinstance(value, str) else canonical.dumps(value).decode()
                    value = "ps:" + hmac.digest(key, name.encode() + b"\x00" + text.encode(), "sha256").hex()[:32]
                elif treatment == "generalise":
                    try:
                        value = fn(value, record)
                    except (TypeError, ValueError):   # held already coarser (a month, a range): not sent at all
                        value = None
                if value is not None:
                    out[name] = value
            return out
        return release


NOTHING = FederationPolicy()


def policy_path(folder: Path, peer: str) -> Path:
    return Path(folder) / FOLDER / f"{check_name(peer)}.toml"


def load(folder: Path, peer: str) -> FederationPolicy:
    """The policy for ``peer``; with no file, nothing leaves (``NOTHING``)."""
    path = policy_path(folder, peer)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return NOTHING
    return parse(text, path)


def parse(text: str, source: object = "(text)") -> FederationPolicy:
    """Read a policy; every problem is said at once (HubError)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise HubError(f"{source} is not valid TOML: {exc}") from None
    problems: list[str] = []
    if data.pop("version", 1) != 1:
        problems.append("version must be 1")
    methods = data.pop("methods", [])
    if not isinstance(methods, list) or not all(isinstance(m, str) and re.fullmatch(r".+ v\d+", m) for m in methods):
        problems.append('methods is a list of "name vN"')
        methods = []
    rt = RECORD_TYPES[KIND]
    fields: dict[str, str] = {}
    for name, treatment in (data.pop("fields", None) or {}).items():
        if not rt.has_field(name):
            problems.append(f"fields.{name} is not a field of a {KIND}")
            continue
        allowed = set(rt.field(name).type.treatments) | ({"generalise"} if (KIND, name) in PLACE_GENERALISATION
                                                          else set())
        if treatment not in TREATMENTS or treatment not in allowed:
            problems.append(f"fields.{name} cannot be {treatment!r}; it can be: "
                            + ", ".join(t for t in TREATMENTS if t in allowed))
            continue
        if treatment != "drop":
            fields[name] = treatment
    for unknown in data:
        problems.append(f"{unknown} is not a federation policy setting (use version, methods, fields)")
    if problems:
        raise HubError(f"{source}: " + "; ".join(problems))
    return FederationPolicy(tuple(methods), fields)


def digest(policy: FederationPolicy) -> str:
    return hashlib.sha256(canonical.dumps({"methods": list(policy.methods), "fields": policy.fields})).hexdigest()

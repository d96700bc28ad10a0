"""The sharing policy: what leaves the laboratory, and in what form.

Per record type, the policy says whether anything of that type is shared,
which records (only those marked shareable; only some values of choice
fields such as drug type or status) and, field by field, how each leaves:

- ``keep`` — as it is;
- ``pseudonymise`` — replaced by ``ps:`` + 32 hex digits (128 bits) of
  HMAC-SHA256(lab secret, field name || 0x00 || value): the same value
  always gives the same pseudonym (so the hub can correlate), but no one
  without the laboratory's secret can recover or test a value;
- ``generalise`` — a date becomes its month (``YYYY-MM``), a place becomes
  the record's region (or country), a quantity becomes the range holding it
  (``[low, high)``: a fixed ``step``, or powers of ten by default);
- ``drop`` — left out.

A field the policy does not name is dropped, so a field added to LabNet
later never leaves by accident.  The file is TOML, ``sharing-policy.toml``
in the data folder; without one, the conservative default below applies:
only records marked shareable, no staff names, no case numbers, no places
finer than the region.
"""

from __future__ import annotations

import hashlib
import hmac
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import Message
from labnet.catalogue.field_types import number_range  # noqa: F401  (the policy's ranges; tests import it here)
from labnet.catalogue.records import RECORD_TYPES, RecordType
from labnet.common.labfolder import LabFolder
from labnet.protocol import canonical
from labnet.protocol.errors import PolicyError
from labnet.protocol.valueforms import PLACE_GENERALISATION  # a wire rule: which places a bundle may generalise

POLICY_FILE = LabFolder.POLICY
TREATMENTS = ("keep", "pseudonymise", "generalise", "drop")


def allowed_treatments(rt: RecordType, name: str) -> set[str]:
    allowed = set(rt.field(name).type.treatments)
    if (rt.kind, name) in PLACE_GENERALISATION:
        allowed.add("generalise")
    return allowed


def value_form(rt: RecordType, name: str, treatment: str) -> str:
    """The form a treated value takes in a bundle, as the payload manifest names it."""
    if treatment == "keep":
        return "keep"
    if treatment == "pseudonymise":
        return "pseudonym"
    return rt.field(name).type.generalised_form or "place"


@dataclass(frozen=True)
class FieldRule:
    treatment: str
    step: float | None = None  # generalise a number into ranges this wide (None: powers of ten)


@dataclass(frozen=True)
class KindPolicy:
    kind: str
    share: bool = False
    only_shareable: bool = True
    where: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fields: dict[str, FieldRule] = field(default_factory=dict)
    # Issue 20: whether the hub may let other networks (its peers) search these records at all; the hub reads it
    # from the manifest of the bundles that carry them.
    beyond_network: bool = False

    def selects(self, record: dict[str, Any]) -> bool:
        """Whether this record may leave at all (before its fields are treated)."""
        if not self.share:
            return False
        if self.only_shareable and record.get("shareable") is not True:
            return False
        return all(record.get(name) in allowed for name, allowed in self.where.items())


@dataclass(frozen=True)
class SharingPolicy:
    kinds: dict[str, KindPolicy]

    def to_json(self) -> dict[str, Any]:
        """The normalised policy (what its digest is computed over)."""
        # beyond_network only when set: a policy without it keeps the digest it always had.
        return {kind: {"share": p.share, "only_shareable": p.only_shareable,
                       "where": {k: list(v) for k, v in sorted(p.where.items())},
                       "fields": {n: ({"treatment": r.treatment, "step": r.step} if r.step else r.treatment)
                                  for n, r in sorted(p.fields.items())},
                       **({"beyond_network": True} if p.beyond_network else {})}
                for kind, p in sorted(self.kinds.items())}

    def beyond_network(self) -> list[str]:
        """The shared record types the laboratory lets other networks search (issue 20; default none)."""
        return sorted(kind for kind, p in self.kinds.items() if p.share and p.beyond_network)

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(canonical.dumps(self.to_json())).hexdigest()

    def manifest(self) -> dict[str, dict[str, str]]:
        """Field -> value form, for each shared record type: what a bundle's first line declares."""
        out = {}
        for kind, p in sorted(self.kinds.items()):
            if p.share:
                rt = RECORD_TYPES[kind]
                out[kind] = {n: value_form(rt, n, r.treatment) for n, r in sorted(p.fields.items())
                             if r.treatment != "drop"}
        return out

    def columns(self, kind: str) -> list[str]:
        """The stored fields a transformer reads (what the outbox fetches)."""
        p = self.kinds.get(kind) or KindPolicy(kind)
        names = {"shareable", *p.where, *(n for n, r in p.fields.items() if r.treatment != "drop")}
        for name in list(names):
            names.update(PLACE_GENERALISATION.get((kind, name), ()))
        return sorted(names)

    def transformer(self, kind: str, secret: bytes) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
        """A fast function: stored record -> what leaves (None when the record does not leave)."""
        p = self.kinds.get(kind) or KindPolicy(kind)
        rt = RECORD_TYPES[kind]
        steps: list[tuple[str, Callable[[Any, dict[str, Any]], Any] | None]] = []
        for name, rule in sorted(p.fields.items()):
            if rule.treatment == "keep":
                steps.append((name, None))
            elif rule.treatment == "pseudonymise":
                steps.append((name, _pseudonymiser(secret, name, rt.field(name).type.many)))
            elif rule.treatment == "generalise":
                steps.append((name, _generaliser(rt, name, rule.step)))
        selects = p.selects
        names = tuple(name for name, _ in steps)
        treated = tuple((name, fn) for name, fn in steps if fn is not None)

        def transform(record: dict[str, Any]) -> dict[str, Any] | None:
            if not selects(record):
                return None
            # Every value first, in the fields' order (one pass in C), then each treated one in its place (or gone):
            # the same dict, in the same order, as a loop over the fields, at half the cost on a first sync.
            out = {name: value for name, value in zip(names, map(record.get, names)) if value is not None}
            for name, fn in treated:
                value = out.get(name)
                if value is not None:
                    value = fn(value, record)
                    if value is None:
                        del out[name]
                    else:
                        out[name] = value
            return out
        return transform


# -- treatments -----------------------------------------------------------------------
def pseudonym(secret: bytes, field_name: str, value: Any) -> str:
    """``ps:`` + the first 32 hex digits (128 bits) of HMAC-SHA256(secret, field || 0x00 || value)."""
    text = value if isinstance(value, str) else canonical.dumps(value).decode("utf-8")
    return "ps:" + hmac.digest(secret, field_name.encode("utf-8") + b"\x00" + text.encode("utf-8"), "sha256").hex()[:32]


_REMEMBERED = 65536   # pseudonyms remembered per field: 9 MB, where 300,000 sample numbers held 52 MB


_IPAD, _OPAD = bytes(b ^ 0x36 for b in range(256)), bytes(b ^ 0x5C for b in range(256))


def _keyed(secret: bytes, prefix: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256 (RFC 2104) with this key and a message starting with ``prefix``, as two SHA-256 states made
    once: each value then costs two copies and three calls, not ``hmac.digest``'s key schedule (half the time)."""
    key = (secret if len(secret) <= 64 else hashlib.sha256(secret).digest()).ljust(64, b"\0")
    inner = hashlib.sha256(key.translate(_IPAD))
    inner.update(prefix)
    return inner, hashlib.sha256(key.translate(_OPAD))


def _pseudonymiser(secret: bytes, name: str, is_list: bool):
    cache: dict[str, str] = {}  # a seizure reference recurs across its samples: compute it once
    inner, outer = _keyed(secret, name.encode("utf-8") + b"\x00")

    def compute(value: Any) -> str:
        if type(value) is not str:
            return pseudonym(secret, name, value)
        h = inner.copy()
        h.update(value.encode("utf-8"))
        o = outer.copy()
        o.update(h.digest())
        return "ps:" + o.digest()[:16].hex()   # pseudonym(secret, name, value) (tests/test_policy_rows.py)

    def one(value: Any) -> str:
        found = cache.get(value)
        if found is None:
            if len(cache) >= _REMEMBERED:   # a field of unique values (sample numbers) would keep them all
                cache.clear()
            found = cache[value] = compute(value)
        return found
    if is_list:
        return lambda value, record: [one(v) for v in value]
    return lambda value, record: one(value)


def _generaliser(rt: RecordType, name: str, step: float | None):
    by_type = rt.field(name).type.generaliser(step)  # a date's month, a number's range
    if by_type is not None:
        return by_type
    coarser = PLACE_GENERALISATION[(rt.kind, name)]
    return lambda value, record: next((record[c] for c in coarser if record.get(c)), None)


# -- reading and checking the file ---------------------------------------------------
def parse_policy(text: str, source: object = None) -> SharingPolicy:
    """Read a policy written in TOML; every problem is reported at once (PolicyError)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError([Message("it is not valid TOML ({reason})", reason=str(exc))], source) from None
    problems: list[str] = []
    version = data.pop("version", 1)
    if version != 1:
        problems.append(Message("version {version} is not known; this LabNet reads version 1",
                                version=repr(version)))
    kinds = {}
    for kind, section in data.items():
        rt = RECORD_TYPES.get(kind)
        if rt is None:
            problems.append(Message("[{kind}] is not a record type; use one of: {known}", kind=kind,
                                    known=", ".join(RECORD_TYPES)))
            continue
        if not isinstance(section, dict):
            problems.append(Message("“{kind}” must be a table ([{kind}])", kind=kind))
            continue
        kinds[kind] = _parse_kind(rt, section, problems)
    if problems:
        raise PolicyError(problems, source)
    return SharingPolicy({kind: kinds.get(kind, KindPolicy(kind)) for kind in RECORD_TYPES})


def _parse_kind(rt: RecordType, section: dict[str, Any], problems: list[str]) -> KindPolicy:
    kind = rt.kind
    section = dict(section)
    share, only = section.pop("share", False), section.pop("only_shareable", True)
    beyond = section.pop("beyond_network", False)
    for key, value in (("share", share), ("only_shareable", only), ("beyond_network", beyond)):
        if not isinstance(value, bool):
            problems.append(Message("{kind}.{setting} must be true or false, not {value}", kind=kind, setting=key,
                                    value=repr(value)))
    where: dict[str, tuple[str, ...]] = {}
    for name, values in (section.pop("where", None) or {}).items():
        if not rt.has_field(name) or not rt.field(name).type.vocabulary:
            problems.append(Message("{kind}.where.{field}: records can be chosen only by a choice field ({fields})",
                                    kind=kind, field=name,
                                    fields=", ".join(f.name for f in rt.fields if f.type.vocabulary)))
            continue
        values = [values] if isinstance(values, str) else values
        known = rt.field(name).choices or {}
        unknown = [v for v in values if v not in known] if isinstance(values, list) else [values]
        if unknown:
            problems.append(Message("{kind}.where.{field}: {values} is not one of: {known}", kind=kind, field=name,
                                    values=", ".join(map(repr, unknown)), known=", ".join(known)))
            continue
        where[name] = tuple(values)
    rules: dict[str, FieldRule] = {}
    for name, spec in (section.pop("fields", None) or {}).items():
        rule = _parse_rule(rt, name, spec, problems)
        if rule is not None:
            rules[name] = rule
    for setting in section:
        problems.append(Message("{kind}.{setting} is not a policy setting (use share, only_shareable, where, "
                                "fields, beyond_network)", kind=kind, setting=setting))
    return KindPolicy(kind, share is True, only is not False, where, rules, beyond is True)


def _parse_rule(rt: RecordType, name: str, spec: Any, problems: list[str]) -> FieldRule | None:
    where = f"{rt.kind}.fields.{name}"
    if not rt.has_field(name):
        problems.append(Message("{where}: “{field}” is not a field of a {record_type}", where=where, field=name,
                                record_type=rt.label.lower()))
        return None
    step = None
    if isinstance(spec, dict):
        spec = dict(spec)
        treatment, step = spec.pop("treatment", None), spec.pop("step", None)
        if spec:
            problems.append(Message("{where}: unknown setting {settings} (use treatment and step)", where=where,
                                    settings=", ".join(spec)))
            return None
    else:
        treatment = spec
    if treatment not in TREATMENTS:
        problems.append(Message("{where}: “{treatment}” is not a treatment; use one of: {known}", where=where,
                                treatment=treatment, known=", ".join(TREATMENTS)))
        return None
    allowed = allowed_treatments(rt, name)
    if treatment not in allowed:
        problems.append(Message("{where}: a {type} field cannot be “{treatment}”; it can be: {allowed}",
                                where=where, type=rt.field(name).type.name, treatment=treatment,
                                allowed=", ".join(t for t in TREATMENTS if t in allowed)))
        return None
    if step is not None and (treatment != "generalise" or not rt.field(name).type.quantity
                             or isinstance(step, bool) or not isinstance(step, (int, float)) or step <= 0):
        problems.append(Message("{where}: step is a positive number, and only for generalising a number",
                                where=where))
        return None
    return FieldRule(treatment, float(step) if step is not None else None)


def policy_path(data_dir: Path) -> Path:
    return LabFolder(data_dir).policy


def load_policy(data_dir: Path) -> SharingPolicy:
    """The data folder's policy, or the conservative default when there is no file."""
    path = policy_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return default_policy()
    except UnicodeDecodeError:
        raise PolicyError([Message("it is not UTF-8 text")], path) from None
    return parse_policy(text, path)


def write_default_policy(data_dir: Path) -> Path:
    """Write the commented default policy, unless a policy file already exists."""
    path = policy_path(data_dir)
    if not path.exists():
        path.write_text(DEFAULT_POLICY_TOML, encoding="utf-8")
    return path


def default_policy() -> SharingPolicy:
    return parse_policy(DEFAULT_POLICY_TOML, "(default)")


DEFAULT_POLICY_TOML = """\
# LabNet sharing policy: what this laboratory shares with its regional network.
#
# For each record type: share = true/false; only_shareable = true sends only
# records marked "Shareable with the network"; [TYPE.where] keeps only records
# whose choice field has one of the listed codes; [TYPE.fields] says how each
# field leaves: keep, pseudonymise, generalise, or drop.  A field that is not
# listed is dropped.  Staff names and case numbers are not listed: they stay here.
# Check what would leave with:  labnet share preview
# beyond_network = true under a record type lets the hub's peer networks search
# those records (hit/no-hit: docs/federation.md); without it they never can.
version = 1

[reference_sample]
share = true
only_shareable = true

[reference_sample.fields]
inventory_code = "pseudonymise"
substance = "keep"
cas_number = "keep"
salt_form = "keep"
schedule = "keep"
provider = "keep"
purity = "keep"
purity_uncertainty = "keep"
purity_unit = "keep"
received_on = "generalise"          # the month only
expiry_on = "generalise"
quantity = "generalise"             # a range: 10-100 mg
remaining_quantity = "generalise"
unit = "keep"
status = "keep"

[training_record]
share = true
only_shareable = true

[training_record.fields]
competence_area = "keep"
activity_type = "keep"
provider = "keep"
started_on = "generalise"
hours = "keep"
outcome = "keep"
z_score = "keep"
pt_scheme = "keep"
pt_round = "keep"

[profiling_result]
share = true
only_shareable = true

[profiling_result.fields]
lab_sample_number = "pseudonymise"
seizure_reference = "pseudonymise"  # the same seizure keeps the same pseudonym
seizure_date = "generalise"
seizure_country = "keep"
seizure_region = "keep"
drug_type = "keep"
form = "keep"
main_substance = "keep"
purity = "keep"
adulterants = "keep"
diluents = "keep"
peaks = "keep"
method = "keep"
instrument = "keep"
internal_standard = "keep"
logo = "keep"
colour = "keep"
diameter_mm = "keep"
thickness_mm = "keep"
weight_mg = "keep"
score_line = "keep"
shape = "keep"
packaging = "keep"
analysed_on = "generalise"
"""

"""The plaintext inside a bundle: canonical JSON lines, compressed with zstd.

Line 1 is the manifest: the payload format, the policy digest, and for each
record type the fields that may appear with the form their values take
(``keep``, ``pseudonym``, ``month``, ``range``, ``place``).  Each further
line is one entry — the latest version of one record (``op`` ``upsert``,
with its treated fields) or its tombstone (``op`` ``delete``)::

    {"fields":{"profiling_result":{"drug_type":"keep",...}},"payload":1,"policy_sha256":"..."}
    {"id":"0192…","kind":"profiling_result","op":"upsert","record":{...},"seq":41,"version":3}
    {"id":"0192…","kind":"profiling_result","op":"delete","seq":57,"version":5}

Decompression is streamed with a cap (the declared size, itself capped by
the opener's limit), so a small file that would expand to gigabytes is
refused after reading one byte more than it promised.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from typing import Any

import zstandard

from catalogue.errors import Message, message_of
from catalogue.records import RECORD_TYPES

from . import canonical
from .errors import BundleDigestError, BundleSchemaError, DecompressionBomb
from .policy import PLACE_GENERALISATION

COMPRESSION = "zstd"
PAYLOAD_VERSION = 1
FORMS = ("keep", "pseudonym", "month", "range", "place")
_LEVEL = 3  # zstd's default: ~5x on records at several hundred MB/s; higher levels cost far more time

_PSEUDONYM = re.compile(r"ps:[0-9a-f]{32}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_RECORD_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z._:-]{0,99}")


def manifest(policy_sha256: str, fields: dict[str, dict[str, str]]) -> dict[str, Any]:
    return {"payload": PAYLOAD_VERSION, "policy_sha256": policy_sha256, "fields": fields}


def line_sha256(line: bytes) -> str:
    """The digest of one entry line as it travels (its canonical JSON and the \\n): what the laboratory's
    outbox keeps of each decision sent, and what the hub lists of each record it holds."""
    return hashlib.sha256(line).hexdigest()


def entry_sha256(entry: dict[str, Any]) -> str:
    """``line_sha256`` of the line an entry is written as."""
    return line_sha256(canonical.dumps(entry) + b"\n")


def compress(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=_LEVEL, write_checksum=True, write_content_size=True).compress(data)


def decompress_capped(data: bytes, declared_size: int, chunk: int = 1 << 20) -> bytes:
    """Stream-decompress at most ``declared_size`` bytes; more is a decompression bomb."""
    out = bytearray()
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    try:
        while True:
            block = reader.read(min(chunk, declared_size - len(out) + 1))
            if not block:
                break
            out += block
            if len(out) > declared_size:
                raise DecompressionBomb(Message("The bundle's payload expands to more than the {size:,} bytes it "
                                                "declares (a decompression bomb); it was refused unread.",
                                                size=declared_size))
    except zstandard.ZstdError as exc:
        raise BundleDigestError(Message("The bundle's payload cannot be decompressed ({reason}); it is corrupt.",
                                        reason=message_of(exc))) from None
    if len(out) != declared_size:
        raise BundleDigestError(Message("The bundle's payload is {size:,} bytes, not the {declared:,} its header "
                                        "declares; it is corrupt.", size=len(out), declared=declared_size))
    return bytes(out)


def parse_payload(data: bytes, expected_records: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The manifest and entries, every value checked against the record types (BundleSchemaError)."""
    head, entries, _ = parse_payload_lines(data, expected_records)
    return head, entries


def parse_payload_lines(data: bytes, expected_records: int
                        ) -> tuple[dict[str, Any], list[dict[str, Any]], list[bytes]]:
    """``parse_payload``, with each entry's line as written (the hub stores records as they came)."""
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise BundleSchemaError([Message("the payload does not end with a newline")])
    lines.pop()
    if not lines:
        raise BundleSchemaError([Message("the payload has no manifest line")])
    problems: list[str] = []
    fields = _check_manifest(lines[0], problems)
    if problems:
        raise BundleSchemaError(problems)
    head = canonical.loads(lines[0])
    if len(lines) - 1 != expected_records:
        problems.append(Message("the header announces {expected} records but the payload holds {count}",
                                expected=expected_records, count=len(lines) - 1))
    validators = {kind: {name: (_quick(kind, name, form), _validator(kind, name, form))
                         for name, form in forms.items()} for kind, forms in fields.items()}
    entries, seen = [], set()
    for number, line in enumerate(lines[1:], start=2):
        before = len(problems)
        entry = _check_entry(line, number, validators, problems)
        if entry is not None and len(problems) == before:
            key = (entry["kind"], entry["id"])
            if key in seen:
                problems.append(Message("line {line}: {kind} {record} appears twice", line=number,
                                        kind=entry["kind"], record=entry["id"]))
            seen.add(key)
            entries.append(entry)
        if len(problems) > 100:
            break
    if problems:
        raise BundleSchemaError(problems)
    return head, entries, lines[1:]


def _check_manifest(line: bytes, problems: list[str]) -> dict[str, dict[str, str]]:
    try:
        head = canonical.loads(line)
    except canonical.CanonicalError as exc:
        problems.append(Message("line 1 (the manifest) {reason}", reason=message_of(exc)))
        return {}
    if not isinstance(head, dict) or head.get("payload") != PAYLOAD_VERSION or not isinstance(head.get("fields"), dict):
        problems.append(Message("line 1 is not a payload manifest of version 1"))
        return {}
    for kind, forms in head["fields"].items():
        rt = RECORD_TYPES.get(kind)
        if rt is None or not isinstance(forms, dict):
            problems.append(Message("the manifest names an unknown record type {kind}", kind=repr(kind)))
            continue
        for name, form in forms.items():
            if not rt.has_field(name):
                problems.append(Message("the manifest names {field}, which is not a field of a {record_type}",
                                        field=repr(name), record_type=rt.label.lower()))
            elif form not in FORMS or not _form_allowed(rt.field(name).type, kind, name, form):
                problems.append(Message("the manifest gives {kind}.{field} the form {form}, which that field "
                                        "cannot take", kind=kind, field=name, form=repr(form)))
    return head["fields"]


def _form_allowed(field_type: str, kind: str, name: str, form: str) -> bool:
    return {"keep": True, "pseudonym": field_type in ("text", "list"), "month": field_type == "date",
            "range": field_type in ("float", "int"), "place": (kind, name) in PLACE_GENERALISATION}[form]


def _check_entry(line: bytes, number: int, validators: dict, problems: list[str]) -> dict[str, Any] | None:
    try:
        entry = canonical.loads(line)
    except canonical.CanonicalError as exc:
        problems.append(Message("line {line} {reason}", line=number, reason=message_of(exc)))
        return None
    if not isinstance(entry, dict):
        problems.append(Message("line {line} is not a JSON object", line=number))
        return None
    kind, op = entry.get("kind"), entry.get("op")
    expected = {"id", "kind", "op", "seq", "version"} | ({"record"} if op == "upsert" else set())
    if set(entry) != expected or op not in ("upsert", "delete"):
        problems.append(Message("line {line}: an entry has id, kind, op (upsert or delete), seq, version, and a "
                                "record when op is upsert; this one has {fields}", line=number,
                                fields=", ".join(sorted(entry))))
        return None
    if kind not in validators:
        problems.append(Message("line {line}: record type {kind} is not declared in the manifest", line=number,
                                kind=repr(kind)))
        return None
    if not isinstance(entry["id"], str) or not _RECORD_ID.fullmatch(entry["id"]):
        problems.append(Message("line {line}: {record} is not a record id", line=number,
                                record=repr(entry["id"])))
    for name in ("seq", "version"):
        if not _positive_int(entry[name]):
            problems.append(Message("line {line}: {field} must be a whole number of at least 1", line=number,
                                    field=name))
    if op == "upsert":
        record = entry["record"]
        if not isinstance(record, dict):
            problems.append(Message("line {line}: the record is not a JSON object", line=number))
            return None
        checks = validators[kind]
        for name, value in record.items():
            pair = checks.get(name)
            if pair is None:
                problems.append(Message("line {line}: field {field} is not declared for {kind} in the manifest",
                                        line=number, field=repr(name), kind=kind))
                continue
            if pair[0](value):   # certainly canonical: the common case, without the full parse
                continue
            message = pair[1](value)
            if message:
                problems.append(Message("line {line}, {kind}.{field}: {problem}", line=number, kind=kind,
                                        field=name, problem=message))
    return entry


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _quick(kind: str, name: str, form: str):
    """For kept fields, ``fast_canonical``; other forms have only their full check."""
    return fast_canonical(RECORD_TYPES[kind].field(name)) if form == "keep" else _never


def _never(value: Any) -> bool:
    return False


def _validator(kind: str, name: str, form: str):
    """A function value -> problem text (None when the value is acceptable for this field and form)."""
    f = RECORD_TYPES[kind].field(name)
    if form == "keep":
        json_types = {"text": str, "date": str, "choice": str, "cas": str, "country": str, "list": list,
                      "peaks": dict, "bool": bool, "int": int, "float": (int, float)}[f.type]

        def keep(value: Any) -> str | None:
            if not isinstance(value, json_types) or (isinstance(value, bool) and f.type != "bool"):
                return Message("{value} is not a value of a {type} field", value=repr(value), type=f.type)
            try:
                parsed = f.parse(value)
            except ValueError as exc:
                return message_of(exc)
            return None if parsed == value else Message("{value} is not written in its canonical form",
                                                        value=repr(value))
        return keep
    if form == "pseudonym":
        if f.type == "list":
            return lambda v: None if isinstance(v, list) and v and all(
                isinstance(x, str) and _PSEUDONYM.fullmatch(x) for x in v) \
                else Message("expected a list of pseudonyms")
        return lambda v: None if isinstance(v, str) and _PSEUDONYM.fullmatch(v) \
            else Message("expected a pseudonym (ps:…)")
    if form == "month":
        return lambda v: None if isinstance(v, str) and _MONTH.fullmatch(v) \
            else Message("expected a month written YYYY-MM")
    if form == "range":
        return _check_range
    return lambda v: None if isinstance(v, str) and 0 < len(v) <= 4000 \
        else Message("expected a region or country name")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")


def fast_canonical(f) -> Any:
    """A quick test that a value is *certainly* ``f``'s canonical form (``f.parse(v) == v``); False means
    "look closer" and the full check decides.  It makes the hub's schema check several times faster, and
    ``tests/test_sync_parser.py`` checks that it never accepts what the full check refuses."""
    low, high = f.minimum, f.maximum

    def in_range(v: Any) -> bool:
        return (low is None or v >= low) and (high is None or v <= high)

    if f.type == "text":
        return lambda v: type(v) is str and 0 < len(v) <= 4000 and v.strip() == v
    if f.type == "choice":
        codes = frozenset(code for code in f.choices or {} if f.parse(code) == code)
        return lambda v: type(v) is str and v in codes
    if f.type == "country":
        return lambda v: type(v) is str and _COUNTRY.fullmatch(v) is not None
    if f.type == "date":
        def date(v: Any) -> bool:
            if type(v) is not str or not _ISO_DATE.fullmatch(v):
                return False
            try:
                return f.parse(v) == v
            except ValueError:
                return False
        return date
    if f.type == "float":
        return lambda v: type(v) in (int, float) and math.isfinite(v) and in_range(v)
    if f.type == "int":
        return lambda v: type(v) is int and in_range(v)
    if f.type == "bool":
        return lambda v: type(v) is bool
    if f.type == "list":
        def items(v: Any) -> bool:
            if type(v) is not list or not v:
                return False
            for x in v:
                if type(x) is not str or not x or x.strip() != x:
                    return False
            return True
        return items
    if f.type == "peaks":
        def peaks(v: Any) -> bool:
            if type(v) is not dict or not v:
                return False
            for k, a in v.items():
                if type(k) is not str or not k or k.strip() != k or type(a) not in (int, float) or not (
                        0 <= a < math.inf):
                    return False
            return True
        return peaks
    return lambda v: False   # CAS numbers: always the full check


def _check_range(value: Any) -> str | None:
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in value)
            and value[0] < value[1]):
        return None
    return Message("expected a range [low, high) of two numbers, low below high")

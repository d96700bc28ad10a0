"""One rule set for a bundle's payload: the laboratory checks it before sealing, the hub when opening.

Two kinds of rules (``docs/bundle-format.md`` §9, where each is stated with its error):

- **Format rules** — how a correct build writes a payload: zstd frames with content size and
  checksum, no skippable frame (``check_frames``); lines in canonical JSON, compared byte for byte;
  the manifest's policy digest equal to the header's; known kinds and declared fields; record ids in
  the catalogue's id form; each entry well formed, once, in ``seq`` order within the header's range;
  each value in its form (the JSON type of its field, written canonically).  No correct build breaks
  one, whatever the records hold, so a breach refuses the file whole, with the rule's own error class
  — at the hub, and at the laboratory, which refuses to seal it (``BundleBuildError``: a fault in
  LabNet, not in its records).
- **Record rules** — the catalogue's own rules (``labnet.catalogue.records``) on a well-formed entry's kept
  values: each field's parse (vocabularies, ranges, real dates, CAS check digits), required fields,
  and the whole-record rules (purity 0–100 %, dates in order, not in the future…).  A record can break
  one and still be a faithful copy of a laboratory's record (kept under an older rule, a vocabulary
  that changed): that record alone is rejected in the receipt, with the rule and its line, and the
  others apply.  A rule is applied only when every field it reads is at hand as the laboratory holds
  it (kept by the policy): a pseudonym, month, range or dropped field says nothing about the rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from labnet.catalogue.records import RECORD_TYPES, RecordType
from labnet.common.messages import Message, message_of

from . import canonical
from .errors import (
    BundleCompressionError,
    BundleNotCanonical,
    BundleSchemaError,
    BundleSequenceError,
    ManifestPolicyMismatch,
    joined,
)
from .valueforms import FORMS, AgainstRule, form_allowed, form_check, quick
from .zstdframes import frames

PAYLOAD_VERSION = 1
# The catalogue's record ids: lowercase UUIDs (catalogue.store.new_id: version 7; the first catalogues' version 4).
RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MANIFEST_KEYS = {"fields", "payload", "policy_sha256"}
_ENTRY_KEYS = {"upsert": {"id", "kind", "op", "record", "seq", "version"},
               "delete": {"id", "kind", "op", "seq", "version"}}
_MAX_PROBLEMS = 100
_PASSED = 4096   # text values remembered per field (then forgotten, and remembered again as they come)


class Declared(Protocol):
    """What the signed header promises about the payload (a ``BundleHeader`` is one). Read-only, so that a
    frozen dataclass matches."""

    @property
    def records(self) -> int: ...
    @property
    def seq_from(self) -> int: ...
    @property
    def seq_to(self) -> int: ...
    @property
    def payload_size(self) -> int: ...
    @property
    def policy_sha256(self) -> str: ...


@dataclass
class CheckedPayload:
    manifest: dict[str, Any]
    entries: Sequence[dict[str, Any]]    # every entry, in order (a Sequence: an opener may parse some when read)
    lines: list[bytes] = field(repr=False)   # each entry's line as written
    rejected: dict[int, str] = field(default_factory=dict)   # entry index -> the record rules it breaks


# -- 6. the compressed payload ----------------------------------------------------------------
def check_frames(compressed: bytes, payload_size: int) -> None:
    """The zstd frames as §6 requires (BundleCompressionError)."""
    found, problems = frames(compressed)
    for frame in found:
        if frame.content_size is None:
            problems.append(Message("the zstd frame at byte {offset} does not declare its content size",
                                    offset=frame.offset))
        if not frame.checksum:
            problems.append(Message("the zstd frame at byte {offset} has no checksum", offset=frame.offset))
        if frame.dictionary_id:
            problems.append(Message("the zstd frame at byte {offset} needs a dictionary", offset=frame.offset))
    sizes = [f.content_size for f in found if f.content_size is not None]   # all of them when no problem
    if not problems and sum(sizes) != payload_size:
        problems.append(Message("the zstd frames hold {size:,} bytes, not the {declared:,} the header declares",
                                size=sum(sizes), declared=payload_size))
    if problems:
        raise BundleCompressionError(problems)


# -- 7. the payload ------------------------------------------------------------------------------
class _Found:
    """Breaches of the format rules, by the class that reports them, in the order §9 lists them."""

    ORDER = (ManifestPolicyMismatch, BundleNotCanonical, BundleSchemaError, BundleSequenceError)

    def __init__(self) -> None:
        self.by_class: dict[type, list[str]] = {}
        self.count = 0

    def add(self, cls: type, problem: str) -> None:
        self.by_class.setdefault(cls, []).append(problem)
        self.count += 1

    def raise_any(self) -> None:
        for cls in self.ORDER:
            if cls in self.by_class:
                others = [p for c in self.ORDER if c is not cls for p in self.by_class.get(c, ())]
                raise cls(self.by_class[cls] + others)


def check_payload(data: bytes, declared: Declared, *, record_rules: bool = True) -> CheckedPayload:
    """Every format rule of §7 (one BundleSchemaError subclass for the first rule broken, listing every breach
    with its line), then, with ``record_rules``, the catalogue's rules on each record (``rejected``)."""
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise BundleSchemaError([Message("the payload does not end with a newline")])
    lines.pop()
    if not lines:
        raise BundleSchemaError([Message("the payload has no manifest line")])
    return _check(lines, None, declared, record_rules)


def check_built(manifest_line: bytes, lines: list[bytes], entries: list[dict[str, Any]], declared: Declared, *,
                first_line: int = 2, encoded_here: bool = False, kept: dict[str, Any] | None = None) -> None:
    """The format rules on a payload a laboratory is about to seal: its manifest line and entry lines (each with
    its ``\n``) as they will be written, and the entries they were written from.  The same rules as
    ``check_payload`` on the same bytes — each line must be the canonical JSON of its entry, so the entry is what
    the hub will read — without parsing again what was just written (twice as fast).  ``first_line``: the payload
    line number of the first of ``lines`` (a builder checks a run a batch at a time, see protocol/bundle_runs.py).
    ``encoded_here``: the lines were just written by ``canonical.dumps_lines(entries)``, so each is the canonical
    JSON of its entry by construction and is not written a second time to compare (a fifth of a build).
    ``kept``: a dict the caller keeps across the batches of one payload, where each record type's rules are made
    once, with the text values each field already passed (see ``_KindRules``)."""
    if len(lines) != len(entries):
        raise BundleSchemaError([Message("{lines} lines were written for {count} entries", lines=len(lines),
                                         count=len(entries))])
    bare = [manifest_line[:-1]]
    for line in (manifest_line, *lines):
        if not line.endswith(b"\n") or b"\n" in line[:-1]:
            raise BundleSchemaError([Message("a line of the payload is not one line ended by a newline")])
    bare += [line[:-1] for line in lines]
    _check(bare, entries, declared, False, keep=False, first_line=first_line, encoded=encoded_here, kept=kept)


def _check(lines: list[bytes], parsed: list[dict[str, Any]] | None, declared: Declared,
           record_rules: bool, keep: bool = True, first_line: int = 2, encoded: bool = False,
           kept: dict[str, Any] | None = None) -> CheckedPayload:
    """``keep``: the entries are returned (a builder, which has them, needs none: holding and then freeing a
    32 MiB part's 30,000 entries at once held Python's lock ~150 ms on the desktop's sync worker)."""
    found = _Found()
    head, fields = _check_manifest(lines[0], declared, found)
    if found.count:
        found.raise_any()
    if len(lines) - 1 != declared.records:
        found.add(BundleSchemaError, Message("the header announces {expected} records but the payload holds {count}",
                                             expected=declared.records, count=len(lines) - 1))
    if kept is not None and kept.get("manifest") == lines[0]:
        kinds = kept["kinds"]
    else:
        kinds = {kind: _KindRules(kind, forms) for kind, forms in fields.items()}
        if kept is not None:
            kept.update(manifest=lines[0], kinds=kinds)
    entries: list[dict[str, Any]] = []
    checked = 0    # entries that reached the end of the loop (their index in ``entries`` when kept)
    rejected: dict[int, str] = {}
    seen: set[tuple[str, str]] = set()
    last_seq = 0
    seq_from, seq_to = declared.seq_from, declared.seq_to
    same = _same_text
    for number, line in enumerate(lines[1:], start=first_line):
        before = found.count
        failed: dict[str, str] = {}
        entry = _entry(line, number, kinds, found, failed, None if parsed is None else parsed[number - first_line])
        if entry is None:
            if found.count > _MAX_PROBLEMS:
                break
            continue
        kind, record_id, seq = entry["kind"], entry["id"], entry["seq"]
        try:
            canonical_line = encoded or same(entry, line) and (not _long_number(line) or canonical.dumps(entry) == line)
        except (canonical.CanonicalError, ValueError) as exc:   # a lone surrogate, an integer beyond ±(2**53 - 1)
            found.add(BundleNotCanonical, Message("{where}: the line {reason}", where=_where(number, kind, record_id),
                                                  reason=message_of(exc)))
        else:
            if not canonical_line:
                found.add(BundleNotCanonical, Message("{where}: the line is not the canonical JSON of what it holds",
                                                      where=_where(number, kind, record_id)))
        key = (kind, record_id)
        if key in seen:
            found.add(BundleSchemaError, Message("{where}: the record appears twice",
                                                 where=_where(number, kind, record_id)))
        seen.add(key)
        if type(seq) is int:
            if seq < last_seq:
                found.add(BundleSequenceError, Message("{where}: seq {seq} comes after seq {previous}; entries are "
                                                       "in seq order", where=_where(number, kind, record_id), seq=seq,
                                                       previous=last_seq))
            last_seq = max(last_seq, seq)
            if not seq_from <= seq <= seq_to:
                found.add(BundleSequenceError, Message("{where}: seq {seq} is outside the header's range {low} to "
                                                       "{high}", where=_where(number, kind, record_id), seq=seq,
                                                       low=seq_from, high=seq_to))
        if found.count == before and record_rules and entry["op"] == "upsert":
            broken = kinds[kind].record_problems(entry["record"], failed)
            if broken:
                rejected[checked] = Message("{where}: {problems}", where=_where(number, kind, record_id),
                                                 problems=joined(broken))
        if keep:
            entries.append(entry)
        checked += 1
        if found.count > _MAX_PROBLEMS:
            break
    if found.count:
        found.raise_any()
    return CheckedPayload(head, entries, lines[1:], rejected)


# json's C encoder gives the canonical bytes of a parsed entry (its keys are text) except for an integer beyond
# ±(2**53 - 1), which canonical.dumps refuses: a line with 16 digits in a row is checked by canonical.dumps too
# (found by mapping every digit to 0 and the rest to a space: many times faster than a regular expression).
_ENCODE = canonical._ENCODER.encode
_DIGITS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_SIXTEEN_DIGITS = b"0" * 16


def _long_number(line: bytes) -> bool:
    return _SIXTEEN_DIGITS in line.translate(_DIGITS)


def _same_text(entry: dict[str, Any], line: bytes) -> bool:
    """Whether json's C encoder writes ``entry`` as ``line`` (compared as text: one UTF-8 encoding fewer)."""
    try:
        return _ENCODE(entry) == line.decode("utf-8")
    except UnicodeDecodeError:
        return False


_RAW_DECODE = json.JSONDecoder().raw_decode


def _parse(line: bytes) -> Any:
    """The value of a line, by json's C parser with no hooks (a fifth faster than ``canonical.loads``): what the
    hooks refuse (a key twice, NaN) and anything after the value cannot survive the byte-for-byte comparison with
    the canonical form.  A line it cannot read goes to ``canonical.loads``, which says why (CanonicalError)."""
    try:
        return _RAW_DECODE(line.decode("utf-8"))[0]
    except (ValueError, RecursionError):   # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return canonical.loads(line)


def _where(line: int, kind: Any, record_id: Any) -> str:
    return Message("line {line} ({kind} {record})", line=line, kind=kind, record=record_id)


def _beyond_network_ok(head: dict) -> bool:
    """Issue 20: the optional ``beyond_network``, a non-empty sorted list of record types the manifest declares."""
    kinds = head.get("beyond_network", [None])
    if "beyond_network" not in head:
        return True
    return isinstance(kinds, list) and bool(kinds) and kinds == sorted(set(kinds)) \
        and isinstance(head.get("fields"), dict) and all(isinstance(k, str) and k in head["fields"] for k in kinds)


def _check_manifest(line: bytes, declared: Declared, found: _Found) -> tuple[dict, dict[str, dict[str, str]]]:
    try:
        head = canonical.loads(line)
    except canonical.CanonicalError as exc:
        found.add(BundleSchemaError, Message("line 1 (the manifest) {reason}", reason=message_of(exc)))
        return {}, {}
    if not isinstance(head, dict) or set(head) - {"beyond_network"} != _MANIFEST_KEYS \
            or not _beyond_network_ok(head) or type(head["payload"]) is not int \
            or head["payload"] != PAYLOAD_VERSION or not isinstance(head["fields"], dict):
        found.add(BundleSchemaError, Message("line 1 is not a payload manifest of version 1 (fields, payload, "
                                             "policy_sha256)"))
        return {}, {}
    if not canonical.is_canonical(line):
        found.add(BundleNotCanonical, Message("line 1 (the manifest) is not the canonical JSON of what it holds"))
    if head["policy_sha256"] != declared.policy_sha256:
        found.add(ManifestPolicyMismatch, Message("line 1 (the manifest) names policy {manifest}…, the header "
                                                  "{header}…", manifest=str(head["policy_sha256"])[:16],
                                                  header=declared.policy_sha256[:16]))
    for kind, forms in head["fields"].items():
        rt = RECORD_TYPES.get(kind)
        if rt is None or not isinstance(forms, dict):
            found.add(BundleSchemaError, Message("the manifest names an unknown record type {kind}", kind=repr(kind)))
            continue
        for name, form in forms.items():
            if not rt.has_field(name):
                found.add(BundleSchemaError, Message("the manifest names {field}, which is not a field of a "
                                                     "{record_type}", field=repr(name),
                                                     record_type=rt.label.lower()))
            elif form not in FORMS or not form_allowed(rt.field(name).type, kind, name, form):
                found.add(BundleSchemaError, Message("the manifest gives {kind}.{field} the form {form}, which "
                                                     "that field cannot take", kind=kind, field=name,
                                                     form=repr(form)))
    return head, head["fields"]


def _entry(line: bytes, number: int, kinds: dict[str, _KindRules], found: _Found, failed: dict[str, str],
           parsed: Any = None) -> dict[str, Any] | None:
    """The entry of one line (``parsed``, when the line was just written from it) when it is well formed (its
    values in their forms), else None with the breaches; ``failed`` gets the kept values that are in their form
    but break their field's rules."""
    try:
        entry = _parse(line) if parsed is None else parsed
    except canonical.CanonicalError as exc:
        found.add(BundleSchemaError, Message("line {line} {reason}", line=number, reason=message_of(exc)))
        return None
    if type(entry) is not dict:
        found.add(BundleSchemaError, Message("line {line} is not a JSON object", line=number))
        return None
    kind, op = entry.get("kind"), entry.get("op")
    if set(entry) != (_ENTRY_KEYS.get(op) if isinstance(op, str) else None):   # a list is not a key
        found.add(BundleSchemaError, Message("line {line}: an entry has id, kind, op (upsert or delete), seq, "
                                             "version, and a record when op is upsert; this one has {fields}",
                                             line=number, fields=", ".join(sorted(map(str, entry)))))
        return None
    def where() -> str:   # made only for a breach: a Message per entry would cost a tenth of the check
        return _where(number, kind, entry["id"])
    rules = kinds.get(kind) if type(kind) is str else None
    if rules is None:
        found.add(BundleSchemaError, Message("{where}: record type {kind} is not declared in the manifest",
                                             where=where(), kind=repr(kind)))
        return None
    before = found.count
    if type(entry["id"]) is not str or not RECORD_ID.fullmatch(entry["id"]):
        found.add(BundleSchemaError, Message("{where}: {record} is not a record id of the catalogue (a lowercase "
                                             "UUID)", where=where(), record=repr(entry["id"])))
    for name in ("seq", "version"):
        value = entry[name]
        if type(value) is not int or value < 1:
            found.add(BundleSchemaError, Message("{where}: {field} must be a whole number of at least 1",
                                                 where=where(), field=name))
    if op == "upsert":
        record = entry["record"]
        if type(record) is not dict:
            found.add(BundleSchemaError, Message("{where}: the record is not a JSON object", where=where()))
            return None
        checks, passed = rules.checks, rules.passed
        for name, value in record.items():
            text = type(value) is str
            if text and value in passed.get(name, ()):   # this very text passed this field's check before
                continue
            pair = checks.get(name)
            if pair is None:
                problem: str | AgainstRule | None = Message("{field} is not declared for this record type in the "
                                                            "manifest", field=repr(name))
            elif pair[0](value):   # certainly canonical: the common case, without the full parse
                problem = None
            else:
                problem = pair[1](value)
            if problem is None:
                if text:
                    seen = passed[name]
                    if len(seen) >= _PASSED:
                        seen.clear()
                    seen.add(value)
                continue
            if type(problem) is AgainstRule:
                failed[name] = problem.reason
            else:
                found.add(BundleSchemaError, Message("{where}, {kind}.{field}: {problem}", where=where(), kind=kind,
                                                     field=name, problem=problem))
    return entry if found.count == before else None


class _KindRules:
    """The rules of one record type under one manifest: each declared field's form, and the catalogue's rules
    on what is kept."""

    def __init__(self, kind: str, forms: dict[str, str]):
        rt: RecordType = RECORD_TYPES[kind]
        self.rt = rt
        self.forms = forms
        self.kept = frozenset(n for n, form in forms.items() if form == "keep")
        self.treated = frozenset(n for n, form in forms.items() if form != "keep")
        self.undeclared = frozenset(rt.field_names) - set(forms)
        self.required = tuple(f for f in rt.fields if f.required and f.name in forms)
        # field -> (a quick test that a value is certainly canonical, the full check: what makes the value no
        # value of the field in its form, an AgainstRule when it is one but breaks the field's own rules, or None)
        self.checks = {name: (quick(rt, name, form), form_check(rt, name, form)) for name, form in forms.items()}
        # field -> text values that passed its check: a field's check is a function of the value alone (no clock,
        # no other field), and most text repeats (vocabularies, methods, instruments, months, a seizure's
        # pseudonym), so a text met again is not checked again.  Only text: 1, 1.0 and True are equal keys.
        self.passed: dict[str, set[str]] = {name: set() for name in forms}

    def record_problems(self, record: dict[str, Any], failed: dict[str, str]) -> list[str]:
        """The catalogue's rules this record breaks: ``failed``, the fields whose parse refused their value
        (vocabularies, ranges, real dates, check digits), then required fields and the whole-record rules."""
        problems: list[str] = [Message("{field}: {problem}", field=name, problem=reason)
                               for name, reason in failed.items()]
        # Only kept values, in a copy (a rule may fill in a derived field): what was not kept is unknown, and no
        # rule that reads it is applied.
        kept = self.kept
        clean = {name: value for name, value in record.items() if name in kept and name not in failed}
        for f in self.required:
            if f.name not in failed and record.get(f.name) in (None, [], {}):
                problems.append(Message("{field}: {problem}", field=f.name,
                                        problem=Message("{field} is required", field=f.label)))
        unknown = None
        for rule in self.rt.rules:
            broken = rule(clean)
            if not broken:
                continue
            if unknown is None:
                unknown = self.undeclared | set(failed) | {n for n in self.treated if n in record}
            if unknown:   # judged only on what is at hand: run again to see what the rule read
                reads = _Reads(clean)
                reads.read = set()
                rule(reads)
                if reads.read & unknown:
                    continue
            problems.extend(Message("{field}: {problem}", field=p.field, problem=p.message) for p in broken)
        return problems


class _Reads(dict):
    """A record that remembers which fields a rule read."""

    read: set[object]

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        self.read.add(key)
        return dict.__contains__(self, key)

"""Make tests/vectors/refuse/: bundles a hub must refuse, each with the error it must produce.

    python tests/vectors/make_refuse.py

Each file is a bundle signed by the laboratory of ``bundle-v1.json`` and sealed to its
X25519 hub (the same seeds, through ``generate.identity``), broken in one way, or a
control that opens.  ``index.json`` lists for each file the outcome (``refused``:
the exception class of ``labnet.protocol.errors`` and the rule; ``rejected``: the file opens and
one record is rejected by a record rule, with its line), and a sentence saying why.
HPKE is randomised, so re-running the script gives other bytes with the same verdicts
(``tests/test_refuse_vectors.py`` checks both the committed files and a fresh run).
``cases`` builds the same files for any laboratory and hub, which the tests use to
send them to a real hub.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import zstandard
from generate import identity

from labnet.protocol import canonical, payload
from labnet.protocol.bundle import BundleHeader, bundle_id_for, write_part
from labnet.protocol.keys import Identity, PublicKeys
from labnet.sync.policy import pseudonym

OUT = HERE / "refuse"
POLICY = hashlib.sha256(b"LabNet refuse vectors policy").hexdigest()
KIND = "profiling_result"
FIELDS = {KIND: {"drug_type": "keep", "main_substance": "keep", "purity": "keep", "seizure_date": "month",
                 "seizure_reference": "pseudonym"}}
SEQ_FROM, SEQ_TO = 5, 9


def ids(n: int) -> str:
    return f"0192f000-0000-7000-8000-{n:012x}"


@dataclass
class Case:
    name: str
    data: bytes
    sentence: str
    error: str | None = None          # the protocol.errors class a hub refuses the file with
    rule: str | None = None           # that class's rule, when it names one
    line: int | None = None           # the payload line the refusal or the rejection names
    rejected: list[dict] = field(default_factory=list)   # records rejected by a record rule (the file opens)

    def index(self) -> dict:
        out = {"file": f"{self.name}.lnb", "outcome": "refused" if self.error else "opens", "error": self.error,
               "rule": self.rule, "line": self.line, "sentence": self.sentence}
        if self.rejected:
            out["outcome"], out["rejected"] = "rejected", self.rejected
        return out


def keys() -> tuple[Identity, Identity, Identity, Identity]:
    """The vector laboratory and hub (bundle-v1.json's, X25519), another hub, and a laboratory no hub knows."""
    return (identity("lab", "Vector Laboratory", "x25519", "lab"),
            identity("hub", "Vector Hub (x25519)", "x25519", "hub x25519"),
            identity("hub", "Another Hub", "x25519", "refuse another hub"),
            identity("lab", "Unknown Laboratory", "x25519", "refuse unknown lab"))


def entries(lab: Identity) -> list[dict]:
    """Three records and a tombstone, every one valid."""
    secret = lab.pseudonym_secret
    rows = [("cocaine", "cocaine hydrochloride", 71.25, "2025-11", "SZ-1"), ("heroin", "heroin base", 42.0,
                                                                            "2025-12", "SZ-2"),
            ("mdma", "MDMA", 30.5, "2026-01", "SZ-3")]
    out = [{"kind": KIND, "id": ids(i + 1), "op": "upsert", "seq": SEQ_FROM + i, "version": 1,
            "record": {"drug_type": d, "main_substance": m, "purity": p, "seizure_date": month,
                       "seizure_reference": pseudonym(secret, "seizure_reference", ref)}}
           for i, (d, m, p, month, ref) in enumerate(rows)]
    return out + [{"kind": KIND, "id": ids(4), "op": "delete", "seq": SEQ_TO, "version": 3}]


def plain_of(lines: list[bytes], manifest: dict | None = None) -> bytes:
    head = manifest or payload.manifest(POLICY, FIELDS)
    return canonical.dumps(head) + b"\n" + b"".join(line + b"\n" for line in lines)


def seal(lab: Identity, hub_keys: PublicKeys, plain: bytes, *, compressed: bytes | None = None,
         **claims) -> bytes:
    """A bundle signed by ``lab`` around any payload, its id derived unless ``claims`` say otherwise."""
    digest = hashlib.sha256(plain).hexdigest()
    bundle_id = bundle_id_for(lab.identity_id, hub_keys.encryption_key_id, digest)
    fields = dict(bundle_id=bundle_id, batch_id=bundle_id, part_index=1, part_count=1, lab_id=lab.identity_id,
                  lab_key_id=lab.public.signing_key_id, hub_key_id=hub_keys.encryption_key_id,
                  suite=hub_keys.suite.name, seq_from=SEQ_FROM, seq_to=SEQ_TO, created_at="2026-01-02T03:04:05Z",
                  records=plain.count(b"\n") - 1, compression="zstd", payload_size=len(plain),
                  payload_sha256=digest, policy_sha256=POLICY)
    header = BundleHeader(**{**fields, **claims})
    return write_part(lab, hub_keys, header, payload.compress(plain) if compressed is None else compressed)


def cases(lab: Identity, hub_keys: PublicKeys, other_hub_keys: PublicKeys, stranger: Identity) -> list[Case]:
    good = entries(lab)
    lines = [canonical.dumps(e) for e in good]

    def with_line(index: int, line: bytes) -> bytes:
        return plain_of(lines[:index] + [line] + lines[index + 1:])

    def changed(index: int, **values) -> bytes:
        entry = {**good[index], **values}
        return canonical.dumps(entry)

    def record(index: int, **values) -> bytes:
        return changed(index, record={**good[index]["record"], **values})

    plain = plain_of(lines)
    sound = seal(lab, hub_keys, plain)
    skippable = (0x184D2A50).to_bytes(4, "little") + (12).to_bytes(4, "little") + b"hidden bytes"
    unsorted = json.dumps({"version": 1, "seq": SEQ_FROM + 1, "op": "upsert", "kind": KIND, "id": ids(2),
                           "record": good[1]["record"]}, separators=(",", ":"), ensure_ascii=False).encode()
    refused = [
        ("seq-out-of-order", plain_of([lines[1], lines[0], *lines[2:]]), {}, "BundleSequenceError", "seq-order", 3,
         "Entries are in seq order: seq 5 after seq 6."),
        ("seq-outside-range", with_line(2, changed(2, seq=SEQ_TO + 3)), {}, "BundleSequenceError", "seq-order", 4,
         "Seq 12 lies above the header's seq_to 9."),
        ("noncanonical-space", with_line(0, lines[0].replace(b",", b", ", 1)), {}, "BundleNotCanonical",
         "canonical-lines", 2, "A space after a comma: the same JSON, other bytes."),
        ("noncanonical-unsorted-keys", with_line(1, unsorted), {}, "BundleNotCanonical", "canonical-lines", 3,
         "Object keys not sorted by code point."),
        ("noncanonical-exponent", with_line(2, lines[2].replace(b'"purity":30.5', b'"purity":1.0e-7')), {},
         "BundleNotCanonical", "canonical-lines", 4, "1.0e-7 where canonical JSON writes 1e-07."),
        ("noncanonical-escaped-non-ascii", with_line(0, record(0, main_substance="cocaïne").replace(
            "ï".encode(), b"\\u00ef")), {}, "BundleNotCanonical", "canonical-lines", 2,
         "A non-ASCII character escaped (\\u00ef) where canonical JSON writes it as itself."),
        ("manifest-policy-mismatch", plain_of(lines, payload.manifest("1" * 64, FIELDS)), {},
         "ManifestPolicyMismatch", "manifest-policy", 1, "The manifest names another policy than the header."),
        ("zstd-no-checksum", plain, {"compressed": zstandard.ZstdCompressor(write_checksum=False).compress(plain)},
         "BundleCompressionError", "zstd-frames", None, "The frame has no content checksum."),
        ("zstd-no-content-size", plain, {"compressed": zstandard.ZstdCompressor(
            write_checksum=True, write_content_size=False).compress(plain)},
         "BundleCompressionError", "zstd-frames", None, "The frame does not declare its content size."),
        ("zstd-skippable-frame", plain, {"compressed": payload.compress(plain) + skippable},
         "BundleCompressionError", "zstd-frames", None, "A skippable frame carries bytes no digest covers."),
        ("bad-record-id", with_line(1, changed(1, id="sample-17")), {}, "BundleSchemaError", "payload-schema", 3,
         "'sample-17' is not a catalogue record id (a lowercase UUID)."),
        ("record-twice", with_line(1, changed(1, id=ids(1))), {}, "BundleSchemaError", "payload-schema", 3,
         "The same record twice in one payload."),
        ("unknown-kind", plain_of(lines, payload.manifest(POLICY, {**FIELDS, "seizure_report": {}})), {},
         "BundleSchemaError", "payload-schema", 1, "The manifest names a record type LabNet does not have."),
        ("unknown-field", plain_of(lines, payload.manifest(POLICY, {KIND: {**FIELDS[KIND], "street_price": "keep"}})),
         {}, "BundleSchemaError", "payload-schema", 1, "The manifest names a field profiling results do not have."),
        ("undeclared-field", with_line(0, record(0, colour="white")), {}, "BundleSchemaError", "payload-schema", 2,
         "A record holds a field its manifest does not declare."),
        ("value-not-in-its-form", with_line(0, record(0, drug_type="Cocaine")), {}, "BundleSchemaError",
         "payload-schema", 2, "A kept value not written canonically (the choice's label, not its code)."),
        ("record-count", plain, {"records": 5}, "BundleSchemaError", "payload-schema", None,
         "The header announces 5 records; the payload holds 4."),
        ("bundle-id-not-derived", plain, {"bundle_id": bundle_id_for(lab.identity_id, hub_keys.encryption_key_id,
                                                                     "0" * 64)},
         "BundleIdError", None, None, "The bundle id is not the one its laboratory, hub key and payload derive."),
    ]
    out = [Case(name, seal(lab, hub_keys, p, **claims), sentence, error, rule, line)
           for name, p, claims, error, rule, line, sentence in refused]
    out += [
        Case("truncated", sound[:-100], "The file ends 100 bytes before its signature does.", "BundleTruncated"),
        Case("wrong-recipient", seal(lab, other_hub_keys, plain), "Sealed to another hub's key.", "WrongRecipient"),
        Case("tampered", sound[:-80] + bytes([sound[-80] ^ 1]) + sound[-79:],
             "One bit of the sealed payload changed after signing.", "BundleSignatureError"),
        Case("unknown-signer", seal(stranger, hub_keys, plain), "Signed by a laboratory the hub does not know.",
             "UnknownSigner"),
        Case("purity-150", seal(lab, hub_keys, with_line(1, record(1, purity=150.0))),
             "A purity of 150 %: the file opens, that record alone is rejected by the catalogue's rule.",
             rejected=[{"line": 3, "kind": KIND, "id": ids(2), "version": 1, "reason": "purity"}]),
        Case("sound", sound, "The control: every rule holds, every record applies."),
    ]
    return out


def main() -> None:
    lab, hub, other, stranger = keys()
    OUT.mkdir(exist_ok=True)
    made = cases(lab, hub.public.keys, other.public.keys, stranger)
    for case in made:
        (OUT / f"{case.name}.lnb").write_bytes(case.data)
    index = {"description": "Bundles a LabNet hub must refuse (docs/bundle-format.md §9), made by "
                            "tests/vectors/make_refuse.py. Signed by the laboratory of bundle-v1.json, sealed to "
                            "its x25519 hub: open with those keys.",
             "lab_identity_document": lab.public.to_json().decode(),
             "hub_identity_document": hub.public.to_json().decode(),
             "cases": [case.index() for case in made]}
    (OUT / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(made)} files to {OUT}")


if __name__ == "__main__":
    main()

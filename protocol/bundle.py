"""The sealed bundle file: byte layout, header, sealing, signing, parts.

A bundle file (``docs/bundle-format.md`` §3) is::

    offset  size  field
    0       8     magic 89 4C 4E 42 0D 0A 1A 0A  ("\\x89LNB\\r\\n\\x1a\\n")
    8       2     format version, unsigned big-endian = 1
    10      4     header length H, unsigned big-endian, 1..65536
    14      H     header: canonical JSON (labnet.protocol.canonical), UTF-8
    14+H    8     sealed length S, unsigned big-endian
    22+H    S     sealed payload: HPKE enc || AEAD ciphertext of the compressed payload
    22+H+S  64    Ed25519 signature over SIGNATURE_CONTEXT || bytes [0, 22+H+S)

The HPKE ``info`` is SEAL_CONTEXT || SHA-256(header), which binds the sealed
payload to its header (and so to its sender, recipient key, sequence range,
part number and digest); the signature covers the header and the sealed
bytes, so the whole file is checked before anything is decrypted.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import re
import struct
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from labnet.common.messages import Message, message_of

from . import bundle_runs, canonical, payload, rules
from .errors import BundleBuildError, BundleError, BundleFormatError, BundleTruncated, SyncError, joined
from .keys import SUITES_BY_NAME, Identity, PublicKeys, utc_stamp

MAGIC = b"\x89LNB\r\n\x1a\n"
FORMAT_VERSION = 1
BUNDLE_FORMAT = "labnet-bundle"
SIGNATURE_CONTEXT = b"LabNet bundle v1 signature\x00"
SEAL_CONTEXT = b"LabNet bundle v1 seal\x00"
PREFIX = struct.Struct(">8sHI")   # magic, version, header length
SEALED_LENGTH = struct.Struct(">Q")
SIGNATURE_LENGTH = 64
MAX_HEADER = 65536
FILE_SUFFIX = ".lnb"
LINE_BATCH = 1000   # entries written as canonical lines at a time while a bundle is made

_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@dataclass(frozen=True)
class BundleHeader:
    """Everything a bundle says about itself in clear (signed, and bound into the seal)."""

    bundle_id: str
    batch_id: str
    part_index: int
    part_count: int
    lab_id: str
    lab_key_id: str
    hub_key_id: str
    suite: str
    seq_from: int
    seq_to: int
    created_at: str
    records: int
    compression: str
    payload_size: int
    payload_sha256: str
    policy_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"format": BUNDLE_FORMAT, "version": FORMAT_VERSION, **asdict(self)}

    def to_bytes(self) -> bytes:
        return canonical.dumps(self.to_json())

    @classmethod
    def from_json(cls, doc: Any) -> BundleHeader:
        """Check every field's presence, type and form (BundleFormatError otherwise)."""
        if not isinstance(doc, dict):
            raise BundleFormatError(Message("The bundle header is not a JSON object; the file is not a LabNet "
                                            "bundle."))
        if doc.get("format") != BUNDLE_FORMAT or doc.get("version") != FORMAT_VERSION:
            raise BundleFormatError(Message("The bundle header names format {format} version {version}; this "
                                            "LabNet reads {expected} version 1.", format=repr(doc.get("format")),
                                            version=repr(doc.get("version")), expected=BUNDLE_FORMAT))
        expected = {n: t for n, t in cls.__annotations__.items()}
        unknown = sorted(set(doc) - set(expected) - {"format", "version"})
        if unknown:
            raise BundleFormatError(Message("The bundle header has fields LabNet does not know ({fields}).",
                                            fields=", ".join(unknown)))
        values: dict[str, Any] = {}
        for name, kind in expected.items():
            value = doc.get(name)
            ok = (isinstance(value, int) and not isinstance(value, bool) and value >= 0) if kind == "int" \
                else isinstance(value, str)
            if not ok:
                if kind == "int":
                    raise BundleFormatError(Message("The bundle header's “{field}” is missing or is not a whole "
                                                    "number.", field=name))
                raise BundleFormatError(Message("The bundle header's “{field}” is missing or is not text.",
                                                field=name))
            values[name] = value
        header = cls(**values)
        header._check_forms()
        return header

    def _check_forms(self) -> None:
        problems = []
        for name in ("bundle_id", "batch_id", "lab_id"):
            if not 1 <= len(getattr(self, name)) <= 100:
                problems.append(Message("{field} must be 1 to 100 characters", field=name))
        for name in ("lab_key_id", "hub_key_id", "payload_sha256", "policy_sha256"):
            if not _HEX64.fullmatch(getattr(self, name)):
                problems.append(Message("{field} must be 64 lowercase hex digits", field=name))
        if self.suite not in SUITES_BY_NAME:
            problems.append(Message("suite “{suite}” is not known", suite=self.suite))
        if self.compression != payload.COMPRESSION:
            problems.append(Message("compression “{compression}” is not known (only {known})",
                                    compression=self.compression, known=payload.COMPRESSION))
        if not 1 <= self.part_index <= self.part_count:
            problems.append(Message("part_index must lie between 1 and part_count"))
        if self.seq_from > self.seq_to:
            problems.append(Message("seq_from is after seq_to"))
        if not _STAMP.fullmatch(self.created_at):
            problems.append(Message("created_at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ"))
        if problems:
            raise BundleFormatError(Message("The bundle header is malformed: {problems}.", problems=joined(problems)))


@dataclass(frozen=True)
class ParsedBundle:
    """A bundle split into its parts, after the format checks only (nothing verified yet)."""

    header: BundleHeader
    header_bytes: bytes
    sealed: bytes
    signature: bytes
    signed: bytes  # the bytes the signature covers, without the context prefix

    @property
    def size(self) -> int:
        return len(self.signed) + SIGNATURE_LENGTH

    def signature_valid(self, keys: PublicKeys) -> bool:
        return keys.verify(self.signature, SIGNATURE_CONTEXT + self.signed)


def seal_info(header_bytes: bytes) -> bytes:
    """The HPKE ``info``: 22-byte context then SHA-256 of the header (54 bytes in all)."""
    return SEAL_CONTEXT + hashlib.sha256(header_bytes).digest()


def write_part(identity: Identity, hub_keys: PublicKeys, header: BundleHeader, compressed: bytes) -> bytes:
    """Seal ``compressed`` to the hub key and sign the file with the identity's current key."""
    if header.suite != hub_keys.suite.name or header.hub_key_id != hub_keys.encryption_key_id:
        raise SyncError(Message("The bundle header does not name the hub key it is sealed to."))
    header_bytes = header.to_bytes()
    sealed = hub_keys.suite.hpke().encrypt(compressed, hub_keys.hpke_public(), info=seal_info(header_bytes))
    signed = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes \
        + SEALED_LENGTH.pack(len(sealed)) + sealed
    return signed + identity.sign(SIGNATURE_CONTEXT + signed)


def parse_bundle(data: bytes, *, max_header: int = MAX_HEADER) -> ParsedBundle:
    """Split a bundle file and check its layout and header (check 1 of docs/bundle-format.md §6)."""
    data = bytes(data)
    if len(data) < PREFIX.size or data[:8] != MAGIC:
        if MAGIC.startswith(data[:8]) and len(data) < 8:
            raise BundleTruncated(Message("The bundle file is cut short (it ends inside its first bytes); copy it "
                                          "again."))
        raise BundleFormatError(Message("This file is not a LabNet bundle (it does not start with the bundle "
                                        "signature bytes); check that you chose the right file."))
    _, version, header_length = PREFIX.unpack_from(data)
    if version != FORMAT_VERSION:
        raise BundleFormatError(Message("This bundle uses format version {version}; this LabNet reads version "
                                        "{expected}. Update LabNet.", version=version, expected=FORMAT_VERSION))
    if not 1 <= header_length <= max_header:
        raise BundleFormatError(Message("The bundle declares a header of {size:,} bytes (allowed: 1 to "
                                        "{limit:,}); the file is damaged.", size=header_length, limit=max_header))
    sealed_at = PREFIX.size + header_length
    if len(data) < sealed_at + SEALED_LENGTH.size:
        raise BundleTruncated(Message("The bundle file is cut short inside its header; copy it again from the "
                                      "source."))
    (sealed_length,) = SEALED_LENGTH.unpack_from(data, sealed_at)
    end = sealed_at + SEALED_LENGTH.size + sealed_length
    if len(data) < end + SIGNATURE_LENGTH:
        raise BundleTruncated(Message("The bundle file is cut short: it should be {expected:,} bytes but is "
                                      "{size:,}; copy it again from the source.", expected=end + SIGNATURE_LENGTH,
                                      size=len(data)))
    if len(data) > end + SIGNATURE_LENGTH:
        raise BundleFormatError(Message("The bundle file has {size:,} unexpected bytes after its signature; it "
                                        "was damaged or altered.", size=len(data) - end - SIGNATURE_LENGTH))
    header_bytes = data[PREFIX.size:sealed_at]
    try:
        doc = canonical.loads(header_bytes)
    except canonical.CanonicalError as exc:
        raise BundleFormatError(Message("The bundle header {reason}; the file is damaged.",
                                        reason=message_of(exc))) from None
    header = BundleHeader.from_json(doc)
    if canonical.dumps(doc) != header_bytes:
        raise BundleFormatError(Message("The bundle header is not in canonical form; the file was altered."))
    return ParsedBundle(header, header_bytes, data[sealed_at + SEALED_LENGTH.size:end], data[end:],
                        data[:end])


# -- making the parts of one batch -------------------------------------------------------------
def bundle_id_for(lab_id: str, hub_key_id: str, payload_sha256: str) -> str:
    """A bundle's id follows from its content: re-making the same bundle gives the same id,
    so the hub recognises it (and answers with the receipt it already gave)."""
    digest = bytearray(hashlib.sha256(
        f"labnet-bundle-id\x00{lab_id}\x00{hub_key_id}\x00{payload_sha256}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x80  # UUID version 8 (RFC 9562: application-defined)
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 9562 variant
    return str(uuid.UUID(bytes=bytes(digest)))


def _compressed_and_digest(data: bytes | bytearray) -> tuple[bytes, str]:
    """A run's payload compressed (one shot, as ever) and its SHA-256, in the compressing thread."""
    return payload.compress(data), hashlib.sha256(data).hexdigest()


class _Declared(NamedTuple):
    """What the rules read of a header, known before the batch id is (see make_bundles)."""

    records: int
    seq_from: int
    seq_to: int
    policy_sha256: str
    payload_size: int


def make_bundles(identity: Identity, hub_keys: PublicKeys, manifest: dict[str, Any], entries: Iterable[dict],
                 *, seq_from: int, seq_to: int, policy_sha256: str, max_part_bytes: int,
                 max_payload_bytes: int, created_at: str | None = None, lines: Sequence[bytes] | None = None,
                 carried: Callable[[str, list[tuple], bundle_runs.Lines], None] | None = None,
                 sealed: Callable[[BundleHeader, bytes], Any] | None = None) -> list[tuple[BundleHeader, Any]]:
    """Seal ``entries`` into one or more bundle files, none larger than ``max_part_bytes``.

    Entries are cut into runs of at most ``max_payload_bytes`` of canonical
    payload; a run whose sealed file would still be too large is halved
    until it fits.  The split depends only on the entries, so re-making a
    batch gives the same parts with the same payloads.  ``lines``, when
    given, are the entries' canonical lines, already made by the caller.

    Memory stays bounded whatever the count: ``entries`` is read once, in order
    (an iterator will do), and checked against the hub's rules a batch at a time
    (``protocol/bundle_runs.py``); each run is kept as its payload only,
    compressed and hashed before the next run is read, and the compressed runs
    wait in a temporary file until every digest is known (the batch id covers
    them all) and the parts are sealed.  Each run is compressed whole: zstd's
    streaming compressor writes other bytes for payloads past a few MB, and the
    digests and bundle ids must not change.  ``carried(bundle_id, items,
    lines)`` is told each part's entries, as (kind, id, version, seq, op), and
    lines as they go.  ``sealed(header, data)``, when given, is handed each
    sealed part, which is then let go: the result pairs each header with what
    it returned (else with the part's bytes).
    """
    manifest_line = canonical.dumps(manifest) + b"\n"
    overhead = 86 + 2048 + hub_keys.suite.enc_length + 16  # layout, header, HPKE enc and tag

    kept: dict[str, Any] = {}   # the rules of each record type, made once for the batch's manifest

    def check(batch_lines: list[bytes], batch_entries: list[dict], first_line: int) -> None:
        # The hub's own rules: a bundle it would refuse is LabNet's fault, and is not sealed.
        rules.check_built(manifest_line, batch_lines, batch_entries,
                          _Declared(len(batch_entries), seq_from, seq_to, policy_sha256, 0), first_line=first_line,
                          encoded_here=lines is None, kept=kept)
    chunks: list[tuple[int, int, int, str, int]] = []  # (payload size, where in the spool, compressed size, digest, records)
    # One thread that compresses a run while this one digests it (zstd releases the GIL), made for this call only
    # (a pool kept across calls would be copied dead into a forked child, and its work never done there).
    with tempfile.TemporaryFile(prefix="labnet-runs-") as spool, \
            concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="labnet-zstd") as compressor:
        for run in bundle_runs.runs(entries, lines, manifest_line, max_payload_bytes - len(manifest_line),
                                    LINE_BATCH, check):
            spans = [(0, len(run))]
            while spans:
                first, last = spans.pop(0)
                data = run.payload(first, last)
                # zstd and hashlib release the GIL on a buffer this large: the run is compressed and digested in a
                # second thread while this one digests its lines, each too short to release it (the machine's
                # second core; the same bytes, the same one-shot compression).
                compressing = compressor.submit(_compressed_and_digest, data)
                lines_made = run.lines(first, last)
                if carried is not None:
                    lines_made.sha256()   # kept for ``carried``: a span halved below is digested again
                compressed, digest = compressing.result()
                if len(compressed) + overhead > max_part_bytes:
                    if last - first <= 1:
                        raise SyncError(Message("One record is too large to fit in a bundle of {limit:,} bytes; "
                                                "raise the bundle size limit.", limit=max_part_bytes))
                    spans[:0] = [(first, first + (last - first) // 2), (first + (last - first) // 2, last)]
                    continue
                try:
                    if run.error is not None:
                        raise run.error
                    rules.check_frames(compressed, len(data))
                except BundleError as exc:
                    raise BundleBuildError(exc) from exc
                if carried is not None:
                    carried(bundle_id_for(identity.identity_id, hub_keys.encryption_key_id, digest),
                            run.items[first:last], lines_made)
                chunks.append((len(data), spool.tell(), len(compressed), digest, last - first))
                spool.write(compressed)
                del data, compressed, compressing, lines_made   # the run (lines_made reads it) goes with the loop
            del run
        digests = [chunk[3] for chunk in chunks]
        batch_id = bundle_id_for(identity.identity_id, hub_keys.encryption_key_id, hashlib.sha256(
            "".join(digests).encode()).hexdigest())
        stamp = created_at or utc_stamp()
        out = []
        for index, (size, offset, length, digest, records) in enumerate(chunks):
            header = BundleHeader(
                bundle_id=bundle_id_for(identity.identity_id, hub_keys.encryption_key_id, digest), batch_id=batch_id,
                part_index=index + 1, part_count=len(chunks), lab_id=identity.identity_id,
                lab_key_id=identity.public.signing_key_id, hub_key_id=hub_keys.encryption_key_id,
                suite=hub_keys.suite.name, seq_from=seq_from, seq_to=seq_to, created_at=stamp, records=records,
                compression=payload.COMPRESSION, payload_size=size, payload_sha256=digest,
                policy_sha256=policy_sha256)
            spool.seek(offset)
            part = write_part(identity, hub_keys, header, spool.read(length))
            out.append((header, sealed(header, part) if sealed is not None else part))
            del part
    return out

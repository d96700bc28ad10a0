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
from typing import Any

import zstandard

from labnet.common.messages import Message, message_of

from . import canonical, rules
from .errors import BundleDigestError, DecompressionBomb
from .rules import PAYLOAD_VERSION
from .valueforms import FORMS, fast_canonical  # noqa: F401  (the payload's rules live in protocol.rules)

COMPRESSION = "zstd"
_LEVEL = 3  # zstd's default: ~5x on records at several hundred MB/s; higher levels cost far more time


def manifest(policy_sha256: str, fields: dict[str, dict[str, str]], beyond_network: list[str] | None = None
             ) -> dict[str, Any]:
    """The first line; ``beyond_network`` (issue 20): the record types the laboratory lets other networks search,
    written only when there is one (so a manifest without it is byte for byte what it was)."""
    head: dict[str, Any] = {"payload": PAYLOAD_VERSION, "policy_sha256": policy_sha256, "fields": fields}
    if beyond_network:
        head["beyond_network"] = sorted(beyond_network)
    return head


def line_sha256(line: bytes) -> str:
    """The digest of one entry line as it travels (its canonical JSON and the \\n): what the laboratory's
    outbox keeps of each decision sent, and what the hub lists of each record it holds."""
    return hashlib.sha256(line).hexdigest()


def entry_sha256(entry: dict[str, Any]) -> str:
    """``line_sha256`` of the line an entry is written as."""
    return line_sha256(canonical.dumps(entry) + b"\n")


def compress(data: bytes | bytearray) -> bytes:
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
    """The manifest and the entries that pass every rule of ``labnet.protocol.rules`` (BundleSchemaError when the payload
    breaks a format rule), for a payload under no header's seq range and policy: tests and tools."""
    head, entries, _ = parse_payload_lines(data, expected_records)
    return head, entries


def parse_payload_lines(data: bytes, expected_records: int
                        ) -> tuple[dict[str, Any], list[dict[str, Any]], list[bytes]]:
    """``parse_payload``, with each entry's line as written (the hub opens with ``rules.check_payload`` and its
    header instead)."""
    checked = rules.check_payload(data, _Unbounded(expected_records, data))
    keep = [i for i in range(len(checked.entries)) if i not in checked.rejected]
    return checked.manifest, [checked.entries[i] for i in keep], [checked.lines[i] for i in keep]


class _Unbounded:
    """A header for a bare payload: any seq, the manifest's own policy digest."""

    def __init__(self, records: int, data: bytes):
        self.records, self.seq_from, self.seq_to, self.payload_size = records, 1, 2**63, len(data)
        try:
            self.policy_sha256 = canonical.loads(data[:data.index(b"\n")])["policy_sha256"]
        except (ValueError, TypeError, KeyError, IndexError, canonical.CanonicalError):
            self.policy_sha256 = ""

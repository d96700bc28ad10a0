"""The zstd frames of a bundle's compressed payload, read from their header bytes (RFC 8878 §3.1).

§6 of docs/bundle-format.md requires every frame to carry its content size and a
checksum, and allows no skippable frames (they would carry bytes no digest covers)
and no dictionary (the reader has none).  A decompressor accepts all of these, so the
frames are walked here, block by block, before anything is decompressed: a few bytes
per block, whatever the payload's size.
"""

from __future__ import annotations

from dataclasses import dataclass

from labnet.common.messages import Message

FRAME_MAGIC = 0xFD2FB528
SKIPPABLE_MASK, SKIPPABLE_MAGIC = 0xFFFFFFF0, 0x184D2A50   # 0x184D2A50 … 0x184D2A5F


@dataclass(frozen=True)
class Frame:
    offset: int
    content_size: int | None   # None: the frame does not say
    checksum: bool
    dictionary_id: int
    end: int


def frames(data: bytes) -> tuple[list[Frame], list[str]]:
    """Every frame of ``data`` and what is wrong with the sequence (each problem a sentence fragment).

    Walking stops at the first frame that cannot be read (its blocks run past the data)."""
    out: list[Frame] = []
    problems: list[str] = []
    at = 0
    if not data:
        problems.append(Message("the compressed payload is empty"))
    while at < len(data):
        if len(data) - at < 4:
            problems.append(Message.plural("{n} stray byte follows the last zstd frame",
                                            "{n} stray bytes follow the last zstd frame", len(data) - at))
            break
        magic = int.from_bytes(data[at:at + 4], "little")
        if magic & SKIPPABLE_MASK == SKIPPABLE_MAGIC:
            problems.append(Message("a skippable frame at byte {offset}: its bytes are in no digest", offset=at))
            if len(data) - at < 8:
                break
            at += 8 + int.from_bytes(data[at + 4:at + 8], "little")
            continue
        if magic != FRAME_MAGIC:
            problems.append(Message("the bytes at {offset} are not a zstd frame", offset=at))
            break
        frame = _frame(data, at, problems)
        if frame is None:
            break
        out.append(frame)
        at = frame.end
    return out, problems


def _frame(data: bytes, start: int, problems: list[str]) -> Frame | None:
    at = start + 4
    if at >= len(data):
        problems.append(Message("the zstd frame at byte {offset} is cut short", offset=start))
        return None
    descriptor = data[at]
    at += 1
    fcs_flag, single_segment = descriptor >> 6, bool(descriptor & 0x20)
    if descriptor & 0x08:
        problems.append(Message("the zstd frame at byte {offset} sets its reserved bit", offset=start))
    checksum = bool(descriptor & 0x04)
    dict_size = (0, 1, 2, 4)[descriptor & 0x03]
    fcs_size = (1 if single_segment else 0, 2, 4, 8)[fcs_flag]
    at += (0 if single_segment else 1)    # window descriptor
    if at + dict_size + fcs_size > len(data):
        problems.append(Message("the zstd frame at byte {offset} is cut short", offset=start))
        return None
    dictionary_id = int.from_bytes(data[at:at + dict_size], "little")
    at += dict_size
    content_size = int.from_bytes(data[at:at + fcs_size], "little") + (256 if fcs_size == 2 else 0) \
        if fcs_size else None
    at += fcs_size
    while True:                            # blocks: a 3-byte header each (RFC 8878 §3.1.1.2)
        if at + 3 > len(data):
            problems.append(Message("the zstd frame at byte {offset} is cut short", offset=start))
            return None
        block = int.from_bytes(data[at:at + 3], "little")
        last, kind, size = block & 1, (block >> 1) & 3, block >> 3
        if kind == 3:
            problems.append(Message("the zstd frame at byte {offset} has a block of the reserved type", offset=start))
            return None
        at += 3 + (1 if kind == 1 else size)   # an RLE block holds one byte, repeated
        if last:
            break
    at += 4 if checksum else 0
    if at > len(data):
        problems.append(Message("the zstd frame at byte {offset} is cut short", offset=start))
        return None
    return Frame(start, content_size, checksum, dictionary_id, at)

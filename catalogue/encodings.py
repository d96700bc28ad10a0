"""The text of a CSV file: its encoding read from the bytes, given by the person importing, or refused.

* A byte-order mark says it: UTF-8, UTF-16 (LE or BE).  UTF-16 without a
  mark is recognised by its NUL bytes.  Bytes that are valid UTF-8 are UTF-8
  (plain ASCII included).  These are read exactly as before.
* Anything else is a legacy code page (Windows-1251 Russian, Windows-1256
  Arabic, Windows-1252 Western European…), which the bytes alone do not
  name: the same byte is “é” in one and “й” in another.  charset-normalizer
  (a maintained detector, installed with requests) proposes encodings with a
  measure of mess (“chaos”) and of how much the text looks like a language
  (“coherence”).  LabNet takes its answer only when it is confident: a
  language is recognised, and every proposal about as good as the best one
  decodes the file to the same text.  Otherwise the file is refused with the
  candidates and ``--encoding`` (the wizard offers the same choice): a wrong
  guess would store mojibake under a record's name.
* ``encoding=`` given: the file is decoded strictly in it; a byte it cannot
  decode is refused with its position.
"""

from __future__ import annotations

import codecs

from .errors import CatalogueError, Message

_FORMATS_HINT = Message("Import a CSV file or an Excel workbook (.xlsx).")

class EncodingUnknown(CatalogueError):
    """A CSV file whose encoding LabNet will not guess: the person names it (``--encoding``, the wizard's choice)."""


# Within this much "chaos" of the best proposal, a proposal is as good as the best one.
CHAOS_MARGIN = 0.05
MAX_CHAOS = 0.2
SIGNED = ("utf-7", "gb18030")  # recognised encodings whose text loses a leading signature (U+FEFF)

_NAMES = {
    "cp1250": "Windows-1250 (Central European)", "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European)", "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)", "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)", "cp1258": "Windows-1258 (Vietnamese)", "koi8-r": "KOI8-R (Russian)",
    "koi8-u": "KOI8-U (Ukrainian)", "latin-1": "Latin-1 (ISO 8859-1, Western European)",
    "iso8859-15": "ISO 8859-15 (Western European)", "iso8859-2": "ISO 8859-2 (Central European)",
    "iso8859-5": "ISO 8859-5 (Cyrillic)", "iso8859-6": "ISO 8859-6 (Arabic)", "mac-cyrillic": "Mac Cyrillic",
    "mac-roman": "Mac Roman", "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
}
ENCODING_EXAMPLES = "cp1251 (Russian), cp1256 (Arabic), cp1252 or latin-1 (Western European), cp1250 (Central European)"


def canonical(encoding: str) -> str:
    """The codec name Python knows ``encoding`` by ("CP1251" → "cp1251", "latin1" → "latin-1")."""
    try:
        name = codecs.lookup(encoding.strip()).name
    except (LookupError, ValueError):
        raise CatalogueError(Message("LabNet does not know the encoding “{encoding}”. Name one such as {examples}.",
                                     encoding=encoding, examples=ENCODING_EXAMPLES)) from None
    return {"iso8859-1": "latin-1", "mac-cyrillic": "mac-cyrillic"}.get(name, name)


def describe(encoding: str) -> str:
    name = canonical(encoding)
    return _NAMES.get(name, name)


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the bytes are plainly UTF-16 text without a BOM."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding, notes for the person importing) of a CSV file's bytes; see the module docstring."""
    if encoding is not None:
        return _decode_as(data, name, canonical(encoding))
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError:
            pass  # a BOM on a file that is not UTF-8 after all: try the others
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise CatalogueError(Message("The file {name} says it is UTF-16 text but is damaged. Save it again "
                                         "from the program that made it (as “CSV UTF-8” if possible) and import "
                                         "it again.", name=name)) from None
    bomless16 = utf16_without_bom(data[:8192])
    if bomless16:
        try:
            return data.decode(bomless16), bomless16, []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise CatalogueError(Message("The file {name} is not a CSV or Excel file (it holds binary data). {hint}",
                                     name=name, hint=_FORMATS_HINT))
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    return _detect(data, name)


def _decode_as(data: bytes, name: str, encoding: str) -> tuple[str, str, list[str]]:
    if encoding.startswith("utf-8") and data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingUnknown(Message(
            "The file {name} is not {encoding} text: the byte 0x{byte:02X} at position {position:,} cannot be read "
            "in that encoding. Choose another encoding (such as {examples}), or save the file as “CSV UTF-8”.",
            name=name, encoding=describe(encoding), byte=data[exc.start], position=exc.start,
            examples=ENCODING_EXAMPLES)) from None
    except UnicodeError as exc:  # e.g. UTF-16 without a usable byte-order mark
        raise CatalogueError(Message("The file {name} cannot be read as {encoding} text ({detail}). Choose another "
                                     "encoding, or save the file as “CSV UTF-8”.", name=name,
                                     encoding=describe(encoding), detail=str(exc))) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding, [chosen_note(name, encoding)]


def chosen_note(name: str, encoding: str) -> Message:
    """The note of a file read in the encoding the person importing named."""
    return Message("The file {name} was read as {encoding}, as chosen.", name=name, encoding=describe(encoding))


def recognised_note(name: str, encoding: str) -> Message:
    """The note of a file whose encoding LabNet recognised from its bytes."""
    return Message("The file {name} is not UTF-8 text; LabNet recognised it as {encoding}. If any letters look "
                   "wrong, import it again choosing its encoding (--encoding), or save it as “CSV UTF-8”.",
                   name=name, encoding=describe(encoding))


def _detect(data: bytes, name: str) -> tuple[str, str, list[str]]:
    encoding, notes = detect(data, name)
    text = data.decode(encoding)
    if encoding in SIGNED and text.startswith("\ufeff"):
        text = text[1:]  # as charset-normalizer says these two: without their signature
    return text, encoding, notes


def _decoded_digest(data: bytes, encoding: str) -> bytes:
    """A digest of ``data`` decoded (strictly) in ``encoding``, a megabyte at a time: two encodings that give
    the same text give the same digest, without either text held whole."""
    import hashlib

    digest, decoder, step = hashlib.sha256(), codecs.getincrementaldecoder(encoding)("strict"), 1 << 20
    view = memoryview(data)
    for start in range(0, len(data), step):
        digest.update(decoder.decode(view[start:start + step]).encode("utf-8", "surrogatepass"))
    digest.update(decoder.decode(b"", final=True).encode("utf-8", "surrogatepass"))
    return digest.digest()


def detect(data: bytes, name: str) -> tuple[str, list[str]]:
    """(encoding, notes) of the bytes of a CSV file that are not UTF-8 (nor UTF-16), as LabNet recognises it
    (see the module docstring); raises ``EncodingUnknown`` when it is not confident.  The text is not made:
    a caller that streams the file decodes it as it reads."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    if best is not None and best.chaos <= MAX_CHAOS and best.coherence > 0:
        close = [m for m in matches if m.chaos <= best.chaos + CHAOS_MARGIN]
        # charset-normalizer's own text of a match is its bytes decoded strictly in its encoding.
        text = _decoded_digest(data, best.encoding)
        if all(_decoded_digest(data, m.encoding) == text for m in close[1:]):
            encoding = canonical(best.encoding)
            return encoding, [recognised_note(name, encoding)]
        candidates = list(dict.fromkeys(describe(m.encoding) for m in close))[:4]
    else:
        candidates = []
    if candidates:
        raise EncodingUnknown(Message(
            "The file {name} is not UTF-8 text, and its encoding cannot be told for sure: it could be {candidates}, "
            "which give different letters. Import it again naming its encoding (--encoding, for example {examples}), "
            "or save it as “CSV UTF-8” and import that.", name=name, candidates=" or ".join(candidates),
            examples=ENCODING_EXAMPLES))
    raise EncodingUnknown(Message(
        "The file {name} is not UTF-8 text, and its encoding cannot be recognised. Import it again naming its "
        "encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.", name=name,
        examples=ENCODING_EXAMPLES))


CHOICES = ("cp1252", "latin-1", "cp1250", "cp1251", "koi8-r", "cp1256", "cp1253", "cp1254", "utf-8")


__all__ = ["EncodingUnknown", "CHOICES", "decode", "detect", "chosen_note", "recognised_note", "canonical", "describe", "utf16_without_bom",
           "ENCODING_EXAMPLES"]

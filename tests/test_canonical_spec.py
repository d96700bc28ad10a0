"""docs/bundle-format.md §2 (canonical JSON) written again from the text alone, compared byte for byte.

``spec_dumps`` below uses neither ``json`` nor ``float.__repr__``/``str(float)``: its numbers come from
exact fractions and ``float()`` parsing (correctly rounded), its strings from the escaping table of §2.
If ``labnet.protocol.canonical`` and this reading of the document ever disagree on one value, one of them is wrong.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labnet.protocol import canonical

MAX_INTEGER = 2**53 - 1
SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


class Refused(Exception):
    pass


def _string(text: str) -> str:
    out = ['"']
    for ch in text:
        cp = ord(ch)
        if 0xD800 <= cp <= 0xDFFF:
            raise Refused("lone surrogate")
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif cp < 0x20:
            out.append("\\u00" + "0123456789abcdef"[cp >> 4] + "0123456789abcdef"[cp & 15])
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _shortest(x: float) -> tuple[str, int]:
    """(digits without trailing zeros, decimal exponent X) with |x| = d.ddd × 10**X, fewest digits that read back."""
    f = Fraction(x)
    e = len(str(f.numerator)) - len(str(f.denominator))
    while Fraction(10) ** e > f:
        e -= 1
    while Fraction(10) ** (e + 1) <= f:
        e += 1
    for p in range(1, 18):
        scale = Fraction(10) ** (e - p + 1)
        n = round(f / scale)
        fits = [c for c in (n - 1, n, n + 1) if c > 0 and _reads_back(c * scale, x)]
        if fits:
            best = min(fits, key=lambda c: (abs(c * scale - f), c % 2))   # the closest; a tie: even last digit
            digits = str(best)
            exponent = e - p + 1 + len(digits) - 1
            return digits.rstrip("0"), exponent
    raise AssertionError("17 digits always read back")  # internal


def _reads_back(candidate: Fraction, x: float) -> bool:
    try:
        return float(candidate) == x   # correctly rounded, like any conforming reader
    except OverflowError:              # beyond the largest double: reads as infinity
        return False


def _number(x: float) -> str:
    if math.isnan(x) or math.isinf(x):
        raise Refused("NaN or infinity")
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    if x == 0:
        return sign + "0.0"
    digits, exponent = _shortest(abs(x))
    if -4 <= exponent < 16:        # fixed notation, at least one digit after the point
        if exponent >= 0:
            whole = digits[:exponent + 1].ljust(exponent + 1, "0")
            return sign + whole + "." + (digits[exponent + 1:] or "0")
        return sign + "0." + "0" * (-exponent - 1) + digits
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + mantissa + "e" + ("-" if exponent < 0 else "+") + f"{abs(exponent):02d}"


def _value(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        if abs(v) > MAX_INTEGER:
            raise Refused("integer out of range")
        return ("-" if v < 0 else "") + "".join(chr(48 + int(d)) for d in _decimal_digits(abs(v)))
    if isinstance(v, float):
        return _number(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list):
        return "[" + ",".join(_value(i) for i in v) + "]"
    if isinstance(v, dict):
        if any(not isinstance(k, str) for k in v):
            raise Refused("non-text key")
        keys = sorted(v, key=lambda k: [ord(c) for c in k])
        return "{" + ",".join(_string(k) + ":" + _value(v[k]) for k in keys) + "}"
    raise Refused(type(v).__name__)


def _decimal_digits(n: int) -> list[int]:
    out = []
    while True:
        n, d = divmod(n, 10)
        out.append(d)
        if not n:
            return out[::-1]


def spec_dumps(v) -> bytes:
    return _value(v).encode("utf-8")


def labnet_dumps(v):
    try:
        return canonical.dumps(v)
    except canonical.CanonicalError:
        return Refused


def ours(v):
    try:
        return spec_dumps(v)
    except Refused:
        return Refused


EDGE_CASES = [
    "\x7f", "\x80", "\x9f", "\u2028", "\u2029", "\U0001F600", "\U0010FFFF", "\ufeff", "\ue000",
    "\x00\x01\x1f", "\b\t\n\f\r", '"\\/', "é", "",
    1e-07, 1e-05, 0.0001, 0.00012345, 1e16, 1e15, 1234567890123456.0, 1.5e16, 72.0, 71.25, -0.0, 0.0, 0.1 + 0.2,
    5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 1e22, 1e21, 123456789.0,
    70368744177664.375,   # two shortest candidates (…37, …38) equally close: the even one
    2**53 - 1, -(2**53 - 1), 2**53, -(2**53), 2**53 + 1, 10**30, 10**5000, 0, -1,
    True, False, None, [], {}, {"b": 1, "a": [1, 2.5, "x"]},
    {"\ue000": 1, "\U0001F600": 2, "a": 3, "B": 4, "é": 5, "": 6},   # code point order, not UTF-16 order
    {1: "a"}, {10: 1, 9: 2}, "\ud800", "a\udfffb",
    float("nan"), float("inf"), float("-inf"),
]


def _label(v) -> str:
    return f"int of {v.bit_length()} bits" if isinstance(v, int) and v.bit_length() > 64 else ascii(v)[:40]


@pytest.mark.parametrize("value", EDGE_CASES, ids=_label)
def test_edge_cases_agree_with_the_document(value):
    assert labnet_dumps(value) == ours(value)


def test_the_figures_the_document_quotes():
    # §2 quotes these; each is what both implementations write.
    for value, text in [(1e-07, b"1e-07"), (72.0, b"72.0"), (1e16, b"1e+16"), (-0.0, b"-0.0"), (23.5, b"23.5"),
                        (0.1 + 0.2, b"0.30000000000000004"), (1e15, b"1000000000000000.0"), (0.0001, b"0.0001"),
                        (1e-05, b"1e-05"), (1.5e300, b"1.5e+300"), (5e-324, b"5e-324"),
                        (70368744177664.375, b"70368744177664.38"), (2**53 - 1, b"9007199254740991"),
                        ("\x7f\u2028", "\"\x7f\u2028\"".encode()), ("\x01", b'"\\u0001"'),
                        ({"\U0001F600": 1, "\ue000": 2}, '{"\ue000":2,"\U0001F600":1}'.encode())]:
        assert spec_dumps(value) == text
        assert canonical.dumps(value) == text


def test_what_the_document_refuses_labnet_refuses():
    for value in ("\ud800", 2**53, -(2**53), 10**5000, {1: "a"}, {10: 1, 9: 2}, float("nan"), [float("inf")],
                  {"a": [{"b": 2**60}]}, [1.5, "x", None, True, {"a": [0.5, "y", 2**53]}],
                  {"a": {"b": None, "c": 1.0, 3: 1}}, ("t", [[[-(2**60)]]]), {"a": {"b": [1.0, {True: 1}]}}):
        with pytest.raises(canonical.CanonicalError):
            canonical.dumps(value)
        with pytest.raises(canonical.CanonicalError):
            canonical.dumps_lines([{"ok": 1}, value])
    assert canonical.dumps(2**53 - 1) == b"9007199254740991"


def test_readers_find_non_canonical_bytes():
    for text in (b"1e-7", b"1E-07", b"72.00", b'{"b":1,"a":2}', b'{"a": 1}', b'"\\u00e9"', b'"\\u007f"', b'"\\u001F"',
                 b'"\\/"', b"-0", b"1.50", b'"\\ud800"', b'"\\ud83d\\ude00"', b"9007199254740992", b" 1"):
        assert not canonical.is_canonical(text), text
    for text in (b"1e-07", b"72.0", b'{"a":2,"b":1}', '"é\x7f\u2028"'.encode(), b'"\\u001f"', b"-0.0",
                 '"\U0001F600"'.encode(), b"9007199254740991"):
        assert canonical.is_canonical(text), text


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-MAX_INTEGER, MAX_INTEGER)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_generated_values_agree_byte_for_byte(value):
    assert canonical.dumps(value) == spec_dumps(value)
    assert canonical.loads(canonical.dumps(value)) == value


@settings(max_examples=3000, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_double_is_written_as_the_document_says(x):
    assert canonical.dumps(x) == spec_dumps(x)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=["Cs"])))
def test_every_character_is_escaped_or_written_as_the_document_says(text):
    assert canonical.dumps(text) == spec_dumps(text)


def test_readers_refuse_integers_beyond_the_range_so_no_verifier_meets_one():
    for text in (b"9007199254740992", b"-9007199254740992", b'{"a":[1,123456789012345678901234567890]}',
                 b"1" + b"0" * 5000):
        with pytest.raises(canonical.CanonicalError):
            canonical.loads(text)
    assert canonical.loads(b"[9007199254740991,-9007199254740991]") == [MAX_INTEGER, -MAX_INTEGER]

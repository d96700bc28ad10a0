"""The catalogue's sentences: English text that remembers its template, so the desktop can translate it."""

import ast
import copy
import pickle
from pathlib import Path

import pytest

from labnet.catalogue.errors import CatalogueError, Message, message_of, storage_error

ROOT = Path(__file__).resolve().parents[1]


def test_a_message_is_its_english_text_and_keeps_how_it_was_made():
    m = Message("“{raw}” is not a number", raw="x1")
    assert m == "“x1” is not a number" and isinstance(m, str)
    assert (m.template, m.values, m.capital) == ("“{raw}” is not a number", {"raw": "x1"}, False)
    for copied in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert copied == m and copied.template == m.template and copied.values == m.values


def test_an_exception_keeps_its_message_where_str_would_lose_it():
    m = Message("{code} has no remaining quantity recorded", code="RS-1")
    exc = CatalogueError(m)
    assert type(str(exc)) is str and message_of(exc) is m
    assert message_of(ValueError("plain")) == "plain"


def test_a_sentence_that_starts_with_a_fragment_is_capitalised_and_says_so():
    where = Message("the catalogue {path}", path="/data/catalogue.db")
    error = storage_error(OSError("attempt to write a readonly database"), where)
    said = message_of(error)
    assert said.startswith("The catalogue /data/catalogue.db cannot be written")
    assert said.capital and said.values["where"] is where
    assert pickle.loads(pickle.dumps(said)) == said


PROGRAMMING_ERRORS = {"AssertionError", "RuntimeError", "TypeError", "KeyError", "NotImplementedError"}


@pytest.mark.parametrize("package", ["common", "catalogue", "protocol", "sync"])
def test_the_core_raises_no_sentence_the_desktop_cannot_translate(package):
    # A sentence raised as plain text (an f-string, a bare literal) would reach the desktop in English only.
    # hub/ is exempt on purpose: its refusals are the `detail` of problem details sent over HTTP, and one hub
    # answers laboratories of many languages and knows none of their users', so the detail is English for the
    # log and API clients; a laboratory acts on the stable `code` (labnet.protocol.problems) and shows the
    # detail inside its own translated Message ("the hub refused …: {reason}", sync/client.py).
    found = []
    for path in sorted((ROOT / package).glob("*.py")):
        source = path.read_text(encoding="utf-8")
        internal = {n for n, line in enumerate(source.splitlines(), 1) if "# internal:" in line}  # says why
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            if getattr(node.exc.func, "id", getattr(node.exc.func, "attr", "")) in PROGRAMMING_ERRORS \
                    or node.lineno in internal:
                continue
            first = node.exc.args[0]
            if isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "raised as plain text, not a Message: " + ", ".join(found)

"""A number no float64 holds in an exchange message (issue 21, trust): 1e400, -1e400, NaN, Infinity or an integer
of 400 digits anywhere in an offer's record or amount, a request's sample or amount, or a report's result (its
peak table, a value, a range) is refused by a real hub process with ``exchange-message-invalid``, and the same
message with a finite number is read (offered, or refused for another reason: nobody offers it, no such
exchange).  The documents are signed by
the laboratory's real key, over exactly the bytes sent, as a client that writes them by hand could."""

from __future__ import annotations

import pytest

from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.protocol import canonical
from labnet.protocol.exchange import EXCHANGE_CONTEXT, ExchangeError, make_message, verify_message
from labnet.protocol.keys import b64
from test_exchange_network import session

pytestmark = pytest.mark.slow   # a hub process and a laboratory

HELD = 123456.5   # the finite number in the message the bad token replaces (its text occurs once)
BAD = ("1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1" + "0" * 400)
CONTENTS = {
    "offer record peak": ("offer", {"kind": "reference", "substance": "cocaine",
                                    "record": {"peaks": {"DPIA": HELD}}}),
    "offer record value": ("offer", {"kind": "reference", "substance": "cocaine", "record": {"purity": HELD}}),
    "offer amount": ("offer", {"kind": "reference", "substance": "cocaine", "amount": HELD, "unit": "mg"}),
    "request sample range": ("request", {"kind": "profiling", "substance": "heroin",
                                         "sample": {"purity": [1.5, HELD]}}),
    "request amount": ("request", {"kind": "reference", "substance": "heroin", "amount": HELD, "unit": "mg"}),
    "report result peak": ("report", {"result": {"peaks": {"DPIA": HELD, "caffeine": 2}}}),
}


def signed(mine, action: str, content: dict, token: str) -> bytes:
    """The message ``make_message`` writes, ``HELD`` replaced by ``token`` in its text, signed again by the lab."""
    exchange = "xch-0000000000000000" if action == "report" else None
    document = canonical.loads(make_message(mine.identity, hub_id=mine.hub_id, created_at="2026-12-05T10:00:00Z",
                                            action=action, exchange_id=exchange, content=content))
    text = canonical.dumps(document["message"])
    assert text.count(repr(HELD).encode()) == 1
    text = text.replace(repr(HELD).encode(), token.encode())
    return (b'{"message":' + text + b',"signature":"' + b64(mine.identity.sign(EXCHANGE_CONTEXT + text)).encode()
            + b'"}')


@pytest.fixture
def mine(hub, tmp_path, monkeypatch, capsys):  # noqa: F811
    folder = tmp_path / "lab-a"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "lab-a", "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code("lab-a")]) == 0
    capsys.readouterr()
    return session(folder)


def post(mine, document: bytes):
    return mine.client.request("POST", "/v1/exchange/messages", auth=True, retry=False, data=document,
                               headers={"Content-Type": "application/json"})


def test_a_number_no_double_holds_is_refused_in_every_exchange_message(mine):
    for where, (action, content) in CONTENTS.items():
        finite = post(mine, signed(mine, action, content, repr(HELD)))
        # Read: an offer taken; a request or report past the message's checks, refused only because nobody else
        # offers it or no such exchange exists.
        assert (finite.status_code == 200) if action == "offer" else (
            finite.status_code < 500 and mine.client.code(finite) in ("exchange-no-offer", "exchange-unknown")), (
            where, finite.text)
        for token in BAD:
            refused = post(mine, signed(mine, action, content, token))
            assert refused.status_code == 422 and mine.client.code(refused) == "exchange-message-invalid", (
                where, token[:10], refused.status_code, refused.text[:300])


def test_the_laboratory_cannot_write_one_either(mine):
    """``make_message`` checks the content as the hub will: an Infinity or a 400-digit integer in a peak table is
    the exchange's refusal, not a crash (OverflowError) nor a message written."""
    for value in (float("inf"), float("-inf"), float("nan"), 10 ** 400):
        for action, content in (("offer", {"kind": "reference", "substance": "cocaine",
                                           "record": {"peaks": {"DPIA": value}}}),
                                ("report", {"result": {"peaks": {"DPIA": 1.0}, "purity": value}}),
                                ("request", {"kind": "reference", "substance": "x", "amount": value})):
            with pytest.raises(ExchangeError) as refused:
                make_message(mine.identity, hub_id=mine.hub_id, created_at="2026-12-05T10:00:00Z", action=action,
                             exchange_id="xch-1" if action == "report" else None, content=content)
            assert refused.value.code == "exchange-message-invalid"
    # And the hub's reading of a hand-written one, in this process: the refusal, not canonical's error.
    document = signed(mine, "offer", CONTENTS["offer record peak"][1], "1e400")
    with pytest.raises(ExchangeError):
        verify_message(document, mine.hub_id, lambda _lab, _key: None)

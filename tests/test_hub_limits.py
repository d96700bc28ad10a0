"""labnet.hub.limits on its own: numbers, JSON depth, and the body deadlines of RequestLimits (no server)."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from labnet.hub.limits import BodyTooSlow, RequestLimits, json_depth_exceeds, parse_json, whole_number
from labnet.hub.store import HubError


@pytest.mark.parametrize("text, expected", [("0", 0), ("42", 42), (" 7 ", 7), ("9" * 18, int("9" * 18)),
                                            ("\u00b2", None), ("\u0663", None), ("1\u00b9", None), ("+1", None),
                                            ("-1", None), ("1_0", None), ("0x1", None), ("", None), (None, None),
                                            ("9" * 19, None), ("\uff11", None)])
def test_a_whole_number_is_ascii_digits_only(text, expected):
    assert whole_number(text) == expected


@pytest.mark.parametrize("document, deep", [
    ([[[[1]]]], False), ({"a": [{"b": [1, 2, {"c": None}]}]}, False), ({"text": "[" * 1000}, False),
    ({"text": '\\"[[[' * 100}, False), ([[]] * 1000, False), (json.loads("[" * 32 + "]" * 32), False),
    (json.loads("[" * 33 + "]" * 33), True), (json.loads('{"a":' * 33 + "1" + "}" * 33), True)])
def test_nesting_depth_is_measured_outside_strings(document, deep):
    assert json_depth_exceeds(json.dumps(document).encode()) is deep


@pytest.mark.parametrize("body", [b"[" * 1_000_000, b'"' + b'\\"' * 500_000, b'"[' * 500_000, b"[]" * 500_000])
def test_measuring_depth_takes_milliseconds_whatever_the_megabyte(body):
    started = time.perf_counter()
    try:
        parse_json(body)
    except HubError:
        pass
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("body", [b"[" * 100_000, b"NaN", b"-Infinity", b"1e999", b"1" * 5000, b'"\\ud800"', b"\xff"])
def test_json_the_hub_does_not_accept_is_a_hub_error(body):
    with pytest.raises(HubError):
        parse_json(body)


def run_app(limits_kwargs, chunks, *, app_delay=0.0, client_gap=0.0):
    """Send ``chunks`` through RequestLimits to an app that waits ``app_delay`` then reads the whole body;
    the client takes ``client_gap`` seconds before each chunk.  Returns the body read, or the exception."""
    async def main():
        queue = list(chunks)

        async def receive():
            await asyncio.sleep(client_gap)
            chunk = queue.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(queue)}

        result = {"body": b""}

        async def app(scope, receive, send):
            await asyncio.sleep(app_delay)
            while True:
                message = await receive()
                result["body"] += message["body"]
                if not message["more_body"]:
                    return

        limits = RequestLimits(app, **limits_kwargs)
        try:
            await limits({"type": "http", "client": ("192.0.2.1", 1234)}, receive, None)
        except BodyTooSlow as exc:
            return exc
        assert not limits.slow  # every slow request was counted out
        return result["body"]
    return asyncio.run(main())


FAST = {"grace_seconds": 0.3, "min_rate": 1000, "slow_per_address": 1}


def test_a_body_that_keeps_up_the_minimum_rate_is_read_whole():
    assert run_app(FAST, [b"x" * 100] * 5, client_gap=0.05) == b"x" * 500


def test_a_body_that_falls_behind_the_minimum_rate_is_cut():
    assert isinstance(run_app(FAST, [b"x"] * 20, client_gap=0.1), BodyTooSlow)


def test_a_route_slow_to_read_does_not_make_a_prompt_client_slow():
    assert run_app(FAST, [b"x"] * 3, app_delay=0.6) == b"xxx"


def test_an_address_with_its_slow_requests_used_up_gets_408_for_one_more(monkeypatch):
    monkeypatch.setattr("labnet.hub.limits.SLOW_AFTER_SECONDS", 0.05)

    async def main():
        gate = asyncio.Event()

        async def receive():
            await gate.wait()
            return {"type": "http.request", "body": b"x", "more_body": False}

        async def app(scope, receive, send):
            await receive()

        limits = RequestLimits(app, grace_seconds=5, min_rate=1, slow_per_address=1)
        scope = {"type": "http", "client": ("192.0.2.1", 1234)}
        first = asyncio.create_task(limits(scope, receive, None))
        await asyncio.sleep(0.2)   # the first is slow now
        with pytest.raises(BodyTooSlow, match="already has 1"):
            await limits(scope, receive, None)
        other = asyncio.create_task(limits({**scope, "client": ("192.0.2.2", 1)}, receive, None))
        await asyncio.sleep(0.2)   # another address has its own count
        gate.set()
        await first
        await other
        assert not limits.slow
    asyncio.run(main())


def test_the_limits_are_read_from_hub_toml_and_refused_when_not_positive(tmp_path):
    from labnet.hub.service import SETTINGS_FILE, HubSettings

    (tmp_path / SETTINGS_FILE).write_text("body_grace_seconds = 30\nbody_min_bytes_per_second = 256\n"
                                          "slow_requests_per_address = 2\nconnections_per_address = 64\n"
                                          "open_uploads_per_lab = 1\n", encoding="utf-8")
    settings = HubSettings.load(tmp_path)
    assert (settings.body_grace_seconds, settings.body_min_bytes_per_second, settings.slow_requests_per_address,
            settings.connections_per_address, settings.open_uploads_per_lab) == (30, 256, 2, 64, 1)
    (tmp_path / SETTINGS_FILE).write_text("body_min_bytes_per_second = 0\n", encoding="utf-8")
    with pytest.raises(HubError, match="positive whole number"):
        HubSettings.load(tmp_path)


def test_an_uploader_at_its_open_uploads_limit_is_refused_until_one_completes_or_ends(tmp_path):
    from labnet.hub.upload_types import TooManyOpen
    from labnet.hub.uploads import UploadStore

    store = UploadStore(tmp_path / "uploads", max_open=2)
    first, second = store.create("lab-a", 3), store.create("lab-a", 3, {"sha256": "ab"})
    with pytest.raises(TooManyOpen, match="2 unfinished uploads"):
        store.create("lab-a", 3)
    assert store.create("lab-a", 3, {"sha256": "ab"}).id == second.id   # the same creation again: no new one
    assert store.create("lab-a", 0).complete and store.create("lab-b", 3)  # empty uploads and other labs: free
    store.append(first.id, "lab-a", 0, [b"abc"])
    third = store.create("lab-a", 3)
    store.terminate(third.id, "lab-a")
    store.create("lab-a", 3)
    store.close()

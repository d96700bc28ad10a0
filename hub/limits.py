"""What the hub accepts from a client before it trusts a byte: numbers, JSON, and how slowly a body may come.

- **Numeric headers** (``Upload-Length``, ``Upload-Offset``, ``Content-Length``) are ASCII digits only:
  ``str.isdigit`` also accepts ``²`` or ``٣``, which ``int()`` then refuses or reads as a number.
- **JSON bodies** are checked for nesting depth before they are parsed (Python's parser recurses: 100,000
  ``[`` raise RecursionError), parsed strictly (no NaN or Infinity, no number too long to convert, no lone
  surrogate that no database can store), and a route that expects an object says so rather than failing
  on a list.
- **Slow bodies**: ``RequestLimits`` (ASGI middleware) cuts, with 408 and ``Connection: close``, a request
  body that falls behind a minimum rate after a grace period, and a request that becomes *slow* (its body
  still arriving after ``SLOW_AFTER_SECONDS`` of waiting for it) when its address already has as many slow
  requests as it may.
  Without this, 500 connections each sending a byte every few seconds hold every slot of the server.
  Connections per address and headers' deadline are the connection's business (``labnet.hub.serving``).
- **Requests per minute** (``RateLimiter``), per laboratory and per address, counted in the room every hub
  process shares (``hub/store_queue.py``: in the PostgreSQL store, or in the SQLite store's
  ``uploads/uploads.db``): ``--workers 4`` does not allow four times as many.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import time
from collections import Counter
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .store import HubError
from .store_queue import QueueStore

MAX_JSON_DEPTH = 32          # the hub's documents nest 4 or 5 deep
SLOW_AFTER_SECONDS = 2.0     # a body still arriving after this long makes its request "slow"
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')   # once escapes are gone: linear, where '"(?:[^"\\]|\\.)*"' can be quadratic
_INNERMOST = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class BodyTooSlow(HubError):
    code = "body-too-slow"


class TooManyRequests(HubError):
    code = "rate-limited"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class RateLimiter:
    """At most ``per_minute`` requests per key in a sliding minute, whichever hub process each one reached.

    Counted per whole minute in ``rate_hits``, one statement per request (``QueueStore.hit``): the minute
    before counts for the part of it the sliding minute still covers (at 15 s into this minute, three
    quarters of it), so a client cannot send ``per_minute`` at the end of one minute and as many again at
    the start of the next.  A refused request is not counted.  ``scope`` keeps laboratories apart from
    addresses.
    """

    def __init__(self, queue: QueueStore, scope: str, per_minute: int, clock: Callable[[], float] = time.time):
        self.queue, self.scope, self.per_minute, self.clock = queue, scope, per_minute, clock
        self._pruned = 0

    def check(self, key: str) -> None:
        now = self.clock()
        minute = int(now // 60)
        into = now / 60 - minute   # how far into this minute, 0 to 1
        if self.queue.hit(self.scope, key, minute, 1 - into, self.per_minute) is not None:
            if minute != self._pruned:   # once a minute per process: the minutes before the last are spent
                self.queue.forget_hits(minute - 1)
                self._pruned = minute
            return
        previous, current = self.queue.hits(self.scope, key, minute)
        raise TooManyRequests(f"too many requests from this laboratory (more than {self.per_minute} a "
                              "minute); wait a minute and try again",
                              retry_after=retry_seconds(previous, current, into, self.per_minute))


def retry_seconds(previous: int, current: int, into: float, limit: int) -> int:
    """Seconds until one more request fits: while the minute before's weight falls, or in the next minute."""
    if current + 1 <= limit and previous > 0:
        needed = 1 - (limit - current - 1) / previous   # the fraction of this minute from which it fits
        if needed < 1:
            return max(1, math.ceil((needed - into) * 60))
    # In the next minute this one is the minute before, still counting for all but the part gone.
    later = max(0.0, 1 - (limit - 1) / current) if current else 0.0
    return max(1, math.ceil((1 - into + later) * 60))


def whole_number(text: str | None, *, max_digits: int = 18) -> int | None:
    """A header's non-negative whole number, or None if it is anything but 1 to ``max_digits`` ASCII digits."""
    if text is None:
        return None
    text = text.strip()
    if not text or len(text) > max_digits or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def json_depth_exceeds(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether ``body`` nests arrays and objects more than ``limit`` deep, checked without recursion.

    Escapes then strings are blanked (a ``[`` in a text is not nesting), everything but brackets dropped,
    then each pass removes the innermost pairs: what is left after ``limit`` passes is deeper than the
    limit.  Every step runs in C, so 1 MiB of ``[`` costs milliseconds.
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b"", _ESCAPE.sub(b"", body)).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        shorter = _INNERMOST.sub(b"", brackets)
        if not shorter:
            return False
        if shorter == brackets:  # unbalanced: deep if it opens more than the limit, else the parser refuses it
            return shorter.count(b"[") + shorter.count(b"{") > limit
        brackets = shorter
    return True


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError("the number is too large")
    return value


def parse_json(body: bytes) -> object:
    """The JSON document in ``body``, or HubError (400) with a sentence saying what is wrong with it."""
    if json_depth_exceeds(body):
        raise HubError(f"the request body nests deeper than {MAX_JSON_DEPTH} levels", code="invalid-json")
    try:
        document = json.loads(body, parse_constant=_no_constant, parse_float=_finite)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HubError("the request body is not JSON", code="invalid-json") from None
    except (ValueError, RecursionError):  # NaN, 1e999, an integer of thousands of digits
        raise HubError("the request body is not JSON the hub accepts (a number is too large or not finite)",
                       code="invalid-json") from None
    try:  # "\ud800" parses to a lone surrogate, which no database or signature can encode later
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise HubError("the request body is not JSON the hub accepts (it escapes a lone UTF-16 surrogate)",
                       code="invalid-json") from None
    return document


def json_object(document: object, what: str) -> dict:
    """``document`` if it is a JSON object, else HubError naming ``what`` the route expected."""
    if not isinstance(document, dict):
        raise HubError(f"{what} is a JSON object")
    return document


class RequestLimits:
    """ASGI middleware: a request body must keep up ``min_rate`` bytes a second after ``grace_seconds``,
    and at most ``slow_per_address`` requests from one address may be slow at once.

    The limits act inside ``receive``, so they apply while the route reads its body; the route's refusal
    handler answers 408.  Bytes already received by the route are its to keep (an upload keeps them).
    """

    def __init__(self, app: ASGIApp, *, grace_seconds: float, min_rate: float, slow_per_address: int):
        self.app = app
        self.grace = grace_seconds
        self.min_rate = min_rate
        self.slow_per_address = slow_per_address
        self.slow: Counter[str] = Counter()   # one event loop serves every request: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        body = _TimedBody(self, client[0] if client else "unknown", receive)
        try:
            await self.app(scope, body.receive, send)
        finally:
            body.not_slow()

    def become_slow(self, address: str) -> bool:
        if self.slow[address] >= self.slow_per_address:
            return False
        self.slow[address] += 1
        return True

    def end_slow(self, address: str) -> None:
        self.slow[address] -= 1
        if self.slow[address] <= 0:
            del self.slow[address]


class _TimedBody:
    """One request's ``receive``, with its body's deadlines.

    Only the time spent waiting for the client counts: a route busy elsewhere (a full thread pool, a slow
    disk) while the body's bytes wait in the server's buffer does not make the client slow.
    """

    def __init__(self, limits: RequestLimits, address: str, receive: Receive):
        self.limits, self.address, self._receive = limits, address, receive
        self.loop = asyncio.get_running_loop()
        self.waited = 0.0
        self.received = 0
        self.complete = False
        self.slow = False

    async def receive(self) -> Message:
        if self.complete:
            return await self._receive()   # e.g. a route waiting for the client to go away
        limits = self.limits
        while True:
            left = limits.grace + self.received / limits.min_rate - self.waited
            if left <= 0:
                raise BodyTooSlow(f"the request body arrived slower than {limits.min_rate:,.0f} bytes a second; "
                                  "send it again on a better connection")
            if not self.slow:
                if self.waited >= SLOW_AFTER_SECONDS:
                    if not limits.become_slow(self.address):
                        raise BodyTooSlow(f"this address already has {limits.slow_per_address} requests whose body "
                                          "is arriving slowly; finish those first")
                    self.slow = True
                else:
                    left = min(left, SLOW_AFTER_SECONDS - self.waited)
            began = self.loop.time()
            try:
                # Cancelling a pending receive loses nothing: the server keeps the bytes for the next call.
                message = await asyncio.wait_for(self._receive(), left)
            except TimeoutError:
                continue
            finally:
                self.waited += self.loop.time() - began
            if message["type"] == "http.request":
                self.received += len(message.get("body", b""))
                if not message.get("more_body", False):
                    self.complete = True
                    self.not_slow()
            return message

    def not_slow(self) -> None:
        if self.slow:
            self.slow = False
            self.limits.end_slow(self.address)

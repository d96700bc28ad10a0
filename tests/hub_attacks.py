"""Slow and reconnecting clients against a real hub, and a health probe that measures whether others are served.

Used by ``tests/test_hub_attacks.py`` (a few seconds each) and ``benchmarks/reliability.py`` (longer, more
connections).  The attacker speaks from ``ATTACKER``, another loopback address, as a hostile client speaks
from its own address; the probe and the laboratories use 127.0.0.1.

- ``slow_body``: anonymous ``POST /v1/session`` with full headers and a body of one byte every few seconds;
- ``header_slowloris``: a request's headers a byte at a time, each connection the hub closes opened again;
- ``patch_hold``: an enrolled laboratory holds ``PATCH`` bodies open, a byte at a time.
"""

from __future__ import annotations

import selectors
import socket
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import requests

from labnet.protocol.enrolment import EnrolmentCode, enrolment_request
from labnet.protocol.keys import create_identity
from labnet.protocol.session import sign_session_request

ATTACKER = "127.0.0.2"
PROBE_EVERY = 0.25


@dataclass
class Probes:
    """Health probes: when each was sent, and its latency (None: no 200 within the probe's timeout)."""

    timeout: float
    results: list[tuple[float, float | None]] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(latency is not None for _, latency in self.results)

    def within(self, seconds: float) -> int:
        return sum(latency is not None and latency <= seconds for _, latency in self.results)

    def summary(self) -> dict:
        latencies = sorted(latency for _, latency in self.results if latency is not None)
        return {"probes": len(self.results), "answered": self.answered, "within_1s": self.within(1.0),
                "p50_s": round(statistics.median(latencies), 3) if latencies else None,
                "max_s": round(latencies[-1], 3) if latencies else None}


class HealthProbe(threading.Thread):
    """``GET /health`` on a new connection every ``PROBE_EVERY`` seconds, as a monitor would, until stopped."""

    def __init__(self, url: str, timeout: float = 1.0):
        super().__init__(daemon=True)
        self.url, self.probes, self._halt = url, Probes(timeout), threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            started = time.monotonic()
            try:
                ok = requests.get(f"{self.url}/health", timeout=self.probes.timeout).status_code == 200
            except requests.RequestException:
                ok = False
            latency = time.monotonic() - started
            self.probes.results.append((started, latency if ok else None))
            self._halt.wait(max(0.0, PROBE_EVERY - latency))

    def stop(self) -> Probes:
        self._halt.set()
        self.join(timeout=10)
        return self.probes


@dataclass
class Outcome:
    """What the attacker saw: connections opened, answers by status, connections closed without one,
    and the longest any connection stayed open."""

    opened: int = 0
    answers: Counter = field(default_factory=Counter)
    closed_silently: int = 0
    longest_open_s: float = 0.0

    def summary(self) -> dict:
        return {"connections_opened": self.opened, "answers": dict(sorted(self.answers.items())),
                "closed_without_answer": self.closed_silently, "longest_open_s": round(self.longest_open_s, 1)}


class Flood:
    """``count`` connections from ``ATTACKER``; each sends ``opening``, then one byte of ``drip`` (cycled) every
    ``interval`` seconds.  A connection the hub answers or closes is opened again at once, at up to
    ``reopen_rate`` connections a second (so a refusal is not a busy loop on the attacker's side)."""

    def __init__(self, port: int, count: int, opening: bytes | callable, drip: bytes, interval: float,
                 reopen_rate: float = 500):
        self.port, self.count, self.drip, self.interval, self.reopen_rate = port, count, drip, interval, reopen_rate
        self.opening = opening if callable(opening) else (lambda: opening)
        self.outcome = Outcome()

    def _open(self, selector: selectors.BaseSelector, conns: dict) -> None:
        s = socket.socket()
        try:
            s.bind((ATTACKER, 0))
            s.settimeout(1)
            s.connect(("127.0.0.1", self.port))
            s.sendall(self.opening())
            s.setblocking(False)
        except OSError:
            s.close()
            self.outcome.closed_silently += 1
            return
        self.outcome.opened += 1
        conns[s] = [time.monotonic(), 0]
        selector.register(s, selectors.EVENT_READ)

    def _close(self, selector: selectors.BaseSelector, conns: dict, s: socket.socket, answer: bytes) -> None:
        opened, _ = conns.pop(s)
        selector.unregister(s)
        s.close()
        self.outcome.longest_open_s = max(self.outcome.longest_open_s, time.monotonic() - opened)
        if answer.startswith(b"HTTP/1.1 "):
            self.outcome.answers[int(answer[9:12])] += 1
        else:
            self.outcome.closed_silently += 1

    def run(self, seconds: float) -> Outcome:
        selector, conns = selectors.DefaultSelector(), {}
        end = time.monotonic() + seconds
        tick = filled = time.monotonic()
        tokens = float(self.count)
        try:
            while (now := time.monotonic()) < end:
                tokens, filled = min(float(self.count), tokens + (now - filled) * self.reopen_rate), now
                while len(conns) < self.count and tokens >= 1 and time.monotonic() < end:
                    self._open(selector, conns)
                    tokens -= 1
                if now >= tick:
                    for s, state in list(conns.items()):
                        try:
                            s.send(self.drip[state[1] % len(self.drip):][:1])
                            state[1] += 1
                        except OSError:
                            self._close(selector, conns, s, b"")
                    tick += self.interval
                wake = min(tick, end, now + 0.02 if len(conns) < self.count else end)
                for key, _ in selector.select(timeout=max(0.0, wake - time.monotonic())):
                    try:
                        answer = key.fileobj.recv(65536)
                    except OSError:
                        answer = b""
                    self._close(selector, conns, key.fileobj, answer)
        finally:
            for s in list(conns):
                opened, _ = conns.pop(s)
                self.outcome.longest_open_s = max(self.outcome.longest_open_s, time.monotonic() - opened)
                s.close()
            selector.close()
        return self.outcome


# -- the attacks -------------------------------------------------------------------------------------------

def slow_body(port: int, count: int, interval: float) -> Flood:
    """Anonymous sign-ins whose body never ends: full headers, then one byte every ``interval`` seconds."""
    opening = (b"POST /v1/session HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
               b"Content-Length: 100000\r\n\r\n")
    return Flood(port, count, opening, b" ", interval)


def header_slowloris(port: int, count: int, interval: float) -> Flood:
    """Headers a byte at a time that never end; whatever the hub closes is opened again."""
    return Flood(port, count, b"GET /health HTTP/1.1\r\nHost: hub\r\nX-Slow: ", b"z", interval)


def patch_hold(port: int, auth: dict[str, str], location_path: str, count: int, interval: float,
               offset: callable) -> Flood:
    """An enrolled laboratory sends a chunk of its upload a byte at a time (from the upload's offset then)."""
    def opening() -> bytes:
        head = {**auth, "Tus-Resumable": "1.0.0", "Content-Type": "application/offset+octet-stream",
                "Upload-Offset": str(offset()), "Content-Length": "1000000", "Host": "hub"}
        return (f"PATCH {location_path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head.items())
                + "\r\n").encode("latin-1")
    return Flood(port, count, opening, b"x", interval)


# -- laboratories ------------------------------------------------------------------------------------------

def enrolled_lab(url: str, admin: dict[str, str], name: str):
    """A laboratory identity enrolled with the hub at ``url`` (the administrator issues its code)."""
    lab = create_identity("lab", name, "GH")
    r = requests.post(f"{url}/v1/admin/enrolment-codes", json={"lab": name, "country": "GH"}, headers=admin,
                      timeout=10)
    r.raise_for_status()
    code = EnrolmentCode.parse(r.json()["code"])
    r = requests.post(f"{url}/v1/enrol", json=enrolment_request(lab, code.hub_key_id, code.token),
                      timeout=10)
    r.raise_for_status()
    return lab, code.hub_key_id


def signed_in(url: str, lab, hub_key_id: str, timeout: float = 10) -> dict[str, str]:
    body = sign_session_request(lab.current.signing, hub_key_id=hub_key_id, lab_id=lab.identity_id,
                                key_id=lab.public.signing_key_id)
    r = requests.post(f"{url}/v1/session", json=body, timeout=timeout)
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['token']}"}


def upload(url: str, auth: dict[str, str], data: bytes, timeout: float = 10) -> str:
    """Create an upload and send ``data`` in one chunk; returns its path."""
    tus = {**auth, "Tus-Resumable": "1.0.0"}
    r = requests.post(f"{url}/v1/uploads", headers={**tus, "Upload-Length": str(len(data))}, timeout=timeout)
    assert r.status_code == 201, (r.status_code, r.text)
    path = r.headers["Location"]
    r = requests.patch(url + path, data=data, timeout=timeout, headers={
        **tus, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"})
    assert r.status_code == 204, (r.status_code, r.text)
    return path


def under_attack(url: str, flood: Flood, seconds: float, meanwhile=None, probe_timeout: float = 1.0) -> dict:
    """Run ``flood`` for ``seconds`` while probing health; ``meanwhile()`` (a laboratory's work) runs halfway."""
    probe = HealthProbe(url, probe_timeout)
    probe.start()
    done: dict = {}
    worker = None
    if meanwhile is not None:
        def work():
            time.sleep(seconds / 2)
            try:
                done["result"] = meanwhile()
            except Exception as exc:  # reported, not raised: the attack goes on
                done["error"] = repr(exc)
        worker = threading.Thread(target=work, daemon=True)
        worker.start()
    outcome = flood.run(seconds)
    if worker is not None:
        worker.join(timeout=30)
    return {"health": probe.stop(), "attacker": outcome, **done}

"""A loopback TCP proxy that behaves like a poor link: slow, and dropping connections mid-stream.

Used by ``benchmarks/hub.py`` (and fault-injection tests) between a client and
a hub: every byte is paced to ``rate`` bytes per second in each direction,
and a connection is cut (both sockets closed, no goodbye) once it has carried
a number of upstream bytes drawn by a seeded random generator, like a mobile
link that drops.  It counts the bytes that went upstream, so a caller can
compare the bytes on the wire with the bytes of the file it sent.
"""

from __future__ import annotations

import random
import socket
import threading
import time


class LossyLink:
    def __init__(self, target_port: int, *, rate: float | None = None, drop_every: tuple[int, int] | None = None,
                 seed: int = 1, target_host: str = "127.0.0.1", cut_replies_every: tuple[int, int] | None = None,
                 delay: float = 0.0):
        """``rate`` in bytes/s (None: unthrottled); ``drop_every=(lo, hi)``: cut a connection after a random
        number of upstream bytes between lo and hi (None: never); ``cut_replies_every=(lo, hi)``: likewise
        after a number of downstream bytes, truncating a response; ``delay``: up to this many seconds of
        random delay before each forwarded piece."""
        self.target = (target_host, target_port)
        self.rate = rate
        self.drop_every = drop_every
        self.cut_replies_every = cut_replies_every
        self.delay = delay
        self.random = random.Random(seed)
        self.upstream_bytes = 0
        self.drops = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._running = False
        self._listener.close()

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                budget = self.random.randint(*self.drop_every) if self.drop_every else None
                down = self.random.randint(*self.cut_replies_every) if self.cut_replies_every else None
            state = {"budget": budget, "down": down, "closed": False}
            threading.Thread(target=self._pump, args=(client, server, state, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, state, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, state: dict, upstream: bool) -> None:
        chunk = 1024
        try:
            while not state["closed"]:
                data = source.recv(chunk)
                if not data:
                    break
                key = "budget" if upstream else "down"
                if state[key] is not None:
                    if len(data) >= state[key]:
                        data = data[:state[key]]
                        self._send(sink, data, upstream)
                        with self._lock:
                            self.drops += 1
                        break  # the link drops here
                    state[key] -= len(data)
                self._send(sink, data, upstream)
        except OSError:
            pass
        finally:
            state["closed"] = True
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def _send(self, sink: socket.socket, data: bytes, upstream: bool) -> None:
        if self.delay:
            with self._lock:
                pause = self.random.uniform(0, self.delay)
            time.sleep(pause)
        if self.rate:
            time.sleep(len(data) / self.rate)
        sink.sendall(data)
        if upstream:
            with self._lock:
                self.upstream_bytes += len(data)

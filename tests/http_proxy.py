"""A reverse proxy for tests: HTTP-aware, on loopback, in front of a hub, as nginx is with its defaults.

nginx's ``proxy_pass http://labnet-backend:8765`` passes its own name for the
backend as ``Host`` (``proxy_set_header Host $proxy_host``), adds
``X-Forwarded-For``, and buffers each request and answer.  ``ReverseProxy``
does the same, counts every request with the status it got, and can be told
to misbehave for chosen requests (``fault(method, path)`` returns one of):

- ``"stall"``: forward the request's headers and half its body, then send
  nothing more (and answer nothing) for ``stall_seconds``: a chunk stalled on
  the way, holding the upload busy at the hub until its idle timeout;
- ``"cut"``: forward it, then give back the answer's status line and headers
  without its ``Location`` and close: an answer cut short on the way;
- ``"drop"``: forward it, then close without a word of the answer: an answer lost on the way after the hub
  acted on the request;
- ``"absolute"``: give back the answer with its ``Location`` made absolute on
  ``foreign``, an address the laboratory cannot reach (what older hubs built
  from the backend's ``Host``);
- a status code: answer that status without asking the hub;
- a function ``(body, headers, data) -> (headers, data)``: forward the request, then give back the answer as the
  function makes it of the request's body and the answer's headers and body (held a while, or rewritten).
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
              "content-length"}


class ReverseProxy:
    def __init__(self, backend_port: int, *, backend_name: str = "labnet-backend:8765",
                 fault: Callable[[str, str], object] | None = None, stall_seconds: float = 10.0,
                 foreign: str = "http://127.0.0.1:9"):
        self.backend_port, self.backend_name = backend_port, backend_name
        self.fault, self.stall_seconds, self.foreign = fault, stall_seconds, foreign
        self.seen: list[tuple[str, str, int | None]] = []   # (method, path, status given back; None: none)
        self.hosts: set[str] = set()                        # Host headers the hub was sent
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.proxy = self  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def statuses(self, method: str | None = None) -> list[int | None]:
        with self._lock:
            return [status for m, _, status in self.seen if method in (None, m)]

    def note(self, method: str, path: str, status: int | None) -> None:
        with self._lock:
            self.seen.append((method, path, status))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self._forward()

    do_HEAD = do_POST = do_PATCH = do_DELETE = do_OPTIONS = do_PUT = do_GET

    def _forward(self) -> None:
        proxy: ReverseProxy = self.server.proxy  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fault = proxy.fault(self.command, self.path) if proxy.fault else None
        if isinstance(fault, int):
            proxy.note(self.command, self.path, fault)
            self._answer(fault, [("Content-Type", "text/plain")], b"the proxy says no\n")
            return
        headers = [(k, v) for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}]
        headers += [("Host", proxy.backend_name), ("X-Forwarded-For", self.client_address[0]),
                    ("X-Forwarded-Proto", "http"), ("Content-Length", str(len(body))), ("Connection", "close")]
        with proxy._lock:
            proxy.hosts.add(proxy.backend_name)
        if fault == "stall":
            self._stall(proxy, headers, body)
            return
        backend = http.client.HTTPConnection("127.0.0.1", proxy.backend_port, timeout=120)
        try:
            backend.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                backend.putheader(name, value)
            backend.endheaders(body)
            answer = backend.getresponse()
            data = answer.read()
            status, given = answer.status, [(k, v) for k, v in answer.getheaders() if k.lower() not in HOP_BY_HOP]
        except OSError:
            proxy.note(self.command, self.path, 502)
            self._answer(502, [("Content-Type", "text/plain")], b"bad gateway\n")
            return
        finally:
            backend.close()
        if fault == "cut":
            proxy.note(self.command, self.path, None)
            head = f"HTTP/1.1 {status} {answer.reason}\r\n" + "".join(
                f"{k}: {v}\r\n" for k, v in given if k.lower() != "location")
            self.wfile.write(head.encode("latin-1"))   # and no blank line: the rest never arrives
            self.wfile.flush()
            self.close_connection = True
            return
        if fault == "drop":
            proxy.note(self.command, self.path, None)
            self.close_connection = True
            return
        if callable(fault):
            given, data = fault(body, given, data)
        if fault == "absolute":
            given = [(k, proxy.foreign + v if k.lower() == "location" else v) for k, v in given]
        proxy.note(self.command, self.path, status)
        self._answer(status, given, data)

    def _answer(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
        self.send_response_only(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _stall(self, proxy: ReverseProxy, headers: list[tuple[str, str]], body: bytes) -> None:
        proxy.note(self.command, self.path, None)
        with socket.create_connection(("127.0.0.1", proxy.backend_port)) as backend:
            head = f"{self.command} {self.path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
            backend.sendall(head.encode("latin-1") + b"\r\n" + body[:len(body) // 2])
            time.sleep(proxy.stall_seconds)   # the client gives up meanwhile; the hub waits for the rest
        self.close_connection = True

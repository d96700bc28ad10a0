"""How a laboratory talks to its hub, and a hub to a peer hub: HTTP with retries and backoff, and tus uploads
that resume (here in protocol/ since both the laboratory, ``labnet.sync``, and the hub's federation delivery,
``labnet.hub.federation_delivery``, send through it; ``labnet.sync.transport`` re-exports it).

``HubTransport`` is the wire: every request is retried with exponential backoff
and jitter when the link fails or the hub says "later" (408, 429, 502, 503,
504), waiting at least as long as the hub's ``Retry-After`` asks.  What it
raises says what the laboratory should do:

- ``HubUnreachable``: nothing is lost, run the sync again later (the link broke, an
  answer arrived cut short, the hub is down, overloaded, busy or failing: any
  5xx).  The command line exits 3 on it.
- ``NetworkError``: the hub refused something the laboratory can act on (an
  enrolment code already used, a revoked laboratory, a file too large); exit 2.

A refusal is RFC 9457 problem details; what the laboratory does about one is
decided by its ``code`` (``labnet.protocol.problems``) or, for the tus protocol's own
answers, by the status tus defines — never by the hub's wording, which is
only shown (``refusal``).

Uploads use tus 1.0.0.  Chunks are 64 KiB by default: eight seconds on a
64 kbit/s link, and the per-request overhead stays under 1 %.  Each carries
its SHA-256 and is kept by the hub only whole, so a dropped connection costs
at most the chunk in flight; after a drop the chunk size halves (down to
8 KiB) and grows back after four chunks in a row go through.  A chunk that
fails waits before the next try (longer each time, at least the hub's
``Retry-After``), so a busy upload (423, held by a stalled chunk until the
hub's idle timeout ends it) is waited out instead of hammered, and a sync
gives up (exit 3) after ``MAX_STALLS`` chunks in a row make no progress.

The hub's ``Location`` for an upload is a path, resolved against the address
this laboratory uses for the hub (a reverse proxy's backend name never
reaches the laboratory); ``reference`` is what is worth keeping of it.
"""

from __future__ import annotations

import base64
import hashlib
import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from labnet.common.messages import Message

from .errors import SyncError
from .problems import code_of

CHUNK_BYTES = 64 * 1024
MIN_CHUNK_BYTES = 8 * 1024  # one second at 64 kbit/s
TUS = {"Tus-Resumable": "1.0.0"}
LATER = (408, 429, 502, 503, 504)   # the hub (or a proxy before it) says "not now": retried
MAX_PAUSE = 60.0       # the longest wait between two tries, whatever Retry-After says
MAX_STALLS = 10        # chunks in a row without progress before the sync gives up (~2 min with the backoff)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class NetworkError(SyncError):
    """The hub refused a request; the message says which and why."""


class HubUnreachable(NetworkError):
    """The hub cannot be reached or cannot answer now; nothing is lost, the sync can run again later."""

    def __init__(self, message: object, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class NotEnrolled(NetworkError):
    pass


class UploadGone(NetworkError):
    """The upload being resumed is no longer at the hub (expired, or completed and processed meanwhile)."""


class HubTransport:
    """One hub's HTTP API, with retries on transient failures, and tus uploads."""

    uploads_path = "/v1/uploads"   # where the hub's tus uploads are created (a peer hub's: /v1/federation/uploads)
    max_stalls = MAX_STALLS        # a peer hub gives up sooner: its delivery loop tries again later, backing off

    def __init__(self, base_url: str, *, timeout: float = 30.0, retries: int = 4, backoff: float = 0.5,
                 session: requests.Session | None = None, sleep: Callable[[float], None] | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.http = session or requests.Session()
        self.token: str | None = None
        self.renew: Callable[[], None] | None = None   # signs in again (set by a sign-in)
        self._sleep = sleep or time.sleep

    # -- requests -------------------------------------------------------------------------
    def request(self, method: str, path: str, *, auth: bool = False, retry: bool = True,
                **kwargs: Any) -> requests.Response:
        """One request, retried with backoff and jitter when the link fails or the hub says 'later'
        (``retry=False``: once, for a request that must not be sent twice as it is).  Returns the hub's
        answer (2xx, or a 4xx refusal for the caller to read); raises ``HubUnreachable`` when no answer
        came, or only "later" or a server error."""
        url = path if path.startswith("http") else self.base_url + path
        headers = dict(kwargs.pop("headers", {}) or {})
        if auth:
            if self.token is None:
                raise NotEnrolled(Message("sign in to the hub first"))
            headers["Authorization"] = f"Bearer {self.token}"
        retries, attempt, renewed = (self.retries if retry else 0), 0, False
        while True:
            try:
                response = self.http.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
            except requests.RequestException as exc:   # refused, timed out, or an answer cut short
                failure = self.unreachable(type(exc).__name__)
            else:
                if response.status_code == 401 and auth and self.renew is not None and not renewed:
                    self.renew()   # the session ended (they last an hour): sign in again, ask once more
                    renewed, headers["Authorization"] = True, f"Bearer {self.token}"
                    continue
                if response.status_code < 500 and response.status_code not in LATER:
                    return response
                failure = self.unavailable(response)
                if response.status_code not in LATER:
                    raise failure   # a fault of the hub's (500): asking again at once would not mend it
            if attempt == retries:
                raise failure
            self.pause(attempt, failure.retry_after)
            attempt += 1

    def pause(self, attempt: int, retry_after: float | None = None) -> None:
        """Exponential backoff with jitter, and at least what the hub asked for (up to ``MAX_PAUSE``)."""
        delay = self.backoff * (2 ** min(attempt, 16)) * (0.5 + random.random())
        self._sleep(min(MAX_PAUSE, max(delay, retry_after or 0.0)))

    def unreachable(self, error: str, retry_after: float | None = None) -> HubUnreachable:
        return HubUnreachable(Message("the hub at {hub} cannot be reached ({error}); LabNet will try again later",
                                      hub=self.base_url, error=error), retry_after)

    def unavailable(self, response: requests.Response) -> HubUnreachable:
        """The hub (or a proxy before it) answered but cannot serve now: busy, overloaded, failing."""
        return self.unreachable(f"HTTP {response.status_code}", retry_after_of(response))

    @staticmethod
    def header(response: requests.Response, name: str) -> str:
        """A header the hub always sends; missing, the answer was cut short on the way."""
        value = response.headers.get(name)
        if value is None:
            raise _incomplete(name)
        return value

    @classmethod
    def count_header(cls, response: requests.Response, name: str) -> int:
        """A byte count the hub always sends (Upload-Offset): missing or cut to something that is not a
        whole number, the answer was cut short on the way."""
        value = _count(cls.header(response, name))
        if value is None:
            raise _incomplete(name)
        return value

    @staticmethod
    def refusal(response: requests.Response) -> str:
        """The hub's sentence about a refusal, to show (never to decide on: ``code`` is for that)."""
        try:
            document = response.json()
            return str(document.get("detail") or document.get("error") or response.text)
        except (ValueError, AttributeError):
            return response.text.strip() or f"HTTP {response.status_code}"

    @staticmethod
    def code(response: requests.Response) -> str | None:
        """The refusal's problem ``code`` (None: not a problem details answer, e.g. a hub before codes)."""
        return code_of(response.content, response.headers.get("Content-Type", ""))

    # -- upload addresses -----------------------------------------------------------------
    def resolve(self, location: str) -> str:
        """An upload's address: the hub's Location (a path) or a kept reference, on this hub's address."""
        return urljoin(self.base_url + "/", location)

    def reference(self, url: str) -> str:
        """What to keep of an upload's address: its path when it is on this hub's address (the address may
        change, the path does not), else the whole address."""
        if self._on_hub(url):
            parts = urlsplit(url)
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return url

    def _on_hub(self, url: str) -> bool:
        mine, theirs = urlsplit(self.base_url), urlsplit(url)
        return (mine.scheme.lower(), mine.netloc.lower()) == (theirs.scheme.lower(), theirs.netloc.lower())

    # -- tus upload with resume -----------------------------------------------------------
    def upload(self, data: bytes, *, resume_url: str | None, remember: Callable[[str], None],
               progress: Progress | None = None, chunk_bytes: int = CHUNK_BYTES,
               name: str = "bundle.lnb") -> tuple[str, int]:
        """Upload ``data``, resuming the upload ``resume_url`` names when it still holds these bytes;
        ``remember`` gets the reference to keep for a later resume.  Returns (upload URL, bytes sent on the
        wire in request bodies)."""
        digest = base64.b64encode(hashlib.sha256(data).hexdigest().encode()).decode()
        found = self._resumable(resume_url, len(data), digest) if resume_url else None
        if found is None:
            metadata = f"filename {base64.b64encode(name.encode()).decode()},sha256 {digest}"
            found = self._create(len(data), metadata)
            remember(self.reference(found[0]))
        url, offset = found
        sent, size, streak, stalls, renewed = 0, chunk_bytes, 0, 0, False
        if progress:
            progress("upload", offset, len(data))   # under way (and a Stop is heard before the first chunk)
        while offset < len(data):
            chunk = data[offset:offset + size]
            checksum = "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()
            headers = {**TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
                       "Upload-Checksum": checksum, "Authorization": f"Bearer {self.token}"}
            try:
                response = self.http.patch(url, data=chunk, timeout=self.timeout, headers=headers)
            except requests.RequestException:
                response = None
            sent += len(chunk)
            status = response.status_code if response is not None else None
            if (status == 204 and response is not None
                    and (reached := _count(response.headers.get("Upload-Offset"))) is not None):
                offset, streak, stalls, renewed = reached, streak + 1, 0, False
                if streak >= 4 and size < chunk_bytes:  # the link holds again: back to larger chunks
                    size, streak = min(chunk_bytes, size * 2), 0
            elif status == 401 and self.renew is not None and not renewed:
                # The session ended during a long upload (a token lasts an hour; a 32 MiB part takes
                # longer at 64 kbit/s): sign in again once and go on, nothing to fix for the laboratory.
                self.renew()
                renewed = True
            elif status in (404, 410) and response is not None:
                raise UploadGone(Message("the upload is no longer at the hub: {reason}", reason=self.refusal(response)))
            elif status in (400, 401, 403, 413, 415) and response is not None:
                raise NetworkError(Message("the hub refused a chunk: {reason}", reason=self.refusal(response)))
            else:
                stalls += 1
                if stalls > self.max_stalls:
                    raise self.unavailable(response) if response is not None else self.unreachable("no progress")
                if status is None or status >= 500 or status in (408, 460):
                    # The chunk was lost on the way: on a link that drops, smaller chunks waste less.
                    size, streak = max(MIN_CHUNK_BYTES, size // 2), 0
                if status not in (204, 409):
                    # Not at once: a busy upload (423, held by a stalled chunk until the hub's idle timeout
                    # ends it) or a rate limit (429) is waited out, not hammered into more refusals.
                    self.pause(stalls - 1, retry_after_of(response))
                offset = self._offset(url)   # where the hub stands; go on from there
            if progress:
                progress("upload", offset, len(data))
        return url, sent

    def _resumable(self, saved: str, length: int, digest: str) -> tuple[str, int] | None:
        """The kept upload and its offset, if it still holds these bytes; None to start afresh."""
        url = self.resolve(saved)
        try:
            head = self.request("HEAD", url, auth=True, headers=TUS, retry=self._on_hub(url))
        except HubUnreachable:
            if self._on_hub(url):
                raise   # the hub itself cannot be reached: try later, the upload is still there
            return None  # an address of another host (a proxy's backend, kept by an older LabNet): dropped
        if head.status_code in (404, 410):
            return None
        if head.status_code != 200:
            raise NetworkError(Message("the upload was lost at the hub: {reason}", reason=self.refusal(head)))
        # Resume only the upload of these very bytes (same length and digest), else start afresh.
        if _count(head.headers.get("Upload-Length")) == length and f"sha256 {digest}" in head.headers.get(
                "Upload-Metadata", ""):
            return url, self.count_header(head, "Upload-Offset")
        return None

    def _create(self, length: int, metadata: str) -> tuple[str, int]:
        """A new upload: its URL and offset.  A creation whose answer arrives cut short is sent again;
        the hub answers a creation of the same bytes with the upload already begun, so none is left over."""
        for attempt in range(self.retries + 1):
            created = self.request("POST", self.uploads_path, auth=True,
                                   headers={**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata})
            if created.status_code != 201:
                raise NetworkError(Message("the hub refused the upload: {reason}", reason=self.refusal(created)))
            if created.headers.get("Location"):
                return self.resolve(created.headers["Location"]), _count(created.headers.get("Upload-Offset")) or 0
            if attempt < self.retries:
                self.pause(attempt)
        raise _incomplete("Location")  # internal: a header's name; the sentence is _incomplete's Message

    def _offset(self, url: str) -> int:
        head = self.request("HEAD", url, auth=True, headers=TUS)
        if head.status_code in (404, 410):
            raise UploadGone(Message("the upload is no longer at the hub: {reason}", reason=self.refusal(head)))
        if head.status_code != 200:
            raise NetworkError(Message("the upload was lost at the hub: {reason}", reason=self.refusal(head)))
        return self.count_header(head, "Upload-Offset")


def retry_after_of(response: requests.Response | None) -> float | None:
    """The hub's ``Retry-After`` in seconds (the delay form; a date or nonsense is ignored)."""
    value = response.headers.get("Retry-After", "").strip() if response is not None else ""
    return float(value) if value.isascii() and value.isdigit() else None


def _count(value: str | None) -> int | None:
    """A header's whole number of bytes, or None when it is missing or was cut short ("", "12a")."""
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _incomplete(header: str) -> HubUnreachable:
    # A cut answer loses nothing: the request is asked again at the next sync.
    return HubUnreachable(Message("the hub's answer arrived incomplete (no {header}); the link is poor, "
                                  "LabNet will try again", header=header))

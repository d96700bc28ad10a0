"""The tus 1.0.0 resumable upload protocol, served by the hub (https://tus.io/protocols/resumable-upload).

Core protocol plus the creation, expiration, checksum (sha1, sha256) and
termination extensions, so any standard tus client can send a bundle and
resume it from the hub's offset after a broken connection.  Deferred length
and concatenation are not offered: a bundle's size is known before it is sent.

Who is asking is decided by ``authenticate`` (the hub's lab authentication);
an upload is visible only to the laboratory that created it, and another
laboratory's upload answers exactly like a missing one.  A completed upload
is durable in the ``UploadStore`` before the final ``204`` is sent;
``on_complete`` is only a wake-up for the ingest worker, which also finds
completed uploads by itself after a restart.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import email.utils
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from . import problems
from .limits import BodyTooSlow, whole_number
from .upload_types import (
    ChecksumMismatch,
    OffsetMismatch,
    TooLarge,
    TooManyOpen,
    Upload,
    UploadError,
    UploadGone,
    UploadInvalid,
    UploadNotFound,
)
from .uploads import UploadStore

TUS_VERSION = "1.0.0"
EXTENSIONS = "creation,expiration,checksum,termination"
CHECKSUM_ALGORITHMS = ("sha1", "sha256")
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"
BUSY_RETRY_SECONDS = 2   # Retry-After on 423: a client waits this long (and longer each time) for a busy upload
OPEN_RETRY_SECONDS = 60  # Retry-After on 429 for too many unfinished uploads: time to finish or end one


def _header(name: str, description: str, *, required: bool = False, **schema: object) -> dict:
    return {"name": name, "in": "header", "required": required, "description": description,
            "schema": {"type": "string", **schema}}


def _headers(**described: str) -> dict:
    """Response headers for OpenAPI: ``Upload_Offset="…"`` documents ``Upload-Offset``."""
    return {name.replace("_", "-"): {"description": text, "schema": {"type": "string"}}
            for name, text in described.items()}


# What tus puts in headers, for OpenAPI (FastAPI cannot see headers a route reads itself).
_VERSION = _header("Tus-Resumable", "The tus version the client speaks: 1.0.0 (else 412).", required=True,
                   enum=[TUS_VERSION])
_OFFSET = "Bytes of the upload the hub holds, durable."
_EXPIRES = "When an unfinished upload expires (RFC 9110 date)."
OPENAPI: dict[str, dict[str, Any]] = {
    "options": {"summary": "What tus the hub speaks (no authentication)", "responses": {"204": {
        "description": "The hub's tus capabilities", "headers": _headers(
            Tus_Resumable="1.0.0", Tus_Version="The tus versions the hub speaks: 1.0.0",
            Tus_Extension=f"The extensions offered: {EXTENSIONS}",
            Tus_Max_Size="The largest upload in bytes (the hub's max_upload_bytes)",
            Tus_Checksum_Algorithm="The Upload-Checksum algorithms: sha1,sha256")}}},
    "create": {"summary": "Create an upload (tus creation)", "parameters": [
        _VERSION, _header("Upload-Length", "The upload's size in bytes: ASCII digits (deferred length is not "
                                           "offered).", required=True, pattern="^[0-9]{1,18}$"),
        _header("Upload-Metadata", "Comma-separated `key base64(value)` pairs; kept and given back by HEAD. "
                                   "LabNet sends `filename` and `sha256`.")],
        "responses": {"201": {"description": "Created; an upload of the same bytes by the same laboratory "
                                             "answers the upload already begun", "headers": _headers(
            Location="The upload's path (resolve it against the hub's address)", Tus_Resumable="1.0.0",
            Upload_Offset=_OFFSET, Upload_Length="The declared length", Upload_Expires=_EXPIRES)}}},
    "head": {"summary": "Where an upload stands (resume from Upload-Offset)", "parameters": [_VERSION],
             "responses": {"200": {"description": "The upload's state", "headers": _headers(
                 Tus_Resumable="1.0.0", Upload_Offset=_OFFSET, Upload_Length="The declared length",
                 Upload_Expires=_EXPIRES, Upload_Metadata="As given at creation", Cache_Control="no-store")}}},
    "patch": {"summary": "Append a chunk at Upload-Offset", "parameters": [
        _VERSION, _header("Upload-Offset", "Where this chunk starts: the upload's offset, else 409.", required=True,
                          pattern="^[0-9]{1,18}$"),
        _header("Upload-Checksum", "`sha1|sha256 base64(digest)` of the chunk: kept only whole and matching "
                                   "(else 460).")],
        "requestBody": {"required": True, "description": "The chunk, as application/offset+octet-stream (else "
                                                          "415)", "content": {OFFSET_CONTENT_TYPE: {
            "schema": {"type": "string", "format": "binary"}}}},
        "responses": {"204": {"description": "The chunk is durable at the hub", "headers": _headers(
            Tus_Resumable="1.0.0", Upload_Offset=_OFFSET, Upload_Expires=_EXPIRES)}}},
    "delete": {"summary": "End an upload (tus termination)", "parameters": [_VERSION],
               "responses": {"204": {"description": "Ended; its bytes are removed", "headers": _headers(
                   Tus_Resumable="1.0.0")}}},
}


def tus_router(store: UploadStore, authenticate: Callable[[Request], Awaitable[str]],
               on_complete: Callable[[Upload], None] = lambda upload: None, *,
               prefix: str = "/files", idle_timeout: float = 60.0, public_path: str = "") -> APIRouter:
    """The tus endpoints under ``prefix``; ``authenticate(request)`` returns the uploader's id or raises.

    An upload's ``Location`` is a path, ``public_path`` + ``prefix`` + ``/ID`` (``public_path``: where the
    hub is mounted for its clients, behind a proxy that serves it under a sub-path), never an address
    built from the request's ``Host``: behind a reverse proxy that is the backend's name, which clients
    cannot reach.  Clients resolve it against the address they used (tus allows a relative Location).

    A chunk whose bytes stop arriving for ``idle_timeout`` seconds is ended (what arrived is kept),
    so a stalled or hostile client cannot hold an upload and a connection forever.
    """
    router = APIRouter(prefix=prefix, tags=["uploads (tus 1.0.0)"])

    def headers(upload: Upload | None = None, **extra: str) -> dict[str, str]:
        out = {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}
        if upload is not None:
            out["Upload-Offset"] = str(upload.offset)
            out["Upload-Length"] = str(upload.length)
            if not upload.complete:
                out["Upload-Expires"] = email.utils.format_datetime(upload.expires_at, usegmt=True)
        out.update(extra)
        return out

    def refuse(code: str, message: str, **extra: str) -> Response:
        """Problem details (labnet.protocol.problems), with the tus headers every tus answer carries."""
        return problems.response(code, message, headers=headers(None, **extra))

    def version_refusal(request: Request) -> Response | None:
        if request.headers.get("Tus-Resumable") != TUS_VERSION:
            return refuse("tus-version-unsupported",
                          f"this hub speaks tus {TUS_VERSION}; send the Tus-Resumable: {TUS_VERSION} header",
                          **{"Tus-Version": TUS_VERSION})
        return None

    def store_refusal(exc: UploadError) -> Response:
        if isinstance(exc, UploadNotFound):
            return refuse("upload-not-found", str(exc))
        if isinstance(exc, UploadGone):
            return refuse("upload-gone", str(exc))
        if isinstance(exc, OffsetMismatch):
            return refuse("offset-mismatch", str(exc))
        if isinstance(exc, TooLarge):
            return refuse("payload-too-large", str(exc))
        if isinstance(exc, ChecksumMismatch):
            return refuse("checksum-mismatch", str(exc))
        if isinstance(exc, TooManyOpen):
            # 429 (RFC 6585 allows it for any per-client limit): a quota that frees itself, so come back later.
            return refuse("too-many-uploads", str(exc), **{"Retry-After": str(OPEN_RETRY_SECONDS)})
        if isinstance(exc, UploadInvalid):
            return refuse("upload-length-required", str(exc))
        # Another request is writing to the upload: come back later rather than at once.
        return refuse("upload-busy", str(exc), **{"Retry-After": str(BUSY_RETRY_SECONDS)})

    @router.options("", status_code=204, openapi_extra=OPENAPI["options"])
    @router.options("/{upload_id}", status_code=204, openapi_extra=OPENAPI["options"])
    async def options(upload_id: str | None = None) -> Response:
        return Response(status_code=204, headers={
            "Tus-Resumable": TUS_VERSION, "Tus-Version": TUS_VERSION, "Tus-Extension": EXTENSIONS,
            "Tus-Max-Size": str(store.max_size), "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS)})

    @router.post("", status_code=201, openapi_extra=OPENAPI["create"])
    async def create(request: Request) -> Response:
        if (refusal := version_refusal(request)) is not None:
            return refusal
        owner = await authenticate(request)
        if request.headers.get("Upload-Defer-Length"):
            return refuse("upload-length-required", "this hub needs the upload's length up front (Upload-Length)")
        length = whole_number(request.headers.get("Upload-Length"))
        if length is None:
            return refuse("upload-length-required", "the Upload-Length header is missing or not a whole number of bytes")
        try:
            metadata = parse_metadata(request.headers.get("Upload-Metadata", ""))
        except ValueError as exc:
            return refuse("upload-metadata-invalid", str(exc))
        try:
            upload = await run_in_threadpool(store.create, owner, length, metadata)
        except UploadError as exc:
            return store_refusal(exc)
        if upload.complete:
            on_complete(upload)
        location = f"{public_path}{prefix}/{upload.id}"
        return Response(status_code=201, headers=headers(upload, Location=location))

    @router.head("/{upload_id}", name="tus_head", openapi_extra=OPENAPI["head"])
    async def head(upload_id: str, request: Request) -> Response:
        if (refusal := version_refusal(request)) is not None:
            return refusal
        owner = await authenticate(request)
        try:
            upload = await run_in_threadpool(store.get, upload_id, owner)
        except UploadError as exc:
            return store_refusal(exc)
        extra = {"Upload-Metadata": format_metadata(upload.metadata)} if upload.metadata else {}
        return Response(status_code=200, headers=headers(upload, **extra))

    @router.patch("/{upload_id}", status_code=204, openapi_extra=OPENAPI["patch"])
    async def patch(upload_id: str, request: Request) -> Response:
        if (refusal := version_refusal(request)) is not None:
            return refusal
        owner = await authenticate(request)
        if request.headers.get("Content-Type", "").split(";")[0].strip() != OFFSET_CONTENT_TYPE:
            return refuse("unsupported-media-type", f"a chunk is sent as Content-Type: {OFFSET_CONTENT_TYPE}")
        offset = whole_number(request.headers.get("Upload-Offset"))
        if offset is None:
            return refuse("upload-offset-required", "the Upload-Offset header is missing or not a whole number of bytes")
        try:
            checksum = parse_checksum(request.headers.get("Upload-Checksum"))
        except ValueError as exc:
            return refuse("upload-checksum-invalid", str(exc))
        try:
            writer = await run_in_threadpool(store.open_chunk, upload_id, owner, offset, checksum)
        except UploadError as exc:
            return store_refusal(exc)
        try:
            blocks = request.stream().__aiter__()
            while True:
                try:
                    block = await asyncio.wait_for(blocks.__anext__(), idle_timeout)
                except StopAsyncIteration:
                    break
                if writer.renewal_due:   # this write renews the lease, a commit: not on the event loop
                    await run_in_threadpool(writer.write, block)
                else:
                    writer.write(block)
        except TimeoutError:
            await run_in_threadpool(writer.abort, keep_received=True)
            return refuse("upload-stalled", f"no bytes arrived for {idle_timeout:g} seconds; resume from the "
                                            "upload's offset")
        except BodyTooSlow as exc:  # the hub's minimum rate (hub.limits): keep what came, end the connection
            await run_in_threadpool(writer.abort, keep_received=True)
            return refuse(exc.code, f"{exc.user_message}; resume from the upload's offset", Connection="close")
        except ClientDisconnect:
            # Keep what arrived (unless a checksum covers the chunk): the client resumes from there.
            await run_in_threadpool(writer.abort, keep_received=True)
            return refuse("client-disconnected", "the connection broke during the chunk")
        except TooLarge as exc:
            await run_in_threadpool(writer.abort, keep_received=False)
            return store_refusal(exc)
        except BaseException:
            await run_in_threadpool(writer.abort, keep_received=False)
            raise
        try:
            upload = await run_in_threadpool(writer.finish)
        except UploadError as exc:
            return store_refusal(exc)
        if upload.complete:
            on_complete(upload)
        return Response(status_code=204, headers=headers(upload))

    @router.delete("/{upload_id}", status_code=204, openapi_extra=OPENAPI["delete"])
    async def terminate(upload_id: str, request: Request) -> Response:
        if (refusal := version_refusal(request)) is not None:
            return refusal
        owner = await authenticate(request)
        try:
            await run_in_threadpool(store.terminate, upload_id, owner)
        except UploadError as exc:
            return store_refusal(exc)
        return Response(status_code=204, headers=headers())

    return router


def parse_metadata(header: str) -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64value`` pairs (the value may be absent)."""
    metadata: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        if not key or not key.isascii() or " " in key or key in metadata:
            raise ValueError(f"the Upload-Metadata key {key!r} is empty, repeated or not plain ASCII")
        try:
            metadata[key] = base64.b64decode(encoded.strip(), validate=True).decode("utf-8") if encoded else ""
        except (binascii.Error, UnicodeDecodeError):
            raise ValueError(f"the Upload-Metadata value of {key!r} is not base64-encoded UTF-8 text") from None
    return metadata


def format_metadata(metadata: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" if v else k for k, v in metadata.items())


def parse_checksum(header: str | None) -> tuple[str, bytes] | None:
    """``Upload-Checksum: <algorithm> <base64 digest>`` → (algorithm, digest)."""
    if header is None:
        return None
    algorithm, _, encoded = header.strip().partition(" ")
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise ValueError(f"the checksum algorithm {algorithm!r} is not supported; use one of "
                         + ", ".join(CHECKSUM_ALGORITHMS))
    try:
        return algorithm, base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise ValueError("the Upload-Checksum digest is not base64") from None

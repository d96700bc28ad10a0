"""The hub's HTTP answer for a refusal: problem details (RFC 9457) with the code's status from the registry
both sides share, ``labnet.protocol.problems``."""

from __future__ import annotations

import json

from starlette.responses import Response

from labnet.protocol.problems import MEDIA_TYPE, PROBLEMS


def response(code: str, detail: str, *, instance: str | None = None, headers: dict[str, str] | None = None,
             **extra: object) -> Response:
    """The HTTP answer for a refusal: problem details with ``code``'s status."""
    body = {**PROBLEMS[code].body(detail, instance), **extra}
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), status_code=PROBLEMS[code].status,
                    media_type=MEDIA_TYPE, headers=headers)

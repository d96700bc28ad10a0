"""How the laboratory talks to its hub: ``labnet.protocol.transport`` (HTTP with retries and backoff, tus uploads that
resume), which the hub's federation delivery sends through too; its names re-exported here for the laboratory's
modules."""

from labnet.protocol.transport import (  # noqa: F401
    CHUNK_BYTES,
    LATER,
    MAX_PAUSE,
    MAX_STALLS,
    MIN_CHUNK_BYTES,
    TUS,
    HubTransport,
    HubUnreachable,
    NetworkError,
    NotEnrolled,
    Progress,
    UploadGone,
    retry_after_of,
)

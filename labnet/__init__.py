"""LabNet: the application glue (command line, paths, logging) around the
catalogue, profiling, sync and desktop packages."""

from __future__ import annotations

DISTRIBUTION = "labnet-forensic"  # the name it installs under (labnet on PyPI is an unrelated project)


def __getattr__(name: str) -> str:
    # The version is looked up when asked for, not on every import of labnet: importlib.metadata
    # costs ~65 ms, paid by every process, among them the import's reading process before its
    # first chunk (issue 14).
    if name != "__version__":
        raise AttributeError(f"module 'labnet' has no attribute {name!r}")  # internal: Python's own wording
    from importlib import metadata

    try:
        version = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        version = "0.1.0"
    globals()["__version__"] = version
    return version

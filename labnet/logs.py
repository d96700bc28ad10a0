"""The log file: where details of unexpected problems are kept for support."""

from __future__ import annotations

import logging
import logging.handlers
import tempfile
from pathlib import Path

LOG_FILENAME = "labnet.log"
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed_handler: logging.Handler | None = None


def setup_logging(data_dir: Path | None) -> Path | None:
    """Send log records to ``<data_dir>/logs/labnet.log`` and return that path.

    Falls back to the temporary folder when the data directory is unknown or
    not writable, and returns None if no log file can be written at all.
    Calling it again replaces the previous file handler (tests call ``main``
    many times in one process).
    """
    global _installed_handler
    candidates = [Path(data_dir) / "logs"] if data_dir is not None else []
    candidates.append(Path(tempfile.gettempdir()))
    for folder in candidates:
        path = folder / LOG_FILENAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Rotating keeps a workstation's disk from filling up over years of use.
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        root = logging.getLogger()
        if _installed_handler is not None:
            root.removeHandler(_installed_handler)
            _installed_handler.close()
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.INFO:
            root.setLevel(logging.INFO)
        _installed_handler = handler
        return path
    return None


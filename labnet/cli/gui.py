"""Opening the desktop window from the command line.

Qt is imported only here, inside ``run_gui``, so headless commands, the hub
and the tests never load it.
"""

from __future__ import annotations

import argparse
import os
import sys

from labnet import paths


class GuiUnavailable(RuntimeError):
    """The window cannot be opened on this computer, for a reason the user can fix."""

    def __init__(self, user_message: str):
        super().__init__(user_message)
        self.user_message = user_message


def run_gui(args: argparse.Namespace) -> int:
    """Open the LabNet window; return its exit status when it closes."""
    _check_display()
    try:
        from labnet.desktop import app
    except ImportError as exc:
        # The base install has no Qt (a hub server's): the window is the desktop extra (pyproject.toml).
        if (exc.name or "").split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "segno"}:
            raise GuiUnavailable(
                f"The LabNet window needs the desktop part of LabNet ({exc.name} is not installed). "
                'Install it with: pip install "labnet-forensic[desktop]"'
            ) from exc
        raise
    data_dir = paths.demo_data_dir(args.data_dir) if args.demo else args.data_dir
    return app.run(data_dir=data_dir, demo=args.demo, user=args.user)


def _check_display() -> None:
    # Without a display Qt aborts the whole process with a cryptic message;
    # say plainly what is wrong instead.
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise GuiUnavailable(
        "LabNet cannot open its window: no graphical display was found. "
        "Start it from a desktop session, or use one of its commands (see: labnet --help)."
    )

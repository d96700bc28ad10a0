"""``labnet screenshots``: pictures of each main view on a demo catalogue.

Drawn offscreen (no display needed): the demo catalogue is built in a
temporary folder, never in the data folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("en", "fr", "es", "ar", "ru")   # labnet.desktop.screenshots.LANGUAGES (Qt is loaded only to draw)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screenshots",
        help="render each main view of the window, on a demo catalogue, to PNG files",
        description=(
            "Build a demo catalogue in a temporary folder, open the LabNet window offscreen and save a "
            "1280×800 PNG of each main view (dashboard, each record page, settings, the sign-in dialog, a record's "
            "history and form, the notifications, and in English a few views in the dark colour scheme), the Linkage "
            "view's tabs, the network views against the demo hub started on loopback (the Network view after a "
            "sync, a link notice opened, the sharing-policy editor, the hub console), and the first-run wizard on "
            "a fresh data folder. Your own catalogue is not touched."
        ),
    )
    parser.add_argument("--out", metavar="DIR", required=True, help="folder to write the PNG files into")
    parser.add_argument("--light-only", action="store_true", help="skip the dark-scheme pictures")
    parser.add_argument("--language", choices=(*LANGUAGES, "all"), default="en",
                        help="every view in this language (default English; the others' files are named "
                             "dashboard-fr.png…; 'all': each of the five in turn)")
    parser.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace) -> int:
    # Before Qt loads: no display is needed, and none is used even if there is one.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from labnet.desktop.screenshots import render_screenshots

    if args.language == "all":
        # Each language in a process of its own: a window's worth of Qt objects per language, and no style or
        # translation left behind by the one before (restyling a process that had drawn them crashed in Qt).
        for language in LANGUAGES:
            command = [sys.executable, "-m", "labnet", "screenshots", "--out", str(args.out), "--language", language,
                       *(["--light-only"] if args.light_only else [])]
            status = subprocess.run(command, check=False).returncode
            if status:
                return status
        return 0
    for path in render_screenshots(Path(args.out), dark_too=not args.light_only, language=args.language):
        print(path, flush=True)
    return 0

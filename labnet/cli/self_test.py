"""``labnet self-test`` (also ``labnet --self-test``): does this installation work, end to end?

In a throwaway folder it opens a catalogue, writes and reads back a record,
makes a laboratory's and a hub's keys, seals that record into a bundle and
opens it as the hub would, compares profiles with the profiling engine, and
(unless ``--no-window``) builds the main window offscreen and loads each
language (its translations, right to left for Arabic).  One line per
check; exit 0 when every check passes, 1 otherwise.  Installers run it on
the built application.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from labnet.common.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    test = subparsers.add_parser("self-test", help="check that this installation works (catalogue, keys, bundles, "
                                                  "profiles, window)",
                                 description="Check, in a throwaway folder, that this installation works end to "
                                             "end; exit 0 when every check passes.")
    test.add_argument("--no-window", action="store_true", help="skip the window check (no Qt platform at all)")
    test.set_defaults(handler=run_self_test)


def _catalogue(folder: Path) -> str:
    from labnet.catalogue.store import Catalogue

    with Catalogue.open(folder, user="self-test") as cat:
        record = cat.add("profiling_result", {"lab_sample_number": "SELF-TEST-1", "drug_type": "cocaine",
                                              "seizure_country": "GH", "shareable": True,
                                              "peaks": {"cocaine": 100.0, "cis-cinnamoylcocaine": 2.5}})
        back = cat.get("profiling_result", record["id"])
        assert back["peaks"] == {"cocaine": 100.0, "cis-cinnamoylcocaine": 2.5}, back
        report = cat.verify()   # the whole catalogue, as labnet audit verify checks it
        assert report.ok, list(report.problems)
    return "a record written, read back, the catalogue verified against its audit trail"


def _bundle(folder: Path) -> str:
    from labnet.catalogue.store import Catalogue
    from labnet.protocol.keys import create_identity
    from labnet.protocol.opening import lab_keys_from, open_bundle
    from labnet.sync.outbox import Outbox
    from labnet.sync.policy import default_policy

    lab, hub = create_identity("lab", "Self-test lab", "GH"), create_identity("hub", "Self-test hub", "GH")
    with Catalogue.open(folder, user="self-test") as cat:
        [(_, data)] = Outbox(cat).export(lab, hub.public, default_policy()).parts
    opened = open_bundle(data, hub, lab_keys_from([lab.public]))
    assert [e["record"]["drug_type"] for e in opened.entries] == ["cocaine"], opened.entries
    return f"keys made, a bundle of {len(data):,} bytes sealed ({hub.public.keys.suite.name}) and opened"


def _profiles(_folder: Path) -> str:
    import numpy as np

    from labnet.profiling.linkage import links_among

    values = np.array([[1.0, 2.0, 3.0], [1.01, 2.0, 3.02], [5.0, 0.1, 0.2]])
    from labnet.profiling import metrics

    links = links_among(values, "cosine", 99.0)
    assert [(int(i), int(j)) for i, j, _ in links] == [(0, 1)], list(links)
    # Which engine the distance metrics get here: a build whose numba cannot compile would fall back to numpy
    # silently (right answers, slower); scripts/build_linux.sh requires the compiled one.
    engine = "numba" if metrics._kernels() is not None else "numpy, numba unavailable"
    return f"profiles compared and linked (distance kernels: {engine})"


def _window(folder: Path) -> str:
    from labnet.desktop.self_check import window_check  # Qt only through desktop/

    return window_check(folder)


def _languages(_folder: Path) -> str:
    from labnet.desktop.self_check import languages_check

    return languages_check()


def run_self_test(args: argparse.Namespace) -> int:
    checks: list[tuple[str, Callable[[Path], str]]] = [("catalogue", _catalogue), ("bundle", _bundle),
                                                       ("profiles", _profiles)]
    if not getattr(args, "no_window", False):
        checks += [("window", _window), ("languages", _languages)]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="labnet-self-test-") as tmp:
        for name, check in checks:
            started = time.perf_counter()
            try:
                said = check(Path(tmp))
                print(f"ok    {name:<9} {said} ({time.perf_counter() - started:.1f} s)")
            except Exception as exc:  # noqa: BLE001 - every failure is reported, the others still run
                failed += 1
                print(f"FAIL  {name:<9} {type(exc).__name__}: {exc}")
    print("LabNet works here." if not failed else Message.plural("{n} check failed.", "{n} checks failed.", failed))
    return 0 if not failed else 1

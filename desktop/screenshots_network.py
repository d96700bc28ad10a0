"""Pictures of the network views for ``labnet screenshots``, against the demo hub (``labnet.demo_network``): the
Network view after a sync (with the hub's bulletins), a link notice opened in the Linkage view, the sharing-policy
editor and the hub console signed in as the demo's administrator (its laboratories, then its statistics); and the
first-run wizard, over a window opened on a fresh data folder as ``labnet`` opens one the first time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def network_views(app: Any, tasks: Any, window: Any, network: Any, out: Path, tag: str) -> list[Path]:
    from labnet.demo_network import DEMO_ADMIN, DEMO_ADMIN_PASSWORD, DEMO_KEYS_PASSPHRASE
    from labnet.desktop.network_bulletins import SEQ
    from labnet.desktop.screenshots import _save, _save_with_dialog, _settle, _wait, write_png
    from labnet.sync.hub_admin import HubAdmin

    os.environ.setdefault("LABNET_PASSPHRASE", DEMO_KEYS_PASSPHRASE)   # the demo's keys, as `labnet --demo` does
    page = window.show_section("network")
    _settle(app, tasks)
    admin = HubAdmin(network.url, network.admin_token)
    for _ in range(2):   # the second sync brings the bulletins of the links the hub found after the first
        page.last_report = None
        page.sync_now()
        _wait(app, lambda: page.last_report is not None and page.running is None, timeout=120)
        _wait(app, lambda: admin.links(limit=1)["pending_jobs"] == 0, timeout=120)
    _settle(app, tasks)
    shots = [_save(window, out / f"network{tag}.png")]

    links = [i for i in range(page.bulletins.count()) if page.bulletins.item(i).data(SEQ) is not None
             and page.shown_bulletins[page.bulletins.item(i).data(SEQ)].kind == "link"]
    if links:
        page.open_bulletin(page.bulletins.item(links[0]))
        if page.link_menu is not None and page.link_menu.actions():
            page.link_menu.actions()[0].trigger()
            page.link_menu.hide()
        _settle(app, tasks)
        similar = window.linkage_page.similar_tab
        _wait(app, lambda: not similar.pair.isHidden(), timeout=60)
        _wait(app, lambda: similar.link_overlay.settled, timeout=60)   # the other profile, from the hub
        _settle(app, window.network_tasks)
        _settle(app, tasks)
        shots.append(_save(window, out / f"network-link{tag}.png"))
        window.show_section("network")

    page.edit_policy()
    _wait(app, lambda: page.policy_editor is not None and page.policy_editor.isVisible(), timeout=60)
    _settle(app, tasks)
    shots.append(_save_with_dialog(window, page.policy_editor, out / f"sharing-policy{tag}.png"))
    page.policy_editor.close()

    window.hub_defaults = (network.url, DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
    console = window.open_hub_console()
    dialog = console.sign_in_dialog
    if dialog is not None and dialog.isVisible():
        dialog.accept()
    _wait(app, lambda: console.labs.rowCount() > 0, timeout=60)
    _settle(app, tasks)
    console.resize(*window.size().toTuple())
    shots.append(write_png(console.grab(), out / f"hub-console{tag}.png"))
    console.tabs.setCurrentWidget(console.chart.parentWidget())   # its chart of records received per day
    _settle(app, tasks)
    shots.append(write_png(console.grab(), out / f"hub-console-statistics{tag}.png"))
    console.close()
    return shots


def first_run(app: Any, data_dir: Path, settings: Any, size: tuple[int, int], path: Path) -> Path:
    """The first start on an empty ``data_dir`` (``first_run_window``), saved to ``path``."""
    from labnet.desktop.screenshots import _save_with_dialog, close_window

    window, wizard = first_run_window(app, data_dir, settings, size)
    shot = _save_with_dialog(window, wizard, path)
    wizard.close()
    close_window(app, window)
    return shot


def first_run_window(app: Any, data_dir: Path, settings: Any, size: tuple[int, int]) -> tuple[Any, Any]:
    """The window on a new catalogue in ``data_dir`` (nothing enrolled, no keys, no accounts) with the first-run
    wizard over its Network view, as ``labnet.desktop.app.run`` shows them the first time; both settled."""
    from labnet.desktop.app import offer_first_run
    from labnet.desktop.screenshots import _settle, _wait, open_window
    from labnet.paths import catalogue_path

    data_dir.mkdir(parents=True, exist_ok=True)
    window, tasks = open_window(app, catalogue_path(data_dir), settings, size)
    _wait(app, lambda: window.session.ready)
    wizard = offer_first_run(window)
    _wait(app, lambda: window.network_page.status is not None)
    _settle(app, tasks)
    _settle(app, window.network_tasks)
    return window, wizard

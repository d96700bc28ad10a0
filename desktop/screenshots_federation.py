"""Pictures of the cross-network views for ``labnet screenshots`` (issue 20), against the two demo hubs
(``labnet.demo_federation``): the demo laboratory's Network view listing its cross-network hits and a follow-up
asked of it, the dialog approving that follow-up, and the hub console's Federation tab with the East African
peer's policy and its preview.

After the demo laboratory's syncs (``screenshots_network``), the demo's searcher has the two hubs search each
other; the Nairobi laboratory then asks, once per demo network, for the details of a hit on one of the demo
laboratory's records (``labnet.sync.federation_lab.ask``), so that the view has a follow-up to answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def prepare_followup(network: Any, demo_dir: Path, lab_id: str) -> None:
    """A follow-up asked by the Nairobi laboratory about a hit on one of the demo laboratory's records (once)."""
    from labnet.catalogue.store import Catalogue
    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, NETWORK_DIR
    from labnet.hub.federation import store
    from labnet.protocol.keyfile import load_identity
    from labnet.sync.federation_lab import ask, overview

    held = store(network.hub)
    if any(f["lab_id"] == lab_id for f in held.followups()):
        return
    theirs = {h["hit_ref"] for h in held.hits("answered") if h["lab_id"] == lab_id}
    nairobi = demo_dir / NETWORK_DIR / "labs-east" / "lab-1"
    identity = load_identity(nairobi, DEMO_KEYS_PASSPHRASE)
    with Catalogue.open(nairobi, user="demo") as cat:
        hit = next((h for h in overview(cat, nairobi, identity)["hits"] if h["hit_ref"] in theirs), None)
        if hit is not None:
            ask(cat, nairobi, identity, hit, "Same batch as our seizure in Mombasa? May we know the month?")  # i18n: data


def federation_views(app: Any, tasks: Any, window: Any, network: Any, out: Path, tag: str) -> list[Path]:
    from labnet.desktop.screenshots import _save, _save_with_dialog, _settle, _wait, write_png
    from labnet.desktop.tables import select_row
    from labnet.hub.federation import store

    page = window.show_section("network")
    lab_id = page.status.lab_id if page.status else ""
    # the searcher's job: the demo laboratory's profiles searched in the East African network, both ways
    _wait(app, lambda: {h["side"] for h in store(network.hub).hits() if h["lab_id"] == lab_id} >= {"asked",
                                                                                                   "answered"},
          timeout=120)
    prepare_followup(network, Path(page.data_dir), lab_id)
    page.last_report = None
    page.sync_now()   # the hits' and the follow-up's bulletins
    _wait(app, lambda: page.last_report is not None and page.running is None, timeout=120)
    panel = page.federation
    panel.load()
    _wait(app, lambda: panel.table.rowCount() > 0, timeout=60)
    waiting = next((n for n, (kind, item) in enumerate(panel.items) if kind == "followup"
                    and item["side"] == "answered" and item["state"] == "asked"), 0)
    select_row(panel.table, waiting)
    _settle(app, tasks)
    shots = [_save(window, out / f"network-federation{tag}.png")]
    if panel.approve_button.isEnabled():
        panel.approve_selected()
        dialog = panel.dialog
        for name in ("seizure_date", "seizure_country"):
            if name in dialog.boxes:
                dialog.boxes[name].setChecked(True)
        _settle(app, tasks)
        shots.append(_save_with_dialog(window, dialog, out / f"network-federation-approve{tag}.png"))
        dialog.reject()

    console = window.open_hub_console()
    console.resize(*window.size().toTuple())
    console.refresh()
    tab = console.federation
    _wait(app, lambda: tab.table.rowCount() >= 1, timeout=60)
    _settle(app, console.tasks)   # the refresh shown before a peer is chosen
    console.tabs.setCurrentWidget(tab)
    tab.select(tab.peers[0]["name"])
    try:
        _wait(app, lambda: tab.policy is not None, timeout=60)
    except TimeoutError:
        raise TimeoutError(f"the peer's policy did not come: {console.state.text()}") from None
    _settle(app, console.tasks)
    shots.append(write_png(console.grab(), out / f"hub-console-federation{tag}.png"))
    console.close()
    return shots

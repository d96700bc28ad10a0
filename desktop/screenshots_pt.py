"""Pictures of the proficiency-test views for ``labnet screenshots`` (issue 21), against the demo hub: the result
form opened from a round's bulletin, the laboratory's scores (its ``pt-result`` bulletin) in the Network view, and
in the hub console the rounds with a closed round's summary and the new-round dialog.

The demo hub gets two rounds the first time (once per demo network, whatever the languages): ``PT-DEMO-1``, which
the four demo laboratories answer (sealed, through ``labnet.sync.proficiency.submit``) and which is closed a few
seconds later, after its deadline; and ``PT-DEMO-2``, open for a fortnight.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

CLOSED, OPEN = "PT-DEMO-1", "PT-DEMO-2"
# Each laboratory's cocaine and levamisole results in PT-DEMO-1 (the last one's levamisole is off the mark).
RESULTS = [(31.2, 5.1), (30.4, 4.8), (32.0, 5.3), (31.6, 6.6)]


def prepare_rounds(network: Any, demo_dir: Path) -> None:
    """The two demo rounds, made once (``PT-DEMO-1`` answered by every demo laboratory, then closed)."""
    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, NETWORK_DIR
    from labnet.protocol.keyfile import load_identity
    from labnet.protocol.pt_results import PtResult
    from labnet.sync.hub_admin import HubAdmin
    from labnet.sync.proficiency import submit

    if network.hub.store.pt.round_exists(CLOSED):
        return
    admin = HubAdmin(network.url, network.admin_token)
    lab_dirs = [demo_dir, *sorted((demo_dir / NETWORK_DIR / "labs").iterdir())]
    identities = [load_identity(folder, DEMO_KEYS_PASSPHRASE) for folder in lab_dirs]   # before the clock runs
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    labs = [identity.identity_id for identity in identities]
    deadline = now + dt.timedelta(seconds=8)
    admin.create_pt_round({"name": CLOSED, "deadline": deadline.isoformat(), "labs": labs, "items": [
        {"material": "PT-A", "analyte": "cocaine", "unit": "%"},
        {"material": "PT-A", "analyte": "levamisole", "unit": "%", "reference": 5.0, "reference_uncertainty": 0.05,
         "sigma": 0.5}]})
    admin.create_pt_round({"name": OPEN, "deadline": (now + dt.timedelta(days=14)).isoformat(), "labs": labs,
                           "items": [{"material": "PT-B", "analyte": "cocaine", "unit": "%"},
                                     {"material": "PT-B", "analyte": "heroin", "unit": "%"},
                                     {"material": "PT-C", "analyte": "cocaine", "unit": "%"}]})
    for folder, identity, (cocaine, levamisole) in zip(lab_dirs, identities, RESULTS, strict=True):
        submit(folder, identity, CLOSED, [PtResult("PT-A", "cocaine", cocaine, "%"),
                                          PtResult("PT-A", "levamisole", levamisole, "%")])
    while dt.datetime.now(dt.UTC) <= deadline + dt.timedelta(seconds=1):
        time.sleep(0.2)
    admin.close_pt_round(CLOSED)


def pt_views(app: Any, tasks: Any, window: Any, network: Any, out: Path, tag: str) -> list[Path]:
    from PySide6.QtCore import Qt

    from labnet.desktop.screenshots import _save, _save_with_dialog, _settle, _wait, write_png

    page = window.show_section("network")
    prepare_rounds(network, Path(page.data_dir))
    page.last_report = None
    page.sync_now()
    _wait(app, lambda: page.last_report is not None and page.running is None, timeout=120)
    _settle(app, tasks)

    def row(kind: str, round_id: str) -> int:
        return next(n for n, b in enumerate(page.status.bulletins)
                    if b.kind == kind and b.content.get("round") == round_id)

    shots = []
    page.bulletins.setCurrentRow(row("pt-round", OPEN))
    page.pt_actions.enter_results()
    form = page.pt_actions.form
    form.fields[0][3].setText("31.4")  # i18n: a value typed in
    _settle(app, tasks)
    shots.append(_save_with_dialog(window, form, out / f"pt-form{tag}.png"))
    form.close()
    page.bulletins.setCurrentRow(row("pt-result", CLOSED))
    _settle(app, tasks)
    shots.append(_save(window, out / f"pt-scores{tag}.png"))

    console = window.open_hub_console()
    console.resize(*window.size().toTuple())
    console.refresh()
    pt = console.pt
    _wait(app, lambda: pt.table.rowCount() >= 2, timeout=60)
    console.tabs.setCurrentWidget(pt)
    pt.select(CLOSED)
    _wait(app, lambda: pt.details is not None and pt.details.get("summary") is not None, timeout=60)
    _settle(app, console.tasks)
    shots.append(write_png(console.grab(), out / f"hub-console-pt{tag}.png"))
    pt.new_round()
    dialog = pt.dialog
    dialog.name.setText("PT-2027-1")  # i18n: data typed in
    dialog.materials.setText("PT-A, PT-B")  # i18n: data typed in
    dialog.analytes.setText("cocaine:%, levamisole:%")  # i18n: data typed in
    dialog.make_items_button.click()
    for n in range(min(3, dialog.labs.count())):
        dialog.labs.item(n).setCheckState(Qt.CheckState.Checked)
    _settle(app, console.tasks)
    shots.append(_save_with_dialog(console, dialog, out / f"hub-console-pt-new{tag}.png"))
    dialog.reject()
    console.close()
    return shots

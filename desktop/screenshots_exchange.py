"""The Exchange view's picture for ``labnet screenshots`` (issue 21), against the demo hub.

The demo network gets its exchanges the first time (once per demo network, whatever the languages), each step
through ``labnet.sync.exchange`` as the laboratories would take it: the first other laboratory offers a cocaine
standard; the demo laboratory asks for cocaine twice (the first received, the second dispatched and waiting for
its receipt); the second offers profiling of heroin and the demo laboratory submits a heroin sample; the demo
laboratory offers one of its standards, which the second asks for (offered to the demo laboratory).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any


def prepare_exchanges(demo_dir: Path) -> None:
    from labnet.catalogue.store import Catalogue
    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, NETWORK_DIR
    from labnet.protocol.keyfile import load_identity
    from labnet.sync import exchange

    first, second = sorted((demo_dir / NETWORK_DIR / "labs").iterdir())[:2]
    with Catalogue.open(first, user="demo") as cat:
        if exchange.my_offers(cat):
            return   # made for an earlier picture
    ids = {folder: load_identity(folder, DEMO_KEYS_PASSPHRASE) for folder in (demo_dir, first, second)}

    def at(folder: Path, user: str = "demo"):
        return Catalogue.open(folder, user=user)

    with at(first) as cat:
        cat.add("reference_sample", {"inventory_code": "NET-COC-1", "substance": "Cocaine", "salt_form": "hydrochloride",
                                     "purity": 99.2, "purity_unit": "%", "received_on": "2026-03-02",
                                     "expiry_on": "2029-03-01", "quantity": 100, "remaining_quantity": 100,
                                     "unit": "mg", "status": "in_use", "shareable": True, "lot": "DEMO-LOT-1"})
        exchange.offer_standard(cat, first, ids[first], "NET-COC-1", amount="25", unit="mg")
    with at(second) as cat:
        exchange.offer_profiling(cat, second, ids[second], "heroin")
    asked = []
    with at(demo_dir, "kmensah") as cat:
        for amount in ("5", "2"):
            asked.append(exchange.request_standard(cat, demo_dir, ids[demo_dir], "Cocaine", amount=amount, unit="mg",
                                                   purpose="Method validation", needed_by=(
                                                       dt.date.today() + dt.timedelta(days=30)).isoformat())["exchange"])
    with at(first) as cat:
        for ex in asked:
            exchange.step(cat, first, ids[first], ex, "accept")
            exchange.step(cat, first, ids[first], ex, "dispatch", sample="NET-COC-1", by="Abena Owusu",
                          condition="sealed, 4 °C", courier_reference=f"DHL-{ex[-4:].upper()}")
    with at(demo_dir, "kmensah") as cat:
        exchange.step(cat, demo_dir, ids[demo_dir], asked[0], "receive", inventory_code="RS-NET-0001",
                      by="Kwame Mensah", condition="intact, cold")
        heroin = next((r for r in cat.iter_records("profiling_result") if r["drug_type"] == "heroin"), None)
        if heroin is not None:
            exchange.submit_sample(cat, demo_dir, ids[demo_dir], heroin["lab_sample_number"], purpose="Linkage")
        offered = next((r for r in cat.iter_records("reference_sample") if r["status"] == "in_use"
                        and r.get("shareable") and (r.get("expiry_on") or "9") > dt.date.today().isoformat()), None)
    if offered is not None:
        with at(demo_dir, "kmensah") as cat:
            exchange.offer_standard(cat, demo_dir, ids[demo_dir], offered["inventory_code"])
        with at(second) as cat:
            exchange.request_standard(cat, second, ids[second], offered["substance"], purpose="Calibration")


def exchange_views(app: Any, tasks: Any, window: Any, network: Any, out: Path, tag: str) -> list[Path]:
    from labnet.desktop.screenshots import _save, _settle, _wait

    view = window.show_section("exchange")
    prepare_exchanges(Path(view.data_dir))
    view.refresh_from_hub()
    _wait(app, lambda: not view.busy and view.requests.rowCount() > 0, timeout=120)
    waiting = next((ex["exchange_id"] for ex in view.exchanges if ex["state"] == "dispatched"), None)
    if waiting is not None:
        view.select(waiting)
    _settle(app, tasks)
    return [_save(window, out / f"exchange{tag}.png")]

"""The demo network: ``labnet --demo`` runs a hub on loopback with three other laboratories already
enrolled and synced, so that a new user can press "Sync now" and open the hub console with no set-up; beside
it, a second demo network (East Africa, ``labnet.demo_federation``) peered with it, the two searching each
other's profiles hit/no-hit.

Everything lives in the demo's own folder (``demo-network/``), with demo keys protected by a passphrase
written in this file: nothing here is ever a real laboratory's.  The first start builds it (a minute on
a slow machine: key derivation and a few thousand records); later starts only serve the hub again, on a
free port, and point the laboratories at it.  One of the other laboratories profiled seizures from the
same production batches as the demo catalogue, and the network's cocaine method is published, so the
first sync brings links between laboratories.
"""

from __future__ import annotations

import shutil
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_KEYS_PASSPHRASE = "labnet-demo keys, never real ones"
# The demo hub's administrator (a network administrator), offered by the hub console's sign-in dialog.
DEMO_ADMIN, DEMO_ADMIN_PASSWORD = "admin", "labnet-demo administrator, never a real one"
NETWORK_DIR = "demo-network"
# (name, country, generator seed, profiles); seed 2026 is the demo catalogue's own: the same batches.
OTHER_LABS = [("Laboratoire national de Lomé", "TG", 2026, 240),
              ("NDLEA Forensic Laboratory, Lagos", "NG", 77, 320),
              ("Laboratoire de police scientifique, Abidjan", "CI", 91, 180)]
DEMO_LAB = ("Demo forensic laboratory, Accra", "GH")


@dataclass
class DemoNetwork:
    url: str
    admin_token: str     # a session of DEMO_ADMIN, signed in at start (valid an hour)
    server: object
    thread: threading.Thread
    hub: object
    east: Any = None        # the East African demo hub (labnet.demo_federation), peered with this one
    searcher: Any = None    # the two hubs' searches of each other

    def stop(self) -> None:
        if self.searcher is not None:
            self.searcher.stop()
        if self.east is not None:
            self.east.stop()
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.hub.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_demo_network(demo_dir: Path) -> DemoNetwork:
    """Serve the demo hub (building the demo network the first time) and enrol the demo catalogue's lab."""

    from labnet.hub.service import SETTINGS_FILE, Hub, HubSettings

    demo_dir = Path(demo_dir)
    folder = demo_dir / NETWORK_DIR
    hub_dir, token_file = folder / "hub", folder / "admin-token.txt"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    first = not token_file.exists()
    if first:
        hub, token = Hub.create(hub_dir, name="Demo West Africa hub", country="GH", passphrase=DEMO_KEYS_PASSPHRASE,
                                settings=HubSettings(public_url=url))
        hub.close()
        token_file.write_text(token, encoding="utf-8")
    else:
        (hub_dir / SETTINGS_FILE).write_text(HubSettings(public_url=url).to_toml(), encoding="utf-8")
    hub = Hub.open(hub_dir, DEMO_KEYS_PASSPHRASE)
    session = _admin_session(hub)
    from labnet.demo_federation import serve

    server, thread = serve(hub, port, "demo-hub")
    network = DemoNetwork(url, session, server, thread, hub)
    try:
        if first:
            _build(folder, demo_dir, network)
        else:
            for lab_dir in [demo_dir, *sorted((folder / "labs").iterdir())]:
                _point_at(lab_dir, url)
        from labnet.demo_federation import start_east

        network.east, network.searcher = start_east(folder, network)   # issue 20: a second, peered network
    except BaseException:
        network.stop()          # no hub left serving behind a demo that failed to build
        if first:               # built afresh at the next start
            token_file.unlink(missing_ok=True)
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return network


def _admin_session(hub) -> str:
    """The demo administrator's session; its password is set the first time (a demo made before named
    administrators had only the shared token, which its hub's migration turned into this account)."""
    from labnet.hub import admins

    if hub.store.admins.account(DEMO_ADMIN).password_hash is None:
        admins.set_password(hub.store, admins.local_actor(), DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
    return admins.sign_in(hub.store, DEMO_ADMIN, DEMO_ADMIN_PASSWORD, "demo")["token"]


def _point_at(lab_dir: Path, url: str) -> None:
    from labnet.sync.state import load_state, save_state

    state = load_state(lab_dir)
    if state.get("hub_url"):
        state["hub_url"] = url
        state.pop("uploads", None)          # upload addresses named the old port
        save_state(lab_dir, state)


def _enrol(lab_dir: Path, name: str, country: str, network: DemoNetwork):
    from labnet.protocol.keyfile import Passphrase, has_identity, load_identity, save_identity
    from labnet.protocol.keys import create_identity
    from labnet.sync.enrolment import enrol_online
    from labnet.sync.hub_admin import HubAdmin
    from labnet.sync.policy import write_default_policy

    if has_identity(lab_dir):
        identity = load_identity(lab_dir, DEMO_KEYS_PASSPHRASE)
    else:
        identity = create_identity("lab", name, country)
        save_identity(lab_dir, identity, Passphrase(DEMO_KEYS_PASSPHRASE))
        write_default_policy(lab_dir)
    code = HubAdmin(network.url, network.admin_token).issue_code(name, country)["code"]
    enrol_online(lab_dir, identity, code)
    return identity


def _build(folder: Path, demo_dir: Path, network: DemoNetwork) -> None:
    from labnet.catalogue.demo import generate_profiles
    from labnet.catalogue.store import Catalogue
    from labnet.demo_federation import beyond_network
    from labnet.profiling.workflows import calibrate, catalogue_population, save_calibrated_method
    from labnet.sync.client import sync_once
    from labnet.sync.hub_admin import HubAdmin
    from labnet.sync.policy import load_policy

    method = None
    for index, (name, country, seed, count) in enumerate(OTHER_LABS):
        lab_dir = folder / "labs" / f"lab-{index + 1}"
        identity = _enrol(lab_dir, name, country, network)
        beyond_network(lab_dir)   # searched by the peer network too (labnet.demo_federation)
        with Catalogue.open(lab_dir, user="demo") as cat:
            rows = [dict(r, shareable=True) for r in generate_profiles(count, seed=seed, start=100_000 * (index + 1))]
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            if method is None:   # the network's cocaine method, calibrated by the first of them
                population = catalogue_population(cat, "cocaine")
                method = save_calibrated_method(cat, "cocaine-network", population,
                                                calibrate(population, fpr=0.001))
            sync_once(lab_dir, cat, identity, load_policy(lab_dir))
    admin = HubAdmin(network.url, network.admin_token)
    admin.publish_method(method.to_json())
    admin.notice(
        "Welcome to the demo network. Press “Sync now” in the Network view to share this laboratory's "
        "shareable profiling results; links with other laboratories' seizures arrive as bulletins.")
    _enrol(demo_dir, *DEMO_LAB, network)
    beyond_network(demo_dir)

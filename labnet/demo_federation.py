"""The demo's second network (issue 20): ``labnet --demo`` runs, beside the West African demo hub, an East African
one with a laboratory of its own, the two hubs peered and searching each other hit/no-hit.

The East African laboratory profiled seizures of the same production batches as the demo catalogue (and as
Lomé's), and every demo laboratory's sharing policy lets its profiling results be searched beyond the network,
so the first search finds cross-network hits.  Each hub's policy for the other lists the network's cocaine
method (published on both, the same definition) and releases the seizure's country and month with a hit.

The hubs search each other when they are built, and then whenever a laboratory's bundle changed either
network's profiles (a look every few seconds, ``Searcher``: the job ``labnet-hub peer search`` and ``peer deliver`` do for
a real hub on a timer), so the demo laboratory's own profiles are searched in the other network once its first
"Sync now" has sent them; its Network view then lists its cross-network hits.

Everything lives in the demo's folder (``demo-network/hub-east`` and ``demo-network/labs-east``); a later start
serves the East hub again on a free port and tells each hub the other's new address.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

EAST_HUB = ("Demo East Africa hub", "KE")
# (name, country, generator seed, profiles, first sample number); seed 2026: the demo catalogue's batches.
EAST_LABS = [("Government Chemist, Nairobi", "KE", 2026, 160, 500_000)]
WEST_NAME, EAST_NAME = "west-africa", "east-africa"   # what each hub calls the other
SEARCH_EVERY = 3.0   # seconds between two looks for a network's profiles that changed
POLICY = """version = 1
methods = [{method}]

[fields]
seizure_country = "keep"
seizure_date = "generalise"
"""


@dataclass
class DemoHub:
    url: str
    admin_token: str
    server: Any
    thread: threading.Thread
    hub: Any

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.hub.close()


@dataclass
class Searcher:
    """The hubs search each other when either network's profiles changed (a bundle queued for linking)."""

    pairs: list[tuple[Any, str]]                       # (hub, its name for the peer)
    seen: dict[int, int] = field(default_factory=dict)  # id(hub) -> the link job last searched after
    stopping: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def search(self, hub: Any, peer: str) -> None:
        from labnet.hub import federation_search

        self.seen[id(hub)] = hub.store.links.last_job()
        federation_search.build(hub, peer, "demo")
        federation_search.deliver(hub, peer)

    def tick(self) -> None:
        # A network's profiles changed: its queries may find more, and so may the peer's — both search.
        if any(hub.store.links.last_job() != self.seen.get(id(hub)) for hub, _ in self.pairs):
            for hub, peer in self.pairs:
                self.search(hub, peer)

    def start(self) -> None:
        for hub, _ in self.pairs:
            self.seen.setdefault(id(hub), hub.store.links.last_job())

        def run() -> None:
            while not self.stopping.wait(SEARCH_EVERY):
                try:
                    self.tick()
                except Exception:   # noqa: BLE001 - a search that fails is tried at the next change
                    log.exception("a demo network's search of its peer failed")

        self.thread = threading.Thread(target=run, name="demo-federation", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(timeout=30)


def serve(hub: Any, port: int, name: str) -> tuple[Any, threading.Thread]:
    """``hub`` served on loopback in a thread, once it answers."""
    import time

    import uvicorn

    from labnet.hub.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(hub), host="127.0.0.1", port=port, log_level="warning",
                                           log_config=None))
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the demo hub did not start")
        time.sleep(0.05)
    return server, thread


def start_east(folder: Path, west: Any) -> tuple[DemoHub, Searcher]:
    """Serve the East African demo hub (building it, its laboratory and the peering the first time) beside
    ``west`` (the running West African demo network); the searcher is started."""
    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, _admin_session, _free_port, _point_at
    from labnet.hub.service import SETTINGS_FILE, Hub, HubSettings

    hub_dir = folder / "hub-east"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    first = not (hub_dir / SETTINGS_FILE).exists() or not (folder / "east-peered").exists()
    if first and (hub_dir / SETTINGS_FILE).exists():   # an East hub half built: built again
        import shutil

        shutil.rmtree(hub_dir)
        shutil.rmtree(folder / "labs-east", ignore_errors=True)
    if first:
        hub, _ = Hub.create(hub_dir, name=EAST_HUB[0], country=EAST_HUB[1], passphrase=DEMO_KEYS_PASSPHRASE,
                            settings=HubSettings(public_url=url))
        hub.close()
    else:
        (hub_dir / SETTINGS_FILE).write_text(HubSettings(public_url=url).to_toml(), encoding="utf-8")
    hub = Hub.open(hub_dir, DEMO_KEYS_PASSPHRASE)
    token = _admin_session(hub)
    server, thread = serve(hub, port, "demo-hub-east")
    east = DemoHub(url, token, server, thread, hub)
    try:
        if first:
            _build(folder, west, east)
        else:
            for lab_dir in sorted((folder / "labs-east").iterdir()):
                _point_at(lab_dir, url)
            _readdress(west.hub, EAST_NAME, east.url)
            _readdress(east.hub, WEST_NAME, west.url)
    except BaseException:
        east.stop()
        raise
    searcher = Searcher([(west.hub, EAST_NAME), (east.hub, WEST_NAME)])
    searcher.start()
    return east, searcher


def _readdress(hub: Any, peer_name: str, url: str) -> None:
    """The peer serves on another port at this start: the pinned peer's address follows (its keys do not)."""
    from labnet.hub.federation import store

    fed = store(hub)
    peer = fed.peer(peer_name)
    if peer is None or peer["url"] == url:
        return
    with hub.store.transaction() as conn:
        fed.add_peer(conn, name=peer_name, hub_id=peer["hub_id"], signing_key_id=peer["signing_key_id"], url=url,
                     identity=peer["identity"], methods=json.loads(peer["methods"]), at=peer["added_at"],
                     via=peer["via"])


def beyond_network(lab_dir: Path) -> None:
    """A demo laboratory's sharing policy: its profiling results may be searched by other networks too."""
    from labnet.sync.policy import DEFAULT_POLICY_TOML, policy_path

    marker = "[profiling_result]\nshare = true\n"
    assert marker in DEFAULT_POLICY_TOML   # internal: the default policy's form this relies on
    policy_path(lab_dir).write_text(DEFAULT_POLICY_TOML.replace(marker, marker + "beyond_network = true\n"),
                                    encoding="utf-8")


def _build(folder: Path, west: Any, east: DemoHub) -> None:
    from labnet.catalogue.demo import generate_profiles
    from labnet.catalogue.store import Catalogue
    from labnet.demo_network import _enrol
    from labnet.hub import federation
    from labnet.hub.linking import NetworkLinker
    from labnet.sync.client import sync_once
    from labnet.sync.policy import load_policy

    # The network's cocaine method, the very definition the West published: the same fingerprint on both.
    [method] = [json.loads(row["definition"]) for row in west.hub.store.links.methods_oldest_first()]
    NetworkLinker(east.hub).publish_method(method)
    for index, (name, country, seed, count, start) in enumerate(EAST_LABS):
        lab_dir = folder / "labs-east" / f"lab-{index + 1}"
        identity = _enrol(lab_dir, name, country, east)
        beyond_network(lab_dir)
        with Catalogue.open(lab_dir, user="demo") as cat:
            # seized in Kenya (the generator's seizures are West African): the country a hit releases
            rows = [dict(r, shareable=True, seizure_country=country, seizure_region=None, seizure_place=None,
                         seizure_reference=f"{country}-{r['seizure_reference'].split('-', 1)[1]}")
                    for r in generate_profiles(count, seed=seed, start=start)]
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            sync_once(lab_dir, cat, identity, load_policy(lab_dir))
    # Peering as ``labnet-hub peer invite | accept | import`` does it by file, both hubs pinning the other's keys.
    invitation, _code, _expires = federation.invite(west.hub, EAST_NAME, "demo")
    reply, _ = federation.accept(east.hub, invitation, "demo", WEST_NAME)
    federation.register_reply(west.hub, reply, "demo", "file")
    label = f"{method['name']} v{method['method_version']}"
    for hub, peer in ((west.hub, EAST_NAME), (east.hub, WEST_NAME)):
        path = hub.folder / "federation" / f"{peer}.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(POLICY.format(method=json.dumps(label)), encoding="utf-8")
    searcher = Searcher([(east.hub, WEST_NAME), (west.hub, EAST_NAME)])
    for hub, peer in searcher.pairs:   # the first searches: the other laboratories' hits, both ways
        searcher.search(hub, peer)
    (folder / "east-peered").write_text("the East African demo hub is built and peered\n", encoding="utf-8")

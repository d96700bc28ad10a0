"""Proficiency-test results travel sealed (issue 21): what ``labnet.sync.proficiency.submit`` sends to a hub process,
recorded by a relay on loopback between the laboratory and the hub, holds none of the results in clear; the hub
opens them and keeps them."""

from __future__ import annotations

import datetime as dt
import socket
import threading

import pytest
import requests

from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.protocol.keyfile import load_identity
from labnet.protocol.pt_results import PtResult
from labnet.sync.client import HubClient
from labnet.sync.proficiency import submit

pytestmark = pytest.mark.slow  # a hub process and a laboratory made by labnet init and enrol


class Relay:
    """A TCP relay on loopback to ``port`` that keeps every byte the client sends."""

    def __init__(self, port: int):
        self.target = port
        self.sent = bytearray()
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, record: bool) -> None:
        try:
            while data := source.recv(65536):
                if record:
                    with self.lock:
                        self.sent += data
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.server.close()


def test_the_results_on_the_wire_are_sealed_and_the_hub_keeps_them(hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    folder = tmp_path / "lab"
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Wire lab", "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code("Wire lab")]) == 0
    identity = load_identity(folder, LAB_PASSPHRASE)
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(microsecond=0).isoformat()
    created = requests.post(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30, json={
        "name": "PT-WIRE", "deadline": deadline, "labs": [identity.identity_id],
        "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                  {"material": "PT-A", "analyte": "levamisole", "unit": "%"}]})
    assert created.status_code == 200, created.text
    relay = Relay(hub.port)
    try:
        answer = submit(folder, identity, "PT-WIRE", [PtResult("PT-A", "cocaine", 31.4159, "%"),
                                                      PtResult("PT-A", "levamisole", 4.2718, "%")],
                        client=HubClient(relay.url))
    finally:
        relay.close()
    assert answer["accepted"] == 2
    wire = bytes(relay.sent)
    assert b"POST /v1/pt/PT-WIRE/results" in wire and b'"sealed":"' in wire   # the submission went through it
    for clear in (b"31.4159", b"4.2718", b"cocaine", b"levamisole", b"PT-A"):
        assert clear not in wire
    # the hub opened it: the round's list counts both results from the one laboratory
    listed = requests.get(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30).json()
    assert [(r["round"], r["results"], r["submitted"]) for r in listed] == [("PT-WIRE", 2, 1)]

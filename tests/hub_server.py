"""A real hub for tests: keys, store and the FastAPI app on uvicorn, on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from sync.hub.app import create_app
from sync.hub.service import Hub, HubSettings

PASSPHRASE = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningHub:
    """``Hub.create`` + ``create_app`` served in a thread; ``stop()`` shuts it down cleanly."""

    def __init__(self, folder: Path, **settings):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.hub, self.admin_token = Hub.create(folder, name="East Africa hub", country="KE", passphrase=PASSPHRASE,
                                                settings=HubSettings(public_url=self.url, **settings))
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.hub), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test hub did not start")
            time.sleep(0.02)

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.hub.close()

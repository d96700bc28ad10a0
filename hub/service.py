"""One hub: its folder, keys, store, uploads and limits, opened once per process.

The hub's folder holds ``keys/`` (its identity, the private part encrypted
exactly like a laboratory's), ``hub.db`` (labs, codes, sessions, bundles,
the network's records, receipts, bulletins; or a PostgreSQL database, ``database`` in ``hub.toml``), ``uploads/`` (tus uploads in
progress and completed) and ``bundles/`` (every sealed bundle received,
kept content-addressed for audit), and ``hub.toml``, the settings.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from labnet.common.clock import file_stamp
from labnet.protocol.errors import SyncError
from labnet.protocol.keyfile import Passphrase, has_identity, load_identity, save_identity
from labnet.protocol.keys import Identity, create_identity

from . import admins
from .db import DATABASE_ENV, SQLITE, SqliteDatabase
from .store import HUB_DB, HubError, HubStore, migrate_file
from .uploads import ROOMS as UPLOAD_ROOMS
from .uploads import UploadStore

PASSPHRASE_ENV = "LABNET_HUB_PASSPHRASE"
SETTINGS_FILE = "hub.toml"


@dataclass(frozen=True)
class HubSettings:
    """Limits and addresses; every field can be set in ``hub.toml``."""

    public_url: str = "http://127.0.0.1:8765"
    max_upload_bytes: int = 32 * 1024 * 1024        # one bundle part, sealed
    max_request_bytes: int = 1024 * 1024             # any JSON request body
    max_payload_bytes: int = 256 * 1024 * 1024       # one bundle part, decompressed
    upload_lifetime_hours: int = 7 * 24
    enrolment_code_hours: int = 14 * 24
    requests_per_minute: int = 600                   # per laboratory (a sync makes a few dozen)
    header_timeout_seconds: int = 10                 # to send a request's headers (see hub/serving.py)
    body_grace_seconds: int = 10                     # then a body must keep up body_min_bytes_per_second
    body_min_bytes_per_second: int = 1024            # (see hub/limits.py); 64 kbit/s carries 8 kB/s
    slow_requests_per_address: int = 8               # bodies still arriving after 2 s, at once, per address
    connections_per_address: int = 32                # open connections per client address (hub/serving.py)
    open_uploads_per_lab: int = 4                    # unfinished uploads a laboratory may have at once
    min_free_disk_mb: int = 1024                     # /health fails below this much free disk (hub/health.py)
    database: str = ""                               # a postgresql:// URL; empty: hub.db in the folder (hub/db.py)

    @classmethod
    def load(cls, folder: Path) -> HubSettings:
        path = folder / SETTINGS_FILE
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise HubError(f"{path} is not valid TOML: {exc}") from None
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise HubError(f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(known)}")
        for name, value in data.items():
            text = known[name] == "str"
            if not (isinstance(value, str) if text else
                    isinstance(value, int) and not isinstance(value, bool) and value > 0):
                raise HubError(f"{path}: {name} must be {'text' if text else 'a positive whole number'}")
        return cls(**data)

    def to_toml(self) -> str:
        lines = ["# LabNet hub settings (see docs/hub-operations.md)."]
        for f in fields(self):
            value = getattr(self, f.name)
            lines.append(f'{f.name} = "{value}"' if isinstance(value, str) else f"{f.name} = {value}")
        return "\n".join(lines) + "\n"


def database_target(folder: Path, given: str | None = None, settings: HubSettings | None = None) -> str | Path:
    """The hub's store: ``given`` (``--database``), else ``$LABNET_HUB_DATABASE``, else ``database`` in
    ``hub.toml``, else the SQLite file ``hub.db`` in the hub's folder."""
    chosen = given or os.environ.get(DATABASE_ENV) or (settings or HubSettings.load(folder)).database
    return chosen or Path(folder) / HUB_DB


def migrate_uploads_file(root: Path) -> None:
    """``uploads/uploads.db`` (an SQLite hub's uploads and ingest queue) brought to its rooms' latest versions once
    across processes, as the hub's file is (``hub/store.py``): ``UploadStore`` then finds nothing to do.  The copy
    before is named as ``hub/uploads.py`` names it."""
    root.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(root / "uploads.db", busy_timeout=15)
    try:
        migrate_file(database, UPLOAD_ROOMS, history=None,
                     backup_to=lambda step: root / f"uploads.before-schema-{step}.{file_stamp()}.db")
    finally:
        database.close()


class Hub:
    """An opened hub: identity unlocked, store and uploads ready."""

    def __init__(self, folder: Path, identity: Identity, settings: HubSettings, *, clock=None,
                 database: str | None = None, have_backup: bool = False):
        self.folder = Path(folder)
        self.identity = identity
        self.settings = settings
        store_args = {"clock": clock} if clock else {}
        # The uploads' state, the ingest queue and the rate limits: in the store when it is PostgreSQL, else in
        # uploads/uploads.db (hub/uploads.py says why).
        self.store = HubStore(database_target(self.folder, database, settings), backup_dir=self.folder,
                              have_backup=have_backup, postgres_rooms=UPLOAD_ROOMS, **store_args)
        if self.store.dialect == SQLITE:
            migrate_uploads_file(self.folder / "uploads")
        self.uploads = UploadStore(self.folder / "uploads", max_size=settings.max_upload_bytes,
                                   lifetime=dt.timedelta(hours=settings.upload_lifetime_hours),
                                   max_open=settings.open_uploads_per_lab, database=self.store.database,
                                   have_backup=have_backup, **store_args)
        self.bundles_dir = self.folder / "bundles"
        self.bundles_dir.mkdir(exist_ok=True)

    @property
    def key_id(self) -> str:
        """The hub's signing key id: what enrolment codes name and labs pin."""
        return self.identity.public.signing_key_id

    @classmethod
    def create(cls, folder: str | Path, *, name: str, country: str, passphrase: str,
               settings: HubSettings | None = None, suite_code: str | None = None,
               database: str | None = None) -> tuple[Hub, str]:
        """Make a new hub in ``folder``; returns it and the one-time token of its first administrator, ``admin``
        (shown once; it serves only to set that account's password, ``labnet.hub.admins``).  ``database``
        (a ``postgresql://`` URL) is written to ``hub.toml``: every later command opens that store."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if has_identity(folder):
            raise HubError(f"{folder} already holds a hub; LabNet never overwrites a hub's keys")
        extra = {"suite_code": suite_code} if suite_code else {}
        try:
            identity = create_identity("hub", name, country, **extra)
            save_identity(folder, identity, Passphrase(passphrase))
        except SyncError as exc:
            raise HubError(exc.user_message) from None
        settings = settings or HubSettings()
        if database:
            settings = replace(settings, database=database)
        if not (folder / SETTINGS_FILE).exists():
            (folder / SETTINGS_FILE).write_text(settings.to_toml(), encoding="utf-8")
        hub = cls(folder, identity, settings)
        return hub, admins.add_first(hub.store)

    @classmethod
    def open(cls, folder: str | Path, passphrase: str | None, *, clock=None, database: str | None = None,
             have_backup: bool = False) -> Hub:
        folder = Path(folder)
        if not has_identity(folder):
            raise HubError(f"{folder} holds no hub; create one with “labnet-hub init --data-dir {folder}”")
        try:
            identity = load_identity(folder, passphrase)
        except SyncError as exc:
            raise HubError(exc.user_message.replace("laboratory's", "hub's")) from None
        return cls(folder, identity, HubSettings.load(folder), clock=clock, database=database, have_backup=have_backup)

    def close(self) -> None:
        self.uploads.close()
        self.store.close()

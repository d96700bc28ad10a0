"""Is the hub able to do its work? ``GET /health`` and ``labnet-hub check`` ask the same questions.

- the database: ``hub.db`` (or the PostgreSQL database) opens (on a connection of its own, so a long ingest holding the store's lock does
  not make the hub look dead) and its schema is the one this program knows: an older one is migrated at start
  (with a copy first), a newer one is refused.  ``/health`` asks on a thread of its own and waits at most
  ``DATABASE_SECONDS``: a database that does not answer (a server stopped, a table locked) is said to be "not
  answering" instead of holding the probe — and, on the event loop, every request of the process;
- free disk in the hub's folder, at least ``min_free_disk_mb`` (``hub.toml``): uploads and bundles land there;
- the keys: unlocked, able to sign, and the ones on disk (a ``rotate-keys`` since the start needs a restart);
- for ``check`` only: files readable by others, and the TLS certificate's expiry.

Each check answers ``(ok, sentence)``; a failing one's sentence says what is wrong and what to do.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import sqlite3
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from labnet import __version__
from labnet.common import sqlite as common_sqlite
from labnet.protocol.errors import SyncError
from labnet.protocol.keyfile import load_public_identity
from labnet.protocol.keys import Identity

from .store import HISTORY, MIGRATIONS

MIB = 1024 * 1024
DATABASE_SECONDS = 5.0   # /health's wait for the database's answer (PostgreSQL's connect_timeout is 3 s)
PROBES_AT_ONCE = 4       # database probes left waiting on a stuck database before /health stops starting more


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def to_json(self) -> dict:
        return {"ok": self.ok, "detail": self.detail}


def known_schema() -> int:
    """The hub room's latest migration: the schema this program writes."""
    return MIGRATIONS[-1][0]


def database(folder: Path, target: str | Path | None = None) -> Check:
    """The store opens, and its schema is not newer than this program's (read without changing anything).

    ``target``: the hub's store (``hub/db.py``), by default the one ``labnet.hub.service.database_target`` names."""
    from .db import is_postgres, redacted
    from .service import database_target

    target = database_target(folder) if target is None else target
    if is_postgres(target):
        where = f"PostgreSQL {redacted(str(target))}"   # as Database.described says it
        try:
            from .db_postgres import probe_versions

            versions, legacy = probe_versions(str(target)), 0
        except Exception as exc:   # psycopg missing, the server down, a wrong password: said, not raised
            return Check("database", False, f"{where} cannot be read: {exc}")
        return _schema(where, versions.get("hub"), legacy)
    path = Path(target)
    if not path.exists():
        return Check("database", False, f"{path} does not exist")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)   # a probe does not wait long
        try:
            versions = common_sqlite.room_versions(conn)
            legacy = common_sqlite.user_version(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Check("database", False, f"{path} cannot be read: {exc}")
    return _schema(f"SQLite {path}", versions.get("hub"), legacy)


def _schema(where: str, found: int | None, legacy: int) -> Check:
    known = known_schema()
    if found is None:   # a file from before rooms: its version is PRAGMA user_version (HISTORY)
        if legacy > HISTORY.mark:
            return Check("database", False, f"{where} has schema {legacy}, newer than this hub knows (up to "
                                            f"{HISTORY.mark}): install the newer LabNet that wrote it")
        return Check("database", True, f"{where}: schema {legacy} from before rooms: migrated to hub {known} at "
                                       "the next start (a copy is taken first)")
    if found > known:
        return Check("database", False, f"{where} has schema hub {found}, newer than this hub knows (hub {known}): "
                                        "install the newer LabNet that wrote it; it was not changed")
    if found < known:
        return Check("database", True, f"{where}: schema hub {found}: migrated to hub {known} at the next start (a "
                                       "copy is taken first)")
    return Check("database", True, f"{where}: schema hub {found}")


def disk(folder: Path, min_free_mb: int) -> Check:
    free = shutil.disk_usage(folder).free
    detail = f"{free / MIB:,.0f} MiB free in {folder} (at least {min_free_mb:,} MiB wanted, hub.toml min_free_disk_mb)"
    if free < min_free_mb * MIB:
        return Check("disk", False, "only " + detail + ": uploads will fail; free space or move the hub's folder")
    return Check("disk", True, detail)


def keys(folder: Path, identity: Identity | None) -> Check:
    """Unlocked keys that sign, and the same as those on disk (else a rotation since the start wants a restart)."""
    if identity is None or not identity.key_sets:
        return Check("keys", False, "the hub's keys are not unlocked")
    message = b"labnet-hub-health"
    try:
        identity.current.signing.public_key().verify(identity.sign(message), message)
    except Exception as exc:   # InvalidSignature or a broken key object: either way it cannot sign
        return Check("keys", False, f"the hub's signing key does not sign ({type(exc).__name__})")
    try:
        on_disk = load_public_identity(folder).signing_key_id
    except SyncError as exc:
        return Check("keys", False, f"the hub's key file cannot be read: {exc.user_message}")
    if on_disk != identity.public.signing_key_id:
        return Check("keys", False, f"the keys on disk ({on_disk[:16]}…) are not the ones this hub runs with "
                                    f"({identity.public.signing_key_id[:16]}…): restart it to use them")
    return Check("keys", True, f"unlocked; signing key {identity.public.signing_key_id[:16]}…")


def permissions(folder: Path) -> Check:
    """Every folder 0700 and every file 0600 at most: the hub's data is the network's, nobody else's."""
    loose = []
    for path in [folder, *folder.rglob("*")]:
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:   # an upload finished or a temporary file renamed meanwhile
            continue
        if stat.S_IMODE(mode) & 0o077 and not stat.S_ISLNK(mode):
            loose.append(f"{path} ({stat.S_IMODE(mode):04o})")
    if loose:
        shown = ", ".join(loose[:10]) + (f" and {len(loose) - 10} more" if len(loose) > 10 else "")
        return Check("permissions", False, f"readable or writable by others: {shown}; "
                                           f"fix with: chmod -R go-rwx {folder}")
    return Check("permissions", True, f"{folder}: folders 0700, files 0600")


def certificate(path: Path, warn_days: int, now: dt.datetime | None = None) -> Check:
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError) as exc:
        return Check("certificate", False, f"{path} is not a readable PEM certificate ({exc})")
    expires = cert.not_valid_after_utc
    left = expires - (now or dt.datetime.now(dt.UTC))
    if left.total_seconds() <= 0:
        return Check("certificate", False, f"{path} expired on {expires.isoformat()}")
    if left < dt.timedelta(days=warn_days):
        return Check("certificate", False, f"{path} expires on {expires.isoformat()}, in {left.days} day(s): "
                                           "renew it")
    return Check("certificate", True, f"{path} valid until {expires.isoformat()} ({left.days} days)")


def _described(target: str | Path) -> str:
    from .db import is_postgres, redacted

    return f"PostgreSQL {redacted(str(target))}" if is_postgres(target) else f"SQLite {target}"


class DatabaseProbe:
    """``database`` run on a thread of its own for ``/health``, waited for at most ``seconds``: a probe left
    waiting on a stuck database ends when the database answers (or its own timeouts end it), and no more than
    ``PROBES_AT_ONCE`` are left waiting at once."""

    def __init__(self, folder: Path, target: str | Path, seconds: float = DATABASE_SECONDS):
        self.folder, self.target, self.seconds = folder, target, seconds
        self._waiting = 0
        self._lock = threading.Lock()

    def _not_answering(self, why: str) -> Check:
        return Check("database", False, f"{_described(self.target)} is not answering ({why}): is its server up, "
                                        "and is nothing holding a lock on its tables?")

    async def check(self) -> Check:
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Check] = loop.create_future()
        with self._lock:
            if self._waiting >= PROBES_AT_ONCE:
                return self._not_answering(f"{self._waiting} earlier checks are still waiting for it")
            self._waiting += 1

        def probe() -> None:
            try:
                result = database(self.folder, self.target)
            except Exception as exc:   # never raised into nothing: said as the check's answer
                result = Check("database", False, f"{_described(self.target)} cannot be checked: {exc}")
            finally:
                with self._lock:
                    self._waiting -= 1
            def give() -> None:
                if not answer.done():   # still awaited (not given up after DATABASE_SECONDS)
                    answer.set_result(result)

            try:
                loop.call_soon_threadsafe(give)
            except RuntimeError:   # the app stopped meanwhile: nobody is waiting
                pass

        threading.Thread(target=probe, name="labnet-hub-health-database", daemon=True).start()
        try:
            return await asyncio.wait_for(asyncio.shield(answer), self.seconds)
        except TimeoutError:
            return self._not_answering(f"no answer within {self.seconds:g} s")


def install(app: FastAPI, hub) -> None:
    probe = DatabaseProbe(hub.folder, hub.store.target)

    @app.get("/health", tags=["service"], responses={503: {"description": "not healthy: `problems` says why"}})
    async def health() -> JSONResponse:
        """Can the hub work? The database, free disk and the unlocked keys (no authentication; 503 with the
        problems when not)."""
        # Not in the thread pool that sign-ins and imports can fill: a monitor's probe should not queue behind
        # an attack on the slow routes (tests/test_hub_attacks.py probes it).  The disk and the keys take ~1 ms
        # of CPU on the event loop (a statvfs, a key file read, a signature); the database is asked on a thread
        # of its own and waited for a bounded time (a stuck one would hold the loop, so every request).
        checks = [await probe.check(), disk(hub.folder, hub.settings.min_free_disk_mb),
                  keys(hub.folder, hub.identity)]
        problems = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
        body = {"status": "unhealthy" if problems else "ok", "version": __version__, "hub_key_id": hub.key_id,
                "checks": {c.name: c.to_json() for c in checks}}
        if problems:
            body["problems"] = problems
        return JSONResponse(body, status_code=503 if problems else 200)

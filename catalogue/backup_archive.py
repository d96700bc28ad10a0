"""The backup file: one zip a person can carry, with a manifest of SHA-256 digests.

Members mirror the data folder: ``catalogue.db`` (a snapshot made with
SQLite's online backup API, whose tables hold the sync state: the outbox, what
the laboratory knows of its hub, the bulletins kept), ``attachments/ab/<sha256>``, the laboratory's
``keys/`` (the key file is encrypted), the sealed bundles being sent
(``sending/*.lnb``) and ``sharing-policy.toml``; then
``manifest.json``, listing every other member with its size and SHA-256.
Reading a backup checks every member against the manifest (and the zip's own
CRC-32), refuses a member the manifest does not list or a name a backup never
holds, and so can never write outside the folder it unpacks into.

The names of the data folder's network files are sync's (``labnet.protocol.keyfile``,
``labnet.sync.client``, ``labnet.sync.policy``); the catalogue does not import sync, and a
test checks that the names here are the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Number

from .errors import CatalogueError, Message

FORMAT = "labnet-backup"
VERSION = 1
SUFFIX = ".labnet-backup"
MANIFEST = "manifest.json"
# The data folder's names are common.labfolder's, as every module that writes them takes them.
DATABASE = LabFolder.CATALOGUE
ATTACHMENTS_DIR = LabFolder.ATTACHMENTS
KEYS_DIR = LabFolder.KEYS
NETWORK_FILE = LabFolder.NETWORK
BULLETINS_FILE = LabFolder.BULLETINS
SENDING_DIR = LabFolder.SENDING
POLICY_FILE = LabFolder.POLICY

# What travels together and is replaced together on restore: keys as a whole folder; the sync state's files as
# one (the upload addresses name the bundles kept in sending/).  What the laboratory knows of its hub and the
# bulletins it kept are in the catalogue's tables since sync 4 (labnet.sync.schema), so the snapshot carries them
# with the outbox; older backups carry them as network.json and bulletins.jsonl, which a restore puts back and
# the catalogue's upgrade then imports.
SYNC_STATE = "sync state"
UNITS: dict[str, tuple[str, ...]] = {
    "keys": (KEYS_DIR,),
    SYNC_STATE: (NETWORK_FILE, BULLETINS_FILE, SENDING_DIR),
    "sharing policy": (POLICY_FILE,),
}

_HEX64 = r"[0-9a-f]{64}"
_ALLOWED = re.compile(rf"""(?x)
    {re.escape(DATABASE)}
  | {ATTACHMENTS_DIR}/[0-9a-f]{{2}}/{_HEX64}
  | {KEYS_DIR}/[A-Za-z0-9_-][A-Za-z0-9._-]{{0,100}}
  | {re.escape(NETWORK_FILE)} | {re.escape(BULLETINS_FILE)} | {re.escape(POLICY_FILE)}
  | {SENDING_DIR}/[A-Za-z0-9_-][A-Za-z0-9._-]{{0,100}}\\.lnb""")
CHUNK = 1 << 20
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"


def allowed_name(name: str) -> bool:
    return bool(_ALLOWED.fullmatch(name)) and ".." not in name


def attachment_member(name: str) -> str | None:
    """The digest an ``attachments/ab/<digest>`` member is filed under, else None."""
    if name.startswith(ATTACHMENTS_DIR + "/") and allowed_name(name):
        parts = name.split("/")
        return parts[2] if parts[2].startswith(parts[1]) else None
    return None


def data_folder_members(data_dir: Path) -> list[tuple[str, Path]]:
    """The data folder's files a backup carries besides the database, as (member name, file)."""
    found: list[tuple[str, Path]] = []
    files = data_dir / ATTACHMENTS_DIR
    if files.is_dir():
        for f in sorted(files.glob("??/*")):
            name = f"{ATTACHMENTS_DIR}/{f.parent.name}/{f.name}"
            if f.is_file() and attachment_member(name):
                found.append((name, f))
    for folder, pattern in ((KEYS_DIR, "*"), (SENDING_DIR, "*.lnb")):
        for f in sorted((data_dir / folder).glob(pattern)):
            name = f"{folder}/{f.name}"
            if f.is_file() and allowed_name(name) and not f.name.endswith((".tmp", ".partial")):
                found.append((name, f))
    # Not network.json nor bulletins.jsonl: the catalogue's tables hold them now (a file left by an older LabNet
    # is the catalogue's upgrade's to import, and is not the state).
    if (data_dir / POLICY_FILE).is_file():
        found.append((POLICY_FILE, data_dir / POLICY_FILE))
    return found


@dataclass
class Findings:
    """What verifying the catalogue found when the backup was written (it is written all the same: the data
    are still the laboratory's, and the altered state is evidence).  ``problems`` are the English sentences
    of ``integrity.verify``, compared as they are when the backup is checked again."""

    checked_at: str
    problems: list[str]

    def to_json(self) -> dict:
        return {"checked_at": self.checked_at, "problems": list(self.problems)}

    @classmethod
    def parse(cls, doc: object) -> Findings | None:
        if doc is None:
            return None
        if (not isinstance(doc, dict) or not isinstance(doc.get("checked_at"), str)
                or not isinstance(doc.get("problems"), list) or not doc["problems"]
                or not all(isinstance(p, str) for p in doc["problems"])):
            raise ValueError("findings")  # internal: caught by Manifest.parse, said as a damaged manifest
        return cls(doc["checked_at"], list(doc["problems"]))


@dataclass
class Manifest:
    created_at: str
    catalogue_id: str
    members: dict[str, dict] = field(default_factory=dict)   # name -> {"size", "sha256"}
    findings: Findings | None = None   # the catalogue did not verify when this was written

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "created_at": self.created_at,
               "catalogue_id": self.catalogue_id,
               "members": [{"name": n, **m} for n, m in self.members.items()]}
        if self.findings is not None:   # absent otherwise: an older LabNet reads the same manifest as before
            doc["findings"] = self.findings.to_json()
        return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes, path: Path) -> Manifest:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("format")  # internal: caught below, said as a damaged manifest
            if doc.get("version") != VERSION:
                raise CatalogueError(Message("{path} is a backup of format {version}, which this version of "
                                             "LabNet does not know; install a newer LabNet to restore it.",
                                             path=path, version=doc.get("version")))
            members: dict[str, dict] = {}
            for m in doc["members"]:
                name, size, sha = m["name"], m["size"], m["sha256"]
                if (not isinstance(name, str) or not isinstance(size, int) or not isinstance(sha, str)
                        or not re.fullmatch(_HEX64, sha) or name in members):
                    raise ValueError("member")  # internal: caught below, said as a damaged manifest
                members[name] = {"size": size, "sha256": sha}
            return cls(str(doc["created_at"]), str(doc["catalogue_id"]), members, Findings.parse(doc.get("findings")))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise CatalogueError(Message("{path} is damaged: its list of contents (manifest) cannot be read; it "
                                         "cannot be restored.", path=path)) from None


def copy_hashing(src: IO[bytes], out: IO[bytes], progress: Callable[[int], None] | None = None,
                 limit: int | None = None) -> tuple[int, str]:
    """Copy ``src`` to ``out``, returning its size and SHA-256; stops one block past ``limit`` bytes (a
    member that inflates beyond the size the manifest gives it is refused without filling the disk)."""
    digest, size = hashlib.sha256(), 0
    for block in iter(lambda: src.read(CHUNK), b""):
        digest.update(block)
        size += len(block)
        if limit is not None and size > limit:
            break
        out.write(block)
        if progress:
            progress(len(block))
    return size, digest.hexdigest()


def write_archive(target: Path, catalogue_id: str, database: Path, others: Iterable[tuple[str, Path]],
                  progress: Callable[[int], None] | None = None, findings: Findings | None = None) -> Manifest:
    """Write the zip at ``target``: the database (compressed), the other files as they are, the manifest last
    (with ``findings`` when the catalogue did not verify)."""
    manifest = Manifest(dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), catalogue_id,
                        findings=findings)
    stamp = dt.datetime.now().timetuple()[:6]
    with zipfile.ZipFile(target, "w", allowZip64=True) as zf:
        for name, path in [(DATABASE, database), *others]:
            info = zipfile.ZipInfo(name, stamp)
            # The database shrinks to a fraction; certificates (PDF, images) are compressed already.
            info.compress_type = zipfile.ZIP_DEFLATED if name == DATABASE or name.endswith(
                (".json", ".jsonl", ".toml")) else zipfile.ZIP_STORED
            # Level 1: a 158 MB catalogue in 3.3 s to 34 MB, where the default 6 takes 7.6 s for 29 MB.
            # (ZipInfo has no public level before Python 3.13's compress_level; 3.11 reads _compresslevel.)
            if sys.version_info >= (3, 13):
                info.compress_level = 1
            else:
                info._compresslevel = 1  # type: ignore[attr-defined]  # private before 3.13
            with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as out:
                size, sha = copy_hashing(src, out, progress)
            if attachment_member(name) not in (None, sha):
                # A backup carries attached files only under their digest (restore refuses any other).
                raise CatalogueError(Message(
                    "The attached file {name} in the catalogue folder was altered after it was attached (its "
                    "content no longer has the digest it is filed under), so no backup can carry it; nothing was "
                    "written. “labnet audit verify” names it: keep the folder as it is and tell your quality "
                    "manager.", name=path))
            manifest.members[name] = {"size": size, "sha256": sha}
        info = zipfile.ZipInfo(MANIFEST, stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, manifest.to_bytes())
    return manifest


def damaged(path: Path, detail: object) -> CatalogueError:
    return CatalogueError(Message("{path} is damaged or incomplete ({detail}); it cannot be restored. It may have "
                                  "been cut short while being copied: copy it again, or use another backup.",
                                  path=path, detail=str(detail)))


@dataclass
class Unpacked:
    """What reading the archive found: the manifest, and the members written out (name -> file)."""

    manifest: Manifest
    written: dict[str, Path] = field(default_factory=dict)
    attachments: set[str] = field(default_factory=set)


def read_archive(path: Path, into: Path, progress: Callable[[int, int], None] | None = None) -> Unpacked:
    """Write every member of the backup at ``path`` under ``into``, checking each against the manifest.
    Raises CatalogueError on any difference (what was written under ``into`` is the caller's to remove)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [i.filename for i in zf.infolist()]
            if MANIFEST not in names:
                raise CatalogueError(Message("{path} is not a LabNet backup (it has no list of contents).",
                                             path=path))
            manifest = Manifest.parse(zf.read(MANIFEST), path)
            stray = sorted(set(names) - set(manifest.members) - {MANIFEST})
            if len(names) != len(set(names)) or stray:
                raise CatalogueError(Message("{path} holds files its list of contents does not name ({names}); "
                                             "it was altered after it was written and cannot be restored.",
                                             path=path, names=", ".join(stray[:5]) or MANIFEST))
            bad = sorted(n for n in manifest.members if not allowed_name(n))
            if bad:
                raise CatalogueError(Message("{path} names files a LabNet backup never holds ({names}); it cannot "
                                             "be restored.", path=path, names=", ".join(bad[:5])))
            missing = sorted(set(manifest.members) - set(names))
            if DATABASE not in manifest.members or missing:
                raise CatalogueError(Message("{path} lacks files its list of contents names ({names}); it cannot "
                                             "be restored.", path=path, names=", ".join(missing[:5]) or DATABASE))
            total = sum(m["size"] for m in manifest.members.values()) or 1
            free = shutil.disk_usage(into).free
            if free < total:
                raise CatalogueError(Message("Checking {path} needs {size} of free space in {folder}, which has "
                                             "{free}; make room there first.", path=path, size=size_text(total),
                                             folder=into, free=size_text(free)))
            done = 0

            def advanced(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress(done, total)

            result = Unpacked(manifest)
            for name, expected in manifest.members.items():
                target = into / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as src, target.open("wb") as out:
                    size, sha = copy_hashing(src, out, advanced, limit=expected["size"])
                result.written[name] = target
                if (size, sha) != (expected["size"], expected["sha256"]):
                    raise CatalogueError(Message("{name} in {path} is not what was written (its SHA-256 differs "
                                                 "from the list of contents); the backup was altered or damaged "
                                                 "and cannot be restored.", name=name, path=path))
                digest = attachment_member(name)
                if digest is not None:
                    if digest != sha:
                        raise CatalogueError(Message("The attached file {name} in {path} does not have the digest "
                                                     "it is filed under; the backup cannot be restored.",
                                                     name=name, path=path))
                    result.attachments.add(digest)
            return result
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise damaged(path, exc) from None


def old_format_attachments(archive: Path, into: Path) -> set[str]:
    """The attachments zip beside an old-format ``.db`` backup: ``ab/<sha256>`` members, written under
    ``into/attachments``, each checked against its name."""
    found: set[str] = set()
    try:
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                digest = attachment_member(f"{ATTACHMENTS_DIR}/{name}")
                if digest is None:
                    raise CatalogueError(Message("{path} holds {name}, which is not an attached file; it cannot be "
                                                 "restored.", path=archive, name=name))
                target = into / ATTACHMENTS_DIR / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as src, target.open("wb") as out:
                    _, sha = copy_hashing(src, out)
                if sha != digest:
                    raise CatalogueError(Message("The attached file {name} in {path} does not have the digest it "
                                                 "is filed under; the backup cannot be restored.", name=name,
                                                 path=archive))
                found.add(digest)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise damaged(archive, exc) from None
    return found


# Each unit a sentence of its own, so a language writes its unit after the number (French "Mo", Arabic a word).
_UNITS: tuple[tuple[float, Callable[[Number], Message]], ...] = (
    (1e3, lambda n: Message("{size} kB", size=n)), (1e6, lambda n: Message("{size} MB", size=n)),
    (1e9, lambda n: Message("{size} GB", size=n)), (1e12, lambda n: Message("{size} TB", size=n)))


def size_text(size: int) -> Message:
    """A size as people read it: 812 bytes, 3.4 MB, 1.2 GB (decimal units, as drives are sold).

    A sentence with its number as a number (issue 22): the English text is the one written before, and a view
    says it in its language and digits (an Arabic "٣٫٤ ميغابايت")."""
    if size < 1000:
        return Message.plural("{n:,} byte", "{n:,} bytes", size)
    scale, unit = next(((s, u) for s, u in _UNITS if size < s * 1000), _UNITS[-1])   # TB past 1000 TB
    return unit(Number(size / scale, ".1f"))


def kind_of(path: Path) -> str:
    """"zip" (a backup file), "sqlite" (an old-format backup), or "other"."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise CatalogueError(Message("{path} cannot be read ({detail}).", path=path, detail=exc.strerror)) from None
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head == SQLITE_MAGIC:
        return "sqlite"
    return "other"

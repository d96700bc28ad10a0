"""Exchange by USB stick: sealed bundles out, receipts, bulletin files and the hub's keys back in.

Shared by ``labnet bundle export`` / ``labnet receipt import`` /
``labnet bulletin import`` / ``labnet hub-key import`` and the desktop's
Network view, so that both write and read exactly the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import Message, message_of
from labnet.protocol import canonical
from labnet.protocol.errors import ReceiptError, SyncError
from labnet.protocol.keys import IDENTITY_FORMAT
from labnet.protocol.keystatus import KEYS_FORMAT


@dataclass
class StickImport:
    """What a file from the hub did: a receipt applied, bulletins kept (and methods adopted), or the hub's
    keys followed."""

    kind: str                                   # "receipt", "bulletins" or "hub-keys"
    receipt: Any = None                         # outbox.ReceiptOutcome, for a receipt
    bulletins: list = field(default_factory=list)
    new_bulletins: int = 0
    methods: list[str] = field(default_factory=list)
    hub: Any = None                             # keys.PublicIdentity now pinned, for the hub's keys
    pinned: str = ""                            # pinning.pin_hub's "pinned", "unchanged" or "rotated"
    key_events: tuple = ()                      # keystatus.KeyEvent: the hub's retired and revoked keys


def part_path(out: Path, header) -> Path:
    """Where a part goes: inside a folder by bundle id, or ``out`` itself (numbered when several)."""
    if out.is_dir():
        return out / f"labnet-{header.bundle_id}.lnb"
    if header.part_count == 1:
        return out
    return out.with_name(f"{out.stem}-part{header.part_index}of{header.part_count}{out.suffix or '.lnb'}")


def export_to(out: Path, cat, identity, hub, policy, *, max_part_bytes: int = 8 * 1024 * 1024
              ) -> list[tuple[Path, Any]]:
    """Seal the next bundle (all its parts) and write each to ``out``; returns (path, header) per part."""
    from labnet.protocol.keyfile import write_file_atomically

    from .outbox import Outbox

    def write(header, data: bytes) -> Path:   # each part written as it is sealed, not all held until the end
        path = part_path(Path(out), header)
        write_file_atomically(path, data)
        return path
    return [(path, header) for header, path in
            Outbox(cat).export(identity, hub, policy, max_part_bytes=max_part_bytes, write=write).files]


def import_file(data_dir: Path, cat, path: Path) -> StickImport:
    """Apply a receipt or keep a bulletin file that came back from the hub (which one: by its content)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError(Message("{path} cannot be read ({reason}).", path=path, reason=exc.strerror)) from None
    if data.lstrip()[:200].startswith(b'{"bulletin"'):
        return import_bulletins(data_dir, cat, data)
    if _format_of(data) in (KEYS_FORMAT, IDENTITY_FORMAT):
        return import_hub_keys(data_dir, data)
    try:
        return import_receipt(data_dir, cat, data)
    except ReceiptError as exc:
        raise ReceiptError(Message("{file} is neither a receipt nor a bulletin file from your hub, nor its keys: "
                                   "{reason}", file=Path(path).name, reason=message_of(exc))) from None


def _format_of(data: bytes) -> str | None:
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        return None
    return doc.get("format") if isinstance(doc, dict) else None


def import_hub_keys(data_dir: Path, data: bytes) -> StickImport:
    """Follow the hub's key document (or identity document) from a stick: its endorsed new keys, its retired
    and revoked keys (``labnet.protocol.pinning``)."""
    from labnet.protocol.pinning import load_key_events, pin_hub

    hub, what = pin_hub(data_dir, data)
    return StickImport("hub-keys", hub=hub, pinned=what, key_events=load_key_events(data_dir))


def import_bulletins(data_dir: Path, cat, data: bytes) -> StickImport:
    """Check every bulletin of a bulletin file against the pinned hub, keep the new ones, adopt methods."""
    from labnet.protocol.bulletin import read_bulletin_file
    from labnet.protocol.keyfile import load_public_identity
    from labnet.protocol.pinning import load_pinned_hub

    from .client import adopt_methods, keep_bulletins, load_state, save_state

    bulletins = read_bulletin_file(data, load_pinned_hub(data_dir), load_public_identity(data_dir).identity_id)
    fresh = keep_bulletins(data_dir, bulletins)
    state = load_state(data_dir)
    if bulletins and state.get("hub_url"):
        state["bulletin_seq"] = max(int(state.get("bulletin_seq", 0)), max(b.seq for b in bulletins))
        save_state(data_dir, state)
    return StickImport("bulletins", bulletins=bulletins, new_bulletins=fresh, methods=adopt_methods(cat, bulletins))


def import_receipt(data_dir: Path, cat, data: bytes) -> StickImport:
    """Verify a receipt against the pinned hub and mark what it confirms as delivered (no passphrase needed)."""
    from labnet.protocol.keyfile import load_public_identity
    from labnet.protocol.pinning import load_pinned_hub
    from labnet.protocol.receipt import verify_receipt

    from .outbox import Outbox
    from .policy import load_policy

    receipt = verify_receipt(data, load_pinned_hub(data_dir), load_public_identity(data_dir).identity_id)
    return StickImport("receipt", receipt=Outbox(cat).apply_receipt(receipt, load_policy(data_dir)))

"""Setting a laboratory up for the network: its identity and keys, the default sharing policy, enrolment.

Used by ``labnet init`` and the desktop's first-run wizard, so both do exactly the same.
"""

from __future__ import annotations

from pathlib import Path

from labnet.catalogue.errors import Message
from labnet.protocol.errors import IdentityExists
from labnet.protocol.keys import Identity


def check_no_identity(data_dir: Path) -> None:
    """IdentityExists if the folder already has keys (said before anyone types a passphrase for nothing)."""
    from labnet.protocol.keyfile import has_identity, key_paths

    if has_identity(data_dir):
        raise IdentityExists(Message("{path} already holds this folder's identity; LabNet never overwrites keys. "
                                     "Use “labnet identity rotate” for new keys.", path=key_paths(data_dir)[0]))


def create_laboratory(data_dir: Path, name: str, country: str, protector, *, suite_code: str | None = None
                      ) -> tuple[Identity, Path]:
    """New keys for the laboratory (protected by ``protector``) and the default sharing policy."""
    from labnet.protocol.keyfile import save_identity
    from labnet.protocol.keys import create_identity

    from .policy import write_default_policy

    check_no_identity(data_dir)
    options = {"suite_code": suite_code} if suite_code else {}
    identity = create_identity("lab", name, country, **options)
    save_identity(data_dir, identity, protector)
    return identity, write_default_policy(data_dir)

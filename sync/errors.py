"""Errors of sync: each message is a sentence a laboratory analyst (or a hub
administrator) can act on.

Every class carries ``user_message``, so the command line prints it and exits
with status 2 instead of reporting a crash.  Opening a bundle raises one class
per check, in the order the checks run (see ``docs/bundle-format.md``), so the
hub can say exactly why a bundle was refused.
"""

from __future__ import annotations

from typing import Sequence

from catalogue.errors import Message, message_of


def joined(parts: Sequence[str]) -> str:
    """The parts one after the other, separated by "; ": a ``Message`` that keeps each part as it was made
    (a part that is a ``Message`` is translated on its own, and a language may write the separator its way).
    No parts is an empty string; one part is that part."""
    parts = list(parts)
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    middle = len(parts) // 2   # halves, so that a long list nests only as deep as its logarithm
    return Message("{first}; {rest}", first=joined(parts[:middle]), rest=joined(parts[middle:]))


class SyncError(Exception):
    """Something the user can fix; the message says what and how."""

    @property
    def user_message(self) -> str:
        """The sentence, as the ``Message`` it was raised with when there is one (the desktop translates it)."""
        return message_of(self)


# -- keys and identities ------------------------------------------------------------
class IdentityError(SyncError):
    """A key file or identity document cannot be used."""


class WrongPassphrase(IdentityError):
    pass


class IdentityExists(IdentityError):
    pass


class NoIdentity(IdentityError):
    pass


# -- sharing policy -------------------------------------------------------------------
class PolicyError(SyncError):
    """The sharing policy file is not valid; ``problems`` lists every reason."""

    def __init__(self, problems: list[str], path: object = None):
        self.problems = list(problems)
        where = Message("The sharing policy {path} has problems", path=path) if path \
            else Message("The sharing policy has problems")
        super().__init__(Message("{where}; nothing was shared: {problems}.", where=where,
                                 problems=joined(self.problems)))


# -- bundles: one class per check of open_bundle, in order ------------------------------
class BundleError(SyncError):
    """A bundle was refused as a whole; nothing of it may be applied."""


class BundleFormatError(BundleError):
    """1. Not a LabNet bundle, or its layout or header is malformed."""


class BundleTruncated(BundleFormatError):
    """1. The file ends before the lengths it declares (an interrupted copy)."""


class BundleTooLarge(BundleError):
    """2. A size limit is exceeded."""


class PartTooLarge(BundleTooLarge):
    """2. The file itself is larger than the opener accepts."""


class PayloadTooLarge(BundleTooLarge):
    """2. The declared decompressed size or record count is above the limits."""


class BundleSignatureError(BundleError):
    """3. The signature is not that of the laboratory's key, or the bytes changed after signing."""


class UnknownSigner(BundleSignatureError):
    """3. The header names a laboratory or key that the opener does not know."""


class BundleIdError(BundleError):
    """3b. The bundle's id is not the one its laboratory, hub key and payload digest derive (§4): it could
    claim, or block, another bundle's id."""


class WrongRecipient(BundleError):
    """4. The bundle is sealed to another hub's key."""


class BundleReplayed(BundleError):
    """4b. This bundle id was already received."""

    def __init__(self, message: str, bundle_id: str):
        super().__init__(message)
        self.bundle_id = bundle_id


class BundleDecryptionError(BundleError):
    """5. The sealed payload does not open with this hub's key."""


class DecompressionBomb(BundleTooLarge):
    """6. The payload decompresses to more than it declared (checked while streaming)."""


class BundleDigestError(BundleError):
    """6. The decrypted payload is corrupt or does not match the signed digest."""


class BundleSchemaError(BundleError):
    """7. Records that are not valid LabNet records under the declared policy."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = joined(self.problems[:10])
        if len(self.problems) > 10:
            shown = Message("{problems}; and {count} more", problems=shown, count=len(self.problems) - 10)
        super().__init__(Message("The bundle holds records that are not valid, so it was refused whole: "
                                 "{problems}.", problems=shown))


# -- outbox and receipts ----------------------------------------------------------------
class OutboxError(SyncError):
    pass


class ReceiptError(SyncError):
    """A receipt is malformed, not signed by the pinned hub, or not for this laboratory."""


class WriteFailed(SyncError):
    """A file could not be written (disk or stick full, read-only, removed); the old file, if any, is intact."""

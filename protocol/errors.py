"""Errors of sync: each message is a sentence a laboratory analyst (or a hub
administrator) can act on.

Every class carries ``user_message``, so the command line prints it and exits
with status 2 instead of reporting a crash.  Opening a bundle raises one class
per check, in the order the checks run (see ``docs/bundle-format.md``), so the
hub can say exactly why a bundle was refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from labnet.common.messages import Message, TranslatableError


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


class SyncError(TranslatableError):
    """Something the user can fix; the message says what and how."""


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


class BundleCompressionError(BundleError):
    """6. The zstd frames break §6: each frame carries its content size and a checksum, uses no dictionary, the
    sizes add up to ``payload_size``, and no skippable frame hides bytes no digest covers."""

    rule = "zstd-frames"

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(Message("The bundle's compressed payload is not written as the format requires (rule "
                                 "{rule}), so it was refused whole: {problems}.", rule=self.rule,
                                 problems=_shown(self.problems)))


class BundleSchemaError(BundleError):
    """7. The payload breaks a rule of §7 (manifest, entries, record ids, kinds, fields, the form of each value):
    no correct build writes it, so the file is refused whole.  ``rule`` names the rule, ``problems`` each
    breach with its line, kind and id.  The subclasses are the rules with their own class."""

    rule = "payload-schema"

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(self._sentence(_shown(self.problems)))

    def _sentence(self, shown: str) -> str:
        return Message("The bundle holds entries that are not valid LabNet entries (rule {rule}), so it was refused "
                       "whole: {problems}.", rule=self.rule, problems=shown)


class ManifestPolicyMismatch(BundleSchemaError):
    """7. The manifest's ``policy_sha256`` is not the header's: the payload was not made under the policy the
    signed header names."""

    rule = "manifest-policy"

    def _sentence(self, shown: str) -> str:
        return Message("The bundle's manifest names another sharing policy than its header (rule {rule}), so it was "
                       "refused whole: {problems}.", rule=self.rule, problems=shown)


class BundleNotCanonical(BundleSchemaError):
    """7. A line is not exactly the canonical JSON (§2) of what it holds."""

    rule = "canonical-lines"

    def _sentence(self, shown: str) -> str:
        return Message("The bundle's payload has lines that are not in canonical JSON (rule {rule}), so it was "
                       "refused whole: {problems}.", rule=self.rule, problems=shown)


class BundleSequenceError(BundleSchemaError):
    """7. Entries out of ``seq`` order, or outside the header's ``seq_from`` … ``seq_to``."""

    rule = "seq-order"

    def _sentence(self, shown: str) -> str:
        return Message("The bundle's entries are not in the order and range of seq its header declares (rule "
                       "{rule}), so it was refused whole: {problems}.", rule=self.rule, problems=shown)


def _shown(problems: list[str]) -> str:
    shown = joined(problems[:10])
    if len(problems) > 10:
        shown = Message("{problems}; and {count} more", problems=shown, count=len(problems) - 10)
    return shown


class BundleBuildError(SyncError):
    """A bundle LabNet was about to seal breaks a rule of the format: a fault in LabNet, not in the records.
    ``error`` is the refusal the hub would have given."""

    def __init__(self, error: BundleError):
        self.error = error
        super().__init__(Message("LabNet did not seal a bundle the hub would refuse (a fault in LabNet, not in your "
                                 "records; please report it): {reason}", reason=error.user_message))


# -- outbox and receipts ----------------------------------------------------------------
class OutboxError(SyncError):
    pass


class ReceiptError(SyncError):
    """A receipt is malformed, not signed by the pinned hub, or not for this laboratory."""


class WriteFailed(SyncError):
    """A file could not be written (disk or stick full, read-only, removed); the old file, if any, is intact."""

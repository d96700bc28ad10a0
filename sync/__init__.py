"""Sharing with the regional network: keys, sharing policy, sealed bundles,
outbox and receipts. Headless: no Qt here (checked by import-linter).

The public API, by task:

- identities: ``create_identity``, ``rotate``, ``check_rotation``, ``Identity``,
  ``PublicIdentity``, ``SUITES``; at rest: ``save_identity``, ``load_identity``,
  ``load_public_identity``, ``Passphrase``, ``Keyring``, ``KdfParams``;
  the pinned hub: ``pin_hub``, ``load_pinned_hub``;
- policy: ``load_policy``, ``parse_policy``, ``default_policy``, ``SharingPolicy``;
- bundles: ``make_bundles`` (writer), ``open_bundle`` (all checks, hub side),
  ``inspect_bundle`` (header and signature, no decryption), ``Limits``,
  ``lab_keys_from``;
- outbox: ``Outbox`` (``pending``, ``export``, ``apply_receipt``);
- receipts: ``make_receipt`` (hub side), ``verify_receipt``, ``RecordResult``.

Every error derives from ``SyncError`` and carries a ``user_message``.
"""

from labnet.protocol.bundle import BundleHeader, make_bundles, parse_bundle
from labnet.protocol.errors import (
                     BundleDecryptionError,
                     BundleDigestError,
                     BundleError,
                     BundleFormatError,
                     BundleReplayed,
                     BundleSchemaError,
                     BundleSignatureError,
                     BundleTooLarge,
                     BundleTruncated,
                     DecompressionBomb,
                     IdentityError,
                     PartTooLarge,
                     PayloadTooLarge,
                     PolicyError,
                     ReceiptError,
                     SyncError,
                     UnknownSigner,
                     WrongPassphrase,
                     WrongRecipient,
)
from labnet.protocol.keyfile import KdfParams, Keyring, Passphrase, load_identity, load_public_identity, save_identity
from labnet.protocol.keys import SUITES, Identity, PublicIdentity, check_rotation, create_identity, rotate
from labnet.protocol.opening import Inspection, Limits, OpenedBundle, inspect_bundle, lab_keys_from, open_bundle
from labnet.protocol.pinning import load_pinned_hub, pin_hub
from labnet.protocol.receipt import Receipt, RecordResult, make_receipt, verify_receipt

from .outbox import Outbox
from .policy import SharingPolicy, default_policy, load_policy, parse_policy

__all__ = [
    "BundleHeader", "make_bundles", "parse_bundle",
    "BundleDecryptionError", "BundleDigestError", "BundleError", "BundleFormatError", "BundleReplayed",
    "BundleSchemaError", "BundleSignatureError", "BundleTooLarge", "BundleTruncated", "DecompressionBomb",
    "IdentityError", "PartTooLarge", "PayloadTooLarge", "PolicyError", "ReceiptError", "SyncError",
    "UnknownSigner", "WrongPassphrase", "WrongRecipient",
    "KdfParams", "Keyring", "Passphrase", "load_identity", "load_public_identity", "save_identity",
    "SUITES", "Identity", "PublicIdentity", "check_rotation", "create_identity", "rotate",
    "Inspection", "Limits", "OpenedBundle", "inspect_bundle", "lab_keys_from", "open_bundle",
    "Outbox", "load_pinned_hub", "pin_hub",
    "SharingPolicy", "default_policy", "load_policy", "parse_policy",
    "Receipt", "RecordResult", "make_receipt", "verify_receipt",
]

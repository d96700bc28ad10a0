"""Helpers shared by the sync tests (this file holds no tests itself)."""

from __future__ import annotations

import pytest

from labnet.protocol.keyfile import KdfParams

# Argon2id at its cheapest, so that tests which unlock keys many times stay quick;
# the cost is stored in the key file, so the code path is the production one.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def lab():
    from labnet.protocol.keys import create_identity
    return create_identity("lab", "Accra Forensic Science Laboratory", "GH")


@pytest.fixture(scope="module")
def hub():
    from labnet.protocol.keys import create_identity
    return create_identity("hub", "West Africa Regional Hub", "SN")


@pytest.fixture(scope="module")
def other_hub():
    from labnet.protocol.keys import create_identity
    return create_identity("hub", "Another Hub", "KE")


def lookup(*identities):
    from labnet.protocol.opening import lab_keys_from
    return lab_keys_from([i.public for i in identities])


def every_treatment_policy() -> str:
    """A policy that uses each treatment on each record type."""
    return """
version = 1
[reference_sample]
share = true
only_shareable = false
[reference_sample.fields]
inventory_code = "pseudonymise"
substance = "keep"
received_on = "generalise"
quantity = { treatment = "generalise", step = 50 }
remaining_quantity = "generalise"
status = "keep"
storage_location = "drop"
[training_record]
share = true
only_shareable = false
[training_record.fields]
staff_member = "pseudonymise"
competence_area = "keep"
activity_type = "keep"
started_on = "generalise"
hours = "generalise"
[profiling_result]
share = true
only_shareable = false
[profiling_result.fields]
lab_sample_number = "keep"
seizure_reference = "pseudonymise"
seizure_date = "generalise"
seizure_place = "generalise"
drug_type = "keep"
purity = { treatment = "generalise", step = 10 }
adulterants = "pseudonymise"
peaks = "keep"
case_number = "drop"
"""

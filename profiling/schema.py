"""Profiling's tables in the catalogue file, and their numbered migrations (the ``profiling`` room).

Comparison methods and the links they found live in the catalogue file, so a
backup carries them with the profiles they compare.  ``labnet.profiling.store`` is
the only module that reads or writes them.  Append a migration; never edit a
released one (``labnet.catalogue.migrations`` ran migration 1 as its step 3 before
files had a version per room).  This module imports only ``labnet.common.sqlite``: the
catalogue reads it as data when it migrates its file.
"""

from __future__ import annotations

from labnet.common.sqlite import Migration, Room

# Comparison methods are frozen once saved: a new calibration is a new
# version, so a link always names the exact parameters that produced it.
METHODS_AND_LINKS = """
CREATE TABLE comparison_methods (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    drug_type TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE profile_links (
    method_name TEXT NOT NULL,
    method_version INTEGER NOT NULL,
    a_id TEXT NOT NULL,
    b_id TEXT NOT NULL,
    score REAL NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (method_name, method_version, a_id, b_id),
    FOREIGN KEY (method_name, method_version) REFERENCES comparison_methods (name, version),
    CHECK (a_id < b_id)
) WITHOUT ROWID;
CREATE INDEX profile_links_b ON profile_links (b_id);
"""


ROOM = Room("profiling", (
    Migration(1, "profile comparison methods and links", METHODS_AND_LINKS),
))

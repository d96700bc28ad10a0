"""The bottom of LabNet: what every room (catalogue, protocol, sync, hub, profiling, desktop) may use and which
imports none of them — translatable sentences (``labnet.common.messages``), and later one SQLite helper and one clock."""

"""Moved to ``labnet.common.memory`` (the hub uses it too, and the hub imports nothing of the catalogue); this name
stays for the modules that import it from here."""

from labnet.common.memory import collector_paused  # noqa: F401

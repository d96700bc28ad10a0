"""Sharing with the regional network: keys, sharing policy, sealed bundles,
outbox and transport. Headless: no Qt here (checked by import-linter)."""

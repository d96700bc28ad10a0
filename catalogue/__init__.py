"""The laboratory's catalogue: records, the audit trail, accounts, imports, exports and backups (no Qt)."""

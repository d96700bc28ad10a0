"""What the laboratory and the hub both speak: canonical JSON, keys, bundles, receipts, bulletins, typed messages."""

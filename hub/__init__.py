"""The regional hub: the HTTP service that receives sealed bundles from
laboratories, answers with signed receipts and publishes bulletins."""

"""Print the hub's OpenAPI document: ``python -m sync.hub.openapi > docs/hub-openapi.json``.

The document is generated from the FastAPI app itself (a throwaway hub in a
temporary folder, since the API does not depend on any hub's data);
``tests/test_hub_openapi.py`` checks that the copy in ``docs/`` is current.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def openapi_document() -> dict:
    from .app import create_app
    from .service import Hub

    with tempfile.TemporaryDirectory(prefix="labnet-openapi-") as tmp:
        hub, _ = Hub.create(Path(tmp) / "hub", name="OpenAPI", country="KE", passphrase="only for the document")
        try:
            return create_app(hub).openapi()
        finally:
            hub.close()


def main() -> int:
    json.dump(openapi_document(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

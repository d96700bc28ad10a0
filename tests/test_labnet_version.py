"""``labnet.__version__``: the installed distribution's version, looked up only when asked for.

The import's reading process (``labnet.catalogue.import_worker``) starts before the first chunk can be
written, so what its imports cost is paid on the import's critical path (issue 14): importlib.metadata
alone took ~65 ms of its ~0.2 s start on the shared machine.
"""
from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import labnet

REPO = Path(__file__).resolve().parent.parent


def test_the_version_is_the_labnet_forensic_distributions():
    name = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    assert labnet.DISTRIBUTION == name == "labnet-forensic"  # "labnet" on PyPI is another project
    assert labnet.__version__ == metadata.version(name)
    from labnet import __version__  # the form desktop/ and hub/ use
    assert __version__ == labnet.__version__


def test_the_import_reading_process_does_not_load_importlib_metadata():
    # What the reading process imports before it reads (import_worker.main and _read's own imports).
    code = ("import sys; import labnet.catalogue.import_worker, labnet.catalogue.store, "
            "labnet.catalogue.importing, labnet.common.memory; print('importlib.metadata' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "False"


def test_an_unknown_attribute_is_still_an_attribute_error():
    try:
        labnet.no_such_name  # noqa: B018 - the attribute access is the test
    except AttributeError:
        pass
    else:
        raise AssertionError("labnet.no_such_name did not raise AttributeError")

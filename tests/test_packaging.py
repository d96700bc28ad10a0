"""The import names LabNet installs: every room under ``labnet.``, none of them a top-level name of its own.

``catalogue``, ``sync``, ``desktop``, ``profiling`` and ``resources`` are other projects' names on PyPI
(``catalogue`` is a dependency of spaCy): installed beside them, a top-level ``sync`` would shadow theirs
or be shadowed.  pyproject.toml maps each repository folder to ``labnet.<room>``; these tests check the
mapping misses no folder, and that the old top-level names are gone.
"""
from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DIR = CONFIG["tool"]["setuptools"]["package-dir"]
PACKAGES = set(CONFIG["tool"]["setuptools"]["packages"])


def python_folders() -> set[str]:
    """Every folder of a mapped room that holds Python, as the package name it installs as."""
    names = set()
    for name, folder in PACKAGE_DIR.items():
        for init in (REPO / folder).rglob("*.py"):
            relative = init.parent.relative_to(REPO / folder)
            if "__pycache__" not in relative.parts:
                names.add(".".join([name, *relative.parts]))
    return names


def test_every_python_folder_is_installed():
    missing = python_folders() - PACKAGES
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def package_folder(name: str) -> Path:
    """The repository folder an installed package name comes from (the longest mapped prefix)."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in PACKAGE_DIR:
            return REPO.joinpath(PACKAGE_DIR[prefix], *parts[cut:])
    raise AssertionError(f"{name} is under no package-dir mapping")


def test_every_package_has_an_init():
    """An explicit package: the editable install's import hook does not find a namespace folder it maps."""
    for name in PACKAGES:
        assert (package_folder(name) / "__init__.py").exists(), f"{package_folder(name)} has no __init__.py"


def test_the_distribution_name_is_ours():
    """``labnet`` on PyPI is an unrelated project (device control); ours installs as labnet-forensic."""
    assert CONFIG["project"]["name"] == "labnet-forensic"


@pytest.mark.parametrize("room", [name for name in PACKAGE_DIR if name != "labnet"])
def test_each_room_imports_under_labnet(room):
    module = importlib.import_module(room)
    assert Path(module.__file__).resolve().parent == (REPO / PACKAGE_DIR[room]).resolve()


OLD_NAMES = ("catalogue", "profiling", "sync", "desktop", "resources", "hub", "protocol", "common")
OLD_IMPORT = re.compile(rf"^\s*(from|import)\s+({'|'.join(OLD_NAMES)})(\.|\s|$)", re.M)


def test_no_code_imports_a_room_by_its_top_level_name():
    """Run from the repository, ``import sync`` would still work (the folder is on sys.path) and hide
    a module that the installed application cannot import: so look at the source itself."""
    offenders = []
    for path in REPO.rglob("*.py"):
        if {".venv", "build", "dist", ".git"} & set(path.relative_to(REPO).parts):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            # A benchmark may load a baseline tree from before the rename, and says so on the line.
            if OLD_IMPORT.match(line) and "an older tree's name" not in line:
                offenders.append(f"{path.relative_to(REPO)}: {line.strip()}")
    assert not offenders, "\n".join(offenders)

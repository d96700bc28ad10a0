"""The installed layout of LabNet's packages, made from the repository for the tools that scan folders.

The repository keeps a top-level folder per room (catalogue/, sync/, desktop/, …) that pip installs under
the one import name ``labnet`` through ``[tool.setuptools.package-dir]`` in pyproject.toml.  Python finds
them through the editable install's import hook, but import-linter and PyInstaller read folders, not hooks:
they get this tree instead — ``labnet/catalogue/…`` as links to (or, where links are not allowed, copies
of) the repository's files, so a finding names the real file.

    python scripts/package_tree.py build/tree     # then PYTHONPATH=build/tree lint-imports …
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def package_dirs(root: Path = ROOT) -> dict[str, Path]:
    """Each top-level mapping of pyproject.toml's package-dir: import name -> folder."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {name: root / folder for name, folder in mapping.items()}


def _place(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(source, target)
    except OSError:  # Windows without the symlink privilege
        shutil.copy2(source, target)


def make_tree(destination: Path, root: Path = ROOT) -> Path:
    """Fill ``destination`` (emptied first) with the installed layout; returns it."""
    if destination.exists():
        shutil.rmtree(destination)
    mapping = package_dirs(root)
    for name, folder in mapping.items():
        target_dir = destination.joinpath(*name.split("."))
        for source in folder.rglob("*"):
            relative = source.relative_to(folder)
            if "__pycache__" in relative.parts or source.is_dir():
                continue
            _place(source, target_dir / relative)
    return destination


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("destination", type=Path)
    args = parser.parse_args()
    make_tree(args.destination.resolve())
    print(args.destination, file=sys.stderr)


if __name__ == "__main__":
    main()

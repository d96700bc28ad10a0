"""A server's install, `pip install ".[hub]"` in a fresh venv, runs the hub without Qt (pyproject.toml).

It installs from a copy of the sources (pip would otherwise write build files into the working tree) through
pip's configured index, as an administrator's install does. Slow: about 80 s on a loaded two-core machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def sources(to: Path) -> Path:
    """The files a wheel is built from: pyproject.toml, README.md and every package folder it names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    to.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, to / name)
    for folder in set(project["tool"]["setuptools"]["package-dir"].values()):
        shutil.copytree(ROOT / folder, to / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return to


@pytest.mark.slow
def test_the_hub_installs_and_runs_without_qt(tmp_path):
    source = sources(tmp_path / "src")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python, bin_dir = env_dir / "bin" / "python", env_dir / "bin"
    environment = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    install = subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                              f"{source}[hub]"], capture_output=True, text=True, timeout=1200, env=environment)
    assert install.returncode == 0, install.stderr[-4000:]

    def run(*args: str, **more: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, capture_output=True, text=True, timeout=300, env={**environment, **more},
                              cwd=tmp_path)

    assert run(str(bin_dir / "labnet-hub"), "--help").returncode == 0
    for qt in ("PySide6", "shiboken6", "pyqtgraph"):
        missing = run(str(python), "-c", f"import {qt}")
        assert missing.returncode != 0 and f"No module named '{qt}'" in missing.stderr
    # The hub itself, not only its help: a hub made and checked by the installed command, the app built.
    folder = str(tmp_path / "hub")
    made = run(str(bin_dir / "labnet-hub"), "init", "--data-dir", folder, "--country", "KE",
               LABNET_HUB_PASSPHRASE="correct horse battery staple")
    assert made.returncode == 0, made.stderr
    checked = run(str(bin_dir / "labnet-hub"), "check", "--data-dir", folder,
                  LABNET_HUB_PASSPHRASE="correct horse battery staple")
    assert checked.returncode == 0 and "ok    keys" in checked.stdout, checked.stdout + checked.stderr
    # The window is not there, and says how to get it.
    window = run(str(bin_dir / "labnet"), "--demo", "--data-dir", str(tmp_path / "lab"), QT_QPA_PLATFORM="offscreen")
    assert window.returncode == 2 and 'pip install "labnet-forensic[desktop]"' in window.stderr, window.stderr
    app = run(str(python), "-c", "import sys; from labnet.hub.app import create_app; "
                                 "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)")
    assert app.returncode == 0, app.stderr
    # [hub] brings PostgreSQL's driver and its pool (hub/db_postgres.py), the production store.
    driver = run(str(python), "-c", "import psycopg, psycopg_pool; from labnet.hub import db_postgres")
    assert driver.returncode == 0, driver.stderr

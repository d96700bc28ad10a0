"""A restore is refused while another LabNet process has the catalogue open, and loses nothing.

Issue 14: ``labnet restore`` replaced the catalogue under an open window (or
a CLI import); that process's next write went into the replaced file and was
lost.  Each open catalogue now holds a shared lock (labnet.catalogue.lock); restore
needs the exclusive one.  Tested with real second processes: a command-line
holder and the window itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factories import sample
from labnet.catalogue import backup, lock
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.store import Catalogue
from labnet.cli import main

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}", "QT_QPA_PLATFORM": "offscreen"}

HOLDER = """
import sys
from labnet.catalogue.store import Catalogue
from factories import sample
with Catalogue.open(sys.argv[1], user="amina") as cat:
    print("open", flush=True)
    sys.stdin.readline()                      # the test says when to write
    cat.add("reference_sample", sample(inventory_code="RS-WRITTEN-WHILE-OPEN"))
    print("written", flush=True)
"""


def lab_with_backup(tmp_path):
    lab = tmp_path / "lab"
    with Catalogue.open(lab, user="amina") as cat:
        cat.add("reference_sample", sample())
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(lab), "backup", str(made)]) == 0
    with Catalogue.open(lab, user="amina") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-SINCE"))
    return lab, made


def test_restore_is_refused_while_another_process_has_the_catalogue_open_and_nothing_is_lost(tmp_path, capsys):
    lab, made = lab_with_backup(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lab)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["--data-dir", str(lab), "restore", str(made)]) == 2
        err = capsys.readouterr().err
        assert "is open in another LabNet program" in err and "nothing was changed" in err
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "written"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Catalogue.open(lab, user="amina") as cat:   # the other process's write is in the catalogue
        assert cat.count("reference_sample") == 3
        assert cat.find("reference_sample", {"inventory_code": "RS-WRITTEN-WHILE-OPEN"})
    assert not list(lab.glob("replaced-*")) and not list(lab.glob(".restoring-*"))
    # Once it has closed, the restore goes ahead.
    assert main(["--data-dir", str(lab), "restore", str(made)]) == 0
    with Catalogue.open(lab, user="amina") as cat:
        assert cat.count("reference_sample") == 1


def test_restore_is_refused_while_the_window_has_the_catalogue_open(tmp_path, capsys):
    lab, made = lab_with_backup(tmp_path)
    window = subprocess.Popen([sys.executable, "-m", "labnet", "--data-dir", str(lab)], env=ENV, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _held(lab):                # until the window's worker has opened the catalogue
            assert window.poll() is None and time.monotonic() < deadline, "the window did not open the catalogue"
            time.sleep(0.2)
        assert main(["--data-dir", str(lab), "restore", str(made)]) == 2
        assert "is open in another LabNet program" in capsys.readouterr().err
    finally:
        window.terminate()
        window.wait(timeout=30)
    with Catalogue.open(lab, user="amina") as cat:
        assert cat.count("reference_sample") == 2


def _held(lab: Path) -> bool:
    try:
        with lock.exclusive(lab / "catalogue.db"):
            return False
    except CatalogueError:
        return True


def test_in_this_process_too_an_open_catalogue_keeps_a_restore_out(tmp_path):
    lab, made = lab_with_backup(tmp_path)
    with Catalogue.open(lab, user="amina"):
        with pytest.raises(CatalogueError, match="open in another LabNet program"):
            backup.restore(lab, made, backup.as_user("amina"))
    backup.restore(lab, made, backup.as_user("amina"))


def test_opening_while_a_restore_holds_the_catalogue_says_so(tmp_path):
    lab, _ = lab_with_backup(tmp_path)
    with lock.exclusive(lab / "catalogue.db"):
        done = subprocess.run([sys.executable, "-c", "import sys\nfrom catalogue import lock\n"
                               "from labnet.catalogue.store import Catalogue\nlock.OPEN_WAIT_SECONDS = 0.2\n"
                               "try:\n    Catalogue.open(sys.argv[1], user='amina')\n"
                               "except Exception as exc:\n    print(exc); sys.exit(2)\n", str(lab)],
                              capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=60)
        assert done.returncode == 2 and "A backup is being restored" in done.stdout
        with Catalogue.open(lab, user="amina") as cat:   # the restoring process itself may open it
            assert cat.count("reference_sample") == 2


def test_the_lock_goes_with_a_process_that_dies(tmp_path):
    lab, made = lab_with_backup(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lab)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    assert holder.stdout.readline().strip() == "open"
    holder.kill()                              # as when the power goes or the window crashes
    holder.wait(timeout=30)
    backup.restore(lab, made, backup.as_user("amina"))

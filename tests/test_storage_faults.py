"""A full disk and a read-only data folder: a clear error, the change refused whole, nothing corrupted.

The full disk is real to SQLite: ``PRAGMA max_page_count`` makes the file unable
to grow (SQLITE_FULL, exactly what a full disk gives), and ``RLIMIT_FSIZE``
makes the kernel refuse writes past a size (EFBIG) in a child process.  The
read-only folder is made so by permissions; when the tests run as root (which
writes through permissions) the child process gives up that power with
``setpriv``, as an ordinary user never had it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factories import profile
from labnet.catalogue.errors import StorageError
from labnet.catalogue.store import Catalogue

ROOT = Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def sound(folder: Path) -> tuple[int, int]:
    """Integrity and audit chain checked; returns (records, last change seq)."""
    with Catalogue.open(folder, user="amina") as cat:
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cat.verify().ok
        return cat.count("profiling_result"), cat.last_change_seq()


def test_a_full_disk_refuses_the_change_whole_and_loses_nothing(tmp_path):
    with Catalogue.open(tmp_path, user="amina") as cat:
        for i in range(20):
            cat.add("profiling_result", profile(lab_sample_number=f"KEEP-{i}"))
    before = sound(tmp_path)
    with Catalogue.open(tmp_path, user="amina") as cat:
        pages = cat.conn.execute("PRAGMA page_count").fetchone()[0]
        cat.conn.execute(f"PRAGMA max_page_count = {pages + 2}")   # the disk fills up now
        rows = [profile(lab_sample_number=f"BULK-{i}", notes="n" * 2000) for i in range(300)]
        with pytest.raises(StorageError, match="is full: nothing of this change was saved"):
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        with pytest.raises(StorageError, match="is full"):
            for i in range(300):
                cat.add("profiling_result", profile(lab_sample_number=f"ONE-{i}", notes="n" * 2000))
        added = i   # the ones that fitted before the disk was full are whole
    after = sound(tmp_path)
    assert after[0] == before[0] + added and after[1] == before[1] + added
    with Catalogue.open(tmp_path, user="amina") as cat:   # space freed: work goes on
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        assert cat.count("profiling_result") == after[0] + 300


@pytest.mark.slow   # 8-15 s per size under --durations
@pytest.mark.parametrize("limit_kb", [8, 40, 120, 400])
def test_a_disk_that_fills_during_a_bundle_export_leaves_no_half_file_and_a_sound_catalogue(tmp_path, limit_kb,
                                                                                         monkeypatch):
    monkeypatch.setenv("LABNET_PASSPHRASE", "a lab passphrase, long enough")
    lab = tmp_path / "lab"
    env = {**os.environ, "LABNET_PASSPHRASE": "a lab passphrase, long enough"}
    run = [sys.executable, "-m", "labnet", "--data-dir", str(lab)]
    subprocess.run([*run, "init", "--lab", "Accra", "--country", "GH"], env=env, check=True, capture_output=True)
    from labnet.hub.service import Hub

    hub, _ = Hub.create(tmp_path / "hub", name="Hub", country="GH", passphrase="hub passphrase, long enough")
    (tmp_path / "hub.json").write_bytes(hub.identity.public.to_json())
    hub.close()
    subprocess.run([*run, "hub-key", "import", str(tmp_path / "hub.json")], env=env, check=True, capture_output=True)
    with Catalogue.open(lab, user="amina") as cat:
        rows = [profile(lab_sample_number=f"S-{i}", shareable=True, notes=os.urandom(200).hex()) for i in range(1500)]
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
    before = sound(lab)
    stick = tmp_path / "stick"
    stick.mkdir()
    limit = (f"import resource, signal, runpy, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
             f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_kb * 1024}, {limit_kb * 1024})); "
             f"sys.argv = ['labnet'] + sys.argv[1:]; runpy.run_module('labnet', run_name='__main__')")
    full = subprocess.run([sys.executable, "-c", limit, "--data-dir", str(lab), "bundle", "export", "--out",
                           str(stick / "b.lnb")], env=env, capture_output=True, text=True, cwd=ROOT)
    if full.returncode != 0:   # where the disk filled (catalogue or stick), the error says so plainly
        assert full.returncode == 2, full.stderr
        assert "Traceback" not in full.stderr and ("full" in full.stderr or "too large" in full.stderr
                                                   or "disk" in full.stderr), full.stderr
    assert not list(stick.glob("*.tmp"))
    assert sound(lab) == before
    # With room again, the export carries every shared record.
    again = subprocess.run([*run, "bundle", "export", "--out", str(tmp_path / "again")], env=env,
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0, again.stderr
    if full.returncode != 0:
        assert "1,500 records" in again.stdout or " record" in again.stdout


def test_a_read_only_data_folder_is_a_clear_error_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    with Catalogue.open(data, user="amina") as cat:
        cat.add("profiling_result", profile())
    for path in data.iterdir():
        os.chmod(path, 0o444)
    os.chmod(data, 0o555)
    before = snapshot(data)
    script = ("import sys; from labnet.catalogue.store import Catalogue; from factories import profile\n"
              "from labnet.catalogue.errors import CatalogueError\n"
              "try:\n"
              f"    with Catalogue.open({str(data)!r}, user='amina') as cat:\n"
              "        cat.add('profiling_result', profile(lab_sample_number='NEW-1'))\n"
              "except CatalogueError as exc:\n"
              "    print(exc); sys.exit(2)\n")
    command = [sys.executable, "-c", script]
    if os.geteuid() == 0:   # root writes through permissions: drop that power, as an ordinary user has none
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: a folder cannot be made read-only for this process")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"})
    try:
        assert done.returncode == 2, done.stdout + done.stderr
        assert "read-only" in done.stdout and "Nothing was changed" in done.stdout, done.stdout
        assert snapshot(data) == before
    finally:
        os.chmod(data, 0o755)
        for path in data.iterdir():
            os.chmod(path, 0o644)
    assert sound(data)[0] == 1

"""Backups are consistent, checked before restore, and keep what they replace."""

import sqlite3

import pytest

from catalogue import attachments, backup
from catalogue.errors import CatalogueError
from catalogue.store import Catalogue
from factories import sample
from labnet.cli import main


def test_backup_while_open_and_restore_elsewhere(tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"%PDF-1.4 certificate of analysis, lot L-4471")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        made = backup.backup(cat, tmp_path / "usb")   # a folder: a dated file goes in it
        cat.add("reference_sample", sample(inventory_code="RS-AFTER"))
    assert made.parent == tmp_path / "usb" and made.name.startswith("labnet-backup-")
    info, kept = backup.restore(tmp_path / "other", made)
    assert kept is None and info.records["reference_samples"] == 1
    with Catalogue.open(tmp_path / "other") as restored:
        got = restored.get("reference_sample", rec["id"])
        assert attachments.open_attachment(restored, got["certificate"]).read_bytes() == pdf.read_bytes()
        assert restored.verify_audit().ok


def test_restore_over_a_catalogue_keeps_the_replaced_one(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.db")
        cat.add("reference_sample", sample(inventory_code="RS-NEW"))
    info, kept = backup.restore(tmp_path / "lab", made)
    assert kept is not None and kept.exists()
    with Catalogue.open(tmp_path / "lab") as cat:
        assert cat.count("reference_sample") == 1
    assert sqlite3.connect(kept).execute("SELECT count(*) FROM reference_samples").fetchone()[0] == 2


@pytest.mark.parametrize("content,message", [
    (b"", "not a LabNet catalogue backup"),
    (b"PK\x03\x04 a zip file, not a database" * 50, "not a LabNet catalogue backup"),
])
def test_restore_refuses_what_is_not_a_catalogue(tmp_path, content, message):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(CatalogueError, match=message):
        backup.restore(tmp_path / "lab", bad)
    assert not (tmp_path / "lab" / "catalogue.db").exists()


def test_restore_refuses_a_backup_whose_audit_trail_was_tampered_with(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.db")
    conn = sqlite3.connect(made)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'mallory'")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogueError, match="audit trail .* does not verify"):
        backup.check(made)


def test_restore_of_a_damaged_file(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        for i in range(300):
            cat.add("reference_sample", sample(inventory_code=f"RS-{i}", notes="x" * 500))
        made = backup.backup(cat, tmp_path / "b.db")
    data = bytearray(made.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    made.write_bytes(bytes(data))
    with pytest.raises(CatalogueError, match="damaged|not a LabNet"):
        backup.check(made)


def test_backup_to_an_unwritable_place_says_what_to_do(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    with Catalogue.open(tmp_path / "lab") as cat:
        with pytest.raises(CatalogueError, match="could not be written.*plugged in"):
            backup.backup(cat, blocker / "b.db")


def test_cli_backup_and_restore(tmp_path, capsys):
    lab = tmp_path / "lab"
    with Catalogue.open(lab) as cat:
        cat.add("reference_sample", sample())
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "b.db")]) == 0
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(tmp_path / "b.db")]) == 0
    assert "intact catalogue" in capsys.readouterr().out
    assert not (tmp_path / "new" / "catalogue.db").exists()
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "b.db")]) == 0
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "missing.db")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_attachments_are_content_addressed_and_checked(cat, tmp_path):
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.4 one")
    rec = cat.add("reference_sample", sample())
    a = attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
    b = attachments.store_file(cat, pdf)
    assert a["sha256"] == b["sha256"]
    stored = attachments.attachment_path(cat, a["sha256"])
    stored.write_bytes(b"%PDF-1.4 forged")
    with pytest.raises(CatalogueError, match="altered since it was attached"):
        attachments.open_attachment(cat, a["sha256"])
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(CatalogueError, match="not a PDF, image or text"):
        attachments.store_file(cat, exe)


def test_backup_reports_progress_and_a_cancelled_backup_leaves_nothing(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        for i in range(400):
            cat.add("reference_sample", sample(inventory_code=f"RS-{i}", notes="n" * 2000))
        seen = []
        backup.backup(cat, tmp_path / "ok.db", progress=lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1]

        class Stop(Exception):
            pass

        def stop(done, total):
            raise Stop()
        with pytest.raises(Stop):
            backup.backup(cat, tmp_path / "stopped.db", progress=stop)
    assert not (tmp_path / "stopped.db").exists() and not (tmp_path / "stopped.db.partial").exists()

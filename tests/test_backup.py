"""Backups are one verified file, checked before restore, and keep what they replace."""

import hashlib
import json
import sqlite3
import zipfile

import pytest

from factories import profile, sample
from labnet.catalogue import attachments, backup, backup_archive, database, integrity
from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.store import Catalogue
from labnet.cli import main

ADMIN_PASSWORD = "a long admin password"


def rewrite_member(path, name, change):
    """Rewrite one member of a backup with ``change(bytes) -> bytes`` and its manifest entry to match:
    a backup altered by someone who knows the format (the zip's CRC and the manifest both agree)."""
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members[name] = change(members[name])
    manifest = json.loads(members["manifest.json"])
    for m in manifest["members"]:
        if m["name"] == name:
            m["size"], m["sha256"] = len(members[name]), hashlib.sha256(members[name]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    path.unlink()
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)


def flip_inside_a_value(db: bytes, value: bytes, scratch) -> bytes:
    """60 bytes flipped in place inside a stored value on a page of the profiling_results table (not in the
    audit trail's copy of it): the page's structure stays valid, so SQLite's integrity check passes."""
    scratch.write_bytes(db)
    conn = sqlite3.connect(scratch)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'profiling_results'")]
    conn.close()
    at = next(i for n in pages if (i := db.find(value, (n - 1) * page_size, n * page_size)) >= 0)
    flipped = bytes(b ^ 0x5A for b in db[at:at + 60])
    return db[:at] + flipped + db[at + 60:]


def old_format_backup(cat, dest):
    """What ``labnet backup`` wrote before one-file backups: the database, and its attachments in a zip."""
    database.backup_file(cat.conn, dest)
    files = cat.data_dir / "attachments"
    if files.is_dir():
        with zipfile.ZipFile(dest.with_name(dest.stem + ".attachments.zip"), "w") as zf:
            for f in sorted(files.rglob("*")):
                if f.is_file() and len(f.name) == 64:
                    zf.write(f, f.relative_to(files).as_posix())
    return dest


def test_backup_while_open_and_restore_elsewhere(tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"%PDF-1.4 certificate of analysis, lot L-4471")
    (tmp_path / "usb").mkdir()
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        made = backup.backup(cat, tmp_path / "usb")   # a folder: a dated file goes in it
        cat.add("reference_sample", sample(inventory_code="RS-AFTER"))
    assert made.path.parent == tmp_path / "usb" and made.path.name.startswith("labnet-backup-")
    assert made.path.suffix == ".labnet-backup" and made.size == made.path.stat().st_size
    assert made.attachments == 1 and made.records["reference_samples"] == 1
    info, kept = backup.restore(tmp_path / "other", made.path, backup.as_user("amina"))
    assert kept is None and info.records["reference_samples"] == 1
    with Catalogue.open(tmp_path / "other") as restored:
        got = restored.get("reference_sample", rec["id"])
        assert attachments.open_attachment(restored, got["certificate"]).read_bytes() == pdf.read_bytes()
        assert restored.verify().ok


def test_the_attachments_travel_inside_the_one_file(tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"%PDF-1.4 certificate of analysis, lot L-9")
    (tmp_path / "usb").mkdir()
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        entry = attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        made = backup.backup(cat, tmp_path / "usb")
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [made.path.name]   # one file, nothing beside it
    with zipfile.ZipFile(made.path) as zf:
        names = set(zf.namelist())
        assert zf.read(f"attachments/{entry['sha256'][:2]}/{entry['sha256']}") == pdf.read_bytes()
    assert {"catalogue.db", "manifest.json"} <= names
    manifest = json.loads(zipfile.ZipFile(made.path).read("manifest.json"))
    assert {m["name"] for m in manifest["members"]} == names - {"manifest.json"}


def test_restore_over_a_catalogue_keeps_the_replaced_one(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.labnet-backup")
        cat.add("reference_sample", sample(inventory_code="RS-NEW"))
    info, kept = backup.restore(tmp_path / "lab", made.path, backup.as_user(None))
    assert kept is not None and (kept / "catalogue.db").exists()
    with Catalogue.open(tmp_path / "lab") as cat:
        assert cat.count("reference_sample") == 1
    assert sqlite3.connect(kept / "catalogue.db").execute("SELECT count(*) FROM reference_samples").fetchone()[0] == 2


@pytest.mark.parametrize("content,message", [
    (b"", "not a LabNet catalogue backup"),
    (b"PK\x03\x04 a zip file, not a database" * 50, "damaged or incomplete"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "not a LabNet catalogue backup"),
])
def test_restore_refuses_what_is_not_a_catalogue(tmp_path, content, message):
    bad = tmp_path / "bad.labnet-backup"
    bad.write_bytes(content)
    with pytest.raises(CatalogueError, match=message):
        backup.restore(tmp_path / "lab", bad, backup.as_user(None))
    assert not (tmp_path / "lab" / "catalogue.db").exists()


def test_restore_refuses_a_backup_whose_audit_trail_was_tampered_with(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.labnet-backup").path

    def tamper(db: bytes) -> bytes:
        scratch = tmp_path / "scratch.db"
        scratch.write_bytes(db)
        conn = sqlite3.connect(scratch)
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET user = 'mallory'")
        conn.commit()
        conn.close()
        return scratch.read_bytes()
    rewrite_member(made, "catalogue.db", tamper)
    with pytest.raises(CatalogueError, match="does not verify"):
        backup.check(made, tmp_path / "lab")


def profiles_with_notes(folder):
    with Catalogue.open(folder, user="amina") as cat:
        for i in range(20):
            cat.add("profiling_result", profile(lab_sample_number=f"GH-{i:05d}",
                                                notes="peak table reviewed by the second analyst " * 3))


def flip_checked(db: bytes, scratch) -> bytes:
    changed = flip_inside_a_value(db, b"peak table reviewed", scratch)
    scratch.write_bytes(changed)
    assert sqlite3.connect(scratch).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return changed


def test_check_only_refuses_a_value_flipped_inside_a_profiling_results_page(tmp_path, capsys):
    """Issue 14: SQLite's integrity check does not look inside values; the records' digests do."""
    profiles_with_notes(tmp_path / "lab")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        old = old_format_backup(cat, tmp_path / "old.db")
    old.write_bytes(flip_checked(old.read_bytes(), tmp_path / "scratch.db"))
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(old)]) == 2
    err = capsys.readouterr().err
    assert "does not verify" in err and "profiling result GH-" in err
    assert not (tmp_path / "new" / "catalogue.db").exists()


def test_a_one_file_backup_with_a_flipped_value_and_a_matching_manifest_is_refused(tmp_path, capsys):
    """The manifest proves the file is as written; the catalogue's own digests prove what was written."""
    profiles_with_notes(tmp_path / "lab")
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    made = tmp_path / "b.labnet-backup"
    rewrite_member(made, "catalogue.db", lambda db: flip_checked(db, tmp_path / "scratch.db"))
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(made)]) == 2
    err = capsys.readouterr().err
    assert "does not verify" in err and "profiling result GH-" in err
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(made)]) == 2
    assert not (tmp_path / "new" / "catalogue.db").exists()


def test_a_truncated_or_altered_backup_file_is_refused(tmp_path, capsys):
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    with Catalogue.open(tmp_path / "lab") as cat:
        rec = cat.add("reference_sample", sample())
        entry = attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        made = backup.backup(cat, tmp_path / "b.labnet-backup").path
    data = made.read_bytes()
    cut = tmp_path / "cut.labnet-backup"
    cut.write_bytes(data[:len(data) // 2])          # a copy cut short
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(cut)]) == 2
    assert "damaged or incomplete" in capsys.readouterr().err
    flipped = tmp_path / "flipped.labnet-backup"    # one byte of the stored certificate changed
    at = data.index(b"%PDF-1.4 ") + 100
    flipped.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(flipped)]) == 2
    assert "damaged" in capsys.readouterr().err
    # Altered by someone who rewrote the zip (CRC right) but not the manifest: the digest says so.
    member = f"attachments/{entry['sha256'][:2]}/{entry['sha256']}"
    with zipfile.ZipFile(made) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[member] = b"%PDF-1.4 forged"
    with zipfile.ZipFile(forged := tmp_path / "forged.labnet-backup", "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(forged)]) == 2
    assert "SHA-256 differs" in capsys.readouterr().err
    # And one that slips in a file the manifest does not name.
    with zipfile.ZipFile(forged, "a") as zf:
        zf.writestr("keys/extra.key", b"{}")
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(forged)]) == 2
    assert "does not name" in capsys.readouterr().err
    assert not (tmp_path / "new" / "catalogue.db").exists()


def test_backup_to_a_missing_folder_is_refused_and_the_folder_not_made(tmp_path, capsys):
    lab = tmp_path / "lab"
    with Catalogue.open(lab) as cat:
        cat.add("reference_sample", sample())
    stick = tmp_path / "media" / "usb"
    for dest in (f"{stick}/", str(stick), str(stick / "b.labnet-backup")):
        assert main(["--data-dir", str(lab), "backup", dest]) == 2
        err = capsys.readouterr().err
        assert f"The folder {stick} does not exist — is the stick mounted?" in err
        assert not stick.exists() and not (tmp_path / "media").exists()


def test_backup_never_writes_over_a_file(tmp_path):
    with Catalogue.open(tmp_path / "lab") as cat:
        backup.backup(cat, tmp_path / "b.labnet-backup")
        with pytest.raises(CatalogueError, match="already exists"):
            backup.backup(cat, tmp_path / "b.labnet-backup")
        with pytest.raises(CatalogueError, match="already exists"):
            backup.backup(cat, tmp_path / "lab" / "catalogue.db")


def test_backup_to_an_unwritable_place_says_what_to_do(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    with Catalogue.open(tmp_path / "lab") as cat:
        with pytest.raises(CatalogueError, match="does not exist"):
            backup.backup(cat, blocker / "b.labnet-backup")


def test_cli_backup_and_restore(tmp_path, capsys):
    lab = tmp_path / "lab"
    with Catalogue.open(lab) as cat:
        cat.add("reference_sample", sample())
    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    out = capsys.readouterr().out
    assert f"Backup written and verified: {tmp_path / 'b.labnet-backup'} (" in out and " kB)" in out
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(tmp_path / "b.labnet-backup")]) == 0
    assert "1 reference sample," in capsys.readouterr().out   # the singular for one (it said "1 reference samples")
    assert not (tmp_path / "new" / "catalogue.db").exists()
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "b.labnet-backup")]) == 0
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "missing.db")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "backup", str(tmp_path)]) == 2
    assert "no catalogue" in capsys.readouterr().err


def accounts_catalogue(folder):
    with Catalogue.open(folder, user="owner") as cat:
        cat.add_user("admin", "Ama Admin", "administrator", ADMIN_PASSWORD)
        cat.act_as("admin")
        cat.add_user("kofi", "Kofi Analyst", "analyst", "an analyst's password")
        cat.act_as("kofi")
        cat.add("reference_sample", sample())


def test_restore_with_accounts_as_the_authenticated_user(tmp_path, monkeypatch, capsys):
    """Issue 14: restore opened the catalogue as the operating-system login, so it failed on any catalogue
    with accounts whatever --user said."""
    lab = tmp_path / "lab"
    accounts_catalogue(lab)
    assert main(["--data-dir", str(lab), "--user", "admin", "backup", str(tmp_path / "b.labnet-backup")]) == 0
    with Catalogue.open(lab, user="kofi") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-LATER"))
    monkeypatch.setenv("LABNET_PASSWORD", "an analyst's password")
    assert main(["--data-dir", str(lab), "--user", "kofi", "restore", str(tmp_path / "b.labnet-backup")]) == 2
    assert "Only an administrator may restore a backup" in capsys.readouterr().err
    monkeypatch.setenv("LABNET_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(lab), "--user", "admin", "restore", str(tmp_path / "b.labnet-backup")]) == 0
    assert "What it replaced is kept in" in capsys.readouterr().out
    with Catalogue.open(lab, user="admin") as cat:
        assert cat.count("reference_sample") == 1
        assert cat.verify().ok


def test_restore_into_an_empty_folder_asks_an_administrator_of_the_backup(tmp_path, monkeypatch, capsys):
    """Issue 14: on a new PC the restore wrote the data, then exited 2."""
    lab = tmp_path / "lab"
    accounts_catalogue(lab)
    assert main(["--data-dir", str(lab), "--user", "admin", "backup", str(tmp_path / "b.labnet-backup")]) == 0
    new = tmp_path / "new-pc"
    monkeypatch.setenv("LABNET_PASSWORD", "an analyst's password")
    assert main(["--data-dir", str(new), "--user", "kofi", "restore", str(tmp_path / "b.labnet-backup")]) == 2
    assert "Only an administrator may restore a backup" in capsys.readouterr().err
    monkeypatch.setenv("LABNET_PASSWORD", "not the password")
    assert main(["--data-dir", str(new), "--user", "admin", "restore", str(tmp_path / "b.labnet-backup")]) == 2
    assert "password is wrong" in capsys.readouterr().err
    assert not (new / "catalogue.db").exists()
    monkeypatch.setenv("LABNET_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(new), "--user", "admin", "restore", str(tmp_path / "b.labnet-backup")]) == 0
    out = capsys.readouterr().out
    assert f"Restored into {new}." in out and "kept" not in out
    with Catalogue.open(new, user="admin") as cat:
        assert cat.count("reference_sample") == 1 and cat.verify().ok
    assert not list(new.glob(".restoring-*")) and not list(new.glob("replaced-*"))


def test_an_old_format_backup_still_restores(tmp_path, capsys):
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.4 an older certificate")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        old = old_format_backup(cat, tmp_path / "labnet-backup-20250101-0900.db")
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(old)]) == 0
    assert "old-format backup" in capsys.readouterr().out
    with Catalogue.open(tmp_path / "new") as cat:
        got = cat.get("reference_sample", rec["id"])
        assert attachments.open_attachment(cat, got["certificate"]).read_bytes() == pdf.read_bytes()


def test_the_network_file_names_are_syncs(tmp_path):
    from labnet.protocol import keyfile
    from labnet.sync import client, inbox, policy, state

    assert (backup_archive.KEYS_DIR, backup_archive.NETWORK_FILE, backup_archive.BULLETINS_FILE,
            backup_archive.SENDING_DIR, backup_archive.POLICY_FILE) == (
        keyfile.KEYS_DIR, state.NETWORK_FILE, inbox.BULLETINS_FILE, client.SENDING_DIR, policy.POLICY_FILE)


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
        backup.backup(cat, tmp_path / "ok.labnet-backup", progress=lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1]
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)   # it only moves forward

        class Stop(Exception):
            pass

        def stop(done, total):
            if done > 500:   # while the written file is being read back
                raise Stop()
        with pytest.raises(Stop):
            backup.backup(cat, tmp_path / "stopped.labnet-backup", progress=stop)
    assert {p.name for p in tmp_path.iterdir()} == {"lab", "ok.labnet-backup"}
    assert not [p for p in (tmp_path / "lab").iterdir() if p.name.startswith(".")]


def test_an_old_backup_from_before_records_had_digests_restores_and_says_what_was_checked(tmp_path, capsys):
    from test_audit_records import make_schema_5

    sha = make_schema_5(tmp_path / "old-lab")
    old = tmp_path / "labnet-backup-20240102-0900.db"
    old.write_bytes((tmp_path / "old-lab" / "catalogue.db").read_bytes())
    with zipfile.ZipFile(old.with_name(old.stem + ".attachments.zip"), "w") as zf:
        zf.write(tmp_path / "old-lab" / "attachments" / sha[:2] / sha, f"{sha[:2]}/{sha}")
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(old)]) == 0
    out = capsys.readouterr().out
    assert "schema 5" in out and "from before they had digests" in out and "Note: " in out
    assert "every record and attached file match" not in out
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(old)]) == 0
    with Catalogue.open(tmp_path / "new", user="amina") as cat:   # migrated and sealed on restore
        report = integrity.verify(cat.conn, attachments.attachment_dir(cat))
        assert report.ok and report.records == 1 and report.attachments == 1
        assert any(e["action"] == "seal" for e in cat.audit_entries())


def test_a_damaged_catalogue_is_replaced_by_an_administrator_of_the_backup_and_kept(tmp_path, monkeypatch, capsys):
    """The very case for a restore: the current catalogue cannot be opened, so it cannot say who is an
    administrator; the backup's accounts are asked, and the damaged file is kept as it was."""
    lab = tmp_path / "lab"
    accounts_catalogue(lab)
    assert main(["--data-dir", str(lab), "--user", "admin", "backup", str(tmp_path / "b.labnet-backup")]) == 0
    garbage = b"\x13\x37 not a database any more " * 40
    (lab / "catalogue.db").write_bytes(garbage)
    (lab / ".restoring-left-by-a-killed-restore").mkdir()
    monkeypatch.setenv("LABNET_PASSWORD", "an analyst's password")
    assert main(["--data-dir", str(lab), "--user", "kofi", "restore", str(tmp_path / "b.labnet-backup")]) == 2
    assert "Only an administrator may restore a backup" in capsys.readouterr().err
    assert (lab / "catalogue.db").read_bytes() == garbage
    monkeypatch.setenv("LABNET_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(lab), "--user", "admin", "restore", str(tmp_path / "b.labnet-backup")]) == 0
    (kept,) = lab.glob("replaced-*")
    assert (kept / "catalogue.db").read_bytes() == garbage
    assert not list(lab.glob(".restoring-*"))
    with Catalogue.open(lab, user="admin") as cat:
        assert cat.count("reference_sample") == 1


def test_check_only_needs_no_password(tmp_path, monkeypatch, capsys):
    lab = tmp_path / "lab"
    accounts_catalogue(lab)
    assert main(["--data-dir", str(lab), "--user", "admin", "backup", str(tmp_path / "b.labnet-backup")]) == 0
    monkeypatch.delenv("LABNET_PASSWORD", raising=False)
    assert main(["--data-dir", str(lab), "restore", "--check-only", str(tmp_path / "b.labnet-backup")]) == 0
    assert "Nothing was changed" in capsys.readouterr().out
    assert main(["--data-dir", str(lab), "--user", "admin", "restore", str(tmp_path / "b.labnet-backup")]) == 2
    assert "needs the password" in capsys.readouterr().err


@pytest.mark.slow   # 9 s under --durations
def test_a_member_that_inflates_past_its_listed_size_is_refused_without_filling_the_disk(tmp_path, capsys):
    with Catalogue.open(tmp_path / "lab") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.labnet-backup").path
    with zipfile.ZipFile(made) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    bomb = b"\0" * (64 << 20)                      # 64 MiB of zeros deflate to about 64 KiB
    manifest = json.loads(members["manifest.json"])
    manifest["members"].append({"name": "sharing-policy.toml", "size": 10, "sha256": hashlib.sha256(bomb).hexdigest()})
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bombed := tmp_path / "bomb.labnet-backup", "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in {**members, "sharing-policy.toml": bomb}.items():
            zf.writestr(n, d)
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(bombed)]) == 2
    assert "not what was written" in capsys.readouterr().err
    assert not list((tmp_path / "new").glob(".checking-*"))
    import io

    out = io.BytesIO()                               # the copy stops one block past the listed size
    backup_archive.copy_hashing(io.BytesIO(bomb), out, limit=10)
    assert len(out.getvalue()) <= backup_archive.CHUNK


def edited_behind_labnets_back(folder, accounts=False, number="GH-00001"):
    """A catalogue with one profiling result whose purity was changed with sqlite3; returns its id."""
    if accounts:
        accounts_catalogue(folder)
    with Catalogue.open(folder, user="admin" if accounts else "amina") as cat:
        rec = cat.add("profiling_result", profile(lab_sample_number=number))
    conn = sqlite3.connect(folder / "catalogue.db")
    conn.execute("UPDATE profiling_results SET purity = 99.9 WHERE id = ?", (rec["id"],))
    conn.commit()
    conn.close()
    return rec["id"]


def recorded_findings(path):
    return json.loads(zipfile.ZipFile(path).read("manifest.json")).get("findings")


def test_a_catalogue_that_does_not_verify_is_backed_up_with_its_findings_and_exit_3(tmp_path, capsys):
    """The lab's only copy, and evidence: written, checked, its findings in the manifest, said loudly."""
    rec_id = edited_behind_labnets_back(tmp_path / "lab")
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(made)]) == 3
    out = capsys.readouterr().out
    assert f"Backup written: {made} (" in out and "reads back exactly as written" in out
    assert "did NOT verify" in out and "GH-00001" in out and "labnet audit verify" in out
    assert "written and verified" not in out
    findings = recorded_findings(made)
    assert findings["checked_at"] and len(findings["problems"]) == 1
    assert "GH-00001" in findings["problems"][0] and rec_id in findings["problems"][0]
    assert [p.name for p in tmp_path.iterdir() if p.name != "lab"] == ["b.labnet-backup"]
    # The same findings through the library, as the window gets them.
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        again = backup.backup(cat, tmp_path / "c.labnet-backup")
    assert again.findings.problems == findings["problems"]
    # A catalogue that verifies records none (and an older LabNet reads the same manifest as before).
    with Catalogue.open(tmp_path / "clean", user="amina") as cat:
        cat.add("reference_sample", sample())
        assert backup.backup(cat, tmp_path / "clean.labnet-backup").findings is None
    assert recorded_findings(tmp_path / "clean.labnet-backup") is None


def test_check_only_of_a_backup_with_findings_lists_them_and_exits_3(tmp_path, capsys):
    edited_behind_labnets_back(tmp_path / "lab")
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(made)]) == 3
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(made)]) == 3
    out = capsys.readouterr().out
    assert "of a catalogue that did not verify" in out and "GH-00001" in out
    assert recorded_findings(made)["checked_at"] in out
    assert "--accept-findings" in out and "Nothing was changed" in out
    assert not (tmp_path / "new" / "catalogue.db").exists()


@pytest.mark.slow   # 8 s under --durations
def test_restoring_a_backup_with_findings_needs_an_administrator_who_accepts_them(tmp_path, monkeypatch, capsys):
    lab, new = tmp_path / "lab", tmp_path / "new-pc"
    edited_behind_labnets_back(lab, accounts=True)
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(lab), "--user", "admin", "backup", str(made)]) == 3
    monkeypatch.setenv("LABNET_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(new), "--user", "admin", "restore", str(made)]) == 2
    err = capsys.readouterr().err
    assert "did not verify" in err and "GH-00001" in err and "--accept-findings" in err
    assert not (new / "catalogue.db").exists()
    monkeypatch.setenv("LABNET_PASSWORD", "an analyst's password")
    assert main(["--data-dir", str(new), "--user", "kofi", "restore", "--accept-findings", str(made)]) == 2
    assert "Only an administrator may restore a backup" in capsys.readouterr().err
    assert not (new / "catalogue.db").exists()
    monkeypatch.setenv("LABNET_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(new), "--user", "admin", "restore", "--accept-findings", str(made)]) == 0
    out = capsys.readouterr().out
    assert f"Restored into {new}." in out and "GH-00001" in out and "audit entry lists them" in out
    with Catalogue.open(new, user="admin") as cat:
        (entry,) = [e for e in cat.audit_entries() if e["action"] == "restore"]
        report = integrity.verify(cat.conn, attachments.attachment_dir(cat))
    assert entry["user"] == "admin" and entry["detail"]["backup"] == made.name
    assert entry["detail"]["accepted_findings"] == recorded_findings(made)
    # Restored as it was found: verify names the same record, and the trail (with the restore) is intact.
    assert [str(p) for p in report.problems] == recorded_findings(made)["problems"]


def test_a_clean_restore_is_in_the_trail_too(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("reference_sample", sample())
        made = backup.backup(cat, tmp_path / "b.labnet-backup").path
    backup.restore(tmp_path / "new", made, backup.as_user("amina"))
    with Catalogue.open(tmp_path / "new", user="amina") as cat:
        (entry,) = [e for e in cat.audit_entries() if e["action"] == "restore"]
        assert integrity.verify(cat.conn, attachments.attachment_dir(cat)).ok
    assert entry["user"] == "amina" and "accepted_findings" not in entry["detail"]


def test_a_backup_with_findings_altered_after_writing_is_refused_even_when_they_are_accepted(tmp_path, capsys):
    """The findings vouch for the catalogue as it was written, nothing else: the flipped byte still fails."""
    profiles_with_notes(tmp_path / "lab")
    edited_behind_labnets_back(tmp_path / "lab", number="GH-90001")
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(made)]) == 3
    recorded = recorded_findings(made)
    rewrite_member(made, "catalogue.db", lambda db: flip_checked(db, tmp_path / "scratch.db"))
    assert recorded_findings(made) == recorded                  # the manifest still vouches for the findings
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(made)]) == 2
    assert "does not verify" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--accept-findings", str(made)]) == 2
    err = capsys.readouterr().err
    assert "does not verify" in err and "after it was written" in err
    assert not (tmp_path / "new" / "catalogue.db").exists()


def set_findings(path, findings):
    """Rewrite the manifest's findings (as someone who knows the format could)."""
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest.pop("findings", None)
    if findings is not None:
        manifest["findings"] = findings
    members["manifest.json"] = json.dumps(manifest).encode()
    path.unlink()
    with zipfile.ZipFile(path, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)


def test_findings_that_do_not_match_the_catalogue_are_refused_outright(tmp_path):
    edited_behind_labnets_back(tmp_path / "lab")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        made = backup.backup(cat, tmp_path / "b.labnet-backup").path
    recorded = recorded_findings(made)
    set_findings(made, None)                                    # the findings removed: a tampered backup
    with pytest.raises(CatalogueError, match="does not verify"):
        backup.restore(tmp_path / "new", made, backup.as_user("amina"), accept_findings=True)
    set_findings(made, {**recorded, "problems": ["another record was edited"]})
    with pytest.raises(CatalogueError, match="does not verify"):
        backup.check(made, tmp_path)
    set_findings(made, {**recorded, "problems": "not a list"})
    with pytest.raises(CatalogueError, match="list of contents .manifest. cannot be read"):
        backup.check(made, tmp_path)
    with Catalogue.open(tmp_path / "clean", user="amina") as cat:
        cat.add("reference_sample", sample())
        clean = backup.backup(cat, tmp_path / "clean.labnet-backup").path
    set_findings(clean, recorded)                               # findings added to a backup that verifies
    with pytest.raises(CatalogueError, match="but it verifies now"):
        backup.restore(tmp_path / "new", clean, backup.as_user("amina"), accept_findings=True)
    assert not (tmp_path / "new" / "catalogue.db").exists()


@pytest.mark.parametrize("edited", [False, True])
def test_a_backup_that_does_not_read_back_as_written_is_removed_exit_2(tmp_path, monkeypatch, capsys, edited):
    """A failing medium (simulated: a byte of the written file changes before it is read back) is not a
    finding: the file is removed and the backup refused, whether or not the catalogue verifies."""
    if edited:
        edited_behind_labnets_back(tmp_path / "lab")
    else:
        with Catalogue.open(tmp_path / "lab", user="amina") as cat:
            cat.add("reference_sample", sample())
    write = backup_archive.write_archive

    def written_then_damaged(target, *args, **kwargs):
        manifest = write(target, *args, **kwargs)
        data = bytearray(target.read_bytes())
        data[len(data) // 3] ^= 0xFF                              # inside the deflated catalogue
        target.write_bytes(bytes(data))
        return manifest
    monkeypatch.setattr(backup_archive, "write_archive", written_then_damaged)
    made = tmp_path / "b.labnet-backup"
    assert main(["--data-dir", str(tmp_path / "lab"), "backup", str(made)]) == 2
    err = capsys.readouterr().err
    assert "does not read back as it was written, so it was removed" in err
    assert not made.exists() and not (tmp_path / "b.labnet-backup.partial").exists()


def test_an_attached_file_altered_in_the_data_folder_is_named_and_nothing_written(tmp_path):
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.4 the certificate")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        entry = attachments.attach_certificate(cat, "reference_sample", rec["id"], pdf)
        attachments.attachment_path(cat, entry["sha256"]).write_bytes(b"%PDF-1.4 forged")
        with pytest.raises(CatalogueError, match="was altered after it was attached.*nothing was written"):
            backup.backup(cat, tmp_path / "b.labnet-backup")
    assert not (tmp_path / "b.labnet-backup").exists() and not (tmp_path / "b.labnet-backup.partial").exists()


@pytest.mark.slow   # 12 s under --durations
def test_the_window_says_the_backup_was_written_and_warns_of_the_findings(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    lab = tmp_path / "lab"
    edited_behind_labnets_back(lab)
    path = lab / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "amina"), synchronous=True)
    window = MainWindow(path, user="amina", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_section("settings")
    page = window.settings_page
    target = tmp_path / "copy.labnet-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.backup_button.click()
    text = page.backup_result.text()
    assert target.exists() and recorded_findings(target)["problems"]
    assert text.startswith("Backup written: ") and str(target) in text
    assert "does not verify" in text and "GH-00001" in text and "labnet audit verify" in text
    assert "written and verified" not in text and page.backup_result.property("tone") == "warning"


def test_restoring_another_catalogues_backup_says_so(tmp_path, capsys):
    for lab in ("lab-a", "lab-b"):
        with Catalogue.open(tmp_path / lab, user="amina") as cat:
            cat.add("reference_sample", sample())
    assert main(["--data-dir", str(tmp_path / "lab-b"), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    assert main(["--data-dir", str(tmp_path / "lab-b"), "restore", str(tmp_path / "b.labnet-backup")]) == 0
    assert "another catalogue" not in capsys.readouterr().out      # its own backup: nothing to say
    assert main(["--data-dir", str(tmp_path / "lab-a"), "restore", str(tmp_path / "b.labnet-backup")]) == 0
    out = capsys.readouterr().out
    assert "Note: The backup is of another catalogue" in out and "replaced-" in out

"""The laboratory's printed reports (issue 22): register, custody, competence, matrix, audit extract, delivery.

Each is made as a real PDF from a demo catalogue and read back with poppler's pdftotext (installed by .ci/run),
so what is checked is what a reader of the file sees: the text, the page count, the running head and foot.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from factories import profile
from labnet.catalogue.demo import create_demo_catalogue
from labnet.catalogue.store import Catalogue
from labnet.cli import main
from test_sync_support import hub, lab  # noqa: F401 (fixtures)

ARABIC = re.compile("[\u0600-\u06ff]")


def pdf_text(path, *, layout: bool = False) -> str:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed: .ci/run installs it"
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)   # the font's ligatures (ﬁ) as letters


def pages_of(text: str) -> int:
    return text.count("\f")   # pdftotext ends every page with a form feed


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports") / "demo"
    create_demo_catalogue(folder, profiles=20)
    return folder


def report(folder, tmp_path, *argv: str, name: str = "report.pdf") -> tuple[int, str]:
    out = tmp_path / name
    code = main(["--data-dir", str(folder), "report", *argv, "--out", str(out)])
    return code, pdf_text(out) if code == 0 else ""


def test_the_register_lists_every_standard_with_the_running_head_and_foot(demo, tmp_path, capsys):
    code, text = report(demo, tmp_path, "register")
    assert code == 0
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        codes = [r[0] for r in cat.conn.execute("SELECT inventory_code FROM reference_samples")]
        expired = cat.conn.execute("SELECT count(*) FROM reference_samples WHERE status = 'expired'").fetchone()[0]
    pages = pages_of(text)
    assert pages >= 2 and f"({pages} pages)" in capsys.readouterr().out
    flat = " ".join(text.split())
    for inventory_code in codes:
        assert inventory_code in flat
    assert f"{len(codes)} reference standards" in flat and ("Expired" in flat) == (expired > 0)
    for page in range(1, pages + 1):
        assert f"page {page} of {pages}" in flat
    assert flat.count("Inventory code") == pages     # the table's header row, repeated on every page
    from labnet import __version__
    assert f"LabNet {__version__}" in flat and "Printed (UTC)" in flat and "Printed (local time)" in flat
    assert str(demo.resolve()) in flat   # no network identity: the catalogue's folder names the laboratory


def test_one_standards_custody_history_has_its_withdrawals_and_changes(demo, tmp_path):
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        code, sample_id = cat.conn.execute(
            "SELECT inventory_code, sample_id FROM usage_log JOIN reference_samples r ON r.id = sample_id"
            " LIMIT 1").fetchone()
        withdrawals = cat.conn.execute("SELECT case_number FROM usage_log WHERE sample_id = ?",
                                       (sample_id,)).fetchall()
    exit_code, text = report(demo, tmp_path, "register", "--standard", code)
    flat = " ".join(text.split())
    assert exit_code == 0 and f"Custody history of reference standard {code}" in flat
    assert "Withdrawals (usage log)" in flat and "Changes (audit trail)" in flat
    for (case,) in withdrawals:
        assert case.replace("/", "/ ").split()[0] in flat   # a long case number may wrap in its cell


def test_a_competence_record_and_the_matrix(demo, tmp_path):
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        staff = sorted({r[0] for r in cat.conn.execute("SELECT staff_member FROM training_records")})
        person = next(s for s in staff if cat.conn.execute(
            "SELECT 1 FROM training_records WHERE staff_member = ? AND activity_type = 'proficiency_test'",
            (s,)).fetchone())
        z = [r[0] for r in cat.conn.execute("SELECT z_score FROM training_records WHERE staff_member = ? AND "
                                            "activity_type = 'proficiency_test'", (person,))]
    code, text = report(demo, tmp_path, "competence", person)
    flat = " ".join(text.split())
    assert code == 0 and f"Competence record of {person}" in flat
    for heading in ("Training", "Authorisations and requalifications", "Proficiency tests"):
        assert heading in flat
    for value in z:
        assert f"{value:+.2f}" in flat
    code, text = report(demo, tmp_path, "matrix", name="matrix.pdf")
    flat = " ".join(text.split())
    assert code == 0 and "Competence matrix" in flat and pages_of(text) >= 1
    for name in staff:
        assert name.split()[0] in flat


def test_an_audit_extract_carries_the_verification_and_its_scope(demo, tmp_path):
    code, text = report(demo, tmp_path, "audit", "--from", "2000-01-01")
    flat = " ".join(text.split())
    assert code == 0 and "Extract of the audit trail" in flat
    assert "Everything matches the audit trail" in flat
    assert "What this proves" in flat and "What it cannot prove" in flat
    code, text = report(demo, tmp_path, "audit", "--from", "2000-01-01", "--to", "2000-12-31", name="empty.pdf")
    assert code == 0 and "No audit entry falls in this extract" in " ".join(text.split())


def test_an_audit_extract_names_what_was_changed_outside_labnet(tmp_path, capsys):
    folder = tmp_path / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        rec = cat.add("profiling_result", profile(lab_sample_number="LS-TAMPER"))
    import sqlite3
    with sqlite3.connect(folder / "catalogue.db") as conn:   # a change made with another tool
        conn.execute("UPDATE profiling_results SET purity = 99 WHERE id = ?", (rec["id"],))
    code, text = report(folder, tmp_path, "audit", "--record", "LS-TAMPER")
    flat = " ".join(text.split())
    assert code == 0 and "does not match its audit trail" in flat and "Finding" in flat


def test_an_empty_register_still_makes_a_valid_report_saying_so(tmp_path):
    folder = tmp_path / "empty"
    Catalogue.open(folder, user="amina").close()
    code, text = report(folder, tmp_path, "register")
    assert code == 0 and pages_of(text) == 1 and "The register holds no reference standard." in text
    code, text = report(folder, tmp_path, "matrix", name="matrix.pdf")
    assert code == 0 and "The catalogue holds no training record." in text


def first_column_x(path, word: str) -> float:
    """Where ``word`` begins on its first page, as a share of the page's width (pdftotext -bbox)."""
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                           capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    return float(re.search(rf'<word xMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', boxes).group(1)) / width


def test_arabic_reports_read_right_to_left(demo, tmp_path):
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        first = cat.conn.execute("SELECT min(inventory_code) FROM reference_samples").fetchone()[0]
    code, text = report(demo, tmp_path, "register", "--language", "ar", name="ar.pdf")
    assert code == 0 and ARABIC.search(text)            # the field labels, translated
    assert report(demo, tmp_path, "register", name="en.pdf")[0] == 0
    # The inventory code is the table's first column: at the left in English, at the right in Arabic.
    assert first_column_x(tmp_path / "en.pdf", first) < 0.2
    assert first_column_x(tmp_path / "ar.pdf", first) > 0.7


def test_bad_arguments_are_refused_with_a_clear_message(demo, tmp_path, capsys):
    assert main(["--data-dir", str(demo), "report", "competence", "Nobody", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "No training record names the staff member “Nobody”" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "report", "register", "--standard", "NOPE",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "No reference standard has the inventory code or id “NOPE”" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "report", "audit", "--record", "nothing-here",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "The audit trail names no record “nothing-here”" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "report", "audit", "--from", "2026-02-01", "--to", "2026-01-01",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "ends (2026-01-01) before it begins" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "report", "delivery", "latest", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "has not made any bundle yet" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "report", "matrix", "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    for argv in (["audit", "--out", "x.pdf"], ["audit", "--from", "2026-13-01", "--out", "x.pdf"],
                 ["register"], ["matrix", "--out", "x.pdf", "--language", "xx"]):
        assert main(["--data-dir", str(demo), "report", *argv]) == 2   # argparse's refusal, with its usage
    assert "is not a date written YYYY-MM-DD" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_a_period_too_long_for_one_report_is_refused_not_cut(demo, tmp_path, capsys, monkeypatch):
    from labnet.catalogue import report_data

    monkeypatch.setattr(report_data, "MOST_ENTRIES", 5)
    assert main(["--data-dir", str(demo), "report", "audit", "--from", "2000-01-01",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "choose a shorter period" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_a_delivery_report_says_what_was_sent_and_what_the_hub_refused(cat, lab, hub, tmp_path):  # noqa: F811
    from labnet.catalogue.report_data import printed
    from labnet.desktop.catalogue_reports import content_report
    from labnet.desktop.reports import printing_application
    from labnet.protocol.opening import lab_keys_from, open_bundle
    from labnet.protocol.receipt import RecordResult, make_receipt, verify_receipt
    from labnet.sync.delivery_report import delivery
    from labnet.sync.outbox import Outbox
    from labnet.sync.policy import default_policy

    kept = cat.add("profiling_result", profile(lab_sample_number="LS-OK", shareable=True))
    refused = cat.add("profiling_result", profile(lab_sample_number="LS-BAD", shareable=True))
    outbox = Outbox(cat)
    pending = outbox.pending(default_policy(), lab.pseudonym_secret)
    assert pending.entries, (pending.withheld, cat.count("profiling_result"))
    [(header, data)] = outbox.export(lab, hub.public, default_policy()).parts
    waiting = delivery(cat, header.bundle_id)
    opened = open_bundle(data, hub, lab_keys_from([lab.public]))
    results = [RecordResult(e["kind"], e["id"], e["version"], "rejected" if e["id"] == refused["id"] else "accepted",
                            "purity above 100 %" if e["id"] == refused["id"] else None) for e in opened.entries]
    outbox.apply_receipt(verify_receipt(make_receipt(hub, opened.header, results), hub.public, lab.identity_id),
                         default_policy())
    printing_application()
    said = " ".join(content_report(waiting, printed("Accra lab", "amina")).text().split())
    assert "No receipt yet" in said and said.count("no receipt yet") == 2
    report = content_report(delivery(cat, header.bundle_id[:10]), printed("Accra lab", "amina"))
    pages = report.write_pdf(tmp_path / "delivery.pdf")
    text = " ".join(pdf_text(tmp_path / "delivery.pdf").split())
    assert pages == 1 and "Delivery report of bundle" in text and "Accra lab" in text
    assert "1 accepted, 0 duplicate, 0 outdated, 1 rejected" in text
    assert "purity above 100 %" in text and refused["id"] in text and kept["id"] in text


def test_file_export_pdf_writes_the_report_of_the_view_in_front(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    folder = tmp_path / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        from factories import sample, training
        cat.add("reference_sample", sample(inventory_code="RS-WIN-001"))
        cat.add("training_record", training(staff_member="Ama Owusu"))
    path = folder / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "amina"), synchronous=True)
    window = MainWindow(path, user="amina", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.export_pdf_action.isEnabled()            # the dashboard has no report
    for key, target, expected in (("reference-samples", "register.pdf", "RS-WIN-001"),
                                  ("training", "matrix.pdf", "Ama Owusu"),
                                  ("settings", "audit.pdf", "What this proves")):
        window.show_section(key)
        assert window.export_pdf_action.isEnabled() and window.print_action.isEnabled()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(tmp_path / t), ""))
        window.export_pdf_action.trigger()
        text = " ".join(pdf_text(tmp_path / target).split())
        assert expected in text and "page 1 of" in text and "Printed by amina" in text
        assert target in window.statusBar().currentMessage()
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    page.table.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "custody.pdf"), ""))
    window.export_pdf_action.trigger()
    assert "Custody history of reference standard RS-WIN-001" in " ".join(pdf_text(tmp_path / "custody.pdf").split())
    # The Network view prints the newest bundle's delivery; before any bundle it says so, and writes nothing.
    from labnet.desktop import errors
    shown = []
    monkeypatch.setattr(errors, "_present", lambda box: shown.append(box))
    window.show_section("network")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "delivery.pdf"), ""))
    window.export_pdf_action.trigger()
    assert "has not made any bundle yet" in shown[0].text() and not (tmp_path / "delivery.pdf").exists()


def test_a_report_prints_on_a_printer_as_it_writes_a_file(demo, tmp_path, qapp):
    """File → Print… paints through QPrinter (here printing to a PDF file, as a print dialog can) with the
    same pages as Export PDF."""
    from PySide6.QtPrintSupport import QPrinter

    from labnet.catalogue import report_data
    from labnet.desktop.catalogue_reports import content_report
    from labnet.desktop.reports import page_layout

    with Catalogue.open(demo, user="admin", reader=True) as cat:
        content = report_data.register(cat)
    made = report_data.printed("Demo laboratory", "admin")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout())
    pages = content_report(content, made).print_to(printer)
    del printer
    assert pages == content_report(content, made).write_pdf(tmp_path / "written.pdf")
    printed_text, written_text = (" ".join(pdf_text(tmp_path / f).split()) for f in ("printed.pdf", "written.pdf"))
    assert pages_of(pdf_text(tmp_path / "printed.pdf")) == pages and f"page {pages} of {pages}" in printed_text
    assert printed_text == written_text

"""The printed register in Arabic keeps Latin names in Latin order (issue 22): a certificate's file name that wraps
at one of its hyphens keeps the hyphen at the end of its line's Latin run (unisolated, an Arabic line put it
before the name: "-2025-06-27"), and the running head reads right to left (the laboratory first, at the right,
then the title), even when the laboratory's name is Latin.  Read back from the PDF with poppler's pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest

from factories import sample
from labnet.catalogue import attachments
from labnet.catalogue.store import Catalogue
from labnet.cli import main
from test_lab_reports import pdf_text

NAME = "2025-06-27-CoA-LGC-DRE-C14578000-lot-G1234-cocaine.pdf"


@pytest.fixture
def register(tmp_path):
    folder = tmp_path / "lab"
    with Catalogue.open(folder, user="qm") as cat:
        for k in range(3):
            standard = cat.add("reference_sample", sample(inventory_code=f"RS-X-{k}"))
        path = tmp_path / NAME
        path.write_text("certificate of analysis\n", encoding="utf-8")
        attachments.attach_certificate(cat, "reference_sample", standard["id"], path)
    return folder


def words(pdf) -> list[tuple[float, float, str]]:
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    return [(float(x), float(y), w) for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
                                                                boxes)]


def test_a_wrapped_file_name_keeps_its_hyphens_in_latin_order(register, tmp_path):
    out = tmp_path / "ar.pdf"
    assert main(["--data-dir", str(register), "report", "register", "--language", "ar", "--out", str(out)]) == 0
    text = " ".join(pdf_text(out).split())
    assert "2025-06-27-" in text
    found = [w for _x, _y, w in words(out) if any(part in w for part in ("2025", "CoA", "C14578000", "G1234"))]
    assert len({w for w in found}) >= 2, found           # the name wraps onto more than one line
    assert not [w for w in found if w.startswith("-")], found   # no hyphen before its run
    assert found[0].startswith("2025-06-27"), found


def test_the_running_head_reads_right_to_left_with_a_latin_laboratory_name(register, tmp_path):
    out = tmp_path / "ar.pdf"
    assert main(["--data-dir", str(register), "report", "register", "--language", "ar", "--out", str(out)]) == 0
    head = sorted((x, w) for x, y, w in words(out) if y < 60)   # the running head's words, left to right
    laboratory = [x for x, w in head if str(register.name) in w]
    title = [x for x, w in head if re.search("[\u0600-\u06ff]", w)]
    assert laboratory and title, head
    assert min(laboratory) > max(title), head   # the laboratory first: on the right in Arabic


def test_the_registers_cells_isolate_latin_names_in_arabic(register, qapp):
    from labnet.catalogue.report_data import printed
    from labnet.catalogue.report_data import register as register_content
    from labnet.desktop import i18n
    from labnet.desktop.catalogue_reports import content_report

    qapp.setLayoutDirection(i18n.install(qapp, "ar").textDirection())   # as printing_application does
    with Catalogue.open(register, user="qm", reader=True) as cat:
        report = content_report(register_content(cat), printed("Lab Accra", "qm"))
    html = "".join(report.parts)
    assert re.search(f"\u2068{re.escape(NAME)} \\([0-9a-f]{{12}}\\)\u2069", html), html[:2000]

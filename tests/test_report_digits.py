"""A printed report in one digit system (issue 22): the Arabic register's stock and quantities in the locale's
digits, like its dates, not "168.4 / 200 mg" beside "٢٠٢٨/٤/٣"."""

from __future__ import annotations

import re

from labnet.catalogue.store import Catalogue
from test_lab_reports import demo, report  # noqa: F401 (the demo fixture)

LATIN_AMOUNT = re.compile(r"\b[0-9]+(?:\.[0-9]+)? (?:/ [0-9]+(?:\.[0-9]+)? )?(?:mg|g|mL|µg)\b")


def test_the_arabic_registers_amounts_are_in_the_locales_digits(demo, tmp_path):  # noqa: F811
    with Catalogue.open(demo, user="admin", reader=True) as cat:
        whole = cat.conn.execute("SELECT quantity FROM reference_samples WHERE quantity >= 100 "
                                 "ORDER BY inventory_code LIMIT 1").fetchone()[0]
    code, english = report(demo, tmp_path, "register", name="en.pdf")
    assert code == 0 and LATIN_AMOUNT.search(english)          # the English register writes "168.4 / 200 mg"
    code, arabic = report(demo, tmp_path, "register", "--language", "ar", name="ar.pdf")
    assert code == 0
    assert not LATIN_AMOUNT.search(arabic), LATIN_AMOUNT.findall(arabic)[:5]
    arabic_indic = f"{whole:g}".translate(str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫"))
    assert arabic_indic in arabic

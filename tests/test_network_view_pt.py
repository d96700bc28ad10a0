"""The Network view says what a proficiency-test bulletin holds (issue 21), not "Notice:" with nothing after."""

from __future__ import annotations

import windows
from hub_server import LAB_PASSPHRASE
from labnet import cli
from labnet.protocol.bulletin import Bulletin


def test_the_network_view_describes_each_proficiency_test_bulletin(qtbot, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    capsys.readouterr()
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path)
    page = window.network_page

    def shown(kind, content):
        return page.describe(Bulletin(1, "hub", "lab", kind, "2026-12-21T00:00:00Z", content, b""))

    said = shown("pt-round", {"round": "PT-1", "deadline": "2026-12-20T18:00:00+00:00", "code": "P02",
                              "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%"}] * 2})
    assert said.startswith("Proficiency test PT-1: 2 result(s) to send by ") and said.endswith("as participant P02")
    said = shown("pt-result", {"round": "PT-1", "results": [
        {"material": "PT-A", "analyte": "cocaine", "z": 2.5, "kind": "z'", "outcome": "questionable"},
        {"material": "PT-B", "analyte": "cocaine", "z": None, "outcome": None}]})
    assert said == "Proficiency test PT-1, your scores: cocaine in PT-A: z' = +2.50 (questionable)"
    assert shown("pt-result", {"round": "PT-1", "results": []}).endswith("none (no assigned value)")
    assert shown("pt-summary", {"round": "PT-1", "participants": 3}) == \
        "Proficiency test PT-1 closed: the round's summary (3 participant(s))"


def test_a_proficiency_test_score_is_in_the_views_digits_in_arabic(qtbot, tmp_path, monkeypatch, capsys, qapp):
    from labnet.desktop import i18n

    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    capsys.readouterr()
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path)
    i18n.install(qapp, "ar")   # conftest puts English back before the next test
    said = window.network_page.describe(Bulletin(1, "hub", "lab", "pt-result", "2026-12-21T00:00:00Z", {
        "round": "PT-1", "results": [{"material": "PT-A", "analyte": "cocaine", "z": -0.11, "kind": "z'",
                                      "outcome": "satisfactory"}]}, b""))
    assert "z'" in said and i18n.locale_digits("-0.11") in said and "0.11" not in said, said
    window.network_page._show_bundles([{"created_at": "2026-12-05T12:28:00Z", "records": 563, "size": 66560,
                                        "receipt_status": "processed",
                                        "counts": {"accepted": 563, "duplicate": 0, "rejected": 0}}])
    receipt = window.network_page.bundles.item(0, 3).text()
    assert i18n.number(563) in receipt and "563" not in receipt, receipt   # the receipt in the view's digits too

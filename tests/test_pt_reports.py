"""The proficiency-test reports as PDF (issue 21): ``labnet report pt-result ROUND`` and ``pt-summary ROUND``,
from the bulletins a laboratory's sync brought from a hub on loopback, read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
import requests

from hub_server import LAB_PASSPHRASE, RunningHub
from labnet import cli
from labnet.hub import proficiency
from labnet.profiling.proficiency import algorithm_a
from labnet.protocol.keyfile import load_identity
from test_lab_reports import ARABIC, pages_of, pdf_text

pytestmark = pytest.mark.slow  # a hub on loopback, three laboratories, four PDFs

VALUES = {"lab-a": (30.0, 5.1, 12.0), "lab-b": (31.0, 4.8, 13.0), "lab-c": (33.5, 6.8, None)}


@pytest.fixture(scope="module")
def closed_round(tmp_path_factory):
    """Three laboratories that sent their results and synced after the round closed."""
    tmp = tmp_path_factory.mktemp("pt-reports")
    hub = RunningHub(tmp / "hub")
    folders = {}
    mp = pytest.MonkeyPatch()
    mp.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    try:
        for name in VALUES:
            code = requests.post(f"{hub.url}/v1/admin/enrolment-codes", json={"lab": name, "country": "GH"},
                                 headers=hub.admin, timeout=10).json()["code"]
            folder = folders[name] = tmp / name
            assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
            assert cli.main(["--data-dir", str(folder), "enrol", code]) == 0
        ids = {name: load_identity(folder, LAB_PASSPHRASE).identity_id for name, folder in folders.items()}
        now = hub.hub.store.clock()
        proficiency.create(hub.hub, "admin", round_id="PT-R", deadline=(now + dt.timedelta(days=1)).isoformat(),
                           labs=list(ids.values()),
                           items=[{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                                  {"material": "PT-A", "analyte": "levamisole", "unit": "%", "reference": 5.0,
                                   "sigma": 0.5},
                                  {"material": "PT-B", "analyte": "heroin", "unit": "%"}])
        for name, (cocaine, levamisole, heroin) in VALUES.items():
            sent = [proficiency.Submitted("PT-A", "cocaine", cocaine, "%"),
                    proficiency.Submitted("PT-A", "levamisole", levamisole, "%")]
            if heroin is not None:
                sent.append(proficiency.Submitted("PT-B", "heroin", heroin, "%"))
            proficiency.submit(hub.hub, ids[name], "PT-R", sent)
        clock = hub.hub.store.clock
        hub.hub.store.clock = lambda: now + dt.timedelta(days=2)   # after the deadline, for the close only
        try:
            proficiency.close(hub.hub, "admin", "PT-R")
        finally:
            hub.hub.store.clock = clock
        for folder in folders.values():
            assert cli.main(["--data-dir", str(folder), "sync"]) == 0
        yield folders, ids
    finally:
        mp.undo()
        hub.stop()


def report(folder, tmp_path, kind, round_id="PT-R", *more):
    out = tmp_path / f"{kind}.pdf"
    status = cli.main(["--data-dir", str(folder), "report", kind, round_id, "--out", str(out), *more])
    return status, out


def test_the_individual_report_gives_each_result_with_the_assigned_value_its_limits_and_score(
        closed_round, tmp_path, capsys):
    folders, _ = closed_round
    status, out = report(folders["lab-c"], tmp_path, "pt-result")
    assert status == 0
    assert "Proficiency test PT-R: this laboratory's results written to" in capsys.readouterr().out
    text = pdf_text(out)
    flat = " ".join(text.split())
    robust = algorithm_a([30.0, 31.0, 33.5])
    assert f"{robust.mean:.6g}" in flat and f"{robust.sd:.6g}" in flat     # cocaine: Algorithm A's x_pt and σ_pt
    assert "4–6" in flat.replace(" ", "") and "3.5–6.5" in flat.replace(" ", "")  # levamisole: 5 ± 2σ, ± 3σ
    assert "z = 3.6" in flat and "unsatisfactory" in flat                   # (6.8 − 5)/0.5
    assert "heroin" not in flat                                             # lab-c sent no heroin
    assert "Participant code" in flat and "lab-c" in flat                  # its own name in the running head
    assert pages_of(text) >= 1
    status, out = report(folders["lab-a"], tmp_path, "pt-result")          # lab-a sent heroin: too few results
    assert status == 0 and "heroin in PT-B (%) No assigned value:" in " ".join(pdf_text(out).split())


def test_the_summary_gives_every_result_under_its_code_with_the_plots_and_no_laboratory(
        closed_round, tmp_path, capsys):
    folders, ids = closed_round
    status, out = report(folders["lab-a"], tmp_path, "pt-summary")
    assert status == 0
    capsys.readouterr()
    flat = " ".join(pdf_text(out).split())
    assert "cocaine in PT-A (%)" in flat and "levamisole in PT-A (%)" in flat
    for code in ("P01", "P02", "P03"):
        assert code in flat
    for value in ("30", "31", "33.5", "5.1", "4.8", "6.8"):
        assert f" {value} " in flat
    assert "No assigned value:" in flat                                     # heroin: two results only
    assert not any(lab_id in flat for lab_id in ids.values())
    assert "lab-b" not in flat and "lab-c" not in flat                      # only the printing lab's own name
    assert "Laboratories along the axis: 1 = P01, 2 = P02, 3 = P03" in flat   # each plot's caption
    images = subprocess.run(["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True).stdout
    drawn = {line.split()[10] for line in images.splitlines()[2:] if line.strip()}  # object ids (a plot at a
    assert len(drawn) == 4                                          # page's foot is listed on both): 2 per item
    assert "Algorithm A (ISO 13528)" in flat and "reference value" in flat


def test_a_report_of_a_round_without_its_bulletin_is_refused_saying_why(closed_round, tmp_path, capsys):
    folders, _ = closed_round
    status, out = report(folders["lab-a"], tmp_path, "pt-result", "PT-NONE")
    assert status != 0 and not out.exists()
    assert "No pt-result bulletin of round PT-NONE" in capsys.readouterr().err


def test_the_summary_prints_in_arabic_right_to_left_with_its_plots(closed_round, tmp_path, capsys):
    folders, _ = closed_round
    status, out = report(folders["lab-b"], tmp_path, "pt-summary", "PT-R", "--language", "ar")
    assert status == 0
    capsys.readouterr()
    text = pdf_text(out)
    assert ARABIC.search(text) and "P03" in text     # the machinery's own words in Arabic, the codes as they are


def test_a_plot_shows_every_laboratory_and_both_limits_with_nothing_drawn_over_them(qtbot):
    from labnet.catalogue.errors import Message
    from labnet.desktop.pt_reports import plot_chart
    from labnet.sync.pt_report import PtPlot

    chart = plot_chart(PtPlot(Message("t"), Message("y"), [("P01", 30.0), ("P02", 41.0), ("P03", 24.0)],
                              31.0, 2.0, 3.0))
    assert not any(s.label for s in chart.series)          # no legend box over the points (the caption explains)
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    assert x0 < 1 and x1 > 3 and y0 < 24.0 and y1 > 41.0     # every point inside, an outlier far beyond ±3σ too
    assert y0 < 28.0 and y1 > 34.0                           # the ±3 limits inside
    dots = [s for s in chart.series if s.points]
    assert [list(zip(s.xs, s.ys)) for s in dots] == [[(1.0, 30.0), (2.0, 41.0), (3.0, 24.0)]]

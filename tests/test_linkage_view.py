"""The Linkage view on a real catalogue of demo profiles: similar profiles, calibration, chemical classes."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication

from catalogue.demo import generate_profiles
from catalogue.store import Catalogue
from desktop import catalogue_queries
from desktop.linkage_classes import seizure_graph, spring_layout
from desktop.linkage_page import LinkagePage
from desktop.tasks import Tasks
from factories import profile
from profiling import METRICS, PRETREATMENTS


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("linkage") / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        rows = list(generate_profiles(900, seed=21))
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
    return folder


@pytest.fixture
def page(qtbot, demo_folder, tmp_path):
    import shutil

    folder = tmp_path / "lab"
    shutil.copytree(demo_folder, folder)
    tasks = Tasks(lambda: Catalogue.open(folder, user="amina"), synchronous=True)
    page = LinkagePage(tasks, description="Comparing profiles to link seizures.")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    tasks.shutdown()


def calibrate_and_save(page, name="cocaine-lab"):
    tab = page.calibration_tab
    page.tabs.setCurrentWidget(tab)
    tab.from_catalogue.setChecked(True)
    tab.drug_type.setCurrentIndex(tab.drug_type.findData("cocaine"))
    tab.run()
    assert tab.table.rowCount() == len(PRETREATMENTS) * len(METRICS), tab.status.text()   # 6 × 7 (canberra-r)
    tab.save(name)
    return tab


def test_calibration_from_the_catalogue_fills_the_table_and_plots_and_saves_a_method(page):
    tab = calibrate_and_save(page)
    assert "Best:" in tab.status.text() or "Saved as comparison method" in tab.status.text()
    assert float(tab.table.item(0, 2).text()) >= float(tab.table.item(tab.table.rowCount() - 1, 2).text())
    assert tab.histogram.getPlotItem().listDataItems() and tab.roc.getPlotItem().listDataItems()
    assert "cocaine-lab v1" in tab.status.text()
    assert page.similar_tab.method.findData("cocaine-lab") >= 0
    assert page.classes_tab.method.isEnabled()


def test_similar_profiles_are_ranked_with_the_same_batch_first_and_overlaid(page):
    calibrate_and_save(page)
    tab = page.similar_tab
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        rid, batch = cat.conn.execute("SELECT id, notes FROM profiling_results WHERE drug_type = 'cocaine' "
                                      "ORDER BY lab_sample_number LIMIT 1").fetchone()
        batch_of = dict(cat.conn.execute("SELECT lab_sample_number, notes FROM profiling_results"))
    page.show_record(rid)
    assert tab.table.rowCount() == 25, tab.status.text()
    assert batch_of[tab.table.item(0, 1).text()] == batch
    assert tab.table.item(0, 6).text() == "link"
    assert len(tab.plot.getPlotItem().items) >= 2


def test_search_finds_profiles_by_sample_number(page):
    tab = page.similar_tab
    tab.search.setText("FDL-")
    tab._find()
    assert tab.matches.count() > 0
    tab.search.setText("nothing-like-this")
    tab._find()
    assert tab.matches.count() == 0 and "No profiling result matches" in tab.status.text()


def test_linkage_gives_classes_a_graph_and_a_csv_export(page, tmp_path):
    calibrate_and_save(page)
    tab = page.classes_tab
    page.tabs.setCurrentWidget(tab)
    tab.method.setCurrentIndex(tab.method.findData("cocaine-lab"))
    tab.run()
    assert tab.table.rowCount() > 0, tab.status.text()
    assert int(tab.table.item(0, 0).text()) >= 2
    assert any(type(i).__name__ == "GraphItem" for i in tab.graph.getPlotItem().items)
    out = tmp_path / "links.csv"
    tab.export(str(out))
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == tab.result.links and rows[0]["method"] == "cocaine-lab v1"


def test_without_a_method_the_view_says_to_calibrate_first(page):
    assert not page.similar_tab.method.isEnabled()
    page.similar_tab.compare("anything")
    assert "calibrate" in page.similar_tab.status.text()
    page.classes_tab.run()
    assert "calibrate" in page.classes_tab.status.text()


def test_bad_input_gives_a_clear_message_and_loses_nothing(page, tmp_path):
    tab = page.calibration_tab
    bad = tmp_path / "labelled.csv"
    bad.write_text("sample,peak:a,peak:b\n1,2,3\n", encoding="utf-8")
    tab.from_file.setChecked(True)
    tab.file.setText(str(bad))
    tab.id_column.setText("sample")
    tab.group_column.setText("batch")
    tab.run()
    assert "no column “batch”" in tab.status.text()
    tab.group_column.setText("")
    tab.run()
    assert "name its id and group columns" in tab.status.text()
    # A profile with no target compound cannot be compared; the view says why.
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        empty = cat.add("profiling_result", profile(lab_sample_number="EMPTY-1", drug_type="cocaine",
                                                    peaks={"caffeine": 3.0}))["id"]
    calibrate_and_save(page)
    page.show_record(empty)
    assert "none of the target compounds" in page.similar_tab.status.text()


def test_the_class_graph_layout_is_deterministic_and_bounded():
    cls = {"records": [{"id": str(i), "seizure_reference": f"S{i // 2}", "lab_sample_number": str(i)}
                       for i in range(6)],
           "links": [("0", "2", 99.0), ("2", "4", 99.1), ("1", "5", 99.2)]}
    nodes, pos, edges = seizure_graph(cls)
    assert nodes == ["S0", "S1", "S2"] and edges == [(0, 1, 1), (0, 2, 1), (1, 2, 1)]
    assert abs(pos).max() <= 1.0 + 1e-9
    assert (spring_layout(5, [(0, 1), (1, 2)]) == spring_layout(5, [(0, 1), (1, 2)])).all()


def test_the_likelihood_ratio_is_shown_with_its_bounds_and_an_old_one_asks_to_recalibrate(page):
    import dataclasses
    import re

    from desktop import linkage_queries
    from profiling import LikelihoodRatio, load_method, save_method

    calibrate_and_save(page)
    tab = page.similar_tab
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        rid = cat.conn.execute("SELECT id FROM profiling_results WHERE drug_type = 'cocaine' "
                               "ORDER BY lab_sample_number LIMIT 1").fetchone()[0]
    page.show_record(rid)
    cell = tab.table.item(0, 7)
    assert re.fullmatch(r"\S+ \(bounds 1/\S+ … \S+\)", cell.text()), cell.text()
    assert "score" in cell.toolTip() and "pool-adjacent-violators" in cell.toolTip()
    lrs = [tab.table.item(r, 7).data(0x0100 + 1) for r in range(tab.table.rowCount())]
    scores = [tab.table.item(r, 5).data(0x0100 + 1) for r in range(tab.table.rowCount())]
    # ranked most similar first, so the LR never rises down the table
    assert all(a >= b for a, b in zip(lrs, lrs[1:])), list(zip(scores, lrs))
    # A method calibrated before (a kernel-density LR): still usable, its LR not shown.
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        method = load_method(cat, "cocaine-lab")
        old = dataclasses.replace(method, name="cocaine-old",
                                  likelihood_ratio=LikelihoodRatio((90.0, 100.0), (5.0, 3.0)))
        save_method(cat, old)
        result = linkage_queries.similar(cat, rid, "cocaine-old")
    assert result.lr_legacy and all(r["lr"] is None for r in result.rows)
    tab._show(result)
    assert tab.table.item(0, 7).text() == "recalibrate" and "calibrate the method again" in tab.table.item(0, 7).toolTip()


def test_a_link_report_of_the_selected_pair_is_written_as_pdf(page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    calibrate_and_save(page)
    tab = page.similar_tab
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        rid = cat.conn.execute("SELECT id FROM profiling_results WHERE drug_type = 'cocaine' "
                               "ORDER BY lab_sample_number LIMIT 1").fetchone()[0]
    assert not tab.report_button.isEnabled()
    page.show_record(rid)
    assert tab.report_button.isEnabled()          # the first similar profile is selected
    target = tmp_path / "link.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args[2]) or str(target), "PDF documents (*.pdf)"))
    tab.report_button.click()
    assert asked[0].startswith("link-") and asked[0].endswith(".pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Link report saved to" in tab.status.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))   # cancelled: nothing happens
    tab.report_button.click()
    assert "Link report saved to" in tab.status.text()

"""The Linkage view on a real catalogue of demo profiles: similar profiles, calibration, chemical classes."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from factories import profile
from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.desktop.class_graph import MAX_DRAWN, MAX_EDGES, class_graph, layout
from labnet.desktop.linkage_common import select_row
from labnet.desktop.linkage_page import LinkagePage
from labnet.desktop.linkage_queries import LinkageResult
from labnet.desktop.tasks import Tasks
from labnet.profiling import METRICS, PRETREATMENTS


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


@pytest.mark.slow   # 7 s under --durations
def test_calibration_from_the_catalogue_fills_the_table_and_plots_and_saves_a_method(page):
    tab = calibrate_and_save(page)
    assert "Best:" in tab.status.text() or "Saved as comparison method" in tab.status.text()
    assert float(tab.table.item(0, 2).text()) >= float(tab.table.item(tab.table.rowCount() - 1, 2).text())
    assert tab.histogram.getPlotItem().listDataItems() and tab.roc.getPlotItem().listDataItems()
    assert "cocaine-lab v1" in tab.status.text()
    # The key sits in the title, never over the bars or the threshold's label; a high AUC: a log FPR axis.
    assert tab.histogram.getPlotItem().legend is None
    assert "linked pairs" in tab.histogram.getPlotItem().titleLabel.text
    from labnet.desktop.linkage_calibration import ROC_LOG_AUC

    auc = tab.result.evaluation.get(*tab.selected()).auc
    assert tab.roc_log == (auc >= ROC_LOG_AUC) and tab.roc.getPlotItem().getAxis("bottom").logMode == tab.roc_log
    if tab.roc_log:
        assert "log scale" in tab.roc.getPlotItem().getAxis("bottom").labelText
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
    assert tab.model.rowCount() > 0, tab.status.text()
    assert int(tab.model.index(0, 0).data()) >= 2
    assert sum(c["size"] for c in tab.result.classes) >= 2 * len(tab.result.classes)
    assert sum(len(c["pairs"]) for c in tab.result.classes) == tab.result.links
    assert any(type(i).__name__ == "ScatterPlotItem" for i in tab.graph.getPlotItem().items)
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


def test_the_class_graph_merges_a_seizure_s_profiles_and_is_deterministic():
    cls = {"records": [{"id": str(i), "seizure_reference": f"S{i // 2}", "lab_sample_number": str(i)}
                       for i in range(6)],
           "pairs": [(0, 2), (2, 4), (1, 5), (0, 1)]}   # 0–1: one seizure, no edge
    graph = class_graph(cls)
    assert graph.labels == ["S0", "S1", "S2"] and graph.edges.tolist() == [[0, 1, 1], [0, 2, 1], [1, 2, 1]]
    assert graph.not_drawn == 0 and graph.links == 4 and abs(graph.pos).max() <= 1.0 + 1e-9
    edges = np.array([(0, 1), (1, 2), (3, 4)])
    assert (layout(5, edges, seed=3) == layout(5, edges, seed=3)).all()
    assert not (layout(5, edges, seed=3) == layout(5, edges, seed=4)).all()


def big_class(seizures=11_000, hubs=50, seed=5):
    """A class shaped like a real big one: ``hubs`` seizures, each linked to a few hundred others (two
    profiles per seizure), the hubs in a chain, and some random links across."""
    rng = np.random.default_rng(seed)
    records = [{"id": str(i), "seizure_reference": f"SZ-{i // 2:05d}", "lab_sample_number": f"L{i}",
                "seizure_country": "GH", "seizure_date": None} for i in range(2 * seizures)]
    seizure = np.arange(seizures)
    hub_of = rng.integers(0, hubs, seizures)
    pairs = [np.column_stack([2 * hub_of, 2 * seizure + 1]),                         # to its hub
             np.column_stack([2 * np.arange(hubs - 1), 2 * np.arange(1, hubs)]),     # hubs in a chain
             2 * rng.integers(0, seizures, (2_000, 2))]                              # noise
    pairs = np.concatenate(pairs)
    return {"size": len(records), "records": records, "pairs": pairs[pairs[:, 0] != pairs[:, 1]],
            "seizures": sorted({r["seizure_reference"] for r in records}), "countries": ["GH"],
            "first": None, "last": None}


def test_a_class_of_eleven_thousand_seizures_is_drawn_bounded_with_the_rest_summarised():
    cls = big_class()
    graph = class_graph(cls)
    assert graph.seizures == 11_000 and len(graph.labels) == MAX_DRAWN and graph.not_drawn == 11_000 - MAX_DRAWN
    assert graph.pos.shape == (MAX_DRAWN, 2) and np.isfinite(graph.pos).all() and abs(graph.pos).max() <= 1 + 1e-9
    assert len(graph.edges) <= MAX_EDGES + MAX_DRAWN and graph.edges[:, :2].max() < MAX_DRAWN
    # the drawing is connected (every drawn seizure reached from the first through drawn links) …
    reached, frontier = {0}, {0}
    while frontier:
        frontier = {b for a, b, _ in graph.edges.tolist() if a in frontier and b not in reached} | \
                   {a for a, b, _ in graph.edges.tolist() if b in frontier and a not in reached}
        reached |= frontier
    assert len(reached) == MAX_DRAWN
    # … starts from the best-connected seizure (a hub), and names it
    assert graph.degree[0] == graph.degree.max() > 100
    again = class_graph(cls)
    assert again.labels == graph.labels and (again.pos == graph.pos).all()


def test_the_view_lays_a_big_class_out_off_the_gui_thread_and_says_what_is_not_drawn(page, qtbot):
    tab = page.classes_tab
    page.tabs.setCurrentWidget(tab)
    tab._show(LinkageResult("synthetic v1", 22_000, 0, [big_class(), big_class(seizures=40, hubs=2, seed=6)]))
    dots = [i for i in tab.graph.getPlotItem().items if type(i).__name__ == "ScatterPlotItem"]
    assert len(dots) == 1 and len(dots[0].data) == MAX_DRAWN
    from labnet.desktop.i18n import number
    assert f"300 of {number(11_000)} seizures drawn" in tab.graph_note.text()
    assert f"{number(10_700)} more seizures not drawn" in tab.graph_note.text()
    tab.grab().save("/tmp/I1/big-class.png")
    select_row(tab.table, 1)
    assert "not drawn" not in tab.graph_note.text() and "40 seizures" in tab.graph.getPlotItem().titleLabel.text


def test_a_new_selection_cancels_the_layout_before_and_drops_its_answer(qtbot, demo_folder, tmp_path):
    """With the real threaded worker: the first class's layout is cancelled and, had it finished, its
    answer is dropped; the graph shows the class chosen last."""
    import shutil

    folder = tmp_path / "lab"
    shutil.copytree(demo_folder, folder)
    tasks = Tasks(lambda: Catalogue.open(folder, user="amina"))
    page = LinkagePage(tasks)
    qtbot.addWidget(page)
    tab = page.classes_tab
    try:
        tab._show(LinkageResult("synthetic v1", 0, 0, [big_class(), big_class(seizures=40, hubs=2, seed=6)]))
        first = tab.layout_handle
        select_row(tab.table, 1)
        assert first.cancelled and tab.layout_handle is not first
        qtbot.waitUntil(lambda: tab.layout_handle is None and tasks.pending == 0, timeout=30_000)
        assert "40 seizures" in tab.graph.getPlotItem().titleLabel.text and "not drawn" not in tab.graph_note.text()
        drawn = [i for i in tab.graph.getPlotItem().items if type(i).__name__ == "ScatterPlotItem"]
        assert len(drawn) == 1 and len(drawn[0].data) == 40
        # an answer of an older selection that arrives late changes nothing
        tab._drawn(tab.graph_generation - 1, class_graph(big_class()))
        assert "40 seizures" in tab.graph.getPlotItem().titleLabel.text
    finally:
        tasks.shutdown()


def test_the_likelihood_ratio_is_shown_with_its_bounds_and_an_old_one_asks_to_recalibrate(page):
    import dataclasses
    import re

    from labnet.desktop import linkage_queries
    from labnet.profiling import LikelihoodRatio, load_method, save_method

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


@pytest.mark.slow   # 8 s under --durations
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


@pytest.mark.slow   # calibrates, as the test above
def test_in_arabic_the_linkage_view_writes_its_numbers_and_dates_one_way(page, qapp):
    import re

    from labnet.desktop import i18n

    i18n.install(qapp, "ar")  # conftest puts English back before the next test
    tab = page.calibration_tab
    tab.from_catalogue.setChecked(True)
    tab.drug_type.setCurrentIndex(tab.drug_type.findData("cocaine"))
    tab.run()
    outside_isolates = re.sub("\u2068[^\u2069]*\u2069", "", tab.status.text())
    assert re.search("[\u0660-\u0669]", outside_isolates) and not re.search("[0-9]", outside_isolates), outside_isolates
    assert f"\u2068FPR ≤ {i18n.locale_digits('0.01')}\u2069" in tab.status.text()   # the "≤" not mirrored
    assert not re.search("[0-9]", tab.table.item(0, 2).text() + tab.table.item(0, 3).text())
    with Catalogue.open(page.tasks._resource.data_dir, user="amina") as cat:
        rid = cat.conn.execute("SELECT id FROM profiling_results WHERE drug_type = 'cocaine' "
                               "AND seizure_date IS NOT NULL LIMIT 1").fetchone()[0]
        dates = {row[0]: row[1] for row in cat.conn.execute("SELECT lab_sample_number, seizure_date FROM "
                                                             "profiling_results")}
    tab.save("cocaine-lab")
    page.show_record(rid)
    similar = page.similar_tab.table
    sample, date = similar.item(0, 1).text(), similar.item(0, 4).text()
    assert dates[sample] and date == i18n.date_text(dates[sample]) != dates[sample]  # the locale's form, not ISO
    assert not re.search("[0-9]", date + similar.item(0, 5).text())

"""The lazy table model: pages on demand, sorting and filtering in SQL, stale answers dropped."""

import itertools
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from labnet.catalogue import queries
from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.queries import Filter, Query
from labnet.catalogue.records import PROFILING_RESULT, REFERENCE_SAMPLE, TRAINING_RECORD
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries
from labnet.desktop.record_model import PLACEHOLDER, RecordTableModel, default_columns, format_value
from labnet.desktop.tasks import Tasks

ROWS = 5000


@pytest.fixture(scope="module")
def big_catalogue(tmp_path_factory):
    """A catalogue of 5,000 profiling results, built once for the module (tests only read it)."""
    folder = tmp_path_factory.mktemp("big")
    with Catalogue.open(folder, user="amina") as cat:
        rows = generate_profiles(ROWS, seed=7)
        while batch := list(itertools.islice(rows, 2500)):
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", batch))
    return folder / "catalogue.db"


@pytest.fixture
def tasks(big_catalogue):
    tasks = Tasks(lambda: Catalogue.open(big_catalogue, user="amina"), synchronous=True)
    yield tasks
    tasks.shutdown()


def sql(path, text, *params):
    with Catalogue.open(path, user="amina") as cat:
        return cat.conn.execute(text, params).fetchall()


def settle(qtbot):
    """Give the view time to paint and the model time to send the page requests it collected (they go out
    from a zero-time timer). A bounded wait on purpose: it is there to show that no *other* page is asked
    for, which no condition can wait for."""
    qtbot.wait(20)


def shown(qtbot, model, rows=800):
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot)
    return view


def column_texts(model, name, rows=None):
    column = model.columns.index(name)
    count = model.rowCount() if rows is None else min(rows, model.rowCount())
    return [model.data(model.index(r, column)) for r in range(count)]


def test_only_the_pages_on_screen_are_read(qtbot, tasks):
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    view = shown(qtbot, model)
    assert model.rowCount() == ROWS
    assert model.data(model.index(0, 0)) != PLACEHOLDER
    # The count came with the first page; the view shows ~20 rows, so nothing more was read.
    assert model.page_requests <= 1
    assert len(model._pages) <= 2

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(ROWS - 1))   # the page the view scrolled to is in
    last = model.index(ROWS - 1, 0)
    assert model.data(last) != PLACEHOLDER
    assert model.data(last).startswith("FDL-")
    assert model.page_requests <= 3  # the last page, perhaps the one before it
    assert len(model._pages) <= 4


def test_a_row_not_yet_read_shows_a_placeholder_and_its_page_is_asked_for_once(qtbot, tasks):
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    row = 3 * model.page_size + 5
    assert model.data(model.index(row, 0)) == PLACEHOLDER
    assert model.data(model.index(row, 1)) is None
    assert model.data(model.index(row + 1, 0)) == PLACEHOLDER  # same page: not asked twice
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass   # the page is asked for from a zero-time timer: its rows come back as a change
    assert changed.args[0].row() == 3 * model.page_size
    assert model.page_requests == 1
    lab_number = model.data(model.index(row, model.columns.index("lab_sample_number")))
    assert lab_number.startswith("FDL-")


def test_pages_are_kept_in_a_small_lru(qtbot, tasks):
    model = RecordTableModel(tasks, "profiling_result", max_pages=3)
    model.refresh()
    for page in range(8):
        model.data(model.index(page * model.page_size, 0))
        qtbot.waitUntil(lambda page=page: model.is_loaded(page * model.page_size))
    assert len(model._pages) == 3
    assert set(model._pages) == {5, 6, 7}
    model.data(model.index(0, 0))  # evicted, so read again
    qtbot.waitUntil(lambda: 0 in model._pages)


def test_sorting_is_done_in_sql(qtbot, tasks, big_catalogue):
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    date_column = model.columns.index("seizure_date")
    model.sort(date_column, Qt.SortOrder.AscendingOrder)
    (first,), = sql(big_catalogue, "SELECT min(seizure_date) FROM profiling_results")
    (last,), = sql(big_catalogue, "SELECT max(seizure_date) FROM profiling_results")
    dates = column_texts(model, "seizure_date", rows=200)
    assert dates[0] == first and dates == sorted(dates)
    model.sort(date_column, Qt.SortOrder.DescendingOrder)
    dates = column_texts(model, "seizure_date", rows=200)
    assert dates[0] == last and dates == sorted(dates, reverse=True)
    assert model.query.order_by == "seizure_date" and model.query.descending


def test_search_and_filters_change_what_is_shown(qtbot, tasks, big_catalogue):
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    (number,), = sql(big_catalogue, "SELECT lab_sample_number FROM profiling_results WHERE pk = 1234")
    model.set_search(number)
    assert model.rowCount() == 1
    assert column_texts(model, "lab_sample_number") == [number]

    model.set_search("")
    counts = []
    model.counted.connect(lambda shown_, total: counts.append((shown_, total)))
    model.set_filters([Filter("drug_type", "=", "cocaine")])
    (cocaine,), = sql(big_catalogue, "SELECT count(*) FROM profiling_results WHERE drug_type = 'cocaine'")
    assert model.rowCount() == cocaine
    assert counts[-1] == (cocaine, ROWS)
    assert set(column_texts(model, "drug_type", rows=200)) == {"Cocaine"}  # the label, not the code

    model.set_filters([Filter("drug_type", "=", "cocaine"), Filter("seizure_country", "=", "XX")])
    assert model.rowCount() == 0


class ManualTasks:
    """A worker whose jobs run only when the test says: to answer out of order."""

    def __init__(self, path):
        self.cat = Catalogue.open(path, user="amina")
        self.queue = []
        self.pending = 0

    def run(self, fn, on_success=None, on_failure=None, **_):
        self.queue.append((fn, on_success))
        return None

    def run_all(self):
        while self.queue:
            fn, on_success = self.queue.pop(0)
            on_success(fn(self.cat))


def test_a_page_from_before_the_query_changed_is_dropped(qtbot, big_catalogue):
    tasks = ManualTasks(big_catalogue)
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    tasks.run_all()
    assert model.rowCount() == ROWS
    # The view scrolls to page 5; its request waits on the worker...
    model.data(model.index(5 * model.page_size, 0))
    qtbot.waitUntil(lambda: len(tasks.queue) == 1)
    # ...while the user searches.
    model.set_filters([Filter("drug_type", "=", "heroin")])
    tasks.run_all()  # the old page answers first, then the new count
    assert 5 not in model._pages
    (heroin,), = sql(big_catalogue, "SELECT count(*) FROM profiling_results WHERE drug_type = 'heroin'")
    assert model.rowCount() == heroin
    assert set(column_texts(model, "drug_type", rows=model.page_size)) == {"Heroin"}
    tasks.cat.close()


def test_a_count_from_before_the_query_changed_is_dropped(qtbot, big_catalogue):
    tasks = ManualTasks(big_catalogue)
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()                                     # count of everything: queued
    model.set_filters([Filter("drug_type", "=", "mdma")])  # count of MDMA: queued after it
    tasks.run_all()
    (mdma,), = sql(big_catalogue, "SELECT count(*) FROM profiling_results WHERE drug_type = 'mdma'")
    assert model.rowCount() == mdma
    tasks.cat.close()


def test_refresh_keeps_the_rows_on_screen_until_the_new_ones_come(qtbot, big_catalogue):
    tasks = ManualTasks(big_catalogue)
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    tasks.run_all()
    before = model.data(model.index(3, 0))
    model.refresh()
    assert model.data(model.index(3, 0)) == before  # still shown while the worker reads again
    tasks.run_all()
    assert model.data(model.index(3, 0)) == before
    tasks.cat.close()


def test_user_role_is_the_record_id_and_headers_are_field_labels(qtbot, tasks, big_catalogue):
    model = RecordTableModel(tasks, "profiling_result")
    model.refresh()
    record_id = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert len(record_id) == 36 and record_id == model.record_id(0)
    labels = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert labels == [PROFILING_RESULT.field(c).label for c in model.columns]
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert not QModelIndex().isValid() and model.data(QModelIndex()) is None


def test_columns_can_be_chosen(qtbot, tasks):
    model = RecordTableModel(tasks, "profiling_result", columns=["lab_sample_number", "purity"])
    model.refresh()
    assert model.columnCount() == 2
    model.set_columns(["lab_sample_number", "analyst", "no_such_field"])
    assert model.columns == ["lab_sample_number", "analyst"]
    assert model.data(model.index(0, 1))  # read again with the new column


def test_display_formats():
    rs = REFERENCE_SAMPLE
    assert format_value(rs, "status", "in_use") == "In use"
    assert format_value(rs, "remaining_quantity", 12.5, {"unit": "mg"}) == "12.5 mg"
    assert format_value(rs, "purity", 99.2, {"purity_unit": "%"}) == "99.2 %"
    assert format_value(rs, "shareable", True) == "✓" and format_value(rs, "shareable", False) == ""
    assert format_value(rs, "expiry_on", "2027-01-31") == "2027-01-31"
    assert format_value(rs, "notes", None) == ""
    assert format_value(TRAINING_RECORD, "hours", 1500.0) == "1500 h"
    assert format_value(PROFILING_RESULT, "adulterants", ["caffeine", "levamisole"]) == "caffeine; levamisole"
    assert format_value(PROFILING_RESULT, "peaks", {"a": 1.0, "b": 2.0}) == "2 compounds"
    assert "unit" not in default_columns(rs)


@pytest.mark.parametrize("order_by, descending", [(None, False), (None, True), ("seizure_date", False),
                                                  ("seizure_date", True), ("logo", False), ("form", True)])
def test_fast_pages_are_the_same_as_queries_fetch(big_catalogue, order_by, descending):
    columns = list(PROFILING_RESULT.list_columns)
    with Catalogue.open(big_catalogue, user="amina") as cat:
        for search, filters in (("", ()), ("", (Filter("drug_type", "in", ("cocaine", "mdma")),)),
                                ("cocaine", ()), ("GH", (Filter("form", "=", "powder"),))):
            q = Query("profiling_result", search=search, filters=filters, order_by=order_by, descending=descending)
            n = queries.count(cat, q)
            for offset in (0, 200, n // 2, n - 150, n - 1):
                assert catalogue_queries.fetch_page(cat, q, offset, 200, columns) == \
                    queries.fetch(cat, q, offset=offset, limit=200, columns=columns)


def test_with_the_real_worker_thread(qtbot, big_catalogue, tmp_path):
    copy = tmp_path / "catalogue.db"
    shutil.copy(big_catalogue, copy)
    tasks = Tasks(lambda: Catalogue.open(copy, user="amina"))
    try:
        model = RecordTableModel(tasks, "profiling_result")
        view = shown(qtbot, model)
        model.refresh()
        qtbot.waitUntil(lambda: model.rowCount() == ROWS, timeout=10000)
        qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != PLACEHOLDER, timeout=10000)
        view.scrollTo(model.index(2500, 0))
        qtbot.waitUntil(lambda: model.data(model.index(2500, 0)) != PLACEHOLDER, timeout=10000)
        model.set_search("cocaine")
        qtbot.waitUntil(lambda: 0 < model.rowCount() < ROWS, timeout=10000)
        qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != PLACEHOLDER, timeout=10000)
    finally:
        tasks.shutdown()


def test_rows_come_first_and_the_count_follows(qtbot, big_catalogue):
    tasks = ManualTasks(big_catalogue)
    model = RecordTableModel(tasks, "profiling_result")
    counts = []
    model.counted.connect(lambda shown_, total: counts.append(shown_))
    model.set_search("cocaine")
    fn, on_success = tasks.queue.pop(0)
    on_success(fn(tasks.cat))  # the first page alone
    assert model.rowCount() == model.page_size and model.is_loaded(0)
    assert counts == [] and len(tasks.queue) == 1  # the count is still to come
    tasks.run_all()
    expected = queries.count(tasks.cat, model.query)
    assert expected > model.page_size
    assert counts == [expected] and model.rowCount() == expected
    tasks.cat.close()

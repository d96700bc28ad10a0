"""Views refresh from change notices: the catalogue's change mark, read after each operation and on a timer."""

import functools

import pytest
from PySide6.QtCore import QSettings

from factories import days, profile, sample, training
from labnet.catalogue.change_notices import ACCOUNTS, EVERYTHING, METHODS, NETWORK
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.linkage_page import LinkagePage
from labnet.desktop.main_window import MainWindow
from labnet.desktop.network_page import NetworkPage
from labnet.desktop.record_model import RecordTableModel
from labnet.desktop.tasks import Tasks


# -- the catalogue's mark (no Qt) ----------------------------------------------------------------------------------
def test_a_record_written_by_another_connection_moves_the_mark_and_names_its_kind(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as window, Catalogue.open(tmp_path / "lab", user="cli") as cli:
        before = window.last_change()
        assert window.last_change() == before and window.changed_kinds(before, before) == frozenset()
        cli.add("reference_sample", sample())
        after = window.last_change()
        assert after.seq == before.seq + 1
        # What waits to be sent is counted from the changes, so the network's area changed too.
        assert window.changed_kinds(before, after) == {"reference_sample", NETWORK}


def test_accounts_and_methods_are_named_from_the_audit_trail(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        before = cat.last_change()
        cat.add_user("bea", "Bea Boateng", "analyst", "a long enough passphrase")
        after = cat.last_change()
        # Written on this very connection: data_version does not move, the audit trail does.
        assert after.seq == before.seq and cat.changed_kinds(before, after) == {ACCOUNTS}


def test_a_write_neither_logged_nor_audited_by_another_process_is_the_network_state(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as window, Catalogue.open(tmp_path / "lab", user="cli") as cli:
        before = window.last_change()
        # The sync state (outbox, receipts, the hub's view) is written this way: no change-log row, no audit entry.
        with cli.conn:
            cli.conn.execute("INSERT INTO meta (key, value) VALUES ('test-sync-state', '1')")
        after = window.last_change()
        assert (after.seq, after.audit_seq) == (before.seq, before.audit_seq)
        assert window.changed_kinds(before, after) == {NETWORK}


def test_a_mark_that_went_back_is_another_history_and_everything_changed(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("reference_sample", sample())
        first = cat.last_change()
        cat.add("reference_sample", sample(inventory_code="RS-2"))
        second = cat.last_change()
        # Seen as a view would after a restore put the older file back: the second mark, then the first.
        assert cat.changed_kinds(second, first) == EVERYTHING
        assert METHODS in EVERYTHING


# -- the window -----------------------------------------------------------------------------------------------------
@pytest.fixture
def calls(monkeypatch):
    """How often each view refreshed: the product's methods, counted on their way through."""
    seen: dict[str, int] = {}

    def count(cls, name):
        original = getattr(cls, name)

        @functools.wraps(original)
        def counted(self, *args, **kwargs):
            seen[cls.__name__] = seen.get(cls.__name__, 0) + 1
            return original(self, *args, **kwargs)
        monkeypatch.setattr(cls, name, counted)

    for cls in (Dashboard, NetworkPage, RecordTableModel, LinkagePage):
        count(cls, "refresh")
    return seen


@pytest.fixture
def window(qtbot, data_dir, tmp_path, calls):
    path = data_dir / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana.analyst"), synchronous=True)
    window = MainWindow(path, user="ana.analyst", tasks=tasks,
                        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.session.ready
    return window


def test_a_record_another_process_writes_shows_in_the_open_page_and_the_dashboard_without_a_click(
        qtbot, window, data_dir):
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    assert page.model.rowCount() == 0 and window.dashboard.counts["expired"] == 0
    with Catalogue.open(data_dir / "catalogue.db", user="cli") as cli:   # as `labnet import` would
        cli.add("reference_sample", sample(inventory_code="RS-CLI-1", expiry_on=days(-3)))
    # Nobody clicks: the notices' timer looks and the views follow.
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    assert page.model.row_values(0)["inventory_code"] == "RS-CLI-1"
    assert window.dashboard.counts["expired"] == 1


def test_a_save_in_the_window_refreshes_each_view_once(qtbot, window, calls):
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    window.show_section("linkage")      # shown once: it follows profiles and methods, not reference samples
    window.show_section("reference-samples")
    calls.clear()
    page.new_record()
    (editor,) = page._dialogs
    qtbot.keyClicks(editor.field_widget("inventory_code"), "RS-900")
    qtbot.keyClicks(editor.field_widget("substance"), "Fentanyl citrate")
    editor.field_widget("received_on").clear()
    qtbot.keyClicks(editor.field_widget("received_on"), days(-1))
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert page.model.rowCount() == 1
    assert calls == {"RecordTableModel": 1, "Dashboard": 1, "NetworkPage": 1}


def test_nothing_refreshes_when_nothing_changed(qtbot, window, calls):
    window.show_section("reference-samples")
    window.show_section("linkage")
    calls.clear()
    notices = window.change_notices
    looks = notices.looks
    window.change_notices.check()
    # A bounded wait: two more looks by the timer (a few seconds), each finding the mark where it was.
    qtbot.waitUntil(lambda: notices.looks >= looks + 3, timeout=15_000)
    assert calls == {}


def test_a_refresh_from_a_notice_keeps_the_selection(qtbot, window, data_dir, calls):
    with Catalogue.open(data_dir / "catalogue.db", user="cli") as cli:
        for n in range(3):
            cli.add("reference_sample", sample(inventory_code=f"RS-{n}"))
    page = window.record_pages["reference_sample"]
    window.show_section("reference-samples")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.is_loaded(2))
    page.table.selectRow(1)
    chosen = page.selected_id()
    calls.clear()
    with Catalogue.open(data_dir / "catalogue.db", user="cli") as cli:
        cli.add("training_record", training())   # another kind: this page does not read again
        cli.update("reference_sample", chosen, {"storage_location": "Safe 3"})
    qtbot.waitUntil(lambda: calls.get("RecordTableModel") == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.is_loaded(2))
    assert page.model.rowCount() == 3 and page.selected_id() == chosen and calls["RecordTableModel"] == 1


def test_the_linkage_page_follows_profiles_written_elsewhere(qtbot, window, data_dir, calls):
    window.show_section("linkage")
    qtbot.waitUntil(lambda: window.linkage_page.context is not None)
    assert window.linkage_page.context.drug_types == []
    calls.clear()
    with Catalogue.open(data_dir / "catalogue.db", user="cli") as cli:
        cli.add("profiling_result", profile())
    qtbot.waitUntil(lambda: calls.get("LinkagePage") == 1, timeout=10_000)
    assert [n for _type, n in window.linkage_page.context.drug_types] == [1]

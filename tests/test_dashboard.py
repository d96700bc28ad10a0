"""The dashboard: what needs attention today, as the catalogue counts it."""

import pytest
from PySide6.QtCore import QSettings

from labnet.catalogue import queries
from labnet.catalogue.demo import DEMO_PASSWORD, create_demo_catalogue
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.i18n import number
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks
from labnet.sync.outbox import pending_counts


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_catalogue(tmp_path_factory.mktemp("demo"), profiles=40)


@pytest.fixture
def tasks(demo):
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(demo, "kmensah"), synchronous=True)
    yield tasks
    tasks.shutdown()


def test_counts_match_the_catalogue(qtbot, tasks, demo):
    dashboard = Dashboard(tasks)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    with Catalogue.open(demo, user="admin") as cat:
        expected = queries.attention(cat)
        unshared = sum(pending_counts(cat).values())
    assert dashboard.counts == {"expired": len(expected.expired), "expiring": len(expected.expiring),
                                "low_stock": len(expected.low_stock),
                                "requalifications": len(expected.requalifications_due), "not_shared": unshared}
    # The demo is made so that each section has something to show.
    assert all(dashboard.counts.values())
    for key, n in dashboard.counts.items():
        assert dashboard.cards[key].count.text() == number(n)
    expired_codes = [s["inventory_code"] for s in expected.expired]
    links = [label.accessibleName() for label in dashboard.cards["expired"].links]
    assert [link.split(" · ")[0] for link in links] == expired_codes[:5]
    assert "hub has not confirmed" in dashboard.cards["not_shared"].note.text()
    assert dashboard.recent.note.text() == "The latest entries of the audit trail."


def test_items_open_the_record_or_the_filtered_page(qtbot, tasks, demo):
    dashboard = Dashboard(tasks)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    with qtbot.waitSignal(dashboard.open_record) as opened:
        dashboard.cards["expiring"].links[0].activate()
    assert opened.args[0] == "reference_sample" and len(opened.args[1]) == 36
    with qtbot.waitSignal(dashboard.open_view) as viewed:
        dashboard.cards["expired"].more.linkActivated.emit("#")
    assert viewed.args == ["reference_sample", {"status": ["quarantined", "in_use"], "expiry": "expired"}]
    with qtbot.waitSignal(dashboard.open_view) as viewed:
        dashboard.cards["requalifications"].links[0].activate()
    assert viewed.args[0] == "training_record" and "staff_member" in viewed.args[1]


def test_in_the_window_show_all_opens_the_page_filtered(qtbot, demo, tmp_path, monkeypatch):
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(demo, "kmensah"), synchronous=True)
    window = MainWindow(demo, user="kmensah", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.login_dialog.password.setText(DEMO_PASSWORD)
    window.login_dialog.attempt()
    assert window.session.ready
    with Catalogue.open(demo, user="admin") as cat:
        expired = [s["inventory_code"] for s in queries.attention(cat).expired]
    window.dashboard.cards["expired"].more.linkActivated.emit("#")
    page = window.pages.currentWidget()
    assert page is window.record_pages["reference_sample"]
    qtbot.waitUntil(lambda: page.model.is_loaded(0))   # the filtered query's first page is in
    column = page.model.columns.index("inventory_code")
    shown = sorted(page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount()))
    assert shown == sorted(expired)
    window.close()


def test_the_low_stock_card_opens_the_filtered_list(qtbot, tmp_path):
    """Like the other cards, "Low in stock" opens the reference samples filtered to what it counts."""
    from PySide6.QtCore import QSettings

    from factories import sample
    from labnet.catalogue.store import Catalogue
    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("reference_sample", sample(inventory_code="RS-LOW", remaining_quantity=5))
        cat.add("reference_sample", sample(inventory_code="RS-LEVEL", remaining_quantity=30, low_stock_level=40))
        cat.add("reference_sample", sample(inventory_code="RS-FULL", remaining_quantity=80))
        cat.add("reference_sample", sample(inventory_code="RS-GONE", remaining_quantity=1, status="disposed"))
    path = tmp_path / "lab" / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "amina"), synchronous=True)
    window = MainWindow(path, user="amina", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    card = window.dashboard.cards["low_stock"]
    assert card.count.text() == "2" and card.more is not None
    card._more_action()
    page = window.record_pages["reference_sample"]
    assert window.current_record_page() is page and page.filters.low_stock.isChecked()
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    column = page.model.columns.index("inventory_code")
    codes = sorted(page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount()))
    assert codes == ["RS-LEVEL", "RS-LOW"]
    page.filters.low_stock.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)   # on the shelf, whatever the stock

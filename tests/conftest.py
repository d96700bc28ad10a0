"""Shared test setup."""

import os

import pytest

# Before pytest-qt creates the QApplication: GUI tests need no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _english_texts_and_plain_formats(qapp):
    # The windows speak English (with its plural forms), and numbers and dates are written the
    # locale-free way (ISO dates, no thousands separators), whatever the machine running the tests uses,
    # and whatever a test before (one that starts the application, say) installed.
    from PySide6.QtCore import QLocale, Qt

    from labnet.desktop import i18n

    if i18n.installed_language() != "en" or i18n.loaded_files() != 1:
        i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.c())
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def _keep_away_from_real_data(tmp_path_factory, monkeypatch):
    # No test may ever touch the catalogue of the person running the tests.
    monkeypatch.setenv("LABNET_HOME", str(tmp_path_factory.mktemp("labnet-home")))
    # Nor follow a computer-wide data folder (/etc/xdg/LabNet/data-folder.txt, written by a machine-wide install):
    # tests that clear LABNET_HOME must find the per-user default whatever the machine has.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("xdg-config")))
    # Nor act with the passwords or account of whoever runs them.
    for name in ("LABNET_PASSWORD", "LABNET_NEW_PASSWORD", "LABNET_USER"):
        monkeypatch.delenv(name, raising=False)
    # Nor the hub store of whoever runs them (a hub test on PostgreSQL sets its own: _hub_database below).
    monkeypatch.delenv("LABNET_HUB_DATABASE", raising=False)


# -- the hub's store: every test of these modules runs on SQLite and on PostgreSQL (issue 19) --------------------
# A hub made through tests/hub_server.py (RunningHub, HubProcess, hub_in_process) gets a fresh database of a
# throwaway PostgreSQL 15 cluster that the tests start themselves (tests/pg_cluster.py), and so does every hub a
# test creates otherwise (_hub_database).  A test about the SQLite file itself is marked sqlite_only.
HUB_STORE_MODULES = {
    "test_hub_admins", "test_hub_auth", "test_hub_cli", "test_hub_health", "test_hub_ingest", "test_hub_linking",
    "test_hub_stores", "test_pt_submission", "test_hub_api", "test_hub_codes", "test_hub_key_lifecycle",
    "test_hub_metrics", "test_hub_proficiency", "test_hub_third_party", "test_hub_bulletins", "test_pt_admin_routes",
    "test_bundle_rules", "test_bundle_identity", "test_hub_apply_fast", "test_hub_tus", "test_hub_hostile",
    "test_hub_problems", "test_federation", "test_federation_followup", "test_hub_start_migration",
    "test_hub_linking_blocks", "test_hub_upload_race", "test_federation_profiles", "test_federation_resumable",
    "test_federation_uploads_store", "test_hub_event_loop", "test_hub_upload_expiry", "test_hub_attacks", "test_network_e2e",
    "test_exchange_withdrawal", "test_federation_receipts", "test_exchange_offer_refused",
}


def pytest_generate_tests(metafunc):
    if metafunc.module.__name__ in HUB_STORE_MODULES:
        kinds = ["sqlite"] if metafunc.definition.get_closest_marker("sqlite_only") else ["sqlite", "postgresql"]
        metafunc.parametrize("hub_store", kinds, indirect=True, scope="module")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL 15 cluster for the session (started on first use; an error if none can be)."""
    from pg_cluster import Cluster

    cluster = Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.fixture(scope="module", autouse=True)
def hub_store(request):
    """``"sqlite"`` or ``"postgresql"``: the store of the hubs this module's tests make (tests/hub_server.py)."""
    import hub_server

    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield kind
        return
    hub_server.STORES.use(request.getfixturevalue("postgres_cluster"))
    try:
        yield kind
    finally:
        hub_server.STORES.use(None)


@pytest.fixture(autouse=True)
def _hub_database(hub_store, monkeypatch, _keep_away_from_real_data):
    """On PostgreSQL: every hub the test creates (``Hub.create``, so ``labnet-hub init`` too) is given a fresh
    database of its own, as ``init --database URL`` gives it: in its hub.toml, which every later command and
    process of that hub reads.  Dropped after the test."""
    import hub_server
    from labnet.hub.service import Hub

    if hub_store == "sqlite":
        yield
        return
    create = Hub.create.__func__

    def create_on_postgresql(cls, folder, **kwargs):
        kwargs["database"] = kwargs.get("database") or hub_server.STORES.new()
        return create(cls, folder, **kwargs)

    mark = hub_server.STORES.mark()
    monkeypatch.setattr(Hub, "create", classmethod(create_on_postgresql))
    yield
    hub_server.STORES.drop_since(mark)


@pytest.fixture
def labnet_password(monkeypatch):
    """``labnet_password("secret")``: the command line's changes in a catalogue with accounts are made
    with this password, given as a script gives it ($LABNET_PASSWORD; see labnet/cli/access.py)."""
    return lambda password: monkeypatch.setenv("LABNET_PASSWORD", password)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, empty LabNet data directory, also set as ``LABNET_HOME``."""
    path = tmp_path / "labnet-data"
    path.mkdir()
    monkeypatch.setenv("LABNET_HOME", str(path))
    return path


@pytest.fixture
def cat(tmp_path):
    """A fresh catalogue file, worked in by an analyst-less owner (no accounts yet)."""
    from labnet.catalogue.store import Catalogue

    with Catalogue.open(tmp_path / "lab", user="amina") as catalogue:
        yield catalogue


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread_only(qapp):
    # As in the application (desktop/collector.py): a cyclic collection that runs in a worker or in the
    # in-process demo hub's thread and frees a Qt object deadlocks against the GUI thread (a CI run hung
    # in test_demo_network). The application's timer collects while the event loop runs; between tests
    # the same rule runs here, on the main thread.
    from labnet.desktop import collector

    collector.install(qapp)
    yield


@pytest.fixture(autouse=True)
def _collect_between_tests(_collect_on_the_gui_thread_only):
    yield
    from labnet.desktop.collector import GuiThreadCollector

    GuiThreadCollector.collect_due()

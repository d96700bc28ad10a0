"""SQL only inside each room's store modules: a room's tables are read and written where the room keeps them."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("catalogue", "common", "profiling", "sync", "hub", "protocol", "desktop", "labnet")

# Where each room's SQL lives.  The catalogue package is the catalogue room's store as a whole (its modules are
# the ways records, logs and accounts are written); the others name their store modules.
STORES = {
    "common": ("common/sqlite.py",),                       # pragmas, transactions, migrations, backup
    "catalogue": ("catalogue/",),
    "profiling": ("profiling/store.py",),
    "sync": ("sync/outbox_store.py", "sync/state_store.py", "sync/exchange_store.py",
             "sync/schema.py"),   # its step 4 imports the files its tables replace, in the migration's transaction
    "hub": ("hub/db.py", "hub/db_ddl.py", "hub/db_postgres.py",   # the database layer, its DDL and migrations
            "hub/store.py", "hub/store_labs.py", "hub/store_bulletins.py", "hub/store_links.py", "hub/store_received.py", "hub/store_peaks.py", "hub/store_admins.py", "hub/store_pt.py", "hub/uploads.py",
            "hub/store_queue.py", "hub/store_exchange.py", "hub/store_federation.py"),
}

# A call that runs SQL, or a statement written as a string (which a call elsewhere would run: query(sql, …)).
SQL_CALL = re.compile(r"\.(execute|executemany|executescript)\(|\.query\(\s*f?[\"']"
                      r"|(?<!\w)f?[\"']\s*(SELECT|INSERT|UPDATE|DELETE FROM|CREATE|ALTER TABLE|DROP|PRAGMA)\b")


def sql_calls(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if SQL_CALL.search(line)]


def allowed(relative: str) -> bool:
    return any(relative.startswith(place) for places in STORES.values() for place in places)


def modules() -> list[Path]:
    return sorted(p for package in PACKAGES if (ROOT / package).is_dir() for p in (ROOT / package).rglob("*.py"))


def test_no_sql_outside_the_rooms_stores():
    found = [hit for path in modules() if not allowed(path.relative_to(ROOT).as_posix())
             for hit in sql_calls(path)]
    assert found == [], "SQL outside a room's store module:\n" + "\n".join(found)


def test_the_check_finds_a_query_written_outside_a_store():
    text = ('rows = cat.conn.execute("SELECT 1").fetchall()\nstore.query("SELECT 2")\nn = queries.query(cat, q)\n'
            'sql = ("SELECT lab_id FROM labs "\nraise Refused("Select a file; UPDATE it")\n')
    hits = [line for line in text.splitlines() if SQL_CALL.search(line)]
    assert hits == ['rows = cat.conn.execute("SELECT 1").fetchall()', 'store.query("SELECT 2")',
                    'sql = ("SELECT lab_id FROM labs "']
    assert not allowed("desktop/catalogue_queries.py") and allowed("profiling/store.py")
    assert allowed("catalogue/record_reads.py") and not allowed("profiling/method.py")

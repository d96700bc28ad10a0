"""The import of a large CSV file read once in a second process while this one writes (issue 14).

- it leaves exactly the catalogue, and gives exactly the report, of the whole-file import (records,
  change log and its digests, audit entries, search index), also with bad rows, repeats,
  --skip-invalid, a re-import with updates, and the files the whole-file reader handles;
- a column whose decimal separator only a late row shows is read again, twice, in this process
  (the cells read before could have been read the other way): still the same catalogue;
- a bad row in the last chunk, a cancel, a file changed while read, or a file the reader gives up
  on midway leave nothing written and no reading process behind.
"""

import sqlite3
from pathlib import Path

import pytest

from labnet.catalogue import import_streaming, import_worker, integrity
from labnet.catalogue.importing import ImportCancelled, import_file
from labnet.catalogue.store import Catalogue
from test_import_streaming import CHUNK, HEADER, TRICKY, fixed_clock, line, profiles_csv, snapshot  # noqa: F401


@pytest.fixture
def readers(monkeypatch):
    """Every reading process started (each must have ended when import_file returns) and what each
    parallel import answered."""
    started, answers = [], []
    real_start, real_parallel = import_worker._start, import_worker.import_parallel

    def start(job):
        process, receiver = real_start(job)
        started.append(process)
        return process, receiver

    def parallel(*args, **kw):
        answer = real_parallel(*args, **kw)
        answers.append(answer if isinstance(answer, str) or answer is None else "imported")
        return answer
    monkeypatch.setattr(import_worker, "_start", start)
    monkeypatch.setattr(import_worker, "import_parallel", parallel)
    yield started, answers
    assert all(p.poll() is not None for p in started), "a reading process was left running"


def run(data: Path, files: list[Path], mode: str, monkeypatch, **options) -> tuple[dict, list]:
    """Import ``files`` read whole, two readings here ("serial"), or in a reading process."""
    monkeypatch.setattr(import_streaming, "STREAM_MIN_BYTES", 1 << 62 if mode == "whole" else 0)
    monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 0 if mode == "parallel" else 1 << 62)
    reports = []
    with Catalogue.open(data, user="amina") as cat:
        for f in files:
            reports.append(import_file(cat, "profiling_result", f, **options).to_dict())
        assert integrity.verify(cat.conn, data / "attachments").ok
    return snapshot(data), reports


def early_profiles(path: Path, rows: int) -> Path:
    """Profiles whose number columns show their decimal point in the first rows."""
    path.write_text(HEADER + "".join(line(i, caffeine=f"{i % 50}.5") for i in range(rows)), encoding="utf-8")
    return path


def test_the_parallel_import_leaves_the_catalogue_the_whole_file_import_leaves(tmp_path, monkeypatch, fixed_clock,
                                                                              readers):
    first = early_profiles(tmp_path / "first.csv", 3 * CHUNK + 7)
    text = first.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace("powder", "tablet")                   # a re-import: updates and inserts
    text[2 * CHUNK + 3] = text[2 * CHUNK + 3].replace("2024-03-01", "2024-02-31")   # a bad row
    text.append(line(99999, caffeine="3.5"))
    second = tmp_path / "second.csv"
    second.write_text("".join(text), encoding="utf-8")

    whole, whole_reports = run(tmp_path / "whole", [first, second, second], "whole", monkeypatch)
    fixed_clock()
    parallel, parallel_reports = run(tmp_path / "parallel", [first, second, second], "parallel", monkeypatch,
                                     progress=lambda done, total: None)
    assert readers[1] == ["imported"] * 3 and len(readers[0]) == 3
    for key in ("records", "changes", "audit", "search"):
        assert parallel[key] == whole[key], key
    assert parallel_reports == whole_reports
    assert whole_reports[0]["inserted"] == 3 * CHUNK + 7 and whole_reports[1]["refused"]
    fixed_clock()
    skipping, skipping_reports = run(tmp_path / "skipping", [first, second], "parallel", monkeypatch,
                                     skip_invalid=True)
    fixed_clock()
    whole_skipping, whole_skipping_reports = run(tmp_path / "whole-skipping", [first, second], "whole", monkeypatch,
                                                 skip_invalid=True)
    assert skipping == whole_skipping and skipping_reports == whole_skipping_reports
    assert whole_skipping_reports[1]["updated"] == 1 and whole_skipping_reports[1]["skipped"] == 1


def test_a_separator_shown_late_reads_the_file_again_with_the_same_result(tmp_path, monkeypatch, fixed_clock,
                                                                        readers):
    f = profiles_csv(tmp_path / "late.csv", 2 * CHUNK + 500)   # "1,234"-like areas; "12,5" in the last row
    whole, whole_reports = run(tmp_path / "whole", [f], "whole", monkeypatch)
    fixed_clock()
    parallel, parallel_reports = run(tmp_path / "parallel", [f], "parallel", monkeypatch)
    assert readers[1] == [import_worker.READ_AGAIN]
    assert parallel == whole and parallel_reports == whole_reports
    conn = sqlite3.connect(tmp_path / "parallel" / "catalogue.db")
    peaks = conn.execute("SELECT peaks FROM profiling_results WHERE lab_sample_number = 'LS-00001'").fetchone()[0]
    conn.close()
    assert '"caffeine":2.001' in peaks   # stored as its canonical JSON (PeakTable.to_sql)


@pytest.mark.parametrize("case", sorted(TRICKY))
def test_tricky_files_read_in_parallel_give_the_same_import(case, tmp_path, monkeypatch, fixed_clock, readers):
    text, options = TRICKY[case]
    f = tmp_path / "tricky.csv"
    f.write_bytes(text.encode("utf-8"))
    whole, whole_reports = run(tmp_path / "whole", [f], "whole", monkeypatch, **options)
    fixed_clock()
    parallel, parallel_reports = run(tmp_path / "parallel", [f], "parallel", monkeypatch, **options)
    assert parallel_reports == whole_reports
    assert parallel == whole
    assert readers[1] and readers[1][0] in ("imported", import_worker.READ_AGAIN)


def _nothing_written(cat, seq: int, entries: int) -> None:
    assert cat.count("profiling_result") == 1 and cat.last_change_seq() == seq
    assert len(cat.audit_entries()) == entries
    assert integrity.verify(cat.conn, cat.path.parent / "attachments").ok


@pytest.fixture
def parallel_cat(cat, monkeypatch, readers):
    monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 0)
    cat.add("profiling_result", {"lab_sample_number": "LS-KEEP", "drug_type": "cocaine"})
    return cat, cat.last_change_seq(), len(cat.audit_entries())


def test_a_bad_last_row_or_a_cancel_leaves_nothing_written_and_no_reader(tmp_path, parallel_cat, readers):
    cat, seq, entries = parallel_cat
    f = early_profiles(tmp_path / "bad.csv", 4 * CHUNK + 1)
    with f.open("a", encoding="utf-8") as out:
        out.write(line(4 * CHUNK + 1, date="2024-02-31"))
    report = import_file(cat, "profiling_result", f)
    assert report.refused and not report.written
    assert [(p.row_number, p.column) for p in report.problems] == [(4 * CHUNK + 3, "seizure_date")]
    _nothing_written(cat, seq, entries)

    seen = []

    def cancel_at_the_second_chunk(done, total):
        seen.append((done, total))
        return done < 2 * CHUNK
    with pytest.raises(ImportCancelled):
        import_file(cat, "profiling_result", f, progress=cancel_at_the_second_chunk)
    assert seen == [(CHUNK, 4 * CHUNK + 2), (2 * CHUNK, 4 * CHUNK + 2)]
    _nothing_written(cat, seq, entries)
    assert readers[1] == ["imported"] and len(readers[0]) == 2     # the cancelled one answered nothing


def test_a_file_changed_while_read_is_refused(tmp_path, parallel_cat):
    cat, seq, entries = parallel_cat
    f = early_profiles(tmp_path / "moving.csv", 5 * CHUNK)

    def another_program_saves(done, total):
        if done == CHUNK:
            with f.open("a", encoding="utf-8") as out:
                out.write(line(99999))
    with pytest.raises(Exception, match="changed while it was being imported; nothing was written"):
        import_file(cat, "profiling_result", f, progress=another_program_saves)
    _nothing_written(cat, seq, entries)


def test_a_file_the_reader_gives_up_on_midway_is_read_whole(tmp_path, parallel_cat, readers, monkeypatch):
    """A NUL character after some chunks were written: the reading process gives the file up, what
    was written is rolled back, and the whole-file reader says what is wrong, as for a small file."""
    cat, seq, entries = parallel_cat
    f = early_profiles(tmp_path / "nul.csv", 3 * CHUNK)
    with f.open("a", encoding="utf-8") as out:
        out.write(line(3 * CHUNK).replace("row", "r\x00w"))
    monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 1 << 62)
    with pytest.raises(Exception) as small:
        import_file(cat, "profiling_result", f)
    monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 0)
    with pytest.raises(Exception) as large:
        import_file(cat, "profiling_result", f)
    assert str(large.value) == str(small.value) and type(large.value) is type(small.value)
    assert readers[1] == [None]
    _nothing_written(cat, seq, entries)


def test_without_an_interpreter_to_start_the_file_is_read_here(tmp_path, parallel_cat, readers, monkeypatch):
    cat, seq, entries = parallel_cat
    f = early_profiles(tmp_path / "here.csv", CHUNK + 3)
    monkeypatch.setattr(import_worker.sys, "executable", str(tmp_path / "no-such-python"))
    report = import_file(cat, "profiling_result", f)
    assert report.inserted == CHUNK + 3 and report.written
    assert readers[1] == [import_worker.READ_AGAIN] and readers[0] == []


def test_a_window_imports_from_a_worker_thread(tmp_path, parallel_cat, readers):
    """The window runs the import on a worker thread: the reading process is started from there."""
    import threading

    cat, _, _ = parallel_cat
    f = early_profiles(tmp_path / "threaded.csv", CHUNK + 3)
    done = []
    worker = threading.Thread(target=lambda: done.append(import_file(cat, "profiling_result", f)))
    worker.start()
    worker.join(120)
    assert done and done[0].inserted == CHUNK + 3 and readers[1] == ["imported"]


def standards_csv(path: Path, rows: int, status_of=lambda i: "in_use") -> Path:
    lines = ["inventory_code,substance,received_on,status,notes\n"]
    lines += [f"RS-{i:05d},cocaine,2024-01-{1 + i % 28:02d},{status_of(i)},\"lot {i}, shelf {i % 7}\"\n"
              for i in range(rows)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_rows_the_store_refuses_are_reported_with_their_cells_as_read_whole(tmp_path, monkeypatch, fixed_clock,
                                                                          readers):
    """The reading process does not send the rows' cells: a row only the store can refuse (a standard's
    forbidden status change) is reported with its cells read again here, as the whole-file import
    reports it — in several chunks, also with --skip-invalid."""
    first = standards_csv(tmp_path / "first.csv", 3 * CHUNK + 5,
                          lambda i: "disposed" if i % 997 == 3 else "in_use")
    back_in_use = {3: "in use", 1000: "active", 1997: "released", 2994: "in-use"}   # disposed: refused
    second = standards_csv(tmp_path / "second.csv", 3 * CHUNK + 5,
                           lambda i: back_in_use.get(i, "quarantined" if i == 2 * CHUNK + 1 else "in_use"))

    def run_standards(data: Path, mode: str, **options) -> tuple[list, list]:
        monkeypatch.setattr(import_streaming, "STREAM_MIN_BYTES", 1 << 62 if mode == "whole" else 0)
        monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 0 if mode == "parallel" else 1 << 62)
        with Catalogue.open(data, user="amina") as cat:
            reports = [import_file(cat, "reference_sample", f, **options).to_dict() for f in (first, second)]
            assert integrity.verify(cat.conn, data / "attachments").ok
        conn = sqlite3.connect(data / "catalogue.db")
        try:
            rows = conn.execute("SELECT * FROM reference_samples ORDER BY pk").fetchall()
            rows += conn.execute("SELECT * FROM changes ORDER BY seq").fetchall()
        finally:
            conn.close()
        return rows, reports

    for options in ({}, {"skip_invalid": True}):
        fixed_clock()
        whole, whole_reports = run_standards(tmp_path / f"whole{len(options)}", "whole", **options)
        fixed_clock()
        parallel, parallel_reports = run_standards(tmp_path / f"parallel{len(options)}", "parallel", **options)
        assert parallel_reports == whole_reports and parallel == whole
        problems = whole_reports[1]["problems"]
        assert [(p["row"], p["column"], p["value"]) for p in problems] == [
            (i + 2, "status", text) for i, text in back_in_use.items()]
        assert whole_reports[1]["refused"] != bool(options)
    assert readers[1] == ["imported"] * 4

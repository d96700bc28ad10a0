"""The import of a CSV file read twice a chunk at a time, in bounded memory (issue 23).

- the streamed import leaves exactly the catalogue the whole-file import leaves (records, change
  log with its digests, audit entries), also when a column's decimal separator is shown only by
  the file's last rows, on a re-import with updates, and with --skip-invalid;
- a bad row in the last chunk leaves nothing written, although earlier chunks were written in
  the transaction, and every problem is reported;
- the file is never read whole: the second reading is pulled a chunk at a time, never more than
  one chunk ahead of what has been checked and written;
- a file changed between the two readings is refused with nothing written.
"""

import itertools
import sqlite3
from pathlib import Path

import pytest

from labnet.catalogue import import_streaming, integrity, store, tabular_stream, upsert_write
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue

CHUNK = import_streaming.CHUNK
HEADER = ("lab_sample_number,seizure_date,drug_type,form,purity,adulterants,peak:caffeine,peak:DPIA,"
          "analysed_on,notes\n")


def line(i: int, caffeine: str = "", purity: str = "", date: str = "2024-03-01") -> str:
    return (f"LS-{i:05d},{date},amphetamine,powder,{purity or str(10 + i % 80) + '.5'},caffeine; glucose,"
            f"\"{caffeine}\",{i % 7}.25,2024-04-01,row {i}\n")


def profiles_csv(path: Path, rows: int, **last: str) -> Path:
    """Rows of profiles; the peak areas of caffeine are "1,234"-like (a comma that could group
    thousands) except in the very last row, the only one that shows the comma is decimal."""
    lines = [line(i, caffeine=f"{1 + i % 9},{i % 1000:03d}") for i in range(rows - 1)]
    lines.append(line(rows - 1, caffeine="12,5", **last))
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def fixed_clock(monkeypatch):
    """Ids and times made the same in every run, so two catalogues can be compared value for value;
    calling it starts the ids again."""
    def restart():
        counter = itertools.count(1)
        monkeypatch.setattr(store, "new_id", lambda: f"00000000-0000-7000-8000-{next(counter):012d}")
    monkeypatch.setattr(store, "utc_now", lambda: "2026-12-04T12:00:00.000Z")
    restart()
    return restart


def snapshot(data: Path) -> dict:
    conn = sqlite3.connect(data / "catalogue.db")
    try:
        records = conn.execute("SELECT * FROM profiling_results ORDER BY pk").fetchall()
        changes = conn.execute("SELECT * FROM changes ORDER BY seq").fetchall()
        audit_rows = conn.execute("SELECT at, user, action, kind, record_id, detail FROM audit_log "
                                  "WHERE action IN ('import', 'update') ORDER BY seq").fetchall()
        search = conn.execute("SELECT rowid, * FROM profiling_results_fts WHERE profiling_results_fts MATCH "
                              "'row' ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return {"records": records, "changes": changes, "audit": audit_rows, "search": search}


def run(data: Path, files: list[Path], whole: bool, monkeypatch, **options) -> tuple[dict, list]:
    monkeypatch.setattr(import_streaming, "STREAM_MIN_BYTES", 1 << 62 if whole else 0)
    streamed = []
    real = import_streaming.CsvStream.open

    def spy(*args, **kw):
        found = real(*args, **kw)
        streamed.append(found is not None)
        return found
    monkeypatch.setattr(import_streaming.CsvStream, "open", spy)
    reports = []
    with Catalogue.open(data, user="amina") as cat:
        for f in files:
            report = import_file(cat, "profiling_result", f, **options)
            reports.append(report.to_dict())
        assert integrity.verify(cat.conn, data / "attachments").ok
    assert streamed == ([] if whole else [True] * len(files))
    return snapshot(data), reports


def test_streamed_import_leaves_the_catalogue_the_whole_file_import_leaves(tmp_path, monkeypatch, fixed_clock):
    first = profiles_csv(tmp_path / "first.csv", 2 * CHUNK + 500)
    text = first.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace("powder", "tablet")                   # a re-import: updates and inserts
    text.append(line(9999, caffeine="3,5"))
    second = tmp_path / "second.csv"
    second.write_text("".join(text), encoding="utf-8")

    whole, whole_reports = run(tmp_path / "whole", [first, second], True, monkeypatch)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [first, second], False, monkeypatch)
    for key in ("records", "changes", "audit", "search"):
        assert streamed[key] == whole[key], key
    assert streamed_reports == whole_reports
    assert whole_reports[0]["inserted"] == 2 * CHUNK + 500 and whole_reports[1]["updated"] == 1
    # "1,234"-like areas were read by the comma the last row shows (1.234), in every chunk.
    conn = sqlite3.connect(tmp_path / "streamed" / "catalogue.db")
    peaks = conn.execute("SELECT peaks FROM profiling_results WHERE lab_sample_number = 'LS-00001'").fetchone()[0]
    conn.close()
    assert '"caffeine":2.001' in peaks   # stored as its canonical JSON (PeakTable.to_sql)


def test_skip_invalid_streamed_is_the_whole_file_import(tmp_path, monkeypatch, fixed_clock):
    f = profiles_csv(tmp_path / "bad.csv", 2 * CHUNK + 10, date="2024-02-31")   # the last row: no such day
    text = f.read_text(encoding="utf-8").splitlines(keepends=True)
    text[700] = text[3]                                                       # a repeated key in chunk 1
    f.write_text("".join(text), encoding="utf-8")
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch, skip_invalid=True)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [f], False, monkeypatch, skip_invalid=True)
    assert streamed == whole and streamed_reports == whole_reports
    assert whole_reports[0]["skipped"] == 2 and whole_reports[0]["inserted"] == 2 * CHUNK + 8


def test_a_bad_row_in_the_last_chunk_leaves_nothing_written(cat, tmp_path, monkeypatch):
    cat.add("profiling_result", {"lab_sample_number": "LS-KEEP", "drug_type": "cocaine"})
    seq, entries = cat.last_change_seq(), len(cat.audit_entries())
    written = []
    real_write = upsert_write.UpsertWriter.write

    def counting(self, plans, *stored):
        plans = list(plans)
        written.append(len(plans))
        return real_write(self, plans, *stored)
    monkeypatch.setattr(upsert_write.UpsertWriter, "write", counting)
    f = profiles_csv(tmp_path / "late.csv", 3 * CHUNK + 1, date="2024-02-31")
    report = import_file(cat, "profiling_result", f)
    assert sum(written) == 3 * CHUNK          # the good chunks were written in the transaction …
    assert report.refused and not report.written
    assert [(p.row_number, p.column) for p in report.problems] == [(3 * CHUNK + 2, "seizure_date")]
    assert cat.count("profiling_result") == 1                 # … and rolled back: nothing of the file
    assert cat.last_change_seq() == seq and len(cat.audit_entries()) == entries
    assert integrity.verify(cat.conn, cat.path.parent / "attachments").ok
    # Every problem is reported, also those after the first refused row.
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[10] = lines[10].replace("2024-03-01", "31/31/2024")
    f.write_text("".join(lines), encoding="utf-8")
    report = import_file(cat, "profiling_result", f)
    assert [p.row_number for p in report.problems] == [11, 3 * CHUNK + 2]
    assert cat.count("profiling_result") == 1 and cat.last_change_seq() == seq


def test_the_file_is_read_a_chunk_at_a_time_never_whole(cat, tmp_path, monkeypatch):
    """The structural bound on memory: the file is never read into memory whole, the first
    reading hands on chunks of CHUNK rows, and the second is pulled lazily, never more than one
    chunk ahead of what has been checked and written."""
    def refuse(*args, **kw):
        raise AssertionError("the file was read whole")
    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    first_chunks = []
    real_open = tabular_stream.CsvStream.open.__func__

    def opening(cls, path, header_row=None, first_pass=None, on_header=None, *encoding):
        def counting(rows):
            first_chunks.append(len(rows))
            return first_pass(rows)
        return real_open(cls, path, header_row, counting, on_header, *encoding)
    monkeypatch.setattr(tabular_stream.CsvStream, "open", classmethod(opening))
    pulled = [0]
    real_rows = tabular_stream.CsvStream.rows

    def lazily(self):
        for item in real_rows(self):
            pulled[0] += 1
            yield item
    monkeypatch.setattr(tabular_stream.CsvStream, "rows", lazily)
    ahead = []
    real_write = upsert_write.UpsertWriter.write

    def writing(self, plans, *stored):
        plans = list(plans)
        ahead.append(pulled[0] - (self.result.inserted + len(plans)))
        return real_write(self, plans, *stored)
    monkeypatch.setattr(upsert_write.UpsertWriter, "write", writing)

    n = 4 * CHUNK + 321
    f = tmp_path / "big.csv"
    with f.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(line(i, caffeine="1,5") for i in range(n))
    progress, read = [], []
    report = import_file(cat, "profiling_result", f, progress=lambda done, total: progress.append((done, pulled[0])),
                         reading=read.append)
    assert report.inserted == n and cat.count("profiling_result") == n
    assert first_chunks == [CHUNK] * 4 + [321]
    assert read == [2000, 4000] and progress[0] == (CHUNK, CHUNK)   # the first reading's sign of life
    assert ahead == [0] * 5                                # each chunk written as soon as it was read
    assert all(read <= done + 1 for done, read in progress)  # never more than a chunk (+ the peek) ahead


def test_a_file_changed_between_the_readings_is_refused(cat, tmp_path, monkeypatch):
    f = profiles_csv(tmp_path / "moving.csv", CHUNK + 5)
    real_rows = tabular_stream.CsvStream.rows

    def changing(self):
        with f.open("a", encoding="utf-8") as out:   # another program saves the file meanwhile
            out.write(line(99999))
        yield from real_rows(self)
    monkeypatch.setattr(tabular_stream.CsvStream, "rows", changing)
    with pytest.raises(Exception, match="changed while it was being imported; nothing was written"):
        import_file(cat, "profiling_result", f)
    assert cat.count("profiling_result") == 0 and cat.last_change_seq() == 0


# Files with what the whole-file CSV reader handles, read both ways: the same reports and catalogues.
_ROWS = "".join(line(i) for i in range(5))
TRICKY = {
    "excel sep line, semicolons, decimal commas": (
        "sep=;\r\nlab_sample_number;drug_type;purity;peak:caffeine\r\nA-1;cocaine;12,5;1.234,5\r\n"
        "A-2;heroin;7,25;2,5\r\n", {}),
    "byte-order mark, blank rows, a quoted row over two lines": (
        "\ufeff" + HEADER + "\n" + _ROWS + ",,,\n  \nLS-9,2024-03-01,cocaine,powder,5,,1,2,2024-04-01,\"two\nlines\"\n\n",
        {}),
    "ragged rows, values under no header": (
        "lab_sample_number,drug_type,,purity\nB-1,cocaine,x,5\nB-2,heroin\nB-3,cocaine,,6,extra,more\n", {}),
    "title block above the header row": (
        "Lab report\n\nlab_sample_number,drug_type,purity\nC-1,cocaine,5\nC-2,cocaine,6\n", {"header_row": 3}),
    "Excel's protection of formula-like cells": (
        "lab_sample_number,drug_type,notes\nD-1,cocaine,'=SUM(A1)\nD-2,cocaine,'+1\n", {}),
    "a column with both decimal separators, repeats and bad rows": (
        "lab_sample_number,drug_type,purity,peak:DPIA\nE-1,cocaine,2.25,1\nE-2,cocaine,\"1,5\",2\n"
        "E-1,cocaine,3,3\nE-4,nonsense,4,\"12,500\"\n", {}),
    "decimal commas chosen for the file": (
        "lab_sample_number,drug_type,purity,peak:DPIA\nF-1,cocaine,\"1,5\",\"1.234\"\nF-2,cocaine,2,3\n",
        {"decimal": "comma"}),
    "rows with CRLF and a repeated key under skip-invalid": (
        HEADER.replace("\n", "\r\n") + _ROWS.replace("\n", "\r\n") + line(2).replace("\n", "\r\n"),
        {"skip_invalid": True}),
}


@pytest.mark.parametrize("case", sorted(TRICKY))
def test_tricky_files_read_both_ways_give_the_same_import(case, tmp_path, monkeypatch, fixed_clock):
    text, options = TRICKY[case]
    f = tmp_path / "tricky.csv"
    f.write_bytes(text.encode("utf-8"))
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch, **options)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [f], False, monkeypatch, **options)
    assert streamed_reports == whole_reports
    assert streamed == whole


# Files in a legacy code page (issue 23): named by the person importing or recognised from the bytes, they
# stream too, decoded as they are read, and give the import the whole-file reader gives.
LEGACY = {
    "cp1251": ("Получено от полиции и хранится в холодильнике лаборатории",   # Russian
               "Изъято на границе и передано экспертом для исследования",
               "Образец для сравнения из министерства здравоохранения"),
    "cp1256": ("استلمت من الشرطة وتحفظ في ثلاجة المختبر",                    # Arabic
               "ضبطت على الحدود وأرسلت إلى الخبير للفحص",
               "عينة مرجعية من وزارة الصحة"),
}


def words(encoding: str, i: int) -> str:
    # Two sentences a row: with one, charset-normalizer is not sure of the Arabic file (nor of its
    # whole-file reading), which is then refused both ways.
    sentences = LEGACY[encoding]
    return f"row {i} {sentences[i % 3]} {sentences[(i + 1) % 3]}"


def legacy_csv(path: Path, encoding: str, rows: int) -> Path:
    lines = [line(i).replace(f"row {i}", words(encoding, i)) for i in range(rows)]
    path.write_bytes((HEADER + "".join(lines)).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", sorted(LEGACY))
@pytest.mark.parametrize("named", [True, False], ids=["named", "recognised"])
def test_a_legacy_encoding_streams_and_gives_the_whole_file_import(encoding, named, tmp_path, monkeypatch,
                                                                  fixed_clock):
    f = legacy_csv(tmp_path / f"{encoding}.csv", encoding, 2 * CHUNK + 500)
    options = {"encoding": encoding} if named else {}
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch, **options)
    fixed_clock()
    streamed, streamed_reports = run(tmp_path / "streamed", [f], False, monkeypatch, **options)
    assert streamed_reports == whole_reports
    assert streamed == whole
    assert whole_reports[0]["inserted"] == 2 * CHUNK + 500
    [note] = whole_reports[0]["warnings"]
    assert ("as chosen" if named else "recognised it as") in note and encoding[2:] in note
    conn = sqlite3.connect(tmp_path / "streamed" / "catalogue.db")
    notes = conn.execute("SELECT notes FROM profiling_results WHERE lab_sample_number = 'LS-00007'").fetchone()
    conn.close()
    assert notes[0] == words(encoding, 7)  # the letters, not mojibake


def test_a_named_encoding_is_decoded_as_it_is_read_never_whole(cat, tmp_path, monkeypatch):
    f = legacy_csv(tmp_path / "ru.csv", "cp1251", CHUNK + 10)

    def refuse(*args, **kw):
        raise AssertionError("the file was read whole")
    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    report = import_file(cat, "profiling_result", f, encoding="CP1251")
    assert report.inserted == CHUNK + 10 and report.warnings == [
        "The file ru.csv was read as Windows-1251 (Cyrillic), as chosen."]
    notes = cat.conn.execute("SELECT notes FROM profiling_results WHERE lab_sample_number = 'LS-00003'").fetchone()
    assert notes[0] == words("cp1251", 3)


@pytest.mark.parametrize("named", [True, False], ids=["named", "recognised"])
def test_a_legacy_encoding_read_in_the_second_process_gives_the_same_import(named, tmp_path, monkeypatch,
                                                                           fixed_clock):
    f = legacy_csv(tmp_path / "ar.csv", "cp1256", CHUNK + 300)
    options = {"encoding": "cp1256"} if named else {}
    whole, whole_reports = run(tmp_path / "whole", [f], True, monkeypatch, **options)
    fixed_clock()
    monkeypatch.setattr(import_streaming, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(import_streaming, "PARALLEL_MIN_BYTES", 0)
    with Catalogue.open(tmp_path / "parallel", user="amina") as cat:
        report = import_file(cat, "profiling_result", f, **options)
    assert import_streaming.plain_csv(f)
    assert report.to_dict() == whole_reports[0]
    assert snapshot(tmp_path / "parallel") == whole


def test_bytes_a_named_encoding_cannot_decode_are_refused_as_before(cat, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_bytes(b"lab_sample_number,drug_type,notes\nA-1,cocaine,\x98\n")  # 0x98: no letter in cp1251
    with pytest.raises(Exception, match="byte 0x98 at position"):
        import_file(cat, "profiling_result", f, encoding="cp1251")
    assert cat.count("profiling_result") == 0


def test_an_encoding_not_recognised_for_sure_is_refused_as_before_having_been_tried_once(cat, tmp_path,
                                                                                         monkeypatch):
    import charset_normalizer

    from labnet.catalogue.encodings import EncodingUnknown

    f = tmp_path / "unsure.csv"
    sentences = LEGACY["cp1256"]
    f.write_bytes((HEADER + "".join(line(i).replace(f"row {i}", f"row {i} {sentences[i % 3]}")
                                    for i in range(300))).encode("cp1256"))
    tried = []
    real = charset_normalizer.from_bytes
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **kw: tried.append(1) or real(data, **kw))
    with pytest.raises(EncodingUnknown, match="cannot be told for sure"):
        import_file(cat, "profiling_result", f)
    assert len(tried) == 2  # by the stream, then by the whole-file reader that refuses it (not by each reading)
    assert cat.count("profiling_result") == 0


def test_an_import_makes_its_ids_as_new_id_does(tmp_path):
    """The ids of a chunk's new records are made together (upsert_write.new_ids): UUID version 7, the
    variant bits of RFC 9562, all different, and time-ordered with the store's own across milliseconds."""
    import time
    import uuid

    from labnet.catalogue.upsert_write import new_ids

    before = store.new_id()
    time.sleep(0.002)
    made = new_ids(5000)
    time.sleep(0.002)
    after = store.new_id()
    assert len(set(made)) == 5000 and all(len(i) == 36 for i in made)
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in made)
    assert {i[19] for i in made} == set("89ab") and len({i[15:18] + i[20:23] for i in made}) > 4000
    assert before < min(made) and max(made) < after
    f = tmp_path / "ids.csv"
    f.write_text(HEADER + "".join(line(i) for i in range(CHUNK + 3)), encoding="utf-8")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        assert import_file(cat, "profiling_result", f).inserted == CHUNK + 3
        ids = [r[0] for r in cat.conn.execute("SELECT id FROM profiling_results")]
    assert len(set(ids)) == CHUNK + 3 and all(uuid.UUID(i).version == 7 for i in ids)

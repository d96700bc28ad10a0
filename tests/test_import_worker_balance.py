"""Who makes the peak tables' JSON in a parallel import (issue 14, ``import_worker.LEAVE_PEAKS``).

The reading process leaves the JSON of a chunk's peak tables to the importing process when that one
has taken every chunk sent (it waits), and makes it when a chunk still waits in the pipe.  Either
way the catalogue and the report must be exactly the whole-file import's: here each way is forced
for a whole import (re-import with updates, bad rows, --skip-invalid) and compared; and the pieces
the choice rests on are checked alone (a peak table not in canonical form among them).
"""

import json
import os
from multiprocessing.connection import Connection

import pytest

from labnet.catalogue import import_worker
from labnet.catalogue.records import PROFILING_RESULT as RT
from labnet.catalogue.upsert_write import later_encoder, row_encoder
from test_import_parallel import early_profiles, run
from test_import_streaming import CHUNK, fixed_clock, line  # noqa: F401


@pytest.fixture
def chunks_seen(monkeypatch):
    """The positions each chunk received left to this process (``later``), in order."""
    seen: list[tuple[int, ...]] = []
    real = import_worker._receive

    def receive(*args):
        message = real(*args)
        if message[0] == "chunk":
            seen.append(message[5])
        return message
    monkeypatch.setattr(import_worker, "_receive", receive)
    return seen


@pytest.mark.parametrize("leave", [True, False], ids=["importing process", "reading process"])
def test_either_process_making_the_peaks_json_gives_the_whole_file_import(leave, tmp_path, monkeypatch, fixed_clock,
                                                                         chunks_seen):
    first = early_profiles(tmp_path / "first.csv", 2 * CHUNK + 7)
    text = first.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace("powder", "tablet")                             # an update on re-import
    text[CHUNK + 3] = text[CHUNK + 3].replace("2024-03-01", "2024-02-31")     # a bad row
    text[9] = line(8, caffeine="1e400")             # an area that is not finite: refused, named
    second = tmp_path / "second.csv"
    second.write_text("".join(text), encoding="utf-8")
    whole, whole_reports = run(tmp_path / "whole", [first, second], "whole", monkeypatch)
    fixed_clock()
    whole_skip, whole_skip_reports = run(tmp_path / "whole-skip", [first, second], "whole", monkeypatch,
                                         skip_invalid=True)
    monkeypatch.setattr(import_worker, "LEAVE_PEAKS", leave)
    fixed_clock()
    parallel, parallel_reports = run(tmp_path / "parallel", [first, second], "parallel", monkeypatch)
    fixed_clock()
    skip, skip_reports = run(tmp_path / "parallel-skip", [first, second], "parallel", monkeypatch,
                             skip_invalid=True)
    assert parallel == whole and parallel_reports == whole_reports
    assert skip == whole_skip and skip_reports == whole_skip_reports
    assert whole_reports[1]["refused"] and whole_skip_reports[1]["updated"] == 1
    peaks = [RT.field_names.index("peaks")]
    assert chunks_seen and all(list(later) == (peaks if leave else []) for later in chunks_seen)


def test_the_peaks_left_in_python_form_are_encoded_as_the_reading_process_would():
    peaks = RT.field_names.index("peaks")
    records = []
    for table in [{"caffeine": 12.5, "DPIA": 0.0}, {"b": 3, "a": 1e16}, {" spaced ": 1.0}, {'q"uote': 2.5},
                  {"x": 2 ** 60}, {"é": 5e-324}, None]:
        records.append({**{name: None for name in RT.field_names}, "lab_sample_number": "LS-1", "peaks": table,
                        "adulterants": ["caffeine", "glucose"], "shareable": True})
    whole = row_encoder(RT, RT.field_names)
    partial = row_encoder(RT, RT.field_names, [peaks])
    left = [partial(r) for r in records]
    assert [row[peaks] for row in left] == [r["peaks"] for r in records]      # left as they were
    assert later_encoder(RT, RT.field_names, [peaks])(left) == [whole(r) for r in records]
    stored = [whole(r)[peaks] for r in records]
    assert stored[0] == '{"DPIA":0.0,"caffeine":12.5}' and json.loads(stored[3]) == {'q"uote': 2.5}
    assert stored[2] != json.dumps(records[2]["peaks"], separators=(",", ":"))   # not canonical: stored spaced


def test_the_reading_process_sees_what_waits_unread_in_the_pipe():
    read_end, write_end = os.pipe()
    sender, receiver = Connection(write_end, readable=False), Connection(read_end, writable=False)
    try:
        unread = import_worker._unread_bytes(sender)
        if unread is None:
            pytest.skip("no FIONREAD on a pipe here: the reading process makes every table's JSON")
        assert unread() == 0
        sender.send_bytes(b"x" * 1000)
        assert unread() >= 1000
        receiver.recv_bytes()
        assert unread() == 0
    finally:
        sender.close()
        receiver.close()


def test_by_default_the_choice_is_made_per_chunk(tmp_path, monkeypatch, fixed_clock, chunks_seen):
    """LEAVE_PEAKS None: each chunk's peaks made by one process or the other, the catalogue the same."""
    f = early_profiles(tmp_path / "f.csv", 3 * CHUNK)
    whole, whole_reports = run(tmp_path / "whole", [f], "whole", monkeypatch)
    monkeypatch.setattr(import_worker, "LEAVE_PEAKS", None)
    fixed_clock()
    parallel, parallel_reports = run(tmp_path / "parallel", [f], "parallel", monkeypatch)
    assert parallel == whole and parallel_reports == whole_reports
    peaks = (RT.field_names.index("peaks"),)
    assert len(chunks_seen) == 3 and all(later in ((), peaks) for later in chunks_seen)

"""The natural keys an import has met, kept in bounded memory (issue 23): past ``import_seen.SPILL_AT``
keys they move to a temporary SQLite file, and a repeated key is still found exactly — as the dict of
every key found it — in one process and in the reading process, and no row is refused for a key it
does not repeat."""

import math
import random

import pytest

from labnet.catalogue import import_seen
from labnet.catalogue.import_seen import SeenKeys, _key_text
from test_import_parallel import readers, run  # noqa: F401 - readers is a fixture
from test_import_streaming import CHUNK, HEADER, fixed_clock, line  # noqa: F401 - fixed_clock is a fixture


def reference(chunks):
    """What a dict of every key met answers, chunk by chunk."""
    seen, out = {}, []
    for keys, numbers in chunks:
        answers = []
        for key, number in zip(keys, numbers):
            answers.append(seen.get(key))
            seen.setdefault(key, number)
        out.append(answers)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_past_the_spill_the_repeats_found_are_the_dicts(seed, monkeypatch):
    monkeypatch.setattr(import_seen, "SPILL_AT", 40)
    rng = random.Random(seed)
    pool = ([f"LS-{i:03d}" for i in range(60)] + [("a", "b"), ("a b",), ("a", None), ("a", ""), 2, 2.0, True, "2",
                                                      1.5, ("x", 3), ("x", 3.0), "é", "LS-001 ", "\ud800", ("\ud800",)])
    chunks, number = [], 1
    for _ in range(12):
        keys = [rng.choice(pool) for _ in range(rng.randint(0, 15))]
        chunks.append((keys, list(range(number, number + len(keys)))))
        number += len(keys)
    seen = SeenKeys()
    found = [seen.first_rows(keys, numbers) for keys, numbers in chunks]
    assert seen.spilled and len(seen) == len({_key_text(k) for keys, _ in chunks for k in keys})
    assert found == reference(chunks)
    seen.close()


def test_key_texts_are_equal_exactly_when_the_keys_are():
    keys = ["2", 2, ("a", "b"), ("a b",), ("a", None), ("a", ""), "a\x00b", ("a", "\x00b"), 1.5, -0.0,
            math.inf, "é", "e\u0301", "\ud800", ("2",), (2,), 't["2"]', '["2"]', None, (None,)]
    for a in keys:
        for b in keys:
            assert (_key_text(a) == _key_text(b)) == (a == b and type(a) is type(b) or a is b), (a, b)
    assert _key_text(2) == _key_text(2.0) and _key_text(1) == _key_text(True) and _key_text((2,)) == _key_text((2.0,))
    assert _key_text(2) != _key_text((2,)) and _key_text("2") != _key_text(("2",)) != _key_text('["2"]')
    assert _key_text(0.0) == _key_text(-0.0) == _key_text(0)
    assert _key_text(math.nan) is None and _key_text(("a", math.nan)) is None  # equal to nothing, as in a dict
    seen = SeenKeys()
    assert seen.first_rows([float("nan"), float("nan")], [1, 2]) == [None, None]  # two NaNs read from a file


def repeats_csv(path, rows: int):
    """Profiles whose later rows repeat keys met long before (far behind the spill) and just before (in
    the same chunk); the other keys differ from them by one character."""
    lines = []
    for i in range(rows):
        if i % 97 == 50:
            lines.append(line(i % 40).replace("row ", "again "))          # a key from the first chunk
        elif i % 89 == 3 and i > 3:
            lines.append(line(i - 1).replace("row ", "again "))           # the row just before
        else:
            lines.append(line(i))
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("mode", ["serial", "parallel"])
def test_repeats_past_the_spill_are_refused_as_before(mode, tmp_path, monkeypatch, fixed_clock, readers):
    f = repeats_csv(tmp_path / "repeats.csv", 3 * CHUNK + 17)
    spills = []
    real = SeenKeys._spill

    def spill(self):
        spills.append(len(self))
        real(self)
    monkeypatch.setattr(SeenKeys, "_spill", spill)
    monkeypatch.setattr(import_seen, "SPILL_AT", 1 << 40)
    kept, kept_reports = run(tmp_path / "kept", [f], "whole", monkeypatch, skip_invalid=True)
    fixed_clock()
    monkeypatch.setattr(import_seen, "SPILL_AT", 150)
    spilled, spilled_reports = run(tmp_path / "spilled", [f], mode, monkeypatch, skip_invalid=True)
    assert spilled_reports == kept_reports and spilled == kept
    repeats = [p for p in kept_reports[0]["problems"] if "repeats" in p["reason"]]
    assert len(repeats) == kept_reports[0]["skipped"] > 50
    assert kept_reports[0]["inserted"] == 3 * CHUNK + 17 - len(repeats)
    if mode == "serial":  # the reading process's spill happens in that process
        assert spills and spills[0] <= 150
    else:
        assert readers[1] == ["imported"]

"""The command lines say a count in the singular for one and the plural otherwise ("1 audit entry", not
"1 audit entries" nor "1 audit entry(s)"), through ``Message.plural`` (common/messages.py)."""

from __future__ import annotations

import re
from pathlib import Path

from factories import sample
from labnet.catalogue.store import Catalogue
from labnet.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "labnet" / "cli").glob("*.py")), *sorted((ROOT / "hub").glob("cli*.py"))]


def test_no_count_is_written_with_an_s_in_brackets_or_a_hand_made_plural():
    """"1 record(s)" reads wrong in every language, and "'s' if n != 1" is English only: Message.plural does both."""
    found = []
    for path in SOURCES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"\w\(s\)", code) or re.search(r"== 1 else|!= 1 else|\+ ['\"]s['\"]", code):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert len(SOURCES) > 10 and not found, "\n".join(found)


def test_one_of_each_is_said_in_the_singular(tmp_path, capsys):
    lab = tmp_path / "lab"
    with Catalogue.open(lab) as cat:
        cat.add("reference_sample", sample())
    assert main(["--data-dir", str(lab), "audit", "verify"]) == 0
    said = capsys.readouterr().out
    assert "; 1 record, 0 deletions," in said and "1 entry chained" in said

    assert main(["--data-dir", str(lab), "attention", "--days", "1"]) == 0
    said = capsys.readouterr().out
    assert "Expiring within 1 day: 0" in said and "Requalifications due within 1 day: 0" in said

    assert main(["--data-dir", str(lab), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "new"), "restore", "--check-only", str(tmp_path / "b.labnet-backup")]) == 0
    said = capsys.readouterr().out
    assert "1 reference sample, 0 training records, 0 profiling results; 1 audit entry)" in said
    assert "0 attached files" in said

    assert main(["--data-dir", str(lab), "export", "--kind", "reference-samples", str(tmp_path / "out.csv")]) == 0
    assert re.search(r"Exported 1 [a-z ]*sample to ", capsys.readouterr().out)

"""``labnet`` and ``labnet-hub`` refuse nonsense arguments before doing anything, and end quietly when the reader
of their output goes away (``labnet … | head``)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from labnet.cli import main as labnet_main
from labnet.common import cli_args
from labnet.hub.cli import main as hub_main

ROOT = Path(__file__).resolve().parent.parent
FUTURE = (dt.date.today() + dt.timedelta(days=2)).isoformat()

LABNET_NONSENSE = [
    (["attention", "--days", "-5"], "--days"),
    (["attention", "--days", "0"], "--days"),
    (["attention", "--days", "many"], "--days"),
    (["import", "--kind", "training", "--header-row", "0", "x.csv"], "--header-row"),
    (["demo-data", "--profiles", "-1"], "--profiles"),
    (["profiles", "evaluate", "--id-column", "id", "--fpr", "1.5", "x.csv"], "--fpr"),
    (["profiles", "evaluate", "--id-column", "id", "--fpr", "0", "x.csv"], "--fpr"),
    (["profiles", "calibrate", "--fpr", "nan"], "--fpr"),
    (["profiles", "calibrate", "--resamples", "0"], "--resamples"),
    (["profiles", "export-method", "--version", "-1", "--out", "m.json"], "--version"),
    (["profiles", "link-report", "--version", "0", "--out", "l.pdf", "A", "B"], "--version"),
    (["profiles", "link", "--threshold", "inf", "x.csv"], "--threshold"),
    (["report", "audit", "--from", FUTURE, "--out", "a.pdf"], "--from"),
    (["report", "audit", "--from", "2026-13-01", "--out", "a.pdf"], "--from"),
    (["bundle", "export", "--out", "b.lnb", "--max-part-bytes", "-100"], "--max-part-bytes"),
]


@pytest.mark.parametrize(("argv", "option"), LABNET_NONSENSE, ids=[" ".join(a) for a, _ in LABNET_NONSENSE])
def test_labnet_refuses_nonsense_with_a_sentence_and_status_2(tmp_path, capsys, argv, option):
    data = tmp_path / "data"
    assert labnet_main(["--data-dir", str(data), *argv]) == 2
    err = capsys.readouterr().err
    assert f"argument {option}" in err and "Traceback" not in err and "something went wrong" not in err
    assert re.search(r"must be|is not|between|in the future", err)
    assert not data.exists()   # refused before the catalogue was even looked for


HUB_NONSENSE = [
    (["serve", "--port", "0"], "--port"),
    (["serve", "--port", "70000"], "--port"),
    (["links", "--limit", "0"], "--limit"),
    (["links", "--limit", "-3"], "--limit"),
    (["bulletins", "--lab", "L", "--out", "b.json", "--since", "-1"], "--since"),
    (["check", "--cert-days", "-21"], "--cert-days"),
]


@pytest.mark.parametrize(("argv", "option"), HUB_NONSENSE, ids=[" ".join(a) for a, _ in HUB_NONSENSE])
def test_labnet_hub_refuses_nonsense_with_a_sentence_and_status_2(tmp_path, capsys, argv, option):
    assert hub_main([argv[0], "--data-dir", str(tmp_path / "hub"), *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert f"argument {option}" in err and "Traceback" not in err
    assert not (tmp_path / "hub").exists()


def test_sensible_values_still_pass():
    assert cli_args.positive_int("30") == 30 and cli_args.non_negative_int("0") == 0
    assert cli_args.port("8765") == 8765 and cli_args.probability("0.001") == 0.001
    assert cli_args.past_day(dt.date.today().isoformat()) == dt.date.today()
    assert cli_args.finite_float("-0.5") == -0.5


def test_every_number_option_of_both_commands_is_checked():
    """A bare ``type=int`` or ``type=float`` lets -5 or 1e9 through; the checked types are in common/cli_args.py.
    (A line may say why any value will do with a comment ``# any ``.)"""
    sources = [*sorted((ROOT / "labnet" / "cli").glob("*.py")), *sorted((ROOT / "hub").glob("cli*.py"))]
    bare = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
            for path in sources for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"type=(int|float)\b", line) and "# any " not in line]
    assert len(sources) > 10 and not bare, "\n".join(bare)


# -- the reader goes away ----------------------------------------------------------------------------------------

def run_into_closed_pipe(program: str, argv: list[str], home: Path) -> subprocess.CompletedProcess:
    """Run ``program`` with its standard output a real pipe whose reading end is already closed, as after
    ``labnet … | head -1`` once head has its line; the first write (or flush) meets EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    module = "labnet.cli" if program == "labnet" else "labnet.hub.cli"
    code = f"import sys; from {module} import main; sys.exit(main())"
    env = {**os.environ, "LABNET_HOME": str(home)}
    try:
        return subprocess.run([sys.executable, "-c", code, *argv], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, env=env, timeout=120, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("argv", [["profiles", "presets"],             # met when the output is flushed at the end
                                  ["profiles", "presets", "--json"]])  # met in the middle (past the 8 KiB buffer)
def test_labnet_into_a_closed_pipe_ends_quietly(tmp_path, argv):
    done = run_into_closed_pipe("labnet", argv, tmp_path)
    assert done.stderr == "" and done.returncode == cli_args.EXIT_BROKEN_PIPE


def test_labnet_hub_into_a_closed_pipe_ends_quietly(tmp_path, capsys):
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text("a long enough passphrase for the test hub\n", encoding="utf-8")
    hub = ["--data-dir", str(tmp_path / "hub"), "--passphrase-file", str(passfile)]
    assert hub_main(["init", *hub, "--country", "KE"]) == 0
    capsys.readouterr()
    done = run_into_closed_pipe("labnet-hub", ["keys", *hub], tmp_path)
    assert done.stderr == "" and done.returncode == cli_args.EXIT_BROKEN_PIPE
    done = run_into_closed_pipe("labnet-hub", ["--help"], tmp_path)
    assert done.stderr == "" and done.returncode in (0, cli_args.EXIT_BROKEN_PIPE)


def test_a_broken_pipe_that_is_not_standard_output_is_not_silenced(monkeypatch):
    """A hub's closed connection raises BrokenPipeError too: only a gone stdout may end quietly."""
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as stream:
        monkeypatch.setattr(sys, "stdout", stream)
        assert not cli_args.stdout_gone()
        os.close(read_end)
        if sys.platform != "win32":
            assert cli_args.stdout_gone()
        monkeypatch.undo()

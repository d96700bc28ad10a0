"""``labnet self-test``: what an installer runs on the built application."""

import pytest

from labnet import cli
from labnet.cli import self_test


@pytest.mark.slow   # 6 s under --durations
def test_every_check_passes_on_a_working_installation(data_dir, capsys):
    assert cli.main(["--data-dir", str(data_dir), "--self-test"]) == 0
    out = capsys.readouterr().out
    for check in ("catalogue", "bundle", "profiles", "window", "languages"):
        assert f"ok    {check}" in out
    assert out.strip().endswith("LabNet works here.")


def test_a_failing_check_is_named_the_others_still_run_and_the_exit_is_1(data_dir, capsys, monkeypatch):
    def broken(_folder):
        raise OSError("no room left")

    monkeypatch.setattr(self_test, "_bundle", broken)
    assert cli.main(["--data-dir", str(data_dir), "self-test", "--no-window"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  bundle    OSError: no room left" in out and "ok    profiles" in out
    assert "window" not in out and out.strip().endswith("1 check failed.")

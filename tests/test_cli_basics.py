"""The labnet command line: version, data directory, errors, and labnet-hub."""

import subprocess
import sys
import tempfile
import types
from importlib import metadata

import platformdirs
import pytest

import labnet
from labnet import cli, desktop, paths
from labnet.cli import gui
from labnet.hub import cli as hub_cli


@pytest.fixture(autouse=True)
def _only_test_commands(monkeypatch):
    # In-process tests check the command-line machinery, not the real commands
    # (they have tests of their own), so they do not depend on the catalogue.
    monkeypatch.setattr(cli, "COMMAND_MODULES", [])


def run_labnet(*args):
    return subprocess.run(
        [sys.executable, "-m", "labnet", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_is_printed():
    result = run_labnet("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"labnet {labnet.__version__}"
    assert labnet.__version__ == "0.1.0"


def test_command_line_does_not_load_qt():
    code = (
        "import sys; from labnet.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'desktop'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- data directory -----------------------------------------------------------


@pytest.fixture
def platform_default(tmp_path, monkeypatch):
    default = tmp_path / "platform-default"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda appname, appauthor: str(default))
    return default


def test_explicit_data_dir_beats_environment(tmp_path, monkeypatch, platform_default):
    monkeypatch.setenv("LABNET_HOME", str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert (tmp_path / "explicit").is_dir()


def test_environment_beats_platform_default(tmp_path, monkeypatch, platform_default):
    monkeypatch.setenv("LABNET_HOME", str(tmp_path / "from-env"))
    assert paths.data_dir(None) == tmp_path / "from-env"
    assert (tmp_path / "from-env").is_dir()


def test_platform_default_when_nothing_is_chosen(monkeypatch, platform_default):
    monkeypatch.delenv("LABNET_HOME", raising=False)
    assert paths.data_dir(None) == platform_default
    assert platform_default.is_dir()


def test_empty_environment_variable_counts_as_unset(monkeypatch, platform_default):
    monkeypatch.setenv("LABNET_HOME", "")
    assert paths.data_dir(None) == platform_default


def test_catalogue_lives_in_the_data_dir(tmp_path):
    assert paths.catalogue_path(tmp_path) == tmp_path / "catalogue.db"


def test_unusable_data_dir_is_a_user_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    status = cli.main(["--data-dir", str(blocker), "--user", "ana"])
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith("labnet: error: LabNet cannot use the data folder")
    assert "--data-dir" in err


# --- opening the window -------------------------------------------------------


@pytest.fixture
def captured_gui(monkeypatch):
    calls = []
    monkeypatch.setattr(gui, "run_gui", lambda args: calls.append(args) or 0)
    return calls


def test_no_command_opens_the_window(data_dir, monkeypatch, captured_gui):
    monkeypatch.setenv("LABNET_USER", "ana.analyst")
    assert cli.main([]) == 0
    (args,) = captured_gui
    assert args.data_dir == data_dir
    assert args.user == "ana.analyst"
    assert args.demo is False


def test_user_option_beats_environment(data_dir, monkeypatch, captured_gui):
    monkeypatch.setenv("LABNET_USER", "ana.analyst")
    assert cli.main(["--user", "quality.manager"]) == 0
    assert captured_gui[0].user == "quality.manager"


def test_demo_catalogue_is_kept_apart_from_the_real_one(data_dir, monkeypatch):
    opened = {}
    fake_app = types.ModuleType("labnet.desktop.app")
    fake_app.run = lambda data_dir, demo, user: opened.update(data_dir=data_dir, demo=demo) or 0
    monkeypatch.setitem(sys.modules, "labnet.desktop.app", fake_app)
    monkeypatch.setattr(desktop, "app", fake_app, raising=False)  # in case the real one was imported
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--demo", "--user", "ana"]) == 0
    assert opened == {"data_dir": data_dir / "demo", "demo": True}
    assert (data_dir / "demo").is_dir()


def test_window_without_a_display_is_a_user_error(data_dir, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main([]) == 2
    assert "no graphical display was found" in capsys.readouterr().err


# --- commands and errors --------------------------------------------------------


class _FixableProblem(Exception):
    user_message = "The file samples.csv has no 'substance' column. Add it and import again."


@pytest.fixture
def command_module(monkeypatch):
    """Registers a fake command module whose 'try' command runs ``behaviour``."""
    module = types.ModuleType("labnet.cli.fake_commands")
    module.behaviour = lambda args: 0

    def register(subparsers):
        parser = subparsers.add_parser("try", help="a command for the tests")
        parser.add_argument("--times", type=int, default=1)
        parser.set_defaults(handler=lambda args: module.behaviour(args))

    module.register = register
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(cli, "COMMAND_MODULES", [module.__name__])
    return module


def test_command_handler_gets_resolved_options(data_dir, command_module):
    seen = []
    command_module.behaviour = lambda args: seen.append(args) or 0
    assert cli.main(["--user", "ana", "try", "--times", "3"]) == 0
    assert seen[0].data_dir == data_dir
    assert seen[0].user == "ana"
    assert seen[0].times == 3


def test_handler_exit_status_is_returned(data_dir, command_module):
    command_module.behaviour = lambda args: 4
    assert cli.main(["try"]) == 4


def test_user_error_is_one_sentence_and_status_2(data_dir, command_module, capsys):
    def fail(args):
        raise _FixableProblem("internal detail")

    command_module.behaviour = fail
    assert cli.main(["try"]) == 2
    assert capsys.readouterr().err == f"labnet: error: {_FixableProblem.user_message}\n"


def test_catalogue_error_classes_are_user_errors(data_dir, command_module, monkeypatch, capsys):
    # Stands in for catalogue.errors, so this test does not depend on the catalogue package.
    errors_module = types.ModuleType("labnet.catalogue.errors")

    class CatalogueError(Exception):
        pass

    errors_module.CatalogueError = CatalogueError
    monkeypatch.setitem(sys.modules, "labnet.catalogue.errors", errors_module)

    def fail(args):
        raise CatalogueError("No reference sample has inventory code RS-0042.")

    command_module.behaviour = fail
    assert cli.main(["try"]) == 2
    assert capsys.readouterr().err == "labnet: error: No reference sample has inventory code RS-0042.\n"


def test_unexpected_error_names_the_log_file(data_dir, command_module, capsys):
    def crash(args):
        raise ZeroDivisionError("division by zero")

    command_module.behaviour = crash
    assert cli.main(["try"]) == 1
    err = capsys.readouterr().err
    log_file = data_dir / "logs" / "labnet.log"
    assert str(log_file) in err
    assert "Traceback" not in err
    assert "ZeroDivisionError: division by zero" in log_file.read_text(encoding="utf-8")


def test_crash_before_the_data_dir_is_known_still_leaves_a_log(monkeypatch, tmp_path, capsys):
    broken = types.ModuleType("labnet.cli.broken_commands")

    def register(subparsers):
        raise RuntimeError("bug while registering")

    broken.register = register
    monkeypatch.setitem(sys.modules, broken.__name__, broken)
    monkeypatch.setattr(cli, "COMMAND_MODULES", [broken.__name__])
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    assert cli.main(["--version"]) == 1
    assert str(tmp_path / "labnet.log") in capsys.readouterr().err
    assert "bug while registering" in (tmp_path / "labnet.log").read_text(encoding="utf-8")


def test_demo_cannot_be_combined_with_a_command(data_dir, command_module, capsys):
    assert cli.main(["--demo", "try"]) == 2
    assert "--demo" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(data_dir, capsys):
    assert cli.main(["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# --- labnet-hub -------------------------------------------------------------------


def test_hub_without_a_command_lists_the_commands(capsys):
    assert hub_cli.main([]) == 2
    out = capsys.readouterr().out
    assert all(name in out for name in ("init", "serve", "enroll", "labs", "revoke"))


def test_hub_version(capsys):
    assert hub_cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"labnet-hub {labnet.__version__}"


def test_console_scripts_are_declared():
    scripts = {ep.name: ep.value for ep in metadata.entry_points(group="console_scripts")}
    assert scripts["labnet"] == "labnet.cli:main"
    assert scripts["labnet-hub"] == "labnet.hub.cli:main"

"""What can be checked here of the Windows build (issue 22), which only a Windows machine can make.

The spec is run as PyInstaller runs it (its Python, with PyInstaller's Analysis/EXE/COLLECT recorded instead of
building), once as on Windows and once as on Linux; the Inno Setup script, which has no compiler here (iscc is
Windows-only and Wine is not set up on these machines), is checked for its structure and for agreeing with the
spec and with labnet/paths.py.
"""

import ast
import os
import re
import sys
from importlib import metadata
from pathlib import Path

import pytest
from PyInstaller.utils import hooks

from labnet import paths

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "labnet.iss"


class Recorded:
    """One call of a spec's Analysis, EXE, COLLECT or PYZ: its arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        # What Analysis hands on: a few collected files in the shapes PyInstaller gives (dest, source, kind).
        self.binaries = [(dest, "src", "BINARY") for dest in COLLECTED_BINARIES]
        self.datas = [(dest, "src", "DATA") for dest in COLLECTED_DATAS]
        self.pure, self.scripts = [], []


COLLECTED_BINARIES = ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                      "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/lib/libQt6Test.so.6",
                      "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
                      "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms\\qvnc.dll",
                      "PySide6\\Qt6Test.dll", "PySide6\\Qt6Core.dll"]
COLLECTED_DATAS = ["PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qtbase_de.qm",
                   "PySide6/Qt/translations/qt_help_fr.qm", "PySide6\\translations\\qtbase_ar.qm",
                   "labnet/resources/translations/labnet_fr.qm"]
KEPT = {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\Qt6Core.dll",
        "PySide6/Qt/translations/qtbase_fr.qm", "PySide6\\translations\\qtbase_ar.qm",
        "labnet/resources/translations/labnet_fr.qm"}


def run_spec(platform: str, tmp_path: Path, monkeypatch) -> dict:
    """The spec's namespace and calls after running it as on ``platform``, its build/ folder in tmp_path."""
    # SPECPATH is where the spec writes build/ (the package tree, the version file): a copy of the scripts and
    # resources it reads, so that the repository's build/package-tree, which others use, is left alone.
    (tmp_path / "scripts").symlink_to(ROOT / "scripts")
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    calls: dict[str, list[Recorded]] = {"Analysis": [], "EXE": [], "COLLECT": [], "PYZ": []}

    def recorder(kind):
        def record(*args, **kwargs):
            calls[kind].append(Recorded(*args, **kwargs))
            return calls[kind][-1]
        return record

    # Collecting submodules imports each package in a subprocess (seconds each): the names stand for themselves.
    monkeypatch.setattr(hooks, "collect_submodules", lambda package: [package])
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts scripts/
    namespace = {"SPECPATH": str(tmp_path), "__file__": str(ROOT / "build_installer.spec"),
                 **{kind: recorder(kind) for kind in calls}}
    exec(compile((ROOT / "build_installer.spec").read_text(encoding="utf-8"), "build_installer.spec", "exec"),
         namespace)
    return {"calls": calls, "namespace": namespace}


def test_windows_branch_windowed_with_icon_version_and_console_twin(tmp_path, monkeypatch):
    run = run_spec("win32", tmp_path, monkeypatch)
    exes = {exe.kwargs["name"]: exe.kwargs for exe in run["calls"]["EXE"]}
    assert set(exes) == {"labnet", "labnet-cli"}
    assert exes["labnet"]["console"] is False        # no console window beside LabNet's
    assert exes["labnet-cli"]["console"] is True     # the command line still prints
    for kwargs in exes.values():
        assert os.path.samefile(kwargs["icon"], ROOT / "resources" / "icons" / "labnet.ico")
        assert "strip" not in kwargs or not kwargs["strip"]
    icon = (ROOT / "resources" / "icons" / "labnet.ico").read_bytes()
    assert icon[:4] == b"\x00\x00\x01\x00" and int.from_bytes(icon[4:6], "little") >= 4  # an ICONDIR, sizes
    # The version resource: PyInstaller's text format (Python syntax) with LabNet's version in numbers and words.
    version_file = Path(exes["labnet"]["version"])
    assert exes["labnet-cli"]["version"] == str(version_file) and version_file.parent == tmp_path / "build"
    text = version_file.read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert isinstance(tree.body[0].value, ast.Call) and tree.body[0].value.func.id == "VSVersionInfo"
    version = metadata.version("labnet-forensic")
    numbers = tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4])
    assert f"filevers={(numbers + (0, 0, 0, 0))[:4]}" in text
    assert f"StringStruct('ProductVersion', {version!r})" in text
    hidden = run["calls"]["Analysis"][0].kwargs["hiddenimports"]
    assert "keyring.backends.Windows" in hidden and "win32ctypes.pywin32.win32cred" in hidden
    (collect,) = run["calls"]["COLLECT"]
    assert [exe.kwargs["name"] for exe in collect.args[:2]] == ["labnet", "labnet-cli"]


def test_the_named_keyring_backend_exists():
    pytest.importorskip("keyring")  # the installer extra brings it (pyproject.toml)
    from importlib.util import find_spec
    assert find_spec("keyring.backends.Windows") is not None


def test_linux_branch_one_console_executable_no_windows_resources(tmp_path, monkeypatch):
    run = run_spec("linux", tmp_path, monkeypatch)
    (exe,) = run["calls"]["EXE"]
    assert exe.kwargs["name"] == "labnet" and exe.kwargs["console"] is True
    assert exe.kwargs["icon"] is None and exe.kwargs["version"] is None
    hidden = run["calls"]["Analysis"][0].kwargs["hiddenimports"]
    assert not any(name.startswith(("keyring", "win32ctypes")) for name in hidden)
    assert not (tmp_path / "build" / "version_info.txt").exists()


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_unused_qt_parts_are_dropped_and_shipped_languages_kept(tmp_path, monkeypatch, platform):
    run = run_spec(platform, tmp_path, monkeypatch)
    (collect,) = run["calls"]["COLLECT"]
    kept = {entry[0] for part in collect.args if isinstance(part, list) for entry in part}
    assert kept == KEPT
    excludes = run["calls"]["Analysis"][0].kwargs["excludes"]
    assert {"scipy", "pytest", "PySide6.QtTest", "mypy"} <= set(excludes)


# -- the Inno Setup script -----------------------------------------------------------------------------------

def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header and current != "Code":
            current = header.group(1)
            found.setdefault(current, [])
        elif current and line.strip() and not line.lstrip().startswith(";"):
            found[current].append(line)
    return found


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Inno Setup reads the non-ASCII messages right
    return sections(raw.decode("utf-8-sig"))


def test_iss_has_its_sections(iss):
    assert {"Setup", "Languages", "CustomMessages", "Dirs", "Files", "Icons", "Tasks", "Run", "Code"} <= set(iss)


def test_iss_installs_what_the_spec_builds(iss, tmp_path, monkeypatch):
    names = {exe.kwargs["name"] + ".exe" for exe in run_spec("win32", tmp_path, monkeypatch)["calls"]["EXE"]}
    sources = [re.search(r'Source: "([^"]+)"', line).group(1) for line in iss["Files"]]
    assert sources[0] == "..\\dist\\labnet\\*"
    assert all(source.startswith("..\\dist\\labnet\\") for source in sources)
    # Relative to installer/, the folder PyInstaller's COLLECT(name="labnet") fills is dist/labnet.
    assert (ISS.parent / "../dist/labnet").resolve() == ROOT / "dist" / "labnet"
    named = {source.rsplit("\\", 1)[1] for source in sources[1:]}
    assert named <= names
    used = set(re.findall(r"\{app\}\\\\?([\w-]+\.exe)", "\n".join(iss["Icons"] + iss["Run"] + iss["Code"])))
    assert used and used <= names


def test_iss_self_test_stops_the_installation(iss):
    files = iss["Files"]
    # The console twin is installed last, outside the wildcard, and its AfterInstall runs the self-test.
    assert 'Excludes: "labnet-cli.exe"' in files[0]
    assert files[-1].startswith('Source: "..\\dist\\labnet\\labnet-cli.exe"') and "AfterInstall: RunSelfTest" in files[-1]
    code = "\n".join(iss["Code"])
    body = re.search(r"procedure RunSelfTest\(\);(.*?)\nend;", code, re.S).group(1)
    assert "labnet-cli.exe" in body and "self-test" in body and "ewWaitUntilTerminated" in body
    assert re.search(r"if ResultCode <> 0 then.*RaiseException", body, re.S)
    assert not any("self-test" in line for line in iss["Run"])  # [Run] cannot look at an exit code


def test_iss_code_is_balanced_and_references_resolve(iss):
    code = "\n".join(iss["Code"])
    without_comments = re.sub(r"\{[^}]*\}", "", re.sub(r"'[^']*'", "''", code))
    words = re.findall(r"\b(begin|end|case|try)\b", without_comments, re.I)
    opened = sum(1 for word in words if word.lower() in ("begin", "case", "try"))
    assert opened == sum(1 for word in words if word.lower() == "end")
    defined = set(re.findall(r"^(?:function|procedure)\s+(\w+)", code, re.M))
    entries = "\n".join(line for name, lines in iss.items() if name != "Code" for line in lines)
    referenced = set(re.findall(r"(?:Check|AfterInstall|BeforeInstall): (\w+)", entries))
    referenced |= set(re.findall(r"\{code:(\w+)", entries))
    assert referenced and referenced <= defined
    # Every message the script speaks exists in each installer language.
    languages = {re.search(r'Name: "(\w+)"', line).group(1) for line in iss["Languages"]}
    messages = set(re.findall(r"CustomMessage\('(\w+)'\)", code)) | set(re.findall(r"\{cm:(\w+)", entries))
    messages -= {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}  # Inno Setup's own
    defined_messages = {tuple(line.split("=", 1)[0].split(".")) for line in iss["CustomMessages"]}
    assert messages and {(language, message) for language in languages for message in messages} <= defined_messages


def test_iss_writes_the_setting_where_labnet_reads_it(iss, monkeypatch):
    # platformdirs as on Windows, its folders from the environment (as it falls back to without a Windows API).
    from platformdirs import windows
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("ALLUSERSPROFILE", "C:\\ProgramData")
    monkeypatch.setenv("PROGRAMDATA", "C:\\ProgramData")
    folder = windows.Windows(paths.APP_NAME, paths.APP_AUTHOR).site_config_dir
    on_windows = folder.replace("/", "\\") + "\\" + paths.MACHINE_CONFIG_NAME  # joined with os.path here, "/"
    code = "\n".join(iss["Code"])
    written = re.search(r"ExpandConstant\('\{commonappdata\}(\\[^']+)'\)", code).group(1)
    assert "C:\\ProgramData" + written == on_windows
    assert "SaveStringsToUTF8File(MachineConfigFile()" in code  # UTF-8 (with its BOM): paths.py reads utf-8-sig
    # Only an installation for all users decides for every user; its shared folder is writable by them.
    assert re.search(r"function IsSharedData\(\): Boolean;\s*begin.*IsAdminInstallMode\(\)", code, re.S)
    assert any("{code:SharedDataFolder}" in line and "users-modify" in line and "Check: IsSharedData" in line
               for line in iss["Dirs"])
    assert os.path.basename(paths.machine_config_file()) == paths.MACHINE_CONFIG_NAME

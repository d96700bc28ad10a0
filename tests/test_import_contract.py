"""The import contracts in pyproject.toml: Qt lives in desktop/ only, and the rooms' arrows (common/ at the bottom,
protocol/ shared by sync/ and hub/, which do not import each other).

Runs import-linter for real, on the project and on a small copy with a
deliberate violation, so that a contract which silently stopped checking
anything would also fail here.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from package_tree import make_tree, package_dirs  # noqa: E402


def lint_imports(project_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """import-linter on the installed layout (labnet/catalogue/…) that the project's folders make: it reads
    folders, not the editable install's import hook (scripts/package_tree.py)."""
    tree = make_tree(tmp_path / "tree", root=project_dir)
    executable = Path(sys.executable).parent / "lint-imports"
    if not executable.exists():
        executable = shutil.which("lint-imports")
    assert executable, "lint-imports is not installed: pip install -e '.[test]'"
    return subprocess.run(
        [str(executable), "--config", str(project_dir / "pyproject.toml"), "--no-cache"],
        cwd=tree,  # lint-imports puts the working folder first on sys.path
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_project_keeps_its_import_contracts(tmp_path):
    result = lint_imports(REPO, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt lives in desktop/ only KEPT" in result.stdout


def make_project(tmp_path: Path) -> Path:
    """A minimal copy of the layout, with the real pyproject.toml and contracts."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(REPO / "pyproject.toml", project / "pyproject.toml")
    for folder in {path.name for path in package_dirs().values()}:
        (project / folder).mkdir()
        (project / folder / "__init__.py").write_text("")
    for module in ("cli", "paths", "logs", "demo_network"):  # the modules the contracts name
        (project / "labnet" / f"{module}.py").write_text("")
    (project / "desktop" / "window.py").write_text("import PySide6.QtWidgets\n")
    return project


def test_clean_copy_passes(tmp_path):
    result = lint_imports(make_project(tmp_path), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "module, source, broken_contract",
    [
        ("sync/transport.py", "import PySide6.QtCore\n", "Qt lives in desktop/ only"),
        ("catalogue/store.py", "from shiboken6 import isValid\n", "Qt lives in desktop/ only"),
        ("profiling/plots.py", "def plot():\n    from PySide6 import QtGui\n", "Qt lives in desktop/ only"),
        (
            "sync/preview.py",
            "import labnet.desktop.window\n",
            "The headless packages do not depend on the desktop GUI",
        ),
        ("labnet/cli.py", "import PySide6\n", "The command line reaches Qt only through desktop/"),
        ("hub/serving.py", "import PySide6.QtCore\n", "Qt lives in desktop/ only"),
        ("common/sqlite.py", "import labnet.catalogue\n", "common/ imports nothing of LabNet"),
        ("protocol/bundle.py", "def seal():\n    from labnet.sync import outbox\n",
         "protocol/ imports neither sync/, hub/, catalogue/ nor desktop/"),
        ("protocol/rules.py", "import labnet.catalogue\n", "protocol/ imports neither sync/, hub/, catalogue/ nor desktop/"),
        ("sync/client.py", "from labnet.hub import enrolment\n", "sync/ (the laboratory) does not import hub/"),
        ("hub/app.py", "import labnet.sync.outbox\n", "hub/ imports neither sync/ nor desktop/"),
        ("hub/ingest.py", "from labnet.catalogue import memory\n",
         "hub/'s own modules import nothing of catalogue/"),
    ],
)
def test_violation_is_caught(tmp_path, module, source, broken_contract):
    project = make_project(tmp_path)
    (project / module).write_text(source)
    result = lint_imports(project, tmp_path)
    assert result.returncode != 0
    assert f"{broken_contract} BROKEN" in result.stdout

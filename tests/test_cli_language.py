"""The ``labnet`` command line speaks the user's language (issue 22): its sentences are listed for the
translators with the core's, and said in the language chosen in the window's Settings, else the system's."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_command_lines_sentences_are_listed_for_the_translators():
    script = _script()
    assert "There is no catalogue in {folder} to back up." in script.message_templates()   # labnet/cli
    assert ("{n:,} audit entry", "{n:,} audit entries") in script.plural_messages()         # labnet/cli
    # A table of plural pairs used as Message.plural(*TABLE[key], n) is listed whole.
    from labnet.cli.backup_commands import _TABLE_COUNTS

    assert set(_TABLE_COUNTS.values()) <= set(script.plural_messages())
    # The hub's command line and its HTTP refusals stay English: hub/ is not read.
    assert not any("hub" in path.relative_to(ROOT).parts[:1] for path in script.core_sources())


def _labnet(tmp_path: Path, *args: str, lang: str, chosen: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    config = tmp_path / "config"
    if chosen is not None:   # the language picked in the window's Settings (QSettings LabNet/LabNet)
        (config / "LabNet").mkdir(parents=True, exist_ok=True)
        (config / "LabNet" / "LabNet.conf").write_text(f"[General]\nlanguage={chosen}\n", encoding="utf-8")
    env.update(LANG=lang, XDG_CONFIG_HOME=str(config), LABNET_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "labnet", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize(("lang", "chosen", "expected"), [
    ("fr_FR.UTF-8", None, "n'existe pas. Vérifiez le nom et le dossier"),         # the system's language
    ("en_US.UTF-8", None, "does not exist. Check the name and the folder"),
    ("fr_FR.UTF-8", "es", "no existe"),                                            # Settings win over the system
])
def test_a_core_refusal_is_said_in_the_users_language(tmp_path, lang, chosen, expected):
    missing = tmp_path / "nothing-here.csv"
    done = _labnet(tmp_path, "import", "--kind", "reference-samples", str(missing), lang=lang, chosen=chosen)
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr and str(missing) in done.stderr, done.stderr

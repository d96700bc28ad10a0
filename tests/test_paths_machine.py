"""The computer-wide data folder (issue 22): a shared laboratory PC's installer declares one folder for every
user in data-folder.txt of the platform's computer-wide configuration folder (Linux: $XDG_CONFIG_DIRS, which
platformdirs reads, so these tests point it at a temporary folder; Windows: %ProgramData%\\LabNet\\LabNet)."""

import platformdirs
import pytest

from labnet import paths


@pytest.fixture
def machine_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.delenv("LABNET_HOME", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda appname, appauthor: str(tmp_path / "per-user"))
    config = tmp_path / "etc-xdg" / "LabNet" / "data-folder.txt"
    config.parent.mkdir(parents=True)
    return config


def test_the_file_is_where_platformdirs_puts_computer_wide_settings(machine_config):
    assert paths.machine_config_file() == machine_config


def test_without_the_file_each_user_keeps_their_own_folder(machine_config, tmp_path):
    assert paths.data_dir(None) == tmp_path / "per-user"


def test_the_declared_folder_is_every_users_folder(machine_config, tmp_path):
    shared = tmp_path / "shared data"
    # As the installer writes it: UTF-8 with a byte-order mark, a line end.
    machine_config.write_text("\ufeff" + str(shared) + "\r\n", encoding="utf-8")
    assert paths.data_dir(None) == shared
    assert shared.is_dir()


def test_explicit_choices_still_win(machine_config, tmp_path, monkeypatch):
    machine_config.write_text(str(tmp_path / "shared"), encoding="utf-8")
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.setenv("LABNET_HOME", str(tmp_path / "from-env"))
    assert paths.data_dir(None) == tmp_path / "from-env"


@pytest.mark.parametrize("content", ["", "   \n", "relative/folder", "/one\n/two\n"])
def test_an_unusable_declaration_is_refused_not_passed_over(machine_config, tmp_path, content):
    # Falling back to the per-user folder would show an empty catalogue as if it were the laboratory's.
    machine_config.write_text(content, encoding="utf-8")
    with pytest.raises(paths.DataDirError) as caught:
        paths.data_dir(None)
    assert caught.value.path == machine_config
    assert not (tmp_path / "per-user").exists()


def test_an_unreadable_declaration_is_refused(machine_config):
    machine_config.write_bytes(b"\xff\xfe/d\x00a\x00")  # UTF-16, not what LabNet reads
    with pytest.raises(paths.DataDirError, match="cannot be read"):
        paths.data_dir(None)

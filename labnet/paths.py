"""Where LabNet keeps its data on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from labnet.common.labfolder import LabFolder

APP_NAME = "LabNet"
APP_AUTHOR = "LabNet"
DATA_DIR_ENV = "LABNET_HOME"
# A computer-wide choice of data folder (shared laboratory PCs): one line, an absolute path, in this file of the
# platform's computer-wide configuration folder (Windows: C:\ProgramData\LabNet\LabNet\data-folder.txt, which
# the installer writes when "every user of this computer" is chosen; Linux: /etc/xdg/LabNet/data-folder.txt).
MACHINE_CONFIG_NAME = "data-folder.txt"
CATALOGUE_FILENAME = LabFolder.CATALOGUE
DEMO_SUBDIR = "demo"


class DataDirError(OSError):
    """The data directory cannot be created or used."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.user_message = (
            f"LabNet cannot use the data folder {path} ({reason}). "
            f"Choose another folder with --data-dir or the {DATA_DIR_ENV} environment variable."
        )


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory, created if needed.

    An explicit ``--data-dir`` wins, then ``LABNET_HOME``, then the computer-wide
    choice (:func:`machine_config_file`), then the platform's per-user data directory.
    """
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):  # an empty value counts as unset
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = machine_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return _ensure_directory(chosen.expanduser())


def machine_config_file() -> Path:
    """Where a computer-wide data folder is declared (the file need not exist)."""
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / MACHINE_CONFIG_NAME


def machine_data_dir() -> Path | None:
    """The computer-wide data folder, or None when none is declared.

    A declaration that cannot be used (unreadable, empty, a relative path) is refused rather than
    passed over: falling back to a per-user folder would show this user a different, empty catalogue.
    """
    config = machine_config_file()
    try:
        # utf-8-sig: Inno Setup and Notepad may write a byte-order mark.
        lines = [line.strip() for line in config.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataDirError(config, f"the computer-wide data folder setting cannot be read: {exc}") from exc
    if len(lines) != 1 or not Path(lines[0]).is_absolute():
        raise DataDirError(config, "the computer-wide data folder setting must be one line, an absolute path")
    return Path(lines[0])


def demo_data_dir(data_dir: Path) -> Path:
    """A folder inside the data directory for the demo catalogue, created if needed.

    Kept apart so that trying ``labnet --demo`` never mixes invented samples
    into a laboratory's real catalogue.
    """
    return _ensure_directory(Path(data_dir) / DEMO_SUBDIR)


def catalogue_path(data_dir: Path) -> Path:
    """The catalogue database file inside a data directory."""
    return LabFolder(data_dir).catalogue


def _ensure_directory(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DataDirError(path, "a file of that name is in the way") from None
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from exc
    return path

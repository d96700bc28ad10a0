"""Where LabNet keeps its data on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from labnet.common.labfolder import LabFolder

APP_NAME = "LabNet"
APP_AUTHOR = "LabNet"
DATA_DIR_ENV = "LABNET_HOME"
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

    An explicit ``--data-dir`` wins, then ``LABNET_HOME``, then the platform's
    per-user data directory.
    """
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):  # an empty value counts as unset
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return _ensure_directory(chosen.expanduser())


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

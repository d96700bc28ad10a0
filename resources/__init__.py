"""Files that ship with LabNet: icons, target-compound lists, translations, styles.

A package (rather than a bare folder) so the files install with the wheel and
can be found the same way from a source tree, an installed copy or a frozen
installer.
"""

from importlib import resources as _resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file shipped in this package, e.g. ``resource_path("icons", "labnet.svg")``."""
    return Path(str(_resources.files(__name__).joinpath(*parts)))


def icon_path(name: str) -> Path:
    """The path of an icon in ``resources/icons``."""
    return resource_path("icons", name)

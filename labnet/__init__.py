"""LabNet: the application glue (command line, paths, logging) around the
catalogue, profiling, sync and desktop packages."""

from importlib import metadata

try:
    __version__ = metadata.version("labnet")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

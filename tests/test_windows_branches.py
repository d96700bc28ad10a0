"""Code paths that only Windows takes, run here where they are pure Python (issue 22).

Reviewed for Windows (docs/building.md): the catalogue's lock is SQLite's own file locking (LockFileEx on
Windows); files are swapped with os.replace / Path.replace; the import's second process (fcntl, a pipe's
descriptor) is started only where os.name is "posix" and the program is not frozen. What is left to run here
is the login name, which Windows gives without the pwd module.
"""

import sys

from labnet.cli import access


def test_login_name_without_pwd_comes_from_the_session(monkeypatch):
    monkeypatch.setitem(sys.modules, "pwd", None)  # as on Windows: `import pwd` raises ImportError
    for name in ("LOGNAME", "USER", "LNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("USERNAME", "lab-analyst")  # what Windows sets for the logged-in user
    assert access.login_name() == "lab-analyst"


def test_login_name_without_any_name_still_lets_people_read(monkeypatch):
    monkeypatch.setitem(sys.modules, "pwd", None)
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    assert access.login_name() == "unknown"

"""CI runs exactly the test command the README gives to people, then the linter and the type checker; the
README's fast loop leaves out only the tests marked slow."""

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FAST_LOOP = '-m "not slow"'


def readme_commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)\n```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    return [block for block in blocks if "pytest" in block]


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def ci_lines() -> list[str]:
    return (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_ci_runs_the_readme_test_command():
    test_commands = [c for c in readme_commands() if FAST_LOOP not in c]
    assert len(test_commands) == 1, "README.md should give exactly one test command"
    assert test_commands[0] in ci_lines()
    # ...and it runs every test: no marker left out, neither on the line nor in pytest's own options.
    assert " -m " not in test_commands[0].split(" -m pytest", 1)[1]
    assert "-m" not in pyproject()["tool"]["pytest"]["ini_options"]["addopts"].split()


def test_the_readme_fast_loop_leaves_out_only_the_registered_slow_tests():
    [fast] = [c for c in readme_commands() if FAST_LOOP in c]
    options = fast.split(" -m pytest", 1)[1]
    assert options.count(" -m ") == 1 and " -k " not in options
    assert any(m.startswith("slow:") for m in pyproject()["tool"]["pytest"]["ini_options"]["markers"])


def test_ci_lints_and_type_checks_after_the_tests_with_tools_the_test_extra_installs():
    lines = ci_lines()
    [test_command] = [c for c in readme_commands() if FAST_LOOP not in c]
    tests_at = lines.index(test_command)
    commands = [(n, line) for n, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]
    ruff_at = [n for n, line in commands if ".venv/bin/ruff check ." in line]
    mypy_at = [n for n, line in commands if ".venv/bin/mypy" in line]
    assert ruff_at and min(ruff_at) > tests_at
    assert mypy_at and min(mypy_at) > tests_at
    test_extra = pyproject()["project"]["optional-dependencies"]["test"]
    assert {"ruff", "mypy"} <= {re.split(r"[<>=\[; ]", d)[0] for d in test_extra}

"""CI runs exactly the test command the README gives to people."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command():
    readme_blocks = re.findall(r"```\n(.*?)\n```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    test_commands = [block for block in readme_blocks if "pytest" in block]
    assert len(test_commands) == 1, "README.md should give exactly one test command"
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_commands[0] in ci_lines

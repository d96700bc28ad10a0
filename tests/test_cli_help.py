"""``labnet`` and ``labnet-hub``: every command's ``--help`` says what it does and shows an example, and the
README lists every command. Both walk the whole parser tree, so a command added later without a description,
an example or a line in the README fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from labnet.cli import build_parser as labnet_parser
from labnet.cli import help_texts
from labnet.common.cli_args import walk_parsers
from labnet.hub import cli_help
from labnet.hub.cli import build_parser as hub_parser

README = Path(__file__).resolve().parent.parent / "README.md"
PROGRAMS = {"labnet": (labnet_parser, help_texts.HELP_TEXTS), "labnet-hub": (hub_parser, cli_help.HUB_HELP_TEXTS)}


def commands(program: str):
    return list(walk_parsers(PROGRAMS[program][0]()))


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_tree_is_walked_to_its_leaves(program):
    paths = [path for path, _ in commands(program)]
    assert len(paths) > 20 and max(map(len, paths)) == 2   # sub-commands (users add, admin add) are reached
    assert () in paths


@pytest.mark.parametrize("program", PROGRAMS)
def test_every_command_says_what_it_does_with_an_example(program, capsys):
    missing = []
    for path, parser in commands(program):
        name = " ".join((program, *path))
        if not (parser.description and len(parser.description.split()) >= 4):
            missing.append(f"{name}: no description")
        if not (parser.epilog and re.match(r"Examples?:", parser.epilog)):
            missing.append(f"{name}: no example")
            continue
        examples = [line.strip() for line in parser.epilog.splitlines()[1:] if line.strip()]
        # an example runs this very command (after global options such as --user)
        runs_it = [line for line in examples
                   if re.match(rf"{re.escape(program)}( --?[\w-]+(?: \S+)?)*{''.join(' ' + re.escape(p) for p in path)}"
                               r"(\s|$)", line)]
        if not runs_it:
            missing.append(f"{name}: no example runs it: {examples}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("program", PROGRAMS)
def test_help_prints_the_description_and_the_examples_as_written(program, capsys):
    parse = PROGRAMS[program][0]().parse_args
    with pytest.raises(SystemExit) as stop:
        parse(["users" if program == "labnet" else "admin", "add", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    example = next(line for line in out.splitlines() if line.startswith(f"  {program} "))
    assert "add" in example and len(example) > 60   # one command per line, not wrapped into the text
    assert re.search(r"\n\nExamples?:\n", out)
    assert "account" in out.split("options:")[0] or "administrator" in out.split("options:")[0]


@pytest.mark.parametrize("program", PROGRAMS)
def test_no_example_for_a_command_that_does_not_exist(program):
    known = {" ".join(path) for path, _ in commands(program)}
    assert set(PROGRAMS[program][1]) <= known


# -- the README ----------------------------------------------------------------------------------------------------

def readme_command_lines(program: str) -> list[list[set[str]]]:
    """The README's code spans that start with ``program``, as words, each the set of its alternatives
    (``users disable|enable NAME`` names ``users disable`` and ``users enable``)."""
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ", 1)[0]
    spans = re.findall(r"`([^`]+)`", section.replace("\n", " "))
    return [[set(word.split("|")) for word in span.split()[1:]] for span in spans if span.split()[0] == program]


def named(path: tuple[str, ...], lines: list[list[set[str]]]) -> bool:
    return any(len(words) >= len(path) and all(p in w for p, w in zip(path, words, strict=False))
               for words in lines)


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_readme_lists_every_command(program):
    lines = readme_command_lines(program)
    missing = [" ".join((program, *path)) for path, _ in commands(program) if path and not named(path, lines)]
    assert not missing, f"README.md, section Command line, does not list: {', '.join(missing)}"


def test_the_readme_check_sees_a_missing_command():
    lines = readme_command_lines("labnet")
    assert named(("users", "reset-password"), lines) and named(("profiles",), lines)
    assert not named(("users", "no-such-thing"), lines) and not named(("no-such-command",), lines)

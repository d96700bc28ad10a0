"""What ``labnet`` and ``labnet-hub`` share on the command line: argument types that refuse nonsense, help
texts with examples, and ending quietly when the reader of the output goes away (``labnet list | head``).

The argument types raise ``argparse.ArgumentTypeError``, which argparse turns into
"argument --days: …" and exit status 2, before any command runs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
import textwrap
from collections.abc import Iterator, Mapping

from .messages import Message

EXIT_BROKEN_PIPE = 141  # what a shell reports for a process ended by SIGPIPE (128 + 13)


def _whole(text: str) -> int:
    try:
        return int(text.strip().replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(Message("“{text}” is not a whole number", text=text)) from None


def positive_int(text: str) -> int:
    """A count, a number of days, a limit or a size: 1 or more."""
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(Message("“{text}” must be 1 or more", text=text))
    return value


def non_negative_int(text: str) -> int:
    """A position to start after, or a number of days that may be none: 0 or more."""
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(Message("“{text}” must be 0 or more", text=text))
    return value


def port(text: str) -> int:
    """A TCP port to listen on: 1 to 65535."""
    value = _whole(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(Message("“{text}” is not a port (1 to 65535)", text=text))
    return value


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Message("“{text}” is not a number", text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(Message("“{text}” is not a number", text=text))
    return value


def probability(text: str) -> float:
    """A rate such as a false-positive rate: strictly between 0 and 1 (0.01 for 1 %)."""
    value = _number(text)
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(Message("“{text}” must lie between 0 and 1, both excluded (e.g. 0.01 for 1 %)",
                                                 text=text))
    return value


def finite_float(text: str) -> float:
    """A score or a threshold: any finite number (not nan, not inf)."""
    return _number(text)


def positive_number(text: str) -> float:
    """A length of time such as a polling interval: a finite number above 0 (0 would spin, below 0 fail later)."""
    value = _number(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(Message("“{text}” must be a number above 0", text=text))
    return value


def day(text: str) -> _dt.date:
    """A day written YYYY-MM-DD."""
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(Message("“{text}” is not a date written YYYY-MM-DD", text=text)) from None


def past_day(text: str) -> _dt.date:
    """A day that has happened (YYYY-MM-DD): today or before, by this computer's clock. (A period starting
    in the future holds nothing yet: a mistyped year, refused rather than answered with an empty report.)"""
    day_ = day(text)
    if day_ > _dt.date.today():
        raise argparse.ArgumentTypeError(Message("{day} is in the future", day=day_.isoformat()))
    return day_


# -- help texts ------------------------------------------------------------------------------------------------

class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, except that in a description or an epilog a paragraph whose lines are all
    indented is printed as written (the command lines of an example), and other paragraphs are wrapped."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = []
        for block in textwrap.dedent(text).strip("\n").split("\n\n"):
            lines = block.split("\n")
            if all(line.startswith(" ") for line in lines if line.strip()):
                paragraphs.append("\n".join(indent + line for line in lines))
            else:
                paragraphs.append(super()._fill_text(block, width, indent))
        return "\n\n".join(paragraphs)


def subparsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The commands directly under ``parser``, by name (an alias is not listed twice)."""
    seen: set[int] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if id(sub) not in seen:
                    seen.add(id(sub))
                    yield name, sub


def walk_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """``parser`` and every command under it, at any depth, with its path of command names."""
    yield path, parser
    for name, sub in subparsers(parser):
        yield from walk_parsers(sub, (*path, name))


def apply_help(parser: argparse.ArgumentParser, texts: Mapping[str, tuple[str | None, str]]) -> None:
    """Give every command of ``parser`` its description (when it has none) and its examples, from ``texts``:
    command path ("" for the program, "users add") -> (description or None, example command lines).

    A command missing from ``texts`` is left as it is: tests/test_cli_help.py fails on it."""
    for path, sub in walk_parsers(parser):
        sub.formatter_class = HelpFormatter
        entry = texts.get(" ".join(path))
        if entry is None:
            continue
        description, examples = entry
        if description and not sub.description:
            sub.description = description
        lines = textwrap.dedent(examples).strip("\n").splitlines()
        label = "Example:" if len(lines) == 1 else "Examples:"
        sub.epilog = label + "\n\n" + "\n".join("  " + line for line in lines)


# -- a reader that goes away -----------------------------------------------------------------------------------

def flush_stdout() -> None:
    """Flush standard output now, so that a closed pipe shows as ``BrokenPipeError`` here and not at exit."""
    if sys.stdout is not None:
        sys.stdout.flush()


def stdout_gone() -> bool:
    """Whether standard output is a pipe nobody reads any more, so that a ``BrokenPipeError`` came from it and
    not from, say, a socket to a hub. Where that cannot be asked (Windows), assume it did."""
    try:
        import select

        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return True


def silence_stdout() -> int:
    """After ``BrokenPipeError`` on standard output (``labnet … | head`` once head has its lines): point it at
    the null device, so that Python's flush at exit does not fail a second time, and return the status a
    process ended by SIGPIPE has. The recipe of the Python documentation (library/signal, "Note on SIGPIPE");
    SIGPIPE itself stays ignored, so a broken socket in the hub or a sync is still an error it can handle."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # no file descriptor (a test's StringIO): nothing to flush at exit
        pass
    return EXIT_BROKEN_PIPE

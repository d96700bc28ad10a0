"""The ``labnet`` command.

With no command it opens the desktop window; commands such as ``import`` or
``backup`` work headless.

Adding commands: write a module under ``labnet.cli`` with a function
``register(subparsers)`` that calls ``subparsers.add_parser(...)`` and
``set_defaults(handler=func)`` on each parser it adds, then append the
module's name to ``COMMAND_MODULES``. A handler is called as
``handler(args) -> int`` and finds in ``args``:

- ``data_dir``: the data directory as a ``Path`` (already created),
- ``user``: the name of the person acting, for the audit log (for a change in
  a catalogue with accounts, an account whose password was checked; see
  ``labnet.cli.access``, where every command must be classified),
- ``access``: ``access.READ``, ``ACT`` or ``APART``,
- its own options.

Handlers report mistakes the user can fix by raising ``CatalogueError`` (or
any exception with a ``user_message`` attribute); ``main`` prints the
sentence and exits with status 2. Command modules should import heavy
packages inside their handlers so that ``labnet --help`` stays quick.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from labnet import __version__, logs, paths
from labnet.cli import access, gui, language
from labnet.cli.help_texts import HELP_TEXTS
from labnet.common import cli_args
from labnet.common.messages import message_of

USER_ENV = "LABNET_USER"

# Modules under labnet.cli that each contribute subcommands through register().
COMMAND_MODULES: list[str] = [
    "labnet.cli.admin_commands",
    "labnet.cli.account_commands",
    "labnet.cli.backup_commands",
    "labnet.cli.demo_commands",
    "labnet.cli.catalogue_commands",
    "labnet.cli.screenshot_commands",
    "labnet.cli.sync_commands",
    "labnet.cli.network_commands",
    "labnet.cli.pt_commands",
    "labnet.cli.exchange_commands",
    "labnet.cli.federation_commands",
    "labnet.cli.profile_commands",
    "labnet.cli.report_commands",
    "labnet.cli.self_test",
]

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER_ERROR = 2  # the same status argparse uses for a mistyped command line
EXIT_INTERRUPTED = 130

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labnet",
        description=(
            "LabNet keeps a forensic laboratory's reference samples, training records "
            "and profiling results, and shares what the laboratory chooses with its "
            "regional network. Without a command, it opens the LabNet window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            f"folder holding the catalogue (default: ${paths.DATA_DIR_ENV} if set, "
            "else your user data folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=(
            f"open the window on a demo catalogue with invented data, kept in "
            f"the '{paths.DEMO_SUBDIR}' folder of the data folder"
        ),
    )
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works, in a throwaway folder (the same as 'self-test')")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=(f"the account making a change, as recorded in the audit log (default: ${USER_ENV}, else your "
              "login name); in a catalogue with accounts a change needs its password, while commands that "
              "only read run as your login name without one"),
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help=f"read the password of --user from the first line of FILE (else ${access.PASSWORD_ENV}, else a prompt)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    access.mark_commands(parser)
    cli_args.apply_help(parser, HELP_TEXTS)
    return parser


def default_user() -> str:
    """The acting user when ``--user`` is not given."""
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    try:
        return getpass.getuser()
    except Exception:  # no login name at all (e.g. a bare container): still let people work
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``labnet`` command line and return the process exit status."""
    try:
        status = _run(argv)
        cli_args.flush_stdout()  # a reader gone (``| head``) shows here, not in Python's flush at exit
        return status
    except BrokenPipeError:  # the reader of the output went away: it has what it wanted, say nothing more
        return cli_args.silence_stdout()


def _run(argv: Sequence[str] | None) -> int:
    data_dir = log_path = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.demo and args.command:
            parser.error("--demo opens the window on a demo catalogue and cannot be used with a command")
        data_dir = paths.data_dir(args.data_dir)
        args.data_dir = data_dir
        args.user = args.user or default_user()
        log_path = logs.setup_logging(data_dir)
        if args.self_test:
            from labnet.cli.self_test import run_self_test

            return run_self_test(args)
        if args.command is None:
            return gui.run_gui(args)
        handler = getattr(args, "handler", None)
        if handler is None:  # a command group such as "audit" given without its subcommand
            parser.error(f"'{args.command}' needs a further command; see: labnet {args.command} --help")
        access.settle(args)
        return int(handler(args) or EXIT_OK)
    except SystemExit as stop:  # --help, --version, and argparse's usage errors
        return _exit_status(stop.code)
    except KeyboardInterrupt:
        print("labnet: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if isinstance(exc, BrokenPipeError) and cli_args.stdout_gone():
            raise  # the output's reader went away: main() ends quietly (a hub's closed socket is still reported)
        message = user_message(exc)
        if message is not None:
            log.info("user error: %s", message)
            print(f"labnet: error: {language.say(message)}", file=sys.stderr)   # in the user's language
            return EXIT_USER_ERROR
        return _report_unexpected(exc, log_path or logs.setup_logging(data_dir))


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(f"labnet: {code}", file=sys.stderr)  # sys.exit("message") convention
    return EXIT_UNEXPECTED


def user_message(exc: BaseException) -> str | None:
    """The sentence to show for an error the user can fix, or None for a bug."""
    message = getattr(exc, "user_message", None)
    if message:
        return message if isinstance(message, str) else str(message)   # a Message stays one: it is translated
    if isinstance(exc, _user_error_types()):
        return message_of(exc)
    return None


def _user_error_types() -> tuple[type[BaseException], ...]:
    # An exception of the catalogue's classes can only exist if catalogue.errors
    # was imported, so look only there: the CLI itself never imports the catalogue.
    errors_module = sys.modules.get("labnet.catalogue.errors")
    if errors_module is None:
        return ()
    declared = getattr(errors_module, "USER_ERRORS", None)
    if declared:
        return tuple(declared)
    base = getattr(errors_module, "CatalogueError", None)
    return (base,) if isinstance(base, type) else ()


def _report_unexpected(exc: BaseException, log_path: os.PathLike[str] | None) -> int:
    if log_path is not None:
        log.error("unexpected error", exc_info=exc)
        print(
            "labnet: something went wrong that LabNet did not expect. "
            f"The details are in {log_path}; please send that file to whoever supports LabNet for you.",
            file=sys.stderr,
        )
    else:  # no log file could be written: print the details rather than lose them
        print("labnet: something went wrong that LabNet did not expect:", file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
    return EXIT_UNEXPECTED

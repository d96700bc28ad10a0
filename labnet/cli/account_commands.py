"""``labnet users …``: the accounts of a catalogue and their life cycle.

Who runs these is settled before they start (``labnet.cli.access``): ``list``
reads, every other one is a change made by an account whose password was
checked (or by the owner of a catalogue that has no accounts yet).  A new
password (``add``, ``passwd``, ``reset-password``) is typed twice at a
prompt, or given in ``$LABNET_NEW_PASSWORD`` or in the first line of
``--new-password-file FILE``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from labnet.cli.common import open_catalogue

NEW_PASSWORD_ENV = "LABNET_NEW_PASSWORD"
ROLES = ("analyst", "quality_manager", "administrator")  # catalogue.vocab.ROLES, without importing the catalogue


def register(subparsers: argparse._SubParsersAction) -> None:
    users = subparsers.add_parser("users", help="the user accounts: list, add, disable, passwords, roles")
    sub = users.add_subparsers(dest="users_command", metavar="COMMAND")
    sub.add_parser("list", help="list the accounts").set_defaults(handler=list_users)

    add = sub.add_parser("add", help="add an account (an administrator's task once accounts exist)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name, as it appears on records")
    add.add_argument("--role", required=True, choices=ROLES)
    _new_password_option(add)
    add.set_defaults(handler=add_user)

    for name, enable, text in (("disable", False, "disable an account: it can no longer sign in; its entries stay"),
                               ("enable", True, "let a disabled account sign in again")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("username")
        parser.set_defaults(handler=set_active, enable=enable)

    passwd = sub.add_parser("passwd", help="change your own password (the account of --user, proven by its "
                                           "current password)")
    _new_password_option(passwd)
    passwd.set_defaults(handler=change_password)

    reset = sub.add_parser("reset-password", help="set another account's password (an administrator's task)")
    reset.add_argument("username")
    _new_password_option(reset)
    reset.set_defaults(handler=reset_password)

    role = sub.add_parser("role", help="change an account's role (an administrator's task)")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=change_role)


def _new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-password-file", metavar="FILE",
                        help=f"the new password in the first line of FILE (else ${NEW_PASSWORD_ENV}, else a prompt)")


def new_password(args: argparse.Namespace, username: str) -> str:
    """The new password for ``username``, checked against the rules before anything is changed."""
    from labnet.catalogue.errors import CatalogueError
    from labnet.cli.access import read_password_file

    if args.new_password_file:
        return read_password_file(args.new_password_file)
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if sys.stdin is None or not sys.stdin.isatty():
        raise CatalogueError(f"Give the new password in ${NEW_PASSWORD_ENV} or in the first line of "
                             "--new-password-file FILE when there is no terminal to type it in. Nothing was changed.")
    password = getpass.getpass(f"New password for {username}: ")
    if password != getpass.getpass("Repeat the new password: "):
        raise CatalogueError("The two passwords differ. Nothing was changed.")
    return password


def list_users(args: argparse.Namespace) -> int:
    with open_catalogue(args) as cat:
        for u in cat.users():
            state = "" if u["active"] else " (disabled)"
            print(f"{u['username']:<16} {u['role']:<16} {u['full_name']}{state}")
    return 0


def add_user(args: argparse.Namespace) -> int:
    from labnet.catalogue.users import check_new_password, check_username

    check_username(args.username)   # before asking for a password that could not be used
    password = new_password(args, args.username)
    check_new_password(password, args.username, args.name)
    with open_catalogue(args) as cat:
        user = cat.add_user(args.username, args.name, args.role, password)
    print(f"Account {user['username']} ({user['role']}) created by {args.user}.")
    return 0


def set_active(args: argparse.Namespace) -> int:
    from labnet.catalogue import accounts

    with open_catalogue(args) as cat:
        accounts.set_active(cat, args.username, args.enable)
    print(f"Account {args.username} may sign in again." if args.enable else
          f"Account {args.username} is disabled: it can no longer sign in; its past entries stay.")
    return 0


def change_password(args: argparse.Namespace) -> int:
    from labnet.catalogue import accounts
    from labnet.catalogue.errors import CatalogueError

    if args.password is None:
        raise CatalogueError("This catalogue has no user accounts, so there is no password to change.")
    password = new_password(args, args.user)
    with open_catalogue(args) as cat:
        accounts.change_password(cat, args.password, password)
    print(f"The password of {args.user} is changed.")
    return 0


def reset_password(args: argparse.Namespace) -> int:
    from labnet.catalogue import accounts

    password = new_password(args, args.username)
    with open_catalogue(args) as cat:
        accounts.reset_password(cat, args.username, password)
    print(f"The password of {args.username} is set; tell them in person, not by e-mail.")
    return 0


def change_role(args: argparse.Namespace) -> int:
    from labnet.catalogue import accounts

    with open_catalogue(args) as cat:
        accounts.set_role(cat, args.username, args.role)
    print(f"Account {args.username} is now {args.role.replace('_', ' ')}.")
    return 0

"""The examples ``labnet-hub COMMAND --help`` gives, under what the command does (its description, written where
the command is registered). ``labnet.common.cli_args.apply_help`` puts them on the parser; tests/test_cli_help.py
fails on a command with no description or no example, so a new command cannot come without them.

Key: the command's path ("" for ``labnet-hub`` itself). Value: (description or None, example command lines).
"""

from __future__ import annotations

HUB = "--data-dir /var/lib/labnet-hub"

HUB_HELP_TEXTS: dict[str, tuple[str | None, str]] = {
    "": (None, f"""\
        labnet-hub init {HUB} --country KE --url https://hub.example.org
        labnet-hub serve {HUB}
        labnet-hub COMMAND --help               # what COMMAND does, with examples"""),
    "init": (None, f"""\
        labnet-hub init {HUB} --name "East African forensic network" --country KE --url https://hub.example.org"""),
    "serve": (None, f"""\
        labnet-hub serve {HUB}
        labnet-hub serve {HUB} --host 0.0.0.0 --port 8443 --certfile hub.pem --keyfile hub.key
        labnet-hub serve {HUB} --workers 4 --no-ingest --passphrase-file /etc/labnet-hub/passphrase"""),
    "worker": (None, f"""\
        labnet-hub worker {HUB} --passphrase-file /etc/labnet-hub/passphrase
        labnet-hub worker {HUB} --lease-seconds 120   # parts that take longer than a minute to apply"""),
    "enroll": (None, f"""\
        labnet-hub enroll {HUB} --lab "Nairobi Government Chemist" --country KE
        labnet-hub enroll {HUB} --lab "Kampala DFS" --country UG --out /media/usb/kampala.enrolment.json"""),
    "labs": (None, f"""\
        labnet-hub labs {HUB}
        labnet-hub labs {HUB} --json"""),
    "revoke": (None, f"""\
        labnet-hub revoke {HUB} --reason "laboratory closed" 7c0e2d4a-…"""),
    "import": (None, f"""\
        labnet-hub import {HUB} /media/usb/kampala.registration.json
        labnet-hub import {HUB} --receipt-out /media/usb/receipt.json /media/usb/next.lnb"""),
    "notice": (None, f"""\
        labnet-hub notice {HUB} --text "The hub is down for maintenance on Saturday from 08:00 UTC\""""),
    "bulletins": (None, f"""\
        labnet-hub bulletins {HUB} --lab 7c0e2d4a-… --out /media/usb/bulletins.json
        labnet-hub bulletins {HUB} --lab 7c0e2d4a-… --since 120 --out /media/usb/bulletins.json"""),
    "publish-method": (None, f"""\
        labnet-hub publish-method {HUB} cocaine-lab.method.json"""),
    "links": (None, f"""\
        labnet-hub links {HUB}
        labnet-hub links {HUB} --lab 7c0e2d4a-… --limit 20 --json"""),
    "rotate-keys": (None, f"""\
        labnet-hub rotate-keys {HUB} --retire-previous-after 2027-03-01"""),
    "revoke-key": (None, f"""\
        labnet-hub revoke-key {HUB} --reason "the old server's disk was lost" 5b1f…"""),
    "keys": (None, f"""\
        labnet-hub keys {HUB}
        labnet-hub keys {HUB} --out /media/usb/hub-keys.json"""),
    "backup": (None, f"""\
        labnet-hub backup {HUB} --out /srv/backups/labnet-hub-2026-12-05"""),
    "check": (None, f"""\
        labnet-hub check {HUB} --no-unlock
        labnet-hub check {HUB} --certfile /etc/labnet-hub/hub.pem --cert-days 30"""),
    "admin": (None, f"""\
        labnet-hub admin list {HUB}
        labnet-hub admin add {HUB} --role reviewer wanjiru"""),
    "admin add": (None, f"""\
        labnet-hub admin add {HUB} --role network-admin --password-file pw.txt otieno"""),
    "admin list": (None, f"""\
        labnet-hub admin list {HUB} --json"""),
    "admin disable": (None, f"""\
        labnet-hub admin disable {HUB} otieno"""),
    "admin enable": (None, f"""\
        labnet-hub admin enable {HUB} otieno"""),
    "admin password": (None, f"""\
        labnet-hub admin password {HUB} otieno"""),
    "audit": (None, f"""\
        labnet-hub audit {HUB} --since 2026-12-01
        labnet-hub audit {HUB} --verify --json"""),
    "pt": (None, f"""\
        labnet-hub pt create {HUB} --file round.toml
        labnet-hub pt list {HUB}
        labnet-hub pt close {HUB} PT-2026-1"""),
    "pt create": (None, f"""\
        labnet-hub pt create {HUB} --name PT-2026-1 --materials PT-A,PT-B --analytes "cocaine:%" "levamisole:%" \\
            --deadline 2026-12-20T18:00:00+00:00 --labs 7c0e2d4a-…,0b9f…
        labnet-hub pt create {HUB} --file round.toml"""),
    "pt list": (None, f"""\
        labnet-hub pt list {HUB}
        labnet-hub pt list {HUB} --json"""),
    "pt close": (None, f"""\
        labnet-hub pt close {HUB} PT-2026-1
        labnet-hub pt close {HUB} PT-2026-1 --json"""),
}

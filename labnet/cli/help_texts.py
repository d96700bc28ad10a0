"""What ``labnet COMMAND --help`` says beyond the arguments: what the command does (for a command that does not
already say so where it is registered) and at least one example. ``labnet.common.cli_args.apply_help`` puts them
on the parser; tests/test_cli_help.py fails on a command that has no description or no example here, so a new
command cannot come without them.

Key: the command's path ("" for ``labnet`` itself). Value: (description or None, example command lines).
"""

from __future__ import annotations

HELP_TEXTS: dict[str, tuple[str | None, str]] = {
    "": (None, """\
        labnet                                   # open the LabNet window
        labnet import --kind training staff.xlsx
        labnet COMMAND --help                    # what COMMAND does, with examples"""),
    "audit": ("The audit trail: every change made in the catalogue, with who made it and when, chained by "
              "hashes so that a change made outside LabNet shows.", """\
        labnet audit verify"""),
    "audit verify": ("Recompute the audit trail's hash chain and the digest of every record, account and "
                     "attached file, and name anything changed outside LabNet. Exit status 0 when all is intact, "
                     "3 when something was changed.", """\
        labnet audit verify
        labnet audit verify --json > audit-check.json"""),
    "attention": ("List what needs attention: reference standards expired, expiring within the given number of "
                  "days or low in stock, and staff requalifications falling due.", """\
        labnet attention
        labnet attention --days 90 --json"""),
    "users": ("The catalogue's user accounts: list them, add one, disable or enable it, set passwords and "
              "roles. Once accounts exist, a change needs an account and its password (--user, "
              "--password-file).", """\
        labnet users list
        labnet --user admin users add --name "Ana Silva" --role analyst asilva"""),
    "users list": ("List the accounts with their names, roles and whether they can sign in.", """\
        labnet users list"""),
    "users add": ("Add an account, with its full name as it appears on records and its role; once accounts "
                  "exist, adding one is an administrator's task. Its password is read from "
                  "--new-password-file, else $LABNET_NEW_PASSWORD, else asked.", """\
        labnet --user admin users add --name "Ana Silva" --role analyst asilva
        labnet --user admin users add --name "Li Wei" --role quality_manager --new-password-file pw.txt lwei"""),
    "users disable": ("Disable an account: it can no longer sign in, and every entry it made stays in the "
                      "catalogue and the audit trail.", """\
        labnet --user admin users disable asilva"""),
    "users enable": ("Let a disabled account sign in again.", """\
        labnet --user admin users enable asilva"""),
    "users passwd": ("Change your own password: the account of --user, proven by its current password.", """\
        labnet --user asilva users passwd"""),
    "users reset-password": ("Set another account's password, for someone who forgot theirs (an "
                             "administrator's task); tell them the new one in person.", """\
        labnet --user admin users reset-password asilva"""),
    "users role": ("Change an account's role: analyst, quality_manager or administrator (an administrator's "
                   "task).", """\
        labnet --user admin users role asilva quality_manager"""),
    "backup": ("Write the catalogue, its attachments, the laboratory's keys, its sync state and sharing policy "
               "into one file, then verify that file. Safe while LabNet is open. A catalogue that does not "
               "verify is still backed up, with its findings recorded, and the exit status is 3.", """\
        labnet backup /media/usb/labnet-backups/
        labnet backup labnet-2026-12-05.labnet-backup"""),
    "restore": ("Verify a backup file, then make it the catalogue. The files it replaces are kept in a "
                "replaced-<time>/ folder of the data folder.", """\
        labnet restore --check-only labnet-2026-12-05.labnet-backup
        labnet restore labnet-2026-12-05.labnet-backup"""),
    "demo-data": (None, """\
        labnet demo-data --data-dir /tmp/labnet-demo"""),
    "import": (None, """\
        labnet import --kind reference-samples --dry-run standards.csv
        labnet import --kind training --sheet 2026 staff.xlsx
        labnet import --kind profiles --decimal-comma --encoding cp1252 profiles.csv"""),
    "export": (None, """\
        labnet export --kind reference-samples standards.xlsx"""),
    "screenshots": (None, """\
        labnet screenshots --out docs/screenshots --language ar
        labnet screenshots --out docs/screenshots --language all    # en, fr, es, ar and ru in turn"""),
    "init": (None, """\
        labnet init --lab "Forensic Science Laboratory" --country PT --keyring"""),
    "identity": ("This laboratory's identity: its id, name and keys, which the hub knows it by.", """\
        labnet identity show"""),
    "identity show": ("Show the laboratory's id, name and the fingerprints of its keys (to read out to the "
                      "hub's administrator).", """\
        labnet identity show
        labnet identity show --json"""),
    "identity export": ("Write the laboratory's public identity document, which the hub's administrator "
                        "registers the laboratory with.", """\
        labnet identity export my-lab.identity.json"""),
    "identity rotate": ("Make new keys for the laboratory, endorsed by the current ones so that the hub can "
                        "follow the change; the old keys are kept to open what was sealed for them.", """\
        labnet identity rotate --passphrase-file passphrase.txt"""),
    "hub-key": ("The hub's public identity, pinned so that only bundles and bulletins signed by that hub are "
                "trusted.", """\
        labnet hub-key import hub.identity.json"""),
    "hub-key import": ("Pin the hub identity or hub key document FILE, or follow the hub's key rotation "
                       "(new, retired and revoked keys) from a newer one.", """\
        labnet hub-key import hub.identity.json"""),
    "share": ("What the sharing policy lets leave the laboratory: preview the next bundle's records or check "
              "the policy file.", """\
        labnet share preview --kind profiles"""),
    "share preview": ("Print exactly the records the next bundle would carry, after the sharing policy, "
                      "without making a bundle.", """\
        labnet share preview
        labnet share preview --kind profiles --json | head"""),
    "share check": ("Check the sharing policy file and say what it shares, or what is wrong in it.", """\
        labnet share check"""),
    "bundle": ("Sealed bundles for the hub, as files to carry on a USB stick where there is no network.", """\
        labnet bundle export --out /media/usb/next.lnb"""),
    "bundle export": ("Write the next sealed bundle (what changed since the last one, as the sharing policy "
                      "allows) to a file, split into parts if it is larger than --max-part-bytes.", """\
        labnet bundle export --out /media/usb/next.lnb
        labnet bundle export --out next.lnb --max-part-bytes 1000000"""),
    "bundle inspect": ("Show a bundle's header and check its signature, without decrypting it.", """\
        labnet bundle inspect next.lnb"""),
    "bundle status": ("List the bundles made and what the hub's receipts said of each.", """\
        labnet bundle status
        labnet bundle status --json"""),
    "receipt": ("Receipts from the hub, saying what it accepted or refused of a bundle.", """\
        labnet receipt import /media/usb/receipt.json"""),
    "receipt import": ("Verify the hub's signature on a receipt file and mark what it confirms as delivered.",
                       """\
        labnet receipt import /media/usb/receipt.json"""),
    "enrol": (None, """\
        labnet enrol LN1-…
        labnet enrol --out registration.json enrolment.json"""),
    "sync": (None, """\
        labnet sync
        labnet sync --enrol LN1-… --json"""),
    "bulletins": (None, """\
        labnet bulletins
        labnet bulletins --json | head"""),
    "bulletin": ("Bulletins from the hub that came as a file, for a laboratory without a network "
                 "connection.", """\
        labnet bulletin import /media/usb/bulletins.json"""),
    "bulletin import": (None, """\
        labnet bulletin import /media/usb/bulletins.json"""),
    "pt": (None, """\
        labnet pt submit --round PT-2026-1 results.csv
        labnet pt record --staff Mensah"""),
    "pt submit": (None, """\
        labnet pt submit --round PT-2026-1 results.csv
        labnet pt submit --round PT-2026-1 results.toml"""),
    "pt record": (None, """\
        labnet pt record --staff "Ama Mensah"
        labnet pt record --staff Mensah"""),
    "profiles": (None, """\
        labnet profiles evaluate --id-column sample --group-column seizure profiles.csv
        labnet profiles calibrate --drug-type cocaine"""),
    "profiles evaluate": (None, """\
        labnet profiles evaluate --id-column sample --group-column seizure profiles.csv
        labnet profiles evaluate --id-column id --group-column batch --fpr 0.001 --json profiles.xlsx"""),
    "profiles calibrate": (None, """\
        labnet profiles calibrate --drug-type cocaine --name cocaine-lab"""),
    "profiles methods": ("List the comparison methods saved in the catalogue, with their versions, drug types "
                         "and thresholds.", """\
        labnet profiles methods
        labnet profiles methods --json"""),
    "profiles export-method": (None, """\
        labnet profiles export-method --method cocaine-lab --out cocaine-lab.method.json"""),
    "profiles presets": (None, """\
        labnet profiles presets"""),
    "profiles report": (None, """\
        labnet profiles report --catalogue cocaine --out validation.pdf
        labnet profiles report --id-column sample --group-column seizure --out validation.pdf profiles.csv"""),
    "profiles link-report": (None, """\
        labnet profiles link-report --method cocaine-lab --out link.pdf S-2026-001 S-2026-014"""),
    "profiles link": (None, """\
        labnet profiles link --method cocaine-lab
        labnet profiles link --method cocaine-lab --id-column sample --out links.csv profiles.csv"""),
    "report": (None, """\
        labnet report register --out register.pdf
        labnet report audit --from 2026-01-01 --to 2026-06-30 --out audit.pdf"""),
    "report register": (None, """\
        labnet report register --out register.pdf
        labnet report register --standard RS-0042 --language fr --out RS-0042.pdf"""),
    "report competence": (None, """\
        labnet report competence --out boateng.pdf "Kofi Boateng"""),
    "report matrix": (None, """\
        labnet report matrix --out competence-matrix.pdf"""),
    "report audit": (None, """\
        labnet report audit --record RS-0042 --out RS-0042-history.pdf
        labnet report audit --from 2026-01-01 --to 2026-03-31 --language ar --out audit-q1.pdf"""),
    "report delivery": (None, """\
        labnet report delivery --out delivery.pdf latest
        labnet report delivery --out delivery.pdf 3f2a9c1e"""),
    "report pt-result": (None, """\
        labnet report pt-result --out PT-2026-1-result.pdf PT-2026-1"""),
    "report pt-summary": (None, """\
        labnet report pt-summary --language fr --out PT-2026-1-summary.pdf PT-2026-1"""),
    "self-test": (None, """\
        labnet self-test
        labnet self-test --no-window"""),
}

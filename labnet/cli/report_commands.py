"""``labnet profiles report`` and ``labnet profiles link-report``: the PDF reports a chemist files or hands over.

The figures come from the profiling engine (``profiling/reporting.py``); the
pages are laid out by the desktop's report module with Qt's printing, on the
offscreen platform, so no display is needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from labnet.cli.common import open_catalogue
from labnet.common.cli_args import day, past_day, positive_int
from labnet.common.messages import Message


def register_reports(sub, combination_options: Callable[[argparse.ArgumentParser], None],
                     reading_options: Callable[..., None]) -> None:
    rep = sub.add_parser("report", help="the validation report of a comparison method, as PDF",
                         description="Evaluate like “labnet profiles evaluate” (on a labelled CSV/XLSX file, or with "
                                     "--catalogue on the catalogue's profiles of one drug type) and write the "
                                     "validation report of the chosen combination: the data, score distributions, "
                                     "ROC with intervals, the likelihood ratios' calibration, bounds and held-out "
                                     "validity (Cllr, Tippett and ECE plots), every combination, provenance.")
    rep.add_argument("file", type=Path, nargs="?", metavar="FILE", help="a labelled CSV/XLSX file")
    rep.add_argument("--catalogue", metavar="DRUG", help="validate on the catalogue's profiles of this drug type")
    rep.add_argument("--id-column", metavar="C", help="with FILE: the column naming each profile")
    rep.add_argument("--group-column", metavar="G", help="with FILE: the column naming its seizure or batch")
    reading_options(rep, ground_truth=True)
    combination_options(rep)
    rep.add_argument("--out", type=Path, required=True, metavar="PDF", help="the PDF file to write")
    rep.set_defaults(handler=run_report)

    link = sub.add_parser("link-report", help="the report of one link between two of the catalogue's profiles, "
                                               "as PDF",
                          description="Compare two of the catalogue's profiles (lab sample numbers or ids) with a "
                                      "saved method and write the link report: both profiles as compared, the "
                                      "score, the likelihood ratio with its bounds, both seizures' catalogue data "
                                      "and the method's validation.")
    link.add_argument("a", metavar="A", help="a lab sample number or record id")
    link.add_argument("b", metavar="B", help="another")
    link.add_argument("--method", help="the method's name (default: the most recently saved)")
    link.add_argument("--version", type=positive_int, help="the method's version (default: the latest)")
    link.add_argument("--out", type=Path, required=True, metavar="PDF", help="the PDF file to write")
    link.set_defaults(handler=run_link_report)


def _printed(args: argparse.Namespace):
    """Who prints, when, for which laboratory, with which LabNet: every report's head and foot."""
    from labnet.catalogue.report_data import printed
    from labnet.sync.delivery_report import laboratory_name

    return printed(laboratory_name(args.data_dir), args.user)


def _refuse_missing_folder(path: Path) -> int | None:
    if not path.parent.exists():
        print(f"labnet: the folder {path.parent} does not exist; write the report somewhere that does.",
              file=sys.stderr)
        return 2
    return None


def run_report(args: argparse.Namespace) -> int:
    from labnet.cli.profile_commands import _evaluate, _validated
    from labnet.cli.profile_files import read_population
    from labnet.profiling.reporting import validation_data

    if (args.file is None) == (args.catalogue is None):
        print("labnet: give a labelled FILE or --catalogue DRUG, one of the two.", file=sys.stderr)
        return 2
    if args.file is not None and not args.id_column:
        print("labnet: with a FILE, say which column names each profile (--id-column).", file=sys.stderr)
        return 2
    if (refused := _refuse_missing_folder(args.out)) is not None:
        return refused
    if args.file is not None:
        population = read_population(args)
        source = args.file.name
    else:
        from labnet.profiling import catalogue_population

        with open_catalogue(args) as cat:
            population = catalogue_population(cat, args.catalogue)
        source = f"the catalogue's {args.catalogue} profiles"
    evaluation = _evaluate(population, args)
    chosen = _validated(evaluation, population, args)
    provenance = dict(getattr(population, "provenance", None) or {})
    from labnet.profiling.method import software_version

    data = validation_data(evaluation, chosen, values=population.values, targets=list(population.targets.targets),
                           source=source, ground_truth=getattr(population, "ground_truth", None) or "same seizure",
                           provenance={"software": f"LabNet {software_version()}", "by": args.user, **provenance})
    from labnet.desktop.profiling_reports import validation_report
    from labnet.desktop.reports import printing_application

    printing_application()
    pages = validation_report(data, _printed(args)).write_pdf(args.out, author=args.user)
    print(f"Validation report written to {args.out} ({_pages(pages)}): {chosen['pretreatment']} with "
          f"{chosen['metric']}, AUC {chosen['auc']:.3f}.")
    return 0


def run_link_report(args: argparse.Namespace) -> int:
    from labnet.catalogue.errors import CatalogueError
    from labnet.cli.profile_commands import _chosen_method
    from labnet.profiling.reporting import link_data

    if (refused := _refuse_missing_folder(args.out)) is not None:
        return refused
    with open_catalogue(args) as cat:
        method = _chosen_method(cat, args.method, args.version)
        ids = []
        for given in (args.a, args.b):
            record = cat.find("profiling_result", {"lab_sample_number": given})
            if record is None:
                try:
                    record = cat.get("profiling_result", given)
                except CatalogueError:
                    print(f"labnet: no profiling result has the lab sample number or id “{given}”.", file=sys.stderr)
                    return 2
            ids.append(record["id"])
        data = link_data(cat, method, ids[0], ids[1])
        printed = _printed(args)
    from labnet.desktop.profiling_reports import link_report
    from labnet.desktop.reports import printing_application

    printing_application()
    link_report(data, printed).write_pdf(args.out, author=args.user)
    lr = data["lr"]
    said = f"; LR {lr['value']:.3g}" if lr else ""
    print(f"Link report written to {args.out}: score {data['score']:.4g}{said} "
          f"({'linked' if data['linked'] else 'not linked'} under {method.label}).")
    return 0


# -- the laboratory's reports: ``labnet report KIND … --out FILE.pdf`` ------------------------------------------
LANGUAGES = ("en", "fr", "es", "ar", "ru")   # those labnet.desktop.i18n has (imported there with Qt)


def register(subparsers) -> None:
    report = subparsers.add_parser(
        "report", help="the laboratory's printed reports, as PDF: register, competence, matrix, audit, delivery, "
             "proficiency tests",
        description="Write one of the laboratory's reports as a PDF file, each page headed with the laboratory "
                    "and numbered, saying who printed it, when (UTC and local time) and with which LabNet. "
                    "(The profiling reports are “labnet profiles report” and “labnet profiles link-report”.)")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND")

    def kind(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        # The examples are in labnet/cli/help_texts.py, with every command's.
        return kinds.add_parser(name, help=help_text, description=description)

    reg = kind("register", "the register of reference standards (or one standard's custody history)",
               "Every reference standard with its certificate, expiry, status and stock; with --standard, one "
               "standard's record with every withdrawal (the usage log) and every change (the audit trail).")
    reg.add_argument("--standard", metavar="CODE", help="one standard's custody history (inventory code or id)")
    comp = kind("competence", "a staff member's competence record",
                "The training, authorisations with their requalification dates and proficiency-test results of "
                "one member of staff, as the training records name them.")
    comp.add_argument("staff", metavar="STAFF", help="the staff member, as the training records name them")
    matrix = kind("matrix", "the laboratory's competence matrix",
                  "Each member of staff against each competence area, with the date their latest authorisation "
                  "falls due for requalification.")
    audit = kind("audit", "an extract of the audit trail, with the verification of the whole catalogue",
                 "The audit entries of one record (--record) or of a period of whole UTC days (--from, --to), "
                 "followed by what “labnet audit verify” finds and what that check proves and cannot.")
    which = audit.add_mutually_exclusive_group(required=True)
    which.add_argument("--record", metavar="R", help="a record's id, inventory code or lab sample number")
    which.add_argument("--from", dest="since", type=past_day, metavar="DATE", help="the first day (YYYY-MM-DD)")
    audit.add_argument("--to", dest="until", type=day, metavar="DATE",
                       help="with --from, the last day (default: today)")
    delivery = kind("delivery", "what a bundle carried and what the hub's receipt said of it",
                    "What one bundle carried (each record, by type and change) and the hub's receipt: accepted, "
                    "duplicate, outdated or refused, with the hub's reasons.")
    delivery.add_argument("bundle", metavar="BUNDLE", help="a bundle id (or its first characters), or “latest”")
    pt_result = kind("pt-result", "this laboratory's result in a proficiency-test round",
                     "The scores the hub sent this laboratory when it closed the round (its pt-result bulletin): "
                     "each result with the assigned value, sigma_pt, u(x_pt), x_pt ± 2/3 sigma_pt, z or z' and "
                     "the outcome.")
    pt_summary = kind("pt-summary", "a proficiency-test round's summary, with its plots",
                      "The round's summary the hub sent every laboratory (its pt-summary bulletin): per item the "
                      "assigned value and every result under the anonymous codes with its score, and the plots "
                      "(the results against x_pt ± 2/3 sigma_pt, the scores per laboratory).")
    for parser in (pt_result, pt_summary):
        parser.add_argument("round", metavar="ROUND", help="the round, as its bulletins name it")
    for parser in (reg, comp, matrix, audit, delivery, pt_result, pt_summary):
        parser.add_argument("--out", type=Path, required=True, metavar="PDF", help="the PDF file to write")
        parser.add_argument("--language", choices=LANGUAGES, default="en",
                            help="the report's language (default English; Arabic reads right to left)")
        parser.set_defaults(handler=run_catalogue_report)
    for parser in (pt_result, pt_summary):
        parser.set_defaults(handler=run_pt_report)


def gather(args: argparse.Namespace, cat):
    """The report's content (labnet.catalogue.report_data, labnet.sync.delivery_report) for ``args``."""
    import datetime as dt

    from labnet.catalogue import report_data
    from labnet.catalogue.errors import CatalogueError, Message

    kind = args.report_kind
    if kind == "register":
        return report_data.custody(cat, args.standard) if args.standard else report_data.register(cat)
    if kind == "competence":
        return report_data.competence(cat, args.staff)
    if kind == "matrix":
        return report_data.matrix(cat)
    if kind == "audit":
        if args.record is not None:
            label, entries = report_data.record_entries(cat, args.record)
            what = Message("The audit entries of record {record}.", record=label)
        else:
            until = args.until or dt.date.today()
            entries = report_data.period_entries(cat, args.since, until)
            what = Message("The audit entries made from {since} to {until} (whole days, UTC).",
                           since=report_data.Day(args.since.isoformat()), until=report_data.Day(until.isoformat()))
        return report_data.audit_extract(entries, what, cat.verify())
    from labnet.sync.delivery_report import bundle_ids, delivery

    bundle = args.bundle
    if bundle == "latest":
        made = bundle_ids(cat)
        if not made:
            raise CatalogueError(Message("This laboratory has not made any bundle yet."))
        bundle = made[-1]
    return delivery(cat, bundle)


def run_catalogue_report(args: argparse.Namespace) -> int:
    if getattr(args, "until", None) is not None and getattr(args, "since", None) is None:
        print("labnet: --to needs --from (a period has a first day).", file=sys.stderr)
        return 2
    if (refused := _refuse_missing_folder(args.out)) is not None:
        return refused
    with open_catalogue(args) as cat:
        content = gather(args, cat)
        printed = _printed(args)
    from labnet.desktop.catalogue_reports import content_report
    from labnet.desktop.reports import printing_application

    printing_application(args.language)
    pages = content_report(content, printed).write_pdf(args.out, author=args.user)
    print(f"{content.title} written to {args.out} ({_pages(pages)}).")
    return 0


def run_pt_report(args: argparse.Namespace) -> int:
    """``labnet report pt-result|pt-summary ROUND``: from the bulletins the hub sent (``labnet sync``)."""
    from labnet.sync.inbox import stored_bulletins
    from labnet.sync.pt_report import find_bulletin, result_content, summary_content

    if (refused := _refuse_missing_folder(args.out)) is not None:
        return refused
    bulletin = find_bulletin(stored_bulletins(args.data_dir), args.report_kind, args.round)
    content, plots = ((result_content(bulletin), []) if args.report_kind == "pt-result"
                      else summary_content(bulletin))
    printed = _printed(args)
    from labnet.desktop.pt_reports import pt_report
    from labnet.desktop.reports import printing_application

    printing_application(args.language)
    pages = pt_report(content, printed, plots).write_pdf(args.out, author=args.user)
    print(f"{content.title} written to {args.out} ({_pages(pages)}).")
    return 0


def _pages(count: int) -> Message:
    return Message.plural("{n} page", "{n} pages", count)

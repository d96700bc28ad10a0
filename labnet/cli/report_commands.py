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
    link.add_argument("--version", type=int, help="the method's version (default: the latest)")
    link.add_argument("--out", type=Path, required=True, metavar="PDF", help="the PDF file to write")
    link.set_defaults(handler=run_link_report)


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
    from labnet.desktop.reports import printing_application, validation_report

    printing_application()
    pages = validation_report(data).write_pdf(args.out, author=args.user)
    print(f"Validation report written to {args.out} ({pages} pages): {chosen['pretreatment']} with "
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
    from labnet.desktop.reports import link_report, printing_application

    printing_application()
    link_report(data).write_pdf(args.out, author=args.user)
    lr = data["lr"]
    said = f"; LR {lr['value']:.3g}" if lr else ""
    print(f"Link report written to {args.out}: score {data['score']:.4g}{said} "
          f"({'linked' if data['linked'] else 'not linked'} under {method.label}).")
    return 0

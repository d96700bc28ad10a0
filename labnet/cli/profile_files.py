"""``labnet profiles …`` on a file: how a file of profiles is read (sheet, target columns, ground truth), and
``labnet profiles link FILE`` (the links among a file's profiles, written to CSV).

Exit status 0, or 2 with a sentence saying what to fix.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import tempfile
from pathlib import Path

from labnet.cli.common import decimal_options
from labnet.common.cli_args import finite_float
from labnet.common.messages import Message

PRETREATMENT_CHOICES = ("none", "N", "N2R", "N4R", "log", "N+S", "S+N", "Z")
METRIC_CHOICES = ("pearson", "cosine", "cosine2", "euclidean", "manhattan", "canberra", "canberra-r")


def reading_options(parser: argparse.ArgumentParser, *, ground_truth: bool) -> None:
    """The options that say how a file of profiles is read."""
    parser.add_argument("--sheet", metavar="NAME",
                        help="the workbook's sheet of profiles (needed when several sheets hold data)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="the encoding of a CSV file that is not UTF-8, e.g. cp1251, cp1256, cp1252 or latin-1 "
                             "(without it LabNet recognises it or refuses); also a --lookup file's")
    decimal_options(parser)
    parser.add_argument("--targets", metavar="V1,V2,…",
                        help="the target-compound columns: a list, or FIRST..LAST for adjacent columns (default: "
                             "the --drug-type list's compounds, else the peak:NAME columns; other numeric columns "
                             "are reported, never used)")
    parser.add_argument("--drug-type", metavar="DRUG",
                        help="take the target compounds from this drug type's target list")
    parser.add_argument("--signed", action="store_true",
                        help="the variables are signed (isotope ratios, δ values): kept negative, compared after "
                             "the Z pretreatment (or none)")
    if ground_truth:
        parser.add_argument("--linked-if", metavar="COL1,COL2",
                            help="linked = the same value in every one of these metadata columns (e.g. "
                                 "\"route,precursor\"); --group-column G is --linked-if G")
        parser.add_argument("--lookup", metavar="FILE_OR_SHEET",
                            help="a table of metadata joined by key: a sheet of the same workbook, a file, or "
                                 "FILE#SHEET")
        parser.add_argument("--lookup-key", metavar="COL",
                            help="the lookup table's column naming each profile (matched to the same column of "
                                 "the profiles, else to --id-column)")
        parser.add_argument("--preset", metavar="NAME",
                            help="a published comparison (labnet profiles presets): its target list, "
                                 "pretreatment, metric and FPR")


def read_population(args: argparse.Namespace):
    """The labelled profiles ``labnet profiles evaluate`` compares, read as its options say."""
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling.filetable import parse_linked_if, read_file_population
    from labnet.profiling.pretreat import SIGNED_PRETREATMENTS
    from labnet.profiling.targets import load_preset, load_target_list

    targets = _targets(args.targets)
    target_list = None
    if args.preset:
        preset, target_list = load_preset(args.preset)
        if preset.pretreatment and not args.pretreatment:
            args.pretreatment = preset.pretreatment
        if preset.metric and not args.metric:
            args.metric = preset.metric
        if preset.fpr and args.fpr == 0.01:  # the default: the preset's own FPR applies
            args.fpr = preset.fpr
        args.preset_used = preset.to_json()
    if args.drug_type:
        if target_list is not None and target_list.drug_type != args.drug_type:
            raise CatalogueError(f"The preset {args.preset} is for {target_list.drug_type}, not {args.drug_type}.")
        target_list = load_target_list(args.drug_type)
    if args.signed:
        if args.pretreatment and args.pretreatment not in SIGNED_PRETREATMENTS:
            raise CatalogueError(f"Signed variables are compared after {' or '.join(SIGNED_PRETREATMENTS)}, not "
                                 f"{args.pretreatment}: normalising to a total means nothing for δ values.")
        args.pretreatments = SIGNED_PRETREATMENTS
    return read_file_population(args.file, args.id_column, args.group_column, targets, target_list=target_list,
                                sheet=args.sheet, linked_if=parse_linked_if(args.linked_if), lookup=args.lookup,
                                lookup_key=args.lookup_key, signed=args.signed, encoding=args.encoding,
                                decimal=args.decimal)


def _targets(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


def reading_report(population, args: argparse.Namespace) -> dict:
    """What was read: added to the evaluate report."""
    return {"sheet": population.sheet, "ground_truth": population.ground_truth,
            "targets": list(population.targets.targets), "unused_columns": population.unused,
            "absent_targets": population.absent, "preset": getattr(args, "preset_used", None),
            "provenance": population.provenance}


def print_reading(report: dict) -> None:
    where = f"sheet {report['sheet']}, " if report["sheet"] else ""
    print(f"Read {where}{_compounds(len(report['targets']))}; linked = {report['ground_truth']}.")
    if report["unused_columns"]:
        print(f"  numeric columns not used as targets: {', '.join(report['unused_columns'])}")
    if report["absent_targets"]:
        print(f"  targets of the list with no column in the file: {', '.join(report['absent_targets'])}")
    if report["preset"]:
        p = report["preset"]
        print(f"  preset {p['name']}: harmonised for {p['harmonised_for']} ({p['reference']})")


# -- labnet profiles presets ---------------------------------------------------------------
def register_presets(sub) -> None:
    presets = sub.add_parser("presets", help="the published comparison presets, with their references",
                             description="List the comparison presets shipped with LabNet (and those of the "
                                         "laboratory's own target lists): pretreatment, metric, what each is "
                                         "harmonised for, and its reference.")
    presets.add_argument("--json", action="store_true")
    presets.set_defaults(handler=run_presets)


def run_presets(args: argparse.Namespace) -> int:
    from labnet.profiling.targets import available_drug_types, load_target_list

    lists = [load_target_list(d, getattr(args, "data_dir", None)) for d in
             available_drug_types(getattr(args, "data_dir", None))]
    if args.json:
        print(json.dumps([t.to_json() for t in lists], ensure_ascii=False))
        return 0
    for t in lists:
        print(f"{t.drug_type}: {_compounds(len(t.targets))}. {t.completeness}".rstrip())
        for p in t.presets:
            how = f"{p.pretreatment} + {p.metric}" if p.pretreatment else "no combination fixed"
            fpr = f" at FPR {p.fpr:g}" if p.fpr else ""
            print(f"  {p.name}: {how}{fpr} — harmonised for {p.harmonised_for}. {p.reference}")
    return 0


# -- labnet profiles link FILE ---------------------------------------------------------------
def link_options(link: argparse.ArgumentParser) -> None:
    link.add_argument("file", nargs="?", type=Path, metavar="FILE",
                      help="link the profiles of this CSV/XLSX file instead of the catalogue's")
    link.add_argument("--id-column", metavar="C", help="(with FILE) the column naming each profile")
    link.add_argument("--pretreatment", choices=PRETREATMENT_CHOICES, help="(with FILE, without --method)")
    link.add_argument("--metric", choices=METRIC_CHOICES, help="(with FILE, without --method)")
    link.add_argument("--threshold", type=finite_float, help="(with FILE, without --method) the link threshold")
    link.add_argument("--out", type=Path, metavar="CSV", help="(with FILE) where to write the links")
    reading_options(link, ground_truth=False)


def run_link_file(args: argparse.Namespace) -> int:
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling.filetable import read_file_population
    from labnet.profiling.linkage import links_among
    from labnet.profiling.metrics import metric
    from labnet.profiling.pretreat import NEEDS_REFERENCE, SIGNED_PRETREATMENTS, ReferenceStats, pretreat
    from labnet.profiling.targets import TargetList, load_target_list

    if not args.id_column or not args.out:
        raise CatalogueError("Linking a file needs --id-column C (the column naming each profile) and --out "
                             "links.csv.")
    if args.out.resolve() == args.file.resolve():
        raise CatalogueError(f"--out {args.out} is the file being linked; write the links to another file.")
    if args.export:
        raise CatalogueError("--export writes the catalogue's links; a file's links go to --out.")
    custom = (args.pretreatment, args.metric, args.threshold)
    if args.method and any(v is not None for v in custom):
        raise CatalogueError("Give either --method NAME or --pretreatment, --metric and --threshold, not both.")
    if not args.method and any(v is None for v in custom):
        raise CatalogueError("Say how to compare: --method NAME (a saved method or a method's JSON file), or "
                             "--pretreatment P --metric M --threshold T.")
    method = _method(args) if args.method else None
    if method is not None:
        if args.targets or args.drug_type:
            raise CatalogueError("A method brings its own target list; leave out --targets and --drug-type.")
        target_list, targets = TargetList(method.drug_type, method.targets), None
    else:
        target_list = load_target_list(args.drug_type) if args.drug_type else None
        targets = _targets(args.targets)
    pretreatment = method.pretreatment if method else args.pretreatment
    signed = args.signed or pretreatment == "Z"
    if signed and pretreatment not in SIGNED_PRETREATMENTS:
        raise CatalogueError(f"Signed variables are compared after {' or '.join(SIGNED_PRETREATMENTS)}, not "
                             f"{pretreatment}.")
    population = read_file_population(args.file, args.id_column, None, targets, target_list=target_list,
                                      sheet=args.sheet, signed=signed, keep_whole_list=method is not None,
                                      need_ground_truth=False, encoding=args.encoding, decimal=args.decimal)
    if len(population.labels) < 2:
        raise CatalogueError(Message.plural(
            "{file} has {n} profile that can be compared; linking needs at least two.",
            "{file} has {n} profiles that can be compared; linking needs at least two.",
            len(population.labels), file=args.file.name))
    if method is not None:
        reference, threshold, metric_name, label = method.reference, method.threshold, method.metric, method.label
        ratio = method.likelihood_ratio
    else:
        metric_name, threshold, label, ratio = args.metric, args.threshold, "", None
        if not metric(metric_name).higher_is_similar and threshold < 0:
            raise CatalogueError(f"The threshold of a distance ({metric_name}) must be zero or more.")
        reference = ReferenceStats.of(population.values) if pretreatment in NEEDS_REFERENCE else None
        label = f"{pretreatment} + {metric_name} ≤ {threshold:g}" if not metric(metric_name).higher_is_similar \
            else f"{pretreatment} + {metric_name} ≥ {threshold:g}"
    treated = pretreat(population.values, pretreatment, reference)
    links = links_among(treated, metric_name, threshold)
    use_lr = ratio is not None and not getattr(ratio, "legacy", False)
    rows = []
    for a, b, score in links:
        x, y = population.labels[a], population.labels[b]
        if y < x:
            x, y = y, x
        lr = float(ratio.at(float(score))) if use_lr else None
        rows.append((x, y, float(score), lr))
    rows.sort()
    _write_links(args.out, rows, label, use_lr)
    summary = {"file": str(args.file), "sheet": population.sheet, "profiles": len(population.labels),
               "links": len(rows), "method": label, "pretreatment": pretreatment, "metric": metric_name,
               "threshold": threshold, "likelihood_ratio": use_lr, "out": str(args.out),
               "rejected": [{"profile": p, "reason": r} for p, r in population.rejected],
               "unused_columns": population.unused, "absent_targets": population.absent}
    if pretreatment in NEEDS_REFERENCE and method is None:
        summary["reference"] = "the file's own profiles"
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    compared = Message.plural("{n:,} profile", "{n:,} profiles", summary["profiles"])
    print(f"{compared} of {args.file.name} compared with {label}: "
          f"{Message.plural('{n:,} link', '{n:,} links', len(rows))} written to {args.out}.")
    if method is None and pretreatment in NEEDS_REFERENCE:
        print(f"  {pretreatment} used the file's own profiles as its reference population.")
    if method is not None and not use_lr:
        print("  The method has no (bounded) likelihood ratio, so the file gives none.")
    for p, r in population.rejected[:10]:
        print(f"  left out {p}: {r}")
    if len(population.rejected) > 10:
        print(f"  … and {len(population.rejected) - 10} more left out")
    if population.unused:
        print(f"  numeric columns not used as targets: {', '.join(population.unused)}")
    return 0


def _method(args: argparse.Namespace):
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling import ComparisonMethod, load_method

    candidate = Path(args.method)
    if args.method.lower().endswith(".json") or candidate.is_file():
        try:
            return ComparisonMethod.from_json(json.loads(candidate.read_text(encoding="utf-8")))
        except OSError as exc:
            raise CatalogueError(f"The method file {candidate} cannot be read ({exc.strerror}).") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CatalogueError(f"The method file {candidate} is not valid JSON ({exc}).") from None
    from labnet.cli.common import open_catalogue

    with open_catalogue(args) as cat:
        return load_method(cat, args.method)


def _write_links(path: Path, rows, label: str, with_lr: bool) -> None:
    from labnet.catalogue.errors import CatalogueError

    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".links-", suffix=".csv", dir=folder)
    except OSError as exc:
        raise CatalogueError(f"{path} cannot be written ({exc.strerror}).") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["profile_a", "profile_b", "score", "likelihood_ratio", "method"])
            for a, b, score, lr in rows:
                writer.writerow([a, b, f"{score:.10g}", f"{lr:.6g}" if with_lr else "", label])
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CatalogueError(f"{path} cannot be written ({exc.strerror}).") from None


def _compounds(count: int) -> Message:
    return Message.plural("{n:,} target compound", "{n:,} target compounds", count)

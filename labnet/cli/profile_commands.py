"""``labnet profiles …``: calibrate comparison methods and link seizures, for analysts and automation.

- ``evaluate FILE`` — how well each pretreatment × metric separates linked from
  unlinked pairs in a labelled file (CSV/XLSX), and the threshold at an FPR;
- ``calibrate`` — the same on the catalogue's own profiles (groups = seizure),
  saved as a named, versioned comparison method;
- ``methods`` — the saved methods;
- ``export-method`` — a saved method as JSON, for the hub to publish to the network;
- ``link`` — link the catalogue's profiles with a method and store the links; ``link FILE`` links the
  profiles of a file and writes them to CSV (``labnet.cli.profile_files``);
- ``presets`` — the published comparison presets with their references.

Exit status 0, or 2 with a sentence saying what to fix.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labnet.cli.common import open_catalogue
from labnet.cli.profile_files import (
    METRIC_CHOICES,
    PRETREATMENT_CHOICES,
    link_options,
    print_reading,
    read_population,
    reading_options,
    reading_report,
    register_presets,
    run_link_file,
)
from labnet.cli.report_commands import register_reports
from labnet.common.cli_args import positive_int, probability
from labnet.common.messages import Message

PRETREATMENTS = ("none", "N", "N2R", "N4R", "log", "N+S")
METRICS = ("pearson", "cosine", "cosine2", "euclidean", "manhattan", "canberra")   # the default sweep
# Canberra with R's dist() convention (docs/profiling.md) is there on request (--metric canberra-r).


def register(subparsers: argparse._SubParsersAction) -> None:
    profiles = subparsers.add_parser("profiles", help="compare drug profiles: calibrate methods, link seizures",
                                     description="Compare chemical drug profiles (docs/profiling.md explains the "
                                                 "method): calibrate a comparison method and link seizures.")
    sub = profiles.add_subparsers(dest="profiles_command", metavar="COMMAND", required=True)

    ev = sub.add_parser("evaluate", help="AUC table and threshold from a labelled CSV/XLSX file",
                        description="Read profiles with a group label (seizure or batch) from a CSV or XLSX file "
                                    "and report, for each pretreatment × metric, how well scores separate pairs "
                                    "of the same group from pairs of different groups (ROC AUC), the best "
                                    "combination, and its threshold at the chosen false-positive rate.")
    ev.add_argument("file", type=Path, metavar="FILE")
    ev.add_argument("--id-column", required=True, metavar="C", help="the column naming each profile")
    ev.add_argument("--group-column", metavar="G",
                    help="the column naming its seizure or batch: linked = same group (or use --linked-if)")
    reading_options(ev, ground_truth=True)
    _combination_options(ev)
    ev.add_argument("--json", action="store_true", help="print one JSON object")
    ev.set_defaults(handler=run_evaluate)

    cal = sub.add_parser("calibrate", help="calibrate on the catalogue's profiles and save a comparison method",
                         description="Calibrate on the catalogue's own profiles of one drug type (pairs from the "
                                     "same seizure are linked, from different seizures unlinked) and save the best "
                                     "combination (or the one given) as the next version of a named method.")
    cal.add_argument("--drug-type", default="cocaine", help="the drug type (default cocaine)")
    cal.add_argument("--name", help="the method's name (default: DRUG-lab)")
    _combination_options(cal)
    cal.add_argument("--json", action="store_true", help="print one JSON object")
    cal.set_defaults(handler=run_calibrate)

    methods = sub.add_parser("methods", help="list the saved comparison methods")
    methods.add_argument("--json", action="store_true")
    methods.set_defaults(handler=run_methods)

    exp = sub.add_parser("export-method", help="write a saved comparison method as JSON (for the network's hub)",
                         description="Write a saved comparison method — target list, pretreatment and its reference "
                                     "statistics, metric, threshold, calibration figures — as JSON, for the hub's "
                                     "administrator to publish with “labnet-hub publish-method”.")
    exp.add_argument("--method", help="the method's name (default: the most recently saved)")
    exp.add_argument("--version", type=positive_int, help="the version (default: the latest)")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE", help="the JSON file to write")
    exp.set_defaults(handler=run_export_method)

    register_presets(sub)
    register_reports(sub, _combination_options, reading_options)

    link = sub.add_parser("link", help="link the catalogue's (or a file's) profiles with a method",
                          description="Compare every pair of the catalogue's profiles of the method's drug type, "
                                      "store the pairs past its threshold as links, and report the chemical "
                                      "classes (connected groups of links). With FILE, link the profiles of "
                                      "a CSV/XLSX file instead and write each pair's ids, score and likelihood "
                                      "ratio (when the method has one) to --out.")
    link.add_argument("--method", help="the method's name (default: the most recently saved)")
    link.add_argument("--export", type=Path, metavar="CSV", help="also write the links to a CSV file")
    link.add_argument("--json", action="store_true")
    link_options(link)
    link.set_defaults(handler=run_link)


def _combination_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pretreatment", choices=PRETREATMENT_CHOICES, help="only this pretreatment")
    parser.add_argument("--metric", choices=METRIC_CHOICES, help="only this metric")
    parser.add_argument("--fpr", type=probability, default=0.01,
                        help="target false-positive rate, between 0 and 1 (default 0.01)")
    parser.add_argument("--lr-calibration", choices=("pav", "logistic"), default="pav",
                        help="score → likelihood ratio: pool-adjacent-violators (default) or logistic regression, "
                             "both bounded by the data (ELUB)")
    parser.add_argument("--resamples", type=positive_int, default=1000, metavar="N",
                        help="bootstrap resamples of whole groups for the 95%% intervals (default 1000)")


def _evaluate(population, args):
    from labnet.profiling import calibrate

    return calibrate(population, fpr=args.fpr,
                     pretreatments=(args.pretreatment,) if args.pretreatment else
                     getattr(args, "pretreatments", PRETREATMENTS),
                     metrics=(args.metric,) if args.metric else METRICS)


def _report(evaluation, population, args) -> dict:
    best = evaluation.best
    return {"profiles": evaluation.profiles, "groups": evaluation.groups,
            "rejected": [{"profile": label, "reason": reason} for label, reason in population.rejected],
            "linked_pairs": evaluation.linked_pairs, "unlinked_pairs": evaluation.unlinked_pairs,
            "unlinked_pairs_total": evaluation.unlinked_total, "fpr_target": args.fpr,
            "combinations": [c.to_json() for c in sorted(evaluation.combinations, key=lambda c: (-c.tpr, -c.auc))],
            "best": best.to_json(), "chosen": _validated(evaluation, population, args)}


def _validated(evaluation, population, args) -> dict:
    """The chosen (or only) combination with its intervals, LR calibration and held-out validity."""
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling.validation import validate

    if args.resamples < 1:
        raise CatalogueError(f"--resamples must be at least 1, not {args.resamples}.")
    combination, why = evaluation.choose(_harmonised(population))
    return validate(population.values, evaluation, combination, why=why, calibration=args.lr_calibration,
                    resamples=args.resamples).to_json()


def _harmonised(population) -> list[tuple[str, str]]:
    """The (pretreatment, metric) of the drug type's harmonised presets: kept over a better combination."""
    return [(p.pretreatment, p.metric) for p in getattr(population.targets, "presets", ())]


def _print_report(report: dict) -> None:
    sampled = (f" (a random sample of {report['unlinked_pairs']:,} of {report['unlinked_pairs_total']:,})"
               if report["unlinked_pairs"] < report["unlinked_pairs_total"] else "")
    print(f"{_profiles(report['profiles'])} in {Message.plural('{n:,} group', '{n:,} groups', report['groups'])}: "
          f"{Message.plural('{n:,} linked pair', '{n:,} linked pairs', report['linked_pairs'])}, "
          f"{Message.plural('{n:,} unlinked pair', '{n:,} unlinked pairs', report['unlinked_pairs'])}{sampled}.")
    for item in report["rejected"][:10]:
        print(f"  left out {item['profile']}: {item['reason']}")
    if len(report["rejected"]) > 10:
        print(f"  … and {len(report['rejected']) - 10} more left out")
    print(f"\n{'pretreatment':<13}{'metric':<11}{'AUC':>8}{'threshold':>12}{'FPR':>8}{'TPR':>8}")
    for c in report["combinations"]:
        print(f"{c['pretreatment']:<13}{c['metric']:<11}{c['auc']:>8.4f}{c['threshold']:>12.4g}{c['fpr']:>8.4f}"
              f"{c['tpr']:>8.3f}")
    b = report["best"]
    print(f"\nBest: {b['pretreatment']} with {b['metric']} (AUC {b['auc']:.4f}); at FPR ≤ {report['fpr_target']:g} the "
          f"threshold is {b['threshold']:.6g}, finding {b['tpr']:.1%} of linked pairs (FPR {b['fpr']:.4f}).")
    _print_chosen(report["chosen"])


def _print_chosen(c: dict) -> None:
    from labnet.profiling.calibration import lr_number

    a, t = c["auc_interval"], c["tpr_interval"]
    print(f"{c['pretreatment']} with {c['metric']}: AUC {a['estimate']:.4f} (95% interval {a['low']:.4f}–"
          f"{a['high']:.4f}), TPR {t['estimate']:.1%} ({t['low']:.1%}–{t['high']:.1%}); intervals from "
          f"{Message.plural('{n:,} resample', '{n:,} resamples', c['resamples'])} of whole groups.")
    lr = c["likelihood_ratio"]
    low, high = lr["bounds"]
    print(f"Likelihood ratio by {lr['calibration'].upper()}, bounded by the data to {lr_number(low)} … "
          f"{lr_number(high)}.")
    v = c["validity"]
    if v:
        print(f"On held-out groups ({v['folds']} folds): Cllr {v['cllr']:.3f}, Cllr_min {v['cllr_min']:.3f}, "
              f"Cllr_cal {v['cllr_cal']:.3f}; misleading evidence: {v['misleading_linked']:.1%} of linked pairs "
              f"with LR < 1, {v['misleading_unlinked']:.2%} of unlinked pairs with LR > 1.")
    else:
        print("Too few groups to validate the likelihood ratio on held-out data.")


def run_evaluate(args: argparse.Namespace) -> int:
    population = read_population(args)
    report = _report(_evaluate(population, args), population, args)
    report.update(reading_report(population, args))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print_reading(report)
    _print_report(report)
    return 0


def run_calibrate(args: argparse.Namespace) -> int:
    from labnet.profiling import catalogue_population, save_calibrated_method

    with open_catalogue(args) as cat:
        population = catalogue_population(cat, args.drug_type)
        evaluation = _evaluate(population, args)
        method = save_calibrated_method(cat, args.name or f"{args.drug_type}-lab", population, evaluation,
                                        args.pretreatment, args.metric, lr_calibration=args.lr_calibration,
                                        harmonised=_harmonised(population))
    report = _report(evaluation, population, args)
    report["method"] = method.to_json()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    _print_report(report)
    print(f"Saved as comparison method “{method.label}”: {method.pretreatment} + {method.metric}, threshold "
          f"{method.threshold:.6g}.")
    return 0


def run_methods(args: argparse.Namespace) -> int:
    from labnet.profiling import list_methods

    with open_catalogue(args) as cat:
        methods = list_methods(cat)
    if args.json:
        print(json.dumps(methods))
    elif not methods:
        print("No comparison method yet; calibrate one with “labnet profiles calibrate”.")
    for m in methods:
        print(f"{m['name']} v{m['version']}  {m['drug_type']}  saved {m['created_at']}")
    return 0


def _chosen_method(cat, name: str | None, version: int | None = None):
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling import list_methods, load_method

    if name:
        return load_method(cat, name, version)
    methods = list_methods(cat)
    if not methods:
        raise CatalogueError("No comparison method yet; calibrate one with “labnet profiles calibrate”.")
    return load_method(cat, methods[0]["name"], version)


def run_export_method(args: argparse.Namespace) -> int:
    with open_catalogue(args) as cat:
        method = _chosen_method(cat, args.method, args.version)
    try:
        args.out.write_text(json.dumps(method.to_json(), indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    except OSError as exc:
        print(f"labnet: {args.out} cannot be written ({exc.strerror}).", file=sys.stderr)
        return 2
    print(f"Method {method.label} ({method.drug_type}, {method.pretreatment}, {method.metric}, threshold "
          f"{method.threshold:.6g}) written to {args.out}.")
    return 0


def run_link(args: argparse.Namespace) -> int:
    from labnet.profiling import link_catalogue, record_info

    if args.file is not None:
        return run_link_file(args)
    file_only = [name for name, value in (("--out", args.out), ("--id-column", args.id_column),
                                          ("--pretreatment", args.pretreatment), ("--metric", args.metric),
                                          ("--threshold", args.threshold), ("--targets", args.targets),
                                          ("--drug-type", args.drug_type), ("--sheet", args.sheet),
                                          ("--signed", args.signed), ("--encoding", args.encoding),
                                          (f"--decimal-{args.decimal}", args.decimal)) if value not in (None, False)]
    if file_only:
        from labnet.catalogue.errors import CatalogueError

        raise CatalogueError(f"{', '.join(file_only)} go with a FILE to link (labnet profiles link FILE --id-column C "
                             "… --out links.csv); the catalogue's profiles are linked with --method, and their links "
                             "exported with --export.")

    with open_catalogue(args) as cat:
        method = _chosen_method(cat, args.method)
        report = link_catalogue(cat, method)
        if args.export:
            from labnet.profiling.workflows import export_links

            export_links(cat, method, args.export)
        info = record_info(cat, [rid for group in report.classes for rid in group])
    classes = [{"size": len(group), "seizures": sorted({info[r]["seizure_reference"] or "?" for r in group}),
                "countries": sorted({info[r]["seizure_country"] or "?" for r in group})} for group in report.classes]
    if args.json:
        print(json.dumps({"method": method.label, "profiles": report.profiles, "links": report.links,
                          "classes": classes, "rejected": len(report.rejected)}))
        return 0
    compared = Message.plural("{n:,} {drug} profile", "{n:,} {drug} profiles", report.profiles, drug=method.drug_type)
    print(f"{compared} compared with {method.label}: {Message.plural('{n:,} link', '{n:,} links', report.links)}, "
          f"{Message.plural('{n:,} chemical class', '{n:,} chemical classes', len(classes))}.")
    for c in classes[:15]:
        seizures = Message.plural("{n:,} seizure", "{n:,} seizures", len(c["seizures"]))
        print(f"  {c['size']:>4} profiles, {seizures} in {', '.join(c['countries'])}")
    if args.export:
        print(f"Links written to {args.export}.")
    return 0


def _profiles(count: int) -> Message:
    return Message.plural("{n:,} profile", "{n:,} profiles", count)

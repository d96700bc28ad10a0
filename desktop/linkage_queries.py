"""What the Linkage view asks of the profiling engine, run on the catalogue worker (no Qt here).

Each function takes the worker's ``Catalogue`` (and a task context for the
long ones: progress, Cancel) and returns plain values for the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.record_reads import RecordReads
from labnet.common.memory import collector_paused
from labnet.profiling import (
    METRICS,
    PRETREATMENTS,
    calibrate,
    catalogue_population,
    file_population,
    link_catalogue,
    list_methods,
    load_method,
    record_info,
    roc_curve,
    save_calibrated_method,
    similar_profiles,
)
from labnet.profiling.workflows import export_links as _export_links

UNLINKED_FOR_THE_WINDOW = 100_000  # enough for a stable ROC and threshold; quicker than the command line's 200,000


@dataclass
class LinkageContext:
    methods: list[dict[str, Any]]
    drug_types: list[tuple[str, int]]   # (drug type, profiling results of it)


def context(cat) -> LinkageContext:
    return LinkageContext(list_methods(cat), RecordReads(cat).drug_type_counts())


def find_profiles(cat, text: str, limit: int = 30) -> list[dict[str, Any]]:
    """Profiling results whose lab sample number or seizure reference starts with ``text``."""
    text = text.strip()
    if not text:
        return []
    return RecordReads(cat).profiles_starting_with(text, limit)


@dataclass
class SimilarResult:
    method: str
    threshold: float
    higher_is_similar: bool
    me: dict[str, Any]
    rows: list[dict[str, Any]]
    targets: tuple[str, ...]
    profiles: dict[str, np.ndarray]     # record id (and "self") → pretreated profile
    pretreatment: str
    lr_calibration: str | None = None   # "pav" or "logistic"; None when the method has no LR
    lr_legacy: bool = False             # a kernel-density LR from before: not shown, recalibrate


def similar(cat, record_id: str, method_name: str, limit: int = 25) -> SimilarResult:
    method = load_method(cat, method_name)
    found, profiles, me = similar_profiles(cat, record_id, method, limit)
    rows = [{"record_id": s.record_id, "score": s.score, "linked": s.linked, "lr": s.likelihood_ratio,
             "lr_bounds": s.lr_bounds,
             "physical_score": s.physical_score, "physical_match": s.physical_match, **s.info} for s in found]
    ratio = method.likelihood_ratio
    return SimilarResult(method.label, method.threshold, METRICS[method.metric].higher_is_similar, me, rows,
                         method.targets, profiles, method.pretreatment,
                         ratio.kind if ratio is not None else None, bool(ratio is not None and ratio.legacy))


@dataclass
class CalibrationResult:
    source: str
    drug_type: str
    evaluation: Any
    population: Any
    curves: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # ROC per combo

    @property
    def table(self) -> list[dict[str, Any]]:
        return sorted((c.to_json() for c in self.evaluation.combinations), key=lambda c: -c["auc"])


def calibrate_catalogue(cat, context_, drug_type: str, fpr: float) -> CalibrationResult:
    population = catalogue_population(cat, drug_type)
    return _calibrate(population, fpr, context_, "catalogue", drug_type)


def calibrate_file(cat, context_, path: str, id_column: str, group_column: str, fpr: float,
                   drug_type: str, encoding: str | None = None, decimal: str | None = None) -> CalibrationResult:
    """``encoding`` and ``decimal`` as the command line's --encoding and --decimal-point/--decimal-comma."""
    population = file_population(Path(path), id_column, group_column, drug_type=drug_type, encoding=encoding,
                                 decimal=decimal)
    return _calibrate(population, fpr, context_, Path(path).name, drug_type)


def _calibrate(population, fpr: float, context_, source: str, drug_type: str) -> CalibrationResult:
    total = len(PRETREATMENTS) * len(METRICS)

    def progress(done: int, all_: int) -> None:
        context_.progress(done, total)

    evaluation = calibrate(population, fpr=fpr, keep_scores=True, max_unlinked=UNLINKED_FOR_THE_WINDOW,
                           progress=progress)
    curves = {}
    for c in evaluation.combinations:
        fpr_curve, tpr_curve, _ = roc_curve(c.linked_scores, c.unlinked_scores, METRICS[c.metric].higher_is_similar)
        step = max(1, len(fpr_curve) // 400)  # a few hundred points draw the same curve
        curves[(c.pretreatment, c.metric)] = (fpr_curve[::step], tpr_curve[::step])
    return CalibrationResult(source, drug_type, evaluation, population, curves)


def save_method(cat, result: CalibrationResult, name: str, pretreatment: str, metric_name: str) -> str:
    method = save_calibrated_method(cat, name, result.population, result.evaluation, pretreatment, metric_name,
                                    source=result.source)
    return method.label


@dataclass
class LinkageResult:
    method: str
    profiles: int
    links: int
    classes: list[dict[str, Any]]   # largest first; "pairs": the class's links, k × 2 indices into "records"


def run_linkage(cat, context_, method_name: str) -> LinkageResult:
    """Link the catalogue and describe its classes; the links stay numpy arrays (millions of them as
    tuples were most of the 9 GB the view once took), split per class by a sort, not a Python loop.

    With the cyclic collector paused throughout, as ``link_catalogue`` pauses it: the classes' records
    (a dict each) would otherwise start a full collection on this worker, holding Python's lock (issue 23)."""
    with collector_paused():
        return _run_linkage(cat, context_, method_name)


def _run_linkage(cat, context_, method_name: str) -> LinkageResult:
    method = load_method(cat, method_name)
    report = link_catalogue(cat, method, progress=lambda done, total: context_.progress(done, total))
    context_.check()
    info = record_info(cat, [rid for group in report.classes for rid in group])
    position = {rid: k for k, rid in enumerate(report.ids.tolist())}
    class_of = np.full(len(report.ids), -1, dtype=np.int64)
    local = np.zeros(len(report.ids), dtype=np.int64)
    for index, group in enumerate(report.classes):
        members = np.array([position[rid] for rid in group], dtype=np.int64)
        class_of[members] = index
        local[members] = np.arange(len(members))
    pair_class = class_of[report.pairs[:, 0]]
    order = np.argsort(pair_class, kind="stable")
    bounds = np.searchsorted(pair_class[order], np.arange(len(report.classes) + 1))
    classes = []
    for index, group in enumerate(report.classes):
        records = [info[r] for r in group]
        dates = sorted(r["seizure_date"] for r in records if r["seizure_date"])
        classes.append({"size": len(group), "records": records,
                        "seizures": sorted({r["seizure_reference"] or "?" for r in records}),
                        "countries": sorted({r["seizure_country"] or "?" for r in records}),
                        "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                        "pairs": local[report.pairs[order[bounds[index]:bounds[index + 1]]]].astype(np.int32)})
    return LinkageResult(method.label, report.profiles, report.links, classes)


def export_links(cat, method_name: str, path: str) -> int:
    if not method_name:
        raise CatalogueError("Choose a comparison method first.")
    return _export_links(cat, load_method(cat, method_name), Path(path))


def write_link_report(cat, method_name: str, record_a: str, record_b: str, path: Path) -> int:
    """The link report of two profiles under the method, written to ``path`` (on the worker: Qt's text
    layout and PDF writer work off the GUI thread); returns its number of pages."""
    from labnet.catalogue.report_data import printed
    from labnet.profiling.reporting import link_data
    from labnet.sync.delivery_report import laboratory_name

    from .profiling_reports import link_report

    by = printed(laboratory_name(cat.data_dir), cat.actor.username)
    return link_report(link_data(cat, load_method(cat, method_name), record_a, record_b), by).write_pdf(
        path, author=cat.actor.username)


@dataclass
class LinkedOverlay:
    """A link notice's two profiles pretreated under the method the hub used: this laboratory's and the one the
    other laboratory shared (``labnet.sync.shared_profile``), with the score recomputed here."""

    method: str
    targets: tuple[str, ...]
    pretreatment: str
    mine: np.ndarray
    theirs: np.ndarray
    score: float


def linked_overlay(cat, name: str, version: int, record_id: str, peaks: dict[str, Any]) -> LinkedOverlay | str:
    """This laboratory's record and the other laboratory's ``peaks`` under the hub's method ``name`` v``version``
    (as adopted here: "NAME (network)", else a method of that name), exactly that version: the overlay is drawn
    under the method the link was found with, or not at all.  A reason instead when it cannot be: "no-method"
    (not adopted here yet), "mine" (this record is not a profile of the method), "theirs" (the shared peaks have
    nothing the method compares)."""
    from labnet.profiling.catalogue_profiles import load_profiles
    from labnet.profiling.method import NETWORK_SUFFIX
    from labnet.profiling.metrics import pair_scores
    from labnet.profiling.pretreat import pretreat
    from labnet.profiling.targets import TargetList, profile_matrix

    method = None
    for local in (name + NETWORK_SUFFIX, name):
        try:
            method = load_method(cat, local, version)
            break
        except CatalogueError:
            continue
    if method is None:
        return "no-method"
    targets = TargetList(method.drug_type, method.targets)
    profiles = load_profiles(cat, method.drug_type, targets)
    at = profiles.index_of(record_id)
    if at is None:
        return "mine"
    theirs = profile_matrix([("theirs", peaks)], targets)
    if len(theirs.labels) != 1:
        return "theirs"
    treated = pretreat(np.vstack([profiles.values[at], theirs.values[0]]), method.pretreatment, method.reference)
    score = float(pair_scores(method.metric, treated[:1], treated[1:])[0])
    return LinkedOverlay(method.label, tuple(method.targets), method.pretreatment, treated[0], treated[1], score)

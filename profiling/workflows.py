"""What an analyst does with the engine, on the catalogue or on a file: calibrate, link, look up.

Every long operation takes ``progress(done, total)``; a caller that wants to
stop raises from it (the desktop's Cancel does), and nothing is half-written:
links are replaced in one transaction at the end.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError
from labnet.common import clock
from labnet.common.memory import collector_paused

from .calibration import Evaluation, evaluate
from .catalogue_profiles import load_profiles, record_info
from .linkage import chemical_classes, links_among, top_similar
from .method import ComparisonMethod, method_from_evaluation, save_method
from .metrics import metric
from .pretreat import pretreat
from .store import ProfilingStore
from .tablets import compare_tablets
from .targets import TargetList

Progress = Callable[[int, int], None]


# -- calibration ------------------------------------------------------------------------
@dataclass
class LabelledProfiles:
    targets: TargetList
    values: np.ndarray
    labels: list[str]
    groups: list[str]
    rejected: list[tuple[str, str]]


def catalogue_population(cat, drug_type: str) -> LabelledProfiles:
    """The drug type's profiles with a seizure reference, grouped by seizure."""
    profiles = load_profiles(cat, drug_type)
    info = record_info(cat, profiles.ids.tolist())
    keep = [i for i, rid in enumerate(profiles.ids.tolist()) if info.get(rid, {}).get("seizure_reference")]
    if len(keep) < 3:
        raise CatalogueError(f"The catalogue holds {len(keep)} {drug_type} profile(s) with a seizure reference; "
                             "calibration needs at least three, some of them from the same seizure.")
    ids = [profiles.ids[i] for i in keep]
    return LabelledProfiles(profiles.targets, profiles.values[keep], ids,
                            [info[rid]["seizure_reference"] for rid in ids], profiles.rejected)


def file_population(path: Path, id_column: str, group_column: str | None = None, targets: list[str] | None = None,
                    drug_type: str = "file", **options: Any) -> LabelledProfiles:
    """Labelled profiles from a CSV/XLSX: one row per profile, an id column, the ground truth, target columns.

    ``options`` (``sheet``, ``linked_if``, ``lookup``, ``lookup_key``, ``target_list``, ``signed``…) and the rules
    of reading are those of ``labnet.profiling.filetable.read_file_population``.
    """
    from .filetable import read_file_population

    return read_file_population(path, id_column, group_column, targets, drug_type, **options)


def calibrate(population: LabelledProfiles, **options: Any) -> Evaluation:
    return evaluate(population.values, population.groups, **options)


def save_calibrated_method(cat, name: str, population: LabelledProfiles, evaluation: Evaluation,
                           pretreatment: str | None = None, metric_name: str | None = None,
                           source: str = "catalogue", lr_calibration: str = "pav",
                           harmonised: Sequence[tuple[str, str]] = ()) -> ComparisonMethod:
    """Save the named combination (else the harmonised one, else the best at the target FPR) as the next
    version of method ``name``."""
    if pretreatment or metric_name:
        chosen = evaluation.get(pretreatment or evaluation.best.pretreatment, metric_name or evaluation.best.metric)
    else:
        chosen, _ = evaluation.choose(harmonised)
    if chosen.linked_scores is None:  # the likelihood ratio needs the score distributions
        chosen = evaluate(population.values, population.groups, pretreatments=(chosen.pretreatment,),
                          metrics=(chosen.metric,), fpr=evaluation.target_fpr, keep_scores=True).combinations[0]
    from .filetable import population_provenance

    method = method_from_evaluation(name, population.targets.drug_type, population.targets.targets, evaluation,
                                    chosen, source=source, lr_calibration=lr_calibration,
                                    provenance=population_provenance(population, source))
    return save_method(cat, method)


# -- linkage in the catalogue ---------------------------------------------------------------
@dataclass
class LinkReport:
    method: ComparisonMethod
    profiles: int
    links: int
    classes: list[list[str]] = field(default_factory=list)   # record ids, largest class first
    rejected: list[tuple[str, str]] = field(default_factory=list)
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=str))      # the profiles compared
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))   # links: indices into ids
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0))


def link_catalogue(cat, method: ComparisonMethod, *, progress: Progress | None = None) -> LinkReport:
    """Link the catalogue's profiles of the method's drug type and store the links (replacing the method's).

    The links stay numpy arrays (not Python tuples: millions of them took gigabytes) and are written to
    the catalogue as they are read from them; ``links_among`` caps how many there can be.

    The cyclic garbage collector is paused meanwhile (``collector_paused``): the links and classes make
    enough objects, all freed by reference counting, to start a full collection, which holds Python's lock
    over every object of the process — 140 ms in the desktop window's worker as the linking ended, with the
    window frozen (issue 23).
    """
    with collector_paused():
        return _link_catalogue(cat, method, progress)


def _link_catalogue(cat, method: ComparisonMethod, progress: Progress | None) -> LinkReport:
    targets = TargetList(method.drug_type, method.targets)
    profiles = load_profiles(cat, method.drug_type, targets)
    treated = pretreat(profiles.values, method.pretreatment, method.reference)
    links = links_among(treated, method.metric, method.threshold, progress=progress)
    ids = profiles.ids.astype(str)
    i, j, scores = links.i, links.j, links.scores
    if method.require_physical and len(links):
        info = record_info(cat, ids[np.unique(np.concatenate([i, j]))].tolist())
        keep = np.array([compare_tablets(info[ids[a]], info[ids[b]], method.tolerances).match is not False
                         for a, b in zip(i.tolist(), j.tolist())], dtype=bool)
        i, j, scores = i[keep], j[keep], scores[keep]
    now = clock.stamp()

    # In the table's key order (a_id < b_id, by a_id then b_id), so that the inserts append to its B-tree
    # instead of landing at random: ranks of the ids (integers) sort the links, not the id strings.
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    low, high = np.where(rank[i] < rank[j], i, j), np.where(rank[i] < rank[j], j, i)
    order = np.lexsort((rank[high], rank[low]))

    def rows():   # a block at a time: the ids of millions of links at once were gigabytes
        for start in range(0, len(order), 50_000):
            block = order[start:start + 50_000]
            yield from ((method.name, method.version, a, b, s, now) for a, b, s in
                        zip(ids[low[block]].tolist(), ids[high[block]].tolist(), scores[block].tolist()))

    with cat.transaction(), cat._large_cache(len(order)):   # the import's bulk-write page cache
        ProfilingStore(cat).replace_links(method.name, method.version, rows())
    classes = [ids[group].tolist() for group in chemical_classes(len(ids), i, j)]
    return LinkReport(method, len(ids), len(scores), classes, profiles.rejected, ids, np.column_stack([i, j]),
                      scores)


def stored_links(cat, method: ComparisonMethod) -> list[tuple[str, str, float]]:
    return [(a, b, score) for a, b, score in ProfilingStore(cat).links(method.name, method.version)]


@dataclass
class Similar:
    record_id: str
    score: float
    linked: bool
    info: dict[str, Any]
    physical_score: float | None
    physical_match: bool | None
    likelihood_ratio: float | None                      # None without one, or with a legacy (KDE) curve
    lr_bounds: tuple[float, float] | None = None         # what the calibration data support


def passes_threshold(method: ComparisonMethod, score: float) -> bool:
    return score >= method.threshold if metric(method.metric).higher_is_similar else score <= method.threshold


def pair_verdict(method: ComparisonMethod, score: float, physical_match: bool | None
                 ) -> tuple[bool, float | None, tuple[float, float] | None]:
    """Whether a pair with this score is a link under ``method`` (a method that requires it also needs the
    tablets to match physically), and its likelihood ratio with the bounds the calibration supports — None
    for an older, unbounded calibration, which is never reported."""
    linked = passes_threshold(method, score) and not (method.require_physical and physical_match is False)
    ratio = method.likelihood_ratio
    if ratio is None or ratio.legacy:
        return linked, None, None
    return linked, float(ratio.at(score)), ratio.bounds


def similar_profiles(cat, record_id: str, method: ComparisonMethod, limit: int = 25
                     ) -> tuple[list[Similar], dict[str, np.ndarray], dict[str, Any]]:
    """The stored profiles most similar to ``record_id`` under ``method``: ranked, with link/no-link.

    Also returns the pretreated profiles (for plotting) and the record's own info.
    """
    targets = TargetList(method.drug_type, method.targets)
    profiles = load_profiles(cat, method.drug_type, targets)
    at = profiles.index_of(record_id)
    if at is None:
        reason = dict(profiles.rejected).get(record_id)
        raise CatalogueError(f"This profile cannot be compared: {reason}." if reason else
                             f"This profiling result is not a {method.drug_type} profile, so the method "
                             f"“{method.label}” does not apply to it.")
    treated = pretreat(profiles.values, method.pretreatment, method.reference)
    best, scores = top_similar(treated[at], treated, method.metric, limit, exclude=at)
    ids = [str(profiles.ids[k]) for k in best]
    info = record_info(cat, ids + [record_id])
    me = info[record_id]
    out = []
    for rid, score in zip(ids, scores.tolist()):
        physical = compare_tablets(me, info[rid], method.tolerances)
        linked, lr, bounds = pair_verdict(method, score, physical.match)
        out.append(Similar(rid, float(score), linked, info[rid], physical.score, physical.match, lr, bounds))
    rows = {"self": treated[at], **{rid: treated[k] for rid, k in zip(ids, best.tolist())}}
    return out, rows, me


def export_links(cat, method, path: Path) -> int:
    """Write the method's stored links as CSV (with both profiles' references); returns the count.

    The links are read as they are written (millions of them as a list of tuples took gigabytes)."""
    store = ProfilingStore(cat)
    info = record_info(cat, store.linked_ids(method.name, method.version))
    links = store.links(method.name, method.version)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["profile_a", "seizure_a", "country_a", "profile_b", "seizure_b", "country_b", "score",
                         "method"])
        for a, b, score in links:
            ia, ib = info.get(a, {}), info.get(b, {})
            writer.writerow([ia.get("lab_sample_number"), ia.get("seizure_reference"), ia.get("seizure_country"),
                             ib.get("lab_sample_number"), ib.get("seizure_reference"), ib.get("seizure_country"),
                             f"{score:.6g}", method.label])
            count += 1
    return count

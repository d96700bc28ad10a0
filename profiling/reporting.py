"""The figures behind the printed reports, as plain data (the desktop lays them out as PDF).

``validation_data``: a method's validation — the data, the score
distributions, the ROC curve with the operating point and its interval, the
likelihood ratios' calibration and held-out validity, every combination
evaluated, provenance.  ``link_data``: one pair of catalogue profiles under a
method — both profiles as compared, the score, the LR with its bounds, the
seizures' catalogue data and the method's validation summary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from catalogue.errors import CatalogueError, Message
from catalogue.records import RECORD_TYPES

from .calibration import Evaluation, roc_curve
from .metrics import METRICS, pair_scores
from .pretreat import pretreat

ROC_POINTS = 400            # enough for a printed curve; a million pairs would make a heavy PDF
SCORES_KEPT = 20_000        # scores drawn in the distributions (an even sample beyond that)
SEIZURE_FIELDS = ("lab_sample_number", "seizure_reference", "seizure_date", "seizure_country", "seizure_region",
                  "drug_type", "form", "main_substance", "purity", "adulterants", "diluents", "analysed_on",
                  "instrument", "method")


def _thin(values: np.ndarray, most: int) -> np.ndarray:
    if len(values) <= most:
        return values
    return values[np.linspace(0, len(values) - 1, most).round().astype(int)]


def validation_data(evaluation: Evaluation, chosen: dict[str, Any], *, values: np.ndarray, targets: list[str],
                    source: str, ground_truth: str, provenance: dict[str, Any]) -> dict[str, Any]:
    """``chosen`` is the validated combination as ``Validation.to_json()`` gives it (with plots), of the
    profiles ``values`` the evaluation was made on."""
    combination = evaluation.get(chosen["pretreatment"], chosen["metric"])
    higher = METRICS[combination.metric].higher_is_similar
    linked, unlinked = combination.linked_scores, combination.unlinked_scores
    if linked is None or unlinked is None:   # not kept by the evaluation: the same pairs scored again
        pairs = evaluation.pairs
        treated = pretreat(np.asarray(values, dtype=np.float64), combination.pretreatment, evaluation.reference)
        linked = pair_scores(combination.metric, treated[pairs.linked[:, 0]], treated[pairs.linked[:, 1]])
        unlinked = pair_scores(combination.metric, treated[pairs.unlinked[:, 0]], treated[pairs.unlinked[:, 1]])
    linked = np.sort(np.asarray(linked, dtype=np.float64))
    unlinked = np.sort(np.asarray(unlinked, dtype=np.float64))
    fpr, tpr, _ = roc_curve(linked, unlinked, higher)
    keep = np.unique(np.linspace(0, len(fpr) - 1, min(len(fpr), ROC_POINTS)).round().astype(int))
    return {
        "summary": {"source": source, "profiles": evaluation.profiles, "groups": evaluation.groups,
                    "linked_pairs": evaluation.linked_pairs, "unlinked_pairs": evaluation.unlinked_pairs,
                    "unlinked_total": evaluation.unlinked_total, "target_fpr": evaluation.target_fpr,
                    "ground_truth": ground_truth, "targets": list(targets)},
        "chosen": chosen, "why": chosen.get("chosen_because", ""), "higher_is_similar": higher,
        "linked_scores": _thin(linked, SCORES_KEPT).tolist(), "unlinked_scores": _thin(unlinked, SCORES_KEPT).tolist(),
        "roc": {"fpr": fpr[keep].tolist(), "tpr": tpr[keep].tolist()},
        "combinations": [c.to_json() for c in sorted(evaluation.combinations, key=lambda c: (-c.tpr, -c.auc))],
        "provenance": {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), **provenance},
    }


def _vector(record: dict[str, Any], targets: tuple[str, ...]) -> np.ndarray:
    peaks = record.get("peaks") or {}
    return np.array([[float(peaks.get(name) or 0.0) for name in targets]], dtype=np.float64)


def link_data(cat, method, id_a: str, id_b: str) -> dict[str, Any]:
    """One pair of the catalogue's profiles under ``method`` (a ``ComparisonMethod``)."""
    records = []
    for record_id in (id_a, id_b):
        record = cat.get("profiling_result", record_id)
        if record.get("drug_type") != method.drug_type:
            raise CatalogueError(Message("{sample} is a {drug} profile; the method {method} compares {expected} "
                                         "profiles.", sample=record.get("lab_sample_number") or record_id,
                                         drug=record.get("drug_type"), method=method.label,
                                         expected=method.drug_type))
        records.append(record)
    raw = np.vstack([_vector(r, method.targets) for r in records])
    treated = pretreat(raw, method.pretreatment, method.reference)
    score = float(pair_scores(method.metric, treated[:1], treated[1:])[0])
    higher = METRICS[method.metric].higher_is_similar
    linked = score >= method.threshold if higher else score <= method.threshold
    lr = None
    if method.likelihood_ratio is not None:
        value = float(method.likelihood_ratio.at(score))
        bounds = method.likelihood_ratio.bounds
        lr = {"value": value, "bounds": list(bounds) if bounds else [float("nan"), float("nan")]}
    rt = RECORD_TYPES["profiling_result"]

    def side(record: dict[str, Any]) -> dict[str, Any]:
        fields = {}
        for name in SEIZURE_FIELDS:
            value = record.get(name)
            if isinstance(value, list):
                value = ", ".join(map(str, value))
            fields[rt.field(name).label] = "—" if value in (None, "") else str(value)
        return {"id": record["id"], "label": record.get("lab_sample_number") or record["id"], "fields": fields}

    return {"a": side(records[0]), "b": side(records[1]), "targets": list(method.targets),
            "values_a": treated[0].tolist(), "values_b": treated[1].tolist(), "score": score, "linked": bool(linked),
            "lr": lr,
            "method": {"label": method.label, "metric": method.metric, "pretreatment": method.pretreatment,
                       "threshold": method.threshold, "auc": method.auc, "fpr": method.fpr, "tpr": method.tpr,
                       "calibration": method.likelihood_ratio.kind if method.likelihood_ratio else None,
                       "provenance": dict(method.provenance)}}

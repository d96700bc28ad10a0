"""The figures behind the printed reports, as plain data (the desktop lays them out as PDF).

``validation_data``: a method's validation — the data, the score
distributions, the ROC curve with the operating point and its interval, the
likelihood ratios' calibration and held-out validity, every combination
evaluated, provenance.  ``link_data``: one pair of catalogue profiles under a
method — both profiles as compared, the score, the LR with its bounds, the
seizures' catalogue data and the method's validation summary.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError, Message
from labnet.catalogue.records import RECORD_TYPES
from labnet.common import clock

from .calibration import Evaluation, roc_curve
from .metrics import METRICS, pair_scores
from .pretreat import pretreat
from .tablets import compare_tablets
from .targets import profile_matrix

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
        if pairs is None:
            raise RuntimeError("an evaluation keeps its scores or the pairs they are of")  # internal: see calibration
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
        "provenance": {"date": clock.now().strftime("%Y-%m-%d %H:%M UTC"), **provenance},
    }


def link_data(cat, method, id_a: str, id_b: str) -> dict[str, Any]:
    """One pair of the catalogue's profiles under ``method`` (a ``ComparisonMethod``), judged as the
    Linkage view judges it (``workflows.pair_verdict``)."""
    from .workflows import pair_verdict, passes_threshold

    records = []
    for record_id in (id_a, id_b):
        record = cat.get("profiling_result", record_id)
        if record.get("drug_type") != method.drug_type:
            raise CatalogueError(Message("{sample} is a {drug} profile; the method {method} compares {expected} "
                                         "profiles.", sample=record.get("lab_sample_number") or record_id,
                                         drug=record.get("drug_type"), method=method.label,
                                         expected=method.drug_type))
        records.append(record)
    raw = profile_matrix([(r["id"], r.get("peaks")) for r in records], method.targets)
    if raw.rejected:
        raise CatalogueError(Message("This profile cannot be compared: {reason}.", reason=raw.rejected[0][1]))
    treated = pretreat(raw.values, method.pretreatment, method.reference)
    score = float(pair_scores(method.metric, treated[:1], treated[1:])[0])
    physical = compare_tablets(records[0], records[1], method.tolerances)
    linked, value, bounds = pair_verdict(method, score, physical.match)
    if value is not None and bounds is None:
        raise RuntimeError("a likelihood ratio is reported with its bounds")  # internal: pair_verdict gives both
    ratio = method.likelihood_ratio
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
            "values_a": treated[0].tolist(), "values_b": treated[1].tolist(), "score": score, "linked": linked,
            "passes_threshold": passes_threshold(method, score), "physical_match": physical.match,
            "lr": None if value is None or bounds is None else {"value": value, "bounds": list(bounds)},
            "lr_legacy": bool(ratio is not None and ratio.legacy),
            "method": {"label": method.label, "metric": method.metric, "pretreatment": method.pretreatment,
                       "threshold": method.threshold, "auc": method.auc, "fpr": method.fpr, "tpr": method.tpr,
                       "calibration": ratio.kind if ratio else None, "provenance": dict(method.provenance)}}

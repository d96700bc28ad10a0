"""Comparison methods: a calibrated combination, frozen, named and versioned.

A method fixes everything a score depends on — drug type, target list,
pretreatment and its reference statistics, metric, link threshold — plus what
calibration found (AUC, the FPR and TPR at the threshold, the likelihood
ratio curve, the population it came from).  Saving a method under a name
that exists makes the next version; versions never change, so a stored link
always names the exact parameters that produced it.  The JSON form
(``to_json``, sorted keys) is what a hub publishes to its network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from labnet.catalogue import audit
from labnet.catalogue.errors import CatalogueError, NotFound
from labnet.common import clock

from .calibration import Combination, Evaluation, LikelihoodRatio
from .metrics import metric
from .pretreat import ALL_PRETREATMENTS, ReferenceStats
from .store import ProfilingStore
from .tablets import Tolerances

METHOD_FORMAT = "labnet-comparison-method"


@dataclass(frozen=True)
class ComparisonMethod:
    name: str
    drug_type: str
    targets: tuple[str, ...]
    pretreatment: str
    metric: str
    threshold: float
    reference: ReferenceStats
    auc: float | None = None
    fpr: float | None = None
    tpr: float | None = None
    likelihood_ratio: LikelihoodRatio | None = None
    population: dict[str, Any] = field(default_factory=dict)
    tolerances: Tolerances = Tolerances()
    require_physical: bool = False
    version: int = 0            # given by save_method
    created_at: str = ""
    created_by: str = ""
    provenance: dict[str, Any] = field(default_factory=dict)   # see PROVENANCE_KEYS; {} for older methods

    def __post_init__(self) -> None:
        if self.pretreatment not in ALL_PRETREATMENTS:
            raise CatalogueError(f"“{self.pretreatment}” is not a pretreatment.")
        metric(self.metric)
        if len(self.reference.std) != len(self.targets):
            raise CatalogueError("The method's reference statistics do not match its target list.")
        if not self.name.strip() or len(self.name) > 100:
            raise CatalogueError("A comparison method needs a name of 1 to 100 characters.")

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}" if self.version else self.name

    def to_json(self) -> dict[str, Any]:
        return {"format": METHOD_FORMAT, "version": 1, "name": self.name, "method_version": self.version,
                "drug_type": self.drug_type, "targets": list(self.targets), "pretreatment": self.pretreatment,
                "metric": self.metric, "threshold": self.threshold, "reference": self.reference.to_json(),
                "auc": self.auc, "fpr": self.fpr, "tpr": self.tpr,
                "likelihood_ratio": self.likelihood_ratio.to_json() if self.likelihood_ratio else None,
                "population": self.population, "tolerances": self.tolerances.to_json(),
                "require_physical": self.require_physical, "created_at": self.created_at,
                "created_by": self.created_by, **({"provenance": self.provenance} if self.provenance else {})}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> ComparisonMethod:
        if not isinstance(doc, dict) or doc.get("format") != METHOD_FORMAT:
            raise CatalogueError("This is not a LabNet comparison method.")
        try:
            lr = doc.get("likelihood_ratio")
            return cls(str(doc["name"]), str(doc["drug_type"]), tuple(map(str, doc["targets"])),
                       str(doc["pretreatment"]), str(doc["metric"]), float(doc["threshold"]),
                       ReferenceStats.from_json(doc["reference"]), doc.get("auc"), doc.get("fpr"), doc.get("tpr"),
                       LikelihoodRatio.from_json(lr) if lr else None, dict(doc.get("population") or {}),
                       Tolerances.from_json(doc.get("tolerances") or {}), bool(doc.get("require_physical", False)),
                       int(doc.get("method_version", 0)), str(doc.get("created_at", "")),
                       str(doc.get("created_by", "")), _provenance(doc.get("provenance")))
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogueError(f"The comparison method is incomplete or damaged ({exc}).") from None


def _provenance(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise TypeError("its provenance must be an object")
    return json.loads(json.dumps(doc))  # a plain copy: what is stored is what was read


# -- provenance ----------------------------------------------------------------------------
PROVENANCE_KEYS = ("data_sha256", "data_description", "source_file", "source_file_sha256", "sheet",
                   "ground_truth", "software", "software_version", "calibrated_at", "calibrated_by", "validation")


def population_sha256(targets: tuple[str, ...], labels: list[str], groups: list[str], values) -> str:
    """SHA-256 of the calibration data as used: one JSON line per profile, in order.

    The text hashed is ``["targets", t1, …]`` then, per profile, ``[label, group, v1, …]`` (each value
    written by Python's ``repr`` of a float), each a JSON array on its own line, UTF-8, ``\n`` after
    each.  Anyone holding the same profiles can recompute it.
    """
    import hashlib

    digest = hashlib.sha256()
    digest.update((json.dumps(["targets", *targets], ensure_ascii=False) + "\n").encode("utf-8"))
    for label, group, row in zip(labels, groups, values):
        line = [str(label), str(group), *(float(v) for v in row)]
        digest.update((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
    return digest.hexdigest()


def file_sha256(path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def software_version() -> str:
    try:
        from importlib.metadata import version

        return version("labnet")
    except Exception:  # not installed as a package (a source tree): say so rather than guess
        return "unknown"


def validation_figures(evaluation: Evaluation, chosen: Combination) -> dict[str, Any]:
    """What calibration found for the chosen combination, as it is stored with the method."""
    figures = {key: value for key, value in chosen.to_json().items() if key not in ("pretreatment", "metric")}
    figures.update({"target_fpr": evaluation.target_fpr, "profiles": evaluation.profiles,
                    "groups": evaluation.groups, "linked_pairs": evaluation.linked_pairs,
                    "unlinked_pairs": evaluation.unlinked_pairs})
    return json.loads(json.dumps(figures, default=float))


def method_from_evaluation(name: str, drug_type: str, targets: tuple[str, ...], evaluation: Evaluation,
                           combination: Combination | None = None, *, source: str = "",
                           lr_calibration: str = "pav", provenance: dict[str, Any] | None = None
                           ) -> ComparisonMethod:
    """A method from a calibration: its best combination unless one is given (with scores kept for the LR,
    calibrated by ``lr_calibration``: ``pav`` or ``logistic``)."""
    chosen = combination or evaluation.best
    lr = None
    if chosen.linked_scores is not None and chosen.unlinked_scores is not None:
        lr = LikelihoodRatio.fit(chosen.linked_scores, chosen.unlinked_scores,
                                 metric(chosen.metric).higher_is_similar, lr_calibration)
    population = {"profiles": evaluation.profiles, "groups": evaluation.groups,
                  "linked_pairs": evaluation.linked_pairs, "unlinked_pairs": evaluation.unlinked_pairs,
                  "unlinked_sampled": evaluation.unlinked_pairs < evaluation.unlinked_total, "source": source}
    recorded = {**(provenance or {}), "software": "LabNet", "software_version": software_version(),
                "validation": validation_figures(evaluation, chosen)}
    return ComparisonMethod(name, drug_type, targets, chosen.pretreatment, chosen.metric, chosen.threshold,
                            evaluation.reference, chosen.auc, chosen.fpr, chosen.tpr, lr, population,
                            provenance=recorded)


# -- in the catalogue -------------------------------------------------------------------
def save_method(cat, method: ComparisonMethod) -> ComparisonMethod:
    """Store ``method`` as the next version of its name (with an audit entry); returns it as saved."""
    now, store = clock.stamp(), ProfilingStore(cat)
    with cat.transaction():
        saved = replace(method, version=store.last_version(method.name) + 1, created_at=now,
                        created_by=cat.actor.username)
        if saved.provenance:
            saved = replace(saved, provenance={**saved.provenance, "calibrated_at": now,
                                               "calibrated_by": cat.actor.username})
        store.add_method(saved.name, saved.version, saved.drug_type, now, saved.created_by,
                         json.dumps(saved.to_json(), sort_keys=True, ensure_ascii=False))
        audit.append(cat.conn, [audit.AuditEvent(now, cat.actor.username, "save_method", None, None,
                                                 {"method": saved.name, "version": saved.version,
                                                  "drug_type": saved.drug_type, "pretreatment": saved.pretreatment,
                                                  "metric": saved.metric, "threshold": saved.threshold})])
    return saved


def load_method(cat, name: str, version: int | None = None) -> ComparisonMethod:
    definition = ProfilingStore(cat).definition(name, version)
    if definition is None:
        known = ", ".join(m["name"] for m in list_methods(cat)) or "none yet"
        raise NotFound(f"There is no comparison method “{name}”{'' if version is None else f' v{version}'} "
                       f"(saved methods: {known}); calibrate one with “labnet profiles calibrate”.")
    return ComparisonMethod.from_json(json.loads(definition))


def list_methods(cat) -> list[dict[str, Any]]:
    """The latest version of each method, newest first."""
    return ProfilingStore(cat).latest_methods()


NETWORK_SUFFIX = " (network)"


def adopt_method(cat, method: ComparisonMethod, *, source: str) -> ComparisonMethod | None:
    """Keep a method the network published, under ``NAME (network)`` and its own version (the suffix keeps it
    apart from a local method of the same name).  Returns it, or None when it was adopted before."""
    name = method.name if method.name.endswith(NETWORK_SUFFIX) else method.name[:100 - len(NETWORK_SUFFIX)] + NETWORK_SUFFIX
    adopted = replace(method, name=name)
    now, store = clock.stamp(), ProfilingStore(cat)
    with cat.transaction():
        if store.has_method(name, adopted.version):
            return None
        store.add_method(name, adopted.version, adopted.drug_type, now, adopted.created_by,
                         json.dumps(adopted.to_json(), sort_keys=True, ensure_ascii=False))
        audit.append(cat.conn, [audit.AuditEvent(now, cat.actor.username, "adopt_method", None, None,
                                                 {"method": name, "version": adopted.version, "source": source,
                                                  "drug_type": adopted.drug_type, "metric": adopted.metric,
                                                  "threshold": adopted.threshold})])
    return adopted

"""Target-compound lists, and profiles as rows of a matrix over one list.

A list names, per drug type, the compounds whose peak areas make a profile
(`resources/targets/<drug>.json`, shipped).  A laboratory or a network may
edit it: a file of the same name in ``<data folder>/targets/`` takes
precedence, and is checked with clear errors.

In a profile a target that was not detected is a zero peak, not an error.  A
profile in which *no* target of the list has a positive area cannot be
compared with anything; it is left out with a reason, and the rest go on.

A list also says how complete it is (``completeness``), the publications it
follows (``references``), and the comparison **presets** harmonised for that
drug: a named pretreatment + metric (and, when the publication fixes one, the
false-positive rate) with what it is harmonised for and its reference
(``Preset``, ``load_preset``, ``available_presets``).  A preset never carries a
threshold: that is calibrated on the laboratory's own pairs.

Signed variables (isotope ratios, δ values) are read with ``signed=True``:
negative values are kept, and an empty cell is a missing measurement (the
profile is left out with the reason), not a zero peak.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError

TARGETS_DIR = "targets"


@dataclass(frozen=True)
class Preset:
    """A comparison the field has published for a drug: what it is harmonised for, and where it comes from."""

    name: str
    drug_type: str
    pretreatment: str | None          # None: the publication fixes none (calibrate on your data)
    metric: str | None
    harmonised_for: str
    reference: str
    fpr: float | None = None
    notes: str = ""
    alternatives: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "drug_type": self.drug_type, "pretreatment": self.pretreatment,
                "metric": self.metric, "fpr": self.fpr, "harmonised_for": self.harmonised_for,
                "reference": self.reference, "notes": self.notes,
                "alternatives": [list(a) for a in self.alternatives]}


@dataclass(frozen=True)
class TargetList:
    drug_type: str
    targets: tuple[str, ...]
    source: str = ""
    completeness: str = ""
    references: tuple[str, ...] = ()
    presets: tuple[Preset, ...] = ()

    def __post_init__(self) -> None:
        problems = []
        if not self.targets:
            problems.append("it names no target compound")
        seen: set[str] = set()
        for name in self.targets:
            if not isinstance(name, str) or not name.strip():
                problems.append("a target name is empty")
            elif name.casefold() in seen:
                problems.append(f"“{name}” is listed twice")
            else:
                seen.add(name.casefold())
        if problems:
            raise CatalogueError(f"The target list for {self.drug_type} cannot be used: " + "; ".join(problems) + ".")

    def to_json(self) -> dict[str, Any]:
        return {"drug_type": self.drug_type, "targets": list(self.targets), "source": self.source,
                "completeness": self.completeness, "references": list(self.references),
                "presets": [p.to_json() for p in self.presets]}


def available_drug_types(data_dir: Path | None = None) -> list[str]:
    names = {p.name[:-5] for p in files("labnet.resources").joinpath(TARGETS_DIR).iterdir() if p.name.endswith(".json")}
    if data_dir is not None and (Path(data_dir) / TARGETS_DIR).is_dir():
        names |= {p.stem for p in (Path(data_dir) / TARGETS_DIR).glob("*.json")}
    return sorted(names)


def load_target_list(drug_type: str, data_dir: Path | None = None) -> TargetList:
    """The laboratory's list for ``drug_type`` if it has one, else the one shipped with LabNet."""
    if data_dir is not None:
        own = Path(data_dir) / TARGETS_DIR / f"{drug_type}.json"
        if own.exists():
            return _parse(own.read_bytes(), str(own), drug_type)
    shipped = files("labnet.resources").joinpath(TARGETS_DIR, f"{drug_type}.json")
    try:
        return _parse(shipped.read_bytes(), f"the shipped list {drug_type}.json", drug_type)
    except FileNotFoundError:
        raise CatalogueError(f"There is no target-compound list for “{drug_type}”; known drug types: "
                             f"{', '.join(available_drug_types(data_dir))}.") from None


def _parse(data: bytes, where: str, drug_type: str) -> TargetList:
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"{where} is not valid JSON ({exc}).") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("targets"), list):
        raise CatalogueError(f"{where} must be an object with a “targets” list of compound names.")
    if doc.get("drug_type", drug_type) != drug_type:
        raise CatalogueError(f"{where} is for {doc.get('drug_type')}, not {drug_type}.")
    references = doc.get("references") or []
    if not isinstance(references, list):
        raise CatalogueError(f"{where}: “references” must be a list of citations.")
    return TargetList(drug_type, tuple(str(t).strip() for t in doc["targets"]), str(doc.get("source", "")),
                      str(doc.get("completeness", "")), tuple(str(r) for r in references),
                      tuple(_preset(p, where, drug_type) for p in (doc.get("presets") or [])))


def _preset(doc: Any, where: str, drug_type: str) -> Preset:
    from .metrics import METRICS
    from .pretreat import ALL_PRETREATMENTS

    if not isinstance(doc, dict) or not str(doc.get("name") or "").strip():
        raise CatalogueError(f"{where}: each preset must be an object with a name.")
    name = str(doc["name"]).strip()
    pretreatment, metric_name = doc.get("pretreatment"), doc.get("metric")
    if pretreatment is not None and pretreatment not in ALL_PRETREATMENTS:
        raise CatalogueError(f"{where}: the preset {name} names an unknown pretreatment “{pretreatment}”.")
    if metric_name is not None and metric_name not in METRICS:
        raise CatalogueError(f"{where}: the preset {name} names an unknown metric “{metric_name}”.")
    if not str(doc.get("reference") or "").strip() or not str(doc.get("harmonised_for") or "").strip():
        raise CatalogueError(f"{where}: the preset {name} must say what it is harmonised for and its reference.")
    fpr = doc.get("fpr")
    if fpr is not None and not (isinstance(fpr, (int, float)) and 0 < fpr < 1):
        raise CatalogueError(f"{where}: the preset {name} has a false-positive rate that is not between 0 and 1.")
    alternatives = tuple((str(a[0]), str(a[1])) for a in (doc.get("alternatives") or []))
    return Preset(name, drug_type, pretreatment, metric_name, str(doc["harmonised_for"]), str(doc["reference"]),
                  float(fpr) if fpr is not None else None, str(doc.get("notes", "")), alternatives)


def available_presets(data_dir: Path | None = None) -> list[Preset]:
    """Every preset of every target list (the laboratory's own lists first, where it has them)."""
    return [p for drug in available_drug_types(data_dir) for p in load_target_list(drug, data_dir).presets]


def load_preset(name: str, data_dir: Path | None = None) -> tuple[Preset, TargetList]:
    """The preset called ``name`` (case does not matter) and the target list it belongs to."""
    for drug in available_drug_types(data_dir):
        targets = load_target_list(drug, data_dir)
        for preset in targets.presets:
            if preset.name.casefold() == name.strip().casefold():
                return preset, targets
    known = ", ".join(p.name for p in available_presets(data_dir)) or "none"
    raise CatalogueError(f"There is no comparison preset “{name}”; the presets are: {known}.")


@dataclass
class ProfileMatrix:
    """Profiles as rows over one target list; ``rejected`` holds (row label, reason) of those left out."""

    targets: tuple[str, ...]
    values: np.ndarray                       # n × k, float64, peak areas (missing target = 0)
    labels: list[str]                        # one per row: a record id, or a row of a file
    rejected: list[tuple[str, str]] = field(default_factory=list)
    unknown: dict[str, int] = field(default_factory=dict)  # compounds not in the list → in how many profiles

    def __len__(self) -> int:
        return len(self.labels)


def profile_matrix(peaks: Iterable[tuple[str, Mapping[str, Any] | None]], targets: TargetList | tuple[str, ...],
                   *, signed: bool = False) -> ProfileMatrix:
    """Build the matrix from ``(label, {compound: area})`` pairs; bad profiles are rejected, not raised.

    With ``signed`` the values are signed variables (δ values…): negatives are kept, and every variable must
    have a value (an empty cell is a missing measurement, not a zero peak).
    """
    names = targets.targets if isinstance(targets, TargetList) else tuple(targets)
    column = {name.casefold(): i for i, name in enumerate(names)}
    rows: list[np.ndarray] = []
    labels: list[str] = []
    rejected: list[tuple[str, str]] = []
    unknown: dict[str, int] = {}
    for label, areas in peaks:
        row = np.zeros(len(names))
        problem = None
        if signed:
            given = {str(c).strip().casefold() for c, a in (areas or {}).items() if a not in (None, "")}
            missing = [n for n in names if n.casefold() not in given]
            if missing:
                rejected.append((label, f"no value for {', '.join(missing)} (signed variables have no "
                                        "“not detected” zero)"))
                continue
        for compound, area in (areas or {}).items():
            index = column.get(str(compound).strip().casefold())
            if index is None:
                unknown[compound] = unknown.get(compound, 0) + 1
                continue
            try:
                value = float(area) if area not in (None, "") else 0.0
            except (TypeError, ValueError):
                problem = f"the peak area of {compound} is not a number ({area!r})"
                break
            except OverflowError:   # an integer beyond float64 (JSON 10**400): rejected, never raised
                problem = (f"the value of {compound} is a {area.bit_length()}-bit integer, beyond the range of a "
                           "floating-point number" if isinstance(area, int) else
                           f"the value of {compound} is beyond the range of a floating-point number")
                break
            if not math.isfinite(value) or (value < 0 and not signed):
                problem = (f"the value of {compound} must be a finite number, not {area!r}" if signed else
                           f"the peak area of {compound} must be a finite number ≥ 0, not {area!r}")
                break
            row[index] = value
        if problem is None and not signed and not row.any():
            problem = "none of the target compounds has a peak, so there is nothing to compare"
        if problem:
            rejected.append((label, problem))
            continue
        rows.append(row)
        labels.append(label)
    values = np.vstack(rows) if rows else np.zeros((0, len(names)))
    return ProfileMatrix(names, values, labels, rejected, unknown)

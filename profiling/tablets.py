"""Physical comparison of tablets: logo and colour as categories, dimensions and weight within tolerances.

Two tablets agree on an attribute when both have it and it matches: logo and
colour after case and spacing are ignored, diameter and thickness within an
absolute tolerance (mm), weight within a relative one.  The physical score is
the share of attributes both tablets have that agree (0 … 1), and they
*match* physically when every such attribute agrees and at least the logo or
two other attributes were compared.  The chemical score decides a link; the
physical comparison is reported beside it, and a method may require it
(``require_physical``) so that a tablet link needs both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from labnet.catalogue.records import PROFILING_RESULT, TABLET_FORMS

ATTRIBUTES = PROFILING_RESULT.physical_fields  # logo, colour, diameter, thickness, weight


@dataclass(frozen=True)
class Tolerances:
    diameter_mm: float = 0.2
    thickness_mm: float = 0.2
    weight_relative: float = 0.05

    def to_json(self) -> dict[str, float]:
        return {"diameter_mm": self.diameter_mm, "thickness_mm": self.thickness_mm,
                "weight_relative": self.weight_relative}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Tolerances:
        return cls(**{k: float(v) for k, v in doc.items() if k in ("diameter_mm", "thickness_mm", "weight_relative")})


@dataclass(frozen=True)
class PhysicalComparison:
    compared: tuple[str, ...]
    agreeing: tuple[str, ...]

    @property
    def score(self) -> float | None:
        return len(self.agreeing) / len(self.compared) if self.compared else None

    @property
    def match(self) -> bool | None:
        """True/False when there was enough to compare, None when there was not (e.g. powders)."""
        if not self.compared or ("logo" not in self.compared and len(self.compared) < 2):
            return None
        return len(self.agreeing) == len(self.compared)


def is_tablet(record: Mapping[str, Any]) -> bool:
    """Whether a profiling result describes a tablet (or capsule): the records physical comparison is for."""
    return str(record.get("form") or "").casefold() in TABLET_FORMS


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split()).casefold()
    return text or None


def compare_tablets(a: Mapping[str, Any], b: Mapping[str, Any], tolerances: Tolerances = Tolerances()
                    ) -> PhysicalComparison:
    compared, agreeing = [], []
    for name in ("logo", "colour"):
        x, y = _text(a.get(name)), _text(b.get(name))
        if x is not None and y is not None:
            compared.append(name)
            if x == y:
                agreeing.append(name)
    limits = {"diameter_mm": lambda x, y: abs(x - y) <= tolerances.diameter_mm + 1e-9,
              "thickness_mm": lambda x, y: abs(x - y) <= tolerances.thickness_mm + 1e-9,
              "weight_mg": lambda x, y: abs(x - y) <= tolerances.weight_relative * max(x, y) + 1e-9}
    for name, within in limits.items():
        x, y = a.get(name), b.get(name)
        if x is not None and y is not None:
            compared.append(name)
            if within(float(x), float(y)):
                agreeing.append(name)
    return PhysicalComparison(tuple(compared), tuple(agreeing))

"""What the printed proficiency-test reports say (issue 21), from the hub's signed bulletins, as plain data.

- ``result_content``: the laboratory's individual report, from its ``pt-result`` bulletin of a round: each item
  it reported with the assigned value, σ_pt, u(x_pt), the intervals x_pt ± 2σ_pt and ± 3σ_pt, its z or z′ and
  the outcome (or why the item has no assigned value);
- ``summary_content``: the round's summary, from the ``pt-summary`` bulletin every laboratory gets: per item the
  assigned value and every result under the anonymous codes with its score, and the data of two plots per item
  (the results against x_pt ± 2σ/3σ, the scores per laboratory against ±2/±3) as ``PtPlot``s.

The figures are the hub's, as signed; nothing is recomputed here.  Laid out by ``labnet.desktop.pt_reports``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labnet.catalogue.errors import CatalogueError, Message
from labnet.catalogue.report_data import Content, Moment, Word
from labnet.common.messages import Number
from labnet.protocol.bulletin import Bulletin

from .proficiency import PT_SCHEME


@dataclass(frozen=True)
class PtPlot:
    """One plot of an item: points (code, y) against a centre line and two pairs of limits."""

    title: Message
    y_label: Message
    points: list[tuple[str, float]]   # (anonymous code, value or score), in code order
    centre: float                     # x_pt, or 0 for the scores
    warning: float                    # half-width of the ±2 band (2σ_pt, or 2)
    action: float                     # half-width of the ±3 band


OUTCOMES = {"satisfactory": Word("satisfactory"), "questionable": Word("questionable"),
            "unsatisfactory": Word("unsatisfactory")}
METHODS = {"algorithm-a": Message("Algorithm A (ISO 13528)"), "reference": Message("reference value")}


def find_bulletin(bulletins: list[Bulletin], kind: str, round_id: str) -> Bulletin:
    """The latest ``kind`` bulletin of round ``round_id``; refused, saying what is missing, when there is none."""
    found = [b for b in bulletins if b.kind == kind and str(b.content.get("round")) == round_id]
    if not found:
        raise CatalogueError(Message("No {kind} bulletin of round {round} has arrived from the hub (labnet sync "
                                     "fetches it once the round is closed).", kind=kind, round=round_id))
    return max(found, key=lambda b: b.seq)


def _figure(value: Any) -> Any:
    """A figure as the hub sent it, to six significant figures for reading (blank when there is none)."""
    return float(f"{value:.6g}") if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _interval(item: dict[str, Any], k: int) -> Message | str:
    x, s = item.get("assigned"), item.get("sigma_pt")
    if not isinstance(x, int | float) or not isinstance(s, int | float):
        return ""
    # Numbers, not text, so an Arabic report writes them in its own digits (issue 22); English text as before.
    return Message("{low} – {high}", low=Number(x - k * s, ".4g"), high=Number(x + k * s, ".4g"))


def _score(row: dict[str, Any]) -> list[Any]:
    z = row.get("z")
    if not isinstance(z, int | float):
        return ["", "", Message("not scored")]
    return [str(row.get("kind") or "z"), round(float(z), 2), OUTCOMES.get(str(row.get("outcome")), "")]


def _method(item: dict[str, Any]) -> Any:
    return METHODS.get(str(item.get("method")), str(item.get("method") or ""))


def _assignment(item: dict[str, Any]) -> list[list[Any]]:
    """An item's assigned value, how it was got, σ_pt, u(x_pt) and the two intervals, as facts."""
    return [[Message("Assigned value x_pt"), _figure(item.get("assigned"))], [Message("Method"), _method(item)],
            [Message("σ_pt"), _figure(item.get("sigma_pt"))], [Message("u(x_pt)"), _figure(item.get("uncertainty"))],
            [Message("x_pt ± 2σ_pt"), _interval(item, 2)], [Message("x_pt ± 3σ_pt"), _interval(item, 3)]]


def _outcomes_explained(content: Content) -> None:
    content.paragraph(Message("z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) > 0.3 σ_pt "
                              "(ISO 13528:2015). |z| ≤ 2 is satisfactory, 2 < |z| < 3 questionable, |z| ≥ 3 "
                              "unsatisfactory."))


def result_content(bulletin: Bulletin) -> Content:
    """The laboratory's individual report of a round, from its ``pt-result`` bulletin."""
    c = bulletin.content
    round_id = str(c.get("round", ""))
    content = Content("pt-result", Message("Proficiency test {round}: this laboratory's results", round=round_id))
    content.facts([[Message("Round"), round_id], [Message("Scheme"), PT_SCHEME],
                   [Message("Participant code"), str(c.get("code", ""))],
                   [Message("Closed"), Moment(str(c.get("closed_at", "")))],
                   [Message("Source"), Message("the hub's signed bulletin #{seq}", seq=bulletin.seq)]])
    results = [r for r in c.get("results") or [] if isinstance(r, dict)]
    content.heading(Message("Results and scores"))
    if not results:
        content.paragraph(Message("The laboratory sent no result in this round."))
        return content
    content.table([Message("Material"), Message("Analyte"), Message("Result"), Message("Unit"), Message("Score"),
                   Message("Value"), Message("Outcome")],
                  [[str(r.get("material", "")), str(r.get("analyte", "")), _figure(r.get("value")),
                    str(r.get("unit", "")), *_score(r)] for r in results])
    for r in results:
        content.heading(Message("{analyte} in {material} ({unit})", analyte=str(r.get("analyte", "")),
                                material=str(r.get("material", "")), unit=str(r.get("unit", ""))))
        if r.get("error"):
            content.paragraph(Message("No assigned value: {reason}", reason=str(r["error"])))
            continue
        content.facts([[Message("Result"), _figure(r.get("value"))], *_assignment(r),
                       [Message("Score"), Message("{kind} = {z}", kind=_score(r)[0], z=_score(r)[1])],
                       [Message("Outcome"), _score(r)[2]]])
    _outcomes_explained(content)
    return content


def summary_content(bulletin: Bulletin) -> tuple[Content, list[PtPlot]]:
    """The round's summary under the anonymous codes, and the plots of each item that has an assigned value."""
    c = bulletin.content
    round_id = str(c.get("round", ""))
    content = Content("pt-summary", Message("Proficiency test {round}: the round's summary", round=round_id))
    content.facts([[Message("Round"), round_id], [Message("Scheme"), PT_SCHEME],
                   [Message("Deadline"), Moment(str(c.get("deadline", "")))],
                   [Message("Closed"), Moment(str(c.get("closed_at", "")))],
                   [Message("Participants"), int(c.get("participants") or 0)],
                   [Message("Source"), Message("the hub's signed bulletin #{seq}", seq=bulletin.seq)]])
    content.paragraph(Message("Each laboratory appears under its anonymous code; only the hub knows which "
                              "laboratory holds which."))
    plots: list[PtPlot] = []
    for item in c.get("items") or []:
        if not isinstance(item, dict):
            continue
        material, analyte, unit = (str(item.get(k, "")) for k in ("material", "analyte", "unit"))
        rows = sorted((r for r in item.get("results") or [] if isinstance(r, dict)), key=lambda r: str(r.get("code")))
        content.heading(Message("{analyte} in {material} ({unit})", analyte=analyte, material=material, unit=unit))
        if item.get("error"):
            content.paragraph(Message("No assigned value: {reason}", reason=str(item["error"])))
        else:
            content.facts(_assignment(item))
        content.table([Message("Laboratory"), Message("Result"), Message("Score"), Message("Value"),
                       Message("Outcome")],
                      [[str(r.get("code", "")), _figure(r.get("value")), *_score(r)] for r in rows])
        plots += item_plots(item)
    _outcomes_explained(content)
    return content, plots


def item_plots(item: dict[str, Any]) -> list[PtPlot]:
    """The two plots of a summary's item that has an assigned value (none otherwise): its results against
    x_pt ± 2σ_pt/3σ_pt, and each laboratory's score against ±2/±3, the laboratories in code order."""
    material, analyte, unit = (str(item.get(k, "")) for k in ("material", "analyte", "unit"))
    rows = sorted((r for r in item.get("results") or [] if isinstance(r, dict)), key=lambda r: str(r.get("code")))
    x, s = item.get("assigned"), item.get("sigma_pt")
    if item.get("error") or not isinstance(x, int | float) or not isinstance(s, int | float) or not rows:
        return []
    what = Message("{analyte} in {material}", analyte=analyte, material=material)
    return [PtPlot(Message("{what}: the results against x_pt ± 2σ_pt and ± 3σ_pt", what=what),
                   Message("result ({unit})", unit=unit),
                   [(str(r.get("code")), float(r["value"])) for r in rows if isinstance(r.get("value"), int | float)],
                   float(x), 2 * float(s), 3 * float(s)),
            PtPlot(Message("{what}: the score of each laboratory", what=what), Message("z or z′"),
                   [(str(r.get("code")), float(r["z"])) for r in rows if isinstance(r.get("z"), int | float)],
                   0.0, 2.0, 3.0)]

"""What a bulletin says, by kind: the typed ``content`` of ``notice``, ``method`` and ``link`` bulletins.

The hub writes a bulletin's content with ``to_json()`` and a laboratory reads it with ``content_of`` — never
by picking keys out of a dict — so the two cannot drift apart.  A comparison method's version is
``method_version`` wherever it appears: in a method bulletin (the method's own definition, where ``version``
is the definition format's number) and in the method a link bulletin names.  Link bulletins from hubs before
this naming wrote the method's version as ``version``: ``MethodRef.from_json`` reads either (a laboratory's
``bulletins.jsonl`` keeps such bulletins; a laboratory of those releases shows a newer one's version as "?").
Fields a reader does not know are kept (``extra``): the signature covers them and later releases add some
(``docs/bundle-format.md`` §13).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labnet.common.messages import Message

from .wire import WireError, field_int, field_text, wire_object


@dataclass(frozen=True)
class Notice:
    """A sentence from the hub's administrator."""

    text: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text}

    @classmethod
    def from_json(cls, doc: object) -> Notice:
        what = Message("the notice")
        return cls(field_text(wire_object(doc, what), "text", what))


@dataclass(frozen=True)
class MethodAnnounced:
    """A comparison method the network adopted: its definition (``labnet.profiling.method.ComparisonMethod.to_json``),
    of which a laboratory shows the name, version and drug type and adopts the whole."""

    name: str
    method_version: int
    drug_type: str
    definition: dict[str, Any]   # the whole definition, as signed

    def to_json(self) -> dict[str, Any]:
        return self.definition

    @classmethod
    def from_json(cls, doc: object) -> MethodAnnounced:
        what = Message("the announced method")
        doc = wire_object(doc, what)
        return cls(field_text(doc, "name", what), field_int(doc, "method_version", what, low=1),
                   field_text(doc, "drug_type", what), doc)


@dataclass(frozen=True)
class MethodRef:
    """The method a link was found with, as a link bulletin names it: enough to read each link's score and
    likelihood ratio (``extra``: the likelihood-ratio calibration and bounds, and any later field)."""

    name: str
    method_version: int
    drug_type: str
    metric: str
    threshold: float
    higher_is_similar: bool
    extra: dict[str, Any] = field(default_factory=dict)

    _KNOWN = ("name", "method_version", "version", "drug_type", "metric", "threshold", "higher_is_similar")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "method_version": self.method_version, "drug_type": self.drug_type,
                "metric": self.metric, "threshold": self.threshold,
                "higher_is_similar": self.higher_is_similar, **self.extra}

    @classmethod
    def from_json(cls, doc: object) -> MethodRef:
        what = Message("the method of a link bulletin")
        doc = wire_object(doc, what)
        version = "method_version" if "method_version" in doc else "version"   # before the one name: version
        threshold = doc.get("threshold")
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
            raise WireError(Message("{what}'s “{name}” is not a number", what=what, name="threshold").capitalized())
        similar = doc.get("higher_is_similar")
        if not isinstance(similar, bool):
            raise WireError(Message("{what}'s “{name}” is not true or false", what=what,
                                    name="higher_is_similar").capitalized())
        return cls(field_text(doc, "name", what), field_int(doc, version, what, low=1),
                   field_text(doc, "drug_type", what), field_text(doc, "metric", what), float(threshold), similar,
                   {k: v for k, v in doc.items() if k not in cls._KNOWN})


@dataclass(frozen=True)
class LinkNotice:
    """Profiles of the addressed laboratory found linked to other laboratories' (each link: ``record_id``,
    ``other_lab_id``, ``other_lab``, ``other_lab_country``, ``score``, ``likelihood_ratio`` and the other
    profile's shared ``other_…`` fields)."""

    method: MethodRef
    links: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method.to_json(), "links": list(self.links)}

    @classmethod
    def from_json(cls, doc: object) -> LinkNotice:
        what = Message("the link bulletin")
        doc = wire_object(doc, what)
        links = doc.get("links")
        if not isinstance(links, list) or not all(isinstance(link, dict) for link in links):
            raise WireError(Message("{what}'s “{name}” is not a list of objects", what=what,
                                    name="links").capitalized())
        return cls(MethodRef.from_json(doc.get("method")), tuple(links))


KINDS: dict[str, type[Notice] | type[MethodAnnounced] | type[LinkNotice]] = {
    "notice": Notice, "method": MethodAnnounced, "link": LinkNotice}


def content_of(kind: str, content: object) -> Notice | MethodAnnounced | LinkNotice:
    """A bulletin's content as its kind's message; WireError when it is not of that form (or the kind unknown:
    ``labnet.protocol.bulletin`` refuses unknown kinds before this)."""
    if kind not in KINDS:
        raise WireError(Message("a bulletin of kind “{kind}” is not one LabNet knows", kind=kind))
    return KINDS[kind].from_json(content)

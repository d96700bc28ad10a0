"""What a write of records is checked against before it is made: the fields a record type has, the
rights a change needs (disposing of a standard, authorising training), the version the writer read,
and the status changes a standard may make (``transition_problems``, also shown by the form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import vocab
from .errors import ConflictError, Message, Problem, ValidationError
from .records import RecordType
from .store_rows import Record

if TYPE_CHECKING:
    from .users import Actor


class WriteChecks:
    """``Catalogue``'s checks of a write (a mixin: the writer's ``actor`` is the catalogue's)."""

    actor: Actor

    def _validated(self, rt: RecordType, values: Record, given: Record | None = None) -> Record:
        unknown = sorted(set(given if given is not None else values) - set(rt.field_names))
        if unknown:
            raise ValidationError([Problem(n, (given or values)[n], Message("“{name}” is not a field of a {thing}",
                                                                            name=n, thing=rt.label.lower()))
                                   for n in unknown])
        clean, problems = rt.validate(values)
        if problems:
            raise ValidationError(problems)
        return clean

    def _require_rights(self, rt: RecordType, current: Record | None, new: Record) -> None:
        if rt.custody and new.get("status") == "disposed" and (
                current is not None and current.get("status") != "disposed"):
            self.actor.require("dispose_standard")
        if rt.authorises:
            authorising = new.get("activity_type") == "authorisation" or new.get("authorised_by")
            changed = current is None or any(current.get(n) != new.get(n) for n in rt.field_names)
            if authorising and changed:
                self.actor.require("authorise_training")

    def _check_version(self, rt: RecordType, current: Record, expected: int | None) -> None:
        if expected is not None and current["version"] != expected:
            raise ConflictError(Message(
                "This {thing} was changed by {user} at {time} "
                "after you opened it. Reopen it to see that change, then make yours again.",
                thing=rt.label.lower(), user=current["updated_by"], time=current["updated_at"]))


def transition_problems(rt: RecordType, current: Record, new: Record) -> list[Problem]:
    if not rt.custody:  # status transitions of a stock (a standard)
        return []
    old_status, new_status = current.get("status"), new.get("status")
    if old_status == new_status or new_status is None:
        return []
    if old_status is None:
        raise RuntimeError("a stored standard without a status")  # internal: the status is required
    if new_status not in vocab.SAMPLE_TRANSITIONS.get(old_status, set()):
        allowed = ", ".join(vocab.SAMPLE_STATUSES[s].lower() for s in sorted(vocab.SAMPLE_TRANSITIONS[old_status])) or "nothing"
        return [Problem("status", new_status, Message(
            "a standard that is {now} cannot become {new} (it can become: {allowed})",
            now=vocab.SAMPLE_STATUSES[old_status].lower(), new=vocab.SAMPLE_STATUSES[new_status].lower(),
            allowed=allowed))]
    return []

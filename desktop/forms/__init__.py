"""Record forms: the editor generated from each record definition, and the
withdrawal dialog of a reference standard.

``RecordEditor(tasks, kind, record, parent)`` creates (``record=None``), edits or
duplicates (a record without id/version) a record and emits ``saved(record)``;
``WithdrawalDialog(tasks, sample, parent)`` records a withdrawal and emits
``saved(entry)``.  Both do all catalogue work through ``tasks``.
"""

from .editor import RecordEditor
from .withdrawal import WithdrawalDialog

__all__ = ["RecordEditor", "WithdrawalDialog"]

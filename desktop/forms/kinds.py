"""Which extras each record type's form gets."""

from __future__ import annotations

from .extras import FormExtras
from .profiling import ProfilingExtras
from .samples import SampleExtras
from .training import TrainingExtras

EXTRAS = {
    "reference_sample": SampleExtras,
    "training_record": TrainingExtras,
    "profiling_result": ProfilingExtras,
}


def extras_for(editor) -> FormExtras:
    return EXTRAS.get(editor.rt.kind, FormExtras)(editor)

"""Power loss: a process writing to the catalogue is killed (SIGKILL) at random moments.

After each kill the catalogue must open, pass ``PRAGMA integrity_check``, have
an audit chain that verifies, a change log with no gap, and hold exactly the
records whose transactions committed (each record's version matches the
change log).  Seeded, so a failure is reproducible.  The trial itself is
``fault_trials.power_loss`` (also run, with more seeds, by
``benchmarks/reliability.py``).
"""

from __future__ import annotations

import pytest

import fault_trials

# Each case kills writers at random for seconds: 5-11 s apiece under --durations.
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", range(4))
def test_a_writer_killed_at_random_leaves_a_sound_catalogue(tmp_path, seed):
    outcome = fault_trials.power_loss(tmp_path, seed)
    assert outcome.faults == 3 and outcome.changes > 0, outcome
    assert outcome.crashes == [] and outcome.lost == 0, outcome

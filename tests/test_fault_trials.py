"""Real faults between a laboratory and a real hub process: after each, nothing lost, doubled or unreceipted.

Three seeds per fault here (bounded for CI); ``benchmarks/reliability.py``
runs many more and writes the table in ``docs/reliability.md``.
"""

from __future__ import annotations

import pytest

import fault_trials

# Each trial runs a hub and laboratories through a fault: 20-46 s apiece under --durations.
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("fault", ["client_killed", "hub_killed", "lossy_link",
                                   "withdrawals"])   # power loss: its own file
def test_after_the_fault_nothing_is_lost_doubled_or_unreceipted(tmp_path, monkeypatch, fault, seed):
    monkeypatch.setenv("LABNET_PASSPHRASE", fault_trials.LAB_PASSPHRASE)
    outcome = fault_trials.TRIALS[fault](tmp_path, seed)
    assert outcome.changes > 0 and outcome.faults > 0, outcome
    assert outcome.crashes == [], outcome
    assert (outcome.lost, outcome.duplicated, outcome.receipts_lost) == (0, 0, 0), outcome

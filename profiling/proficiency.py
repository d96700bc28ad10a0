"""Proficiency-test statistics (ISO 13528:2015): Algorithm A, the assigned value, z and z′ scores.

Pure Python, no Qt and nothing of the catalogue, so the hub (which closes a round) and the laboratory
(which reads its result) compute with the same code.  Every refusal is a ``ProficiencyError`` carrying a
``Message``: a round too small or without spread is refused, never given a silently meaningless score.

- ``algorithm_a``: the robust mean x* and standard deviation s* of Annex C.3.1 — start from the median and
  1.483 × the median absolute deviation, winsorise at x* ± δ (δ = 1.5 s*), take the mean and
  1.134 × the standard deviation of the winsorised values, and repeat until the third significant figure
  of s* and the same decimal place of x* no longer change from one iteration to the next;
- ``assign``: the assigned value x_pt, σ_pt and u(x_pt) — from Algorithm A (u = 1.25 s*/√p, §7.7.3), or a
  reference value given with the round (its own uncertainty, σ_pt given or else s* of the results);
- ``score``: z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) > 0.3 σ_pt (§9.5),
  with the outcome |z| ≤ 2 satisfactory, 2 < |z| < 3 questionable, |z| ≥ 3 unsatisfactory (§9.4.1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from labnet.common.messages import Message, TranslatableError

# The outcomes of a score, as stored and sent (the catalogue's training records keep the English word).
SATISFACTORY, QUESTIONABLE, UNSATISFACTORY = "satisfactory", "questionable", "unsatisfactory"
MIN_RESULTS = 3  # Algorithm A needs a median and a spread; with two values the "robust" estimate is just their mean
MAX_ITERATIONS = 1000  # it converges in tens; past this, something is wrong with the data (refused, not guessed)


class ProficiencyError(TranslatableError):
    """A round's results from which no honest assigned value or score can be made; the message says why."""


@dataclass(frozen=True)
class Robust:
    """Algorithm A's result: the robust mean and standard deviation and the iterations it took."""

    mean: float
    sd: float
    iterations: int
    count: int


@dataclass(frozen=True)
class Assigned:
    """The assigned value, the standard deviation for proficiency assessment and the value's uncertainty."""

    value: float  # x_pt
    sigma: float  # σ_pt
    uncertainty: float  # u(x_pt)
    method: str  # "algorithm-a" or "reference"
    count: int  # results the value was made from (0 for a reference value with σ_pt given)

    @property
    def uses_z_prime(self) -> bool:
        """ISO 13528 §9.5: z′ when the assigned value's uncertainty is not negligible (u(x_pt) > 0.3 σ_pt)."""
        return self.uncertainty > 0.3 * self.sigma


@dataclass(frozen=True)
class Score:
    """One result scored: z or z′ (``kind`` says which) and its outcome."""

    value: float  # the lab's result
    z: float
    kind: str  # "z" or "z'"
    outcome: str


def _checked(values: Sequence[float], what: str) -> list[float]:
    numbers = [float(v) for v in values]
    bad = [v for v in numbers if not math.isfinite(v)]
    if bad:
        raise ProficiencyError(Message("{what} holds a value that is not a finite number ({value}).",
                                       what=what, value=bad[0]))
    if len(numbers) < MIN_RESULTS:
        raise ProficiencyError(Message.plural(
            "{what} has {n} result; Algorithm A needs at least {least}.",
            "{what} has {n} results; Algorithm A needs at least {least}.",
            len(numbers), what=what, least=MIN_RESULTS))
    return numbers


def _median(sorted_values: list[float]) -> float:
    n = len(sorted_values)
    middle = n // 2
    return sorted_values[middle] if n % 2 else (sorted_values[middle - 1] + sorted_values[middle]) / 2


def _place(sd: float, figures: int) -> int:
    """The decimal place of sd's ``figures``-th significant figure (3rd: 2 for 1.23, -1 for 123, 4 for 0.0123)."""
    return figures - 1 - math.floor(math.log10(sd))


def algorithm_a(values: Sequence[float], what: str = "The results", figures: int = 3) -> Robust:
    """ISO 13528:2015 Annex C.3.1 Algorithm A on ``values``; ``what`` names them in a refusal.

    It stops, as the standard says, when an iteration changes neither the third significant figure of s* nor
    the same decimal place of x* (``figures`` = 3).  That rule stops before the limit when the iteration
    creeps: on ISO 5725-5's creosote means it stops at s* = 1.054 where the limit is 1.07
    (tests/test_proficiency_stats.py); a larger ``figures`` follows the iteration further.
    """
    x = sorted(_checked(values, what))
    p = len(x)
    mean = _median(x)
    sd = 1.483 * _median(sorted(abs(v - mean) for v in x))
    if sd == 0:  # more than half the results equal: no spread to winsorise at (metRology's algA refuses too)
        raise ProficiencyError(Message(
            "{what} have no spread: at least half of them are equal, so Algorithm A has no robust "
            "standard deviation to work with. Give the round a reference value and σ_pt instead.", what=what))
    for iteration in range(1, MAX_ITERATIONS + 1):
        delta = 1.5 * sd
        low, high = mean - delta, mean + delta
        w = [low if v < low else high if v > high else v for v in x]
        new_mean = math.fsum(w) / p
        new_sd = 1.134 * math.sqrt(math.fsum((v - new_mean) ** 2 for v in w) / (p - 1))
        if new_sd == 0:  # a guard: with a positive MAD, two winsorised values stay apart
            raise ProficiencyError(Message("{what} have no spread left after winsorising.", what=what))
        place = _place(new_sd, figures)
        settled = round(new_sd, place) == round(sd, place) and round(new_mean, place) == round(mean, place)
        mean, sd = new_mean, new_sd
        if settled:
            return Robust(mean=mean, sd=sd, iterations=iteration, count=p)
    raise ProficiencyError(Message("Algorithm A did not converge on {what} in {n} iterations.",
                                   what=what, n=MAX_ITERATIONS))


def assign(values: Sequence[float], *, reference: float | None = None, reference_uncertainty: float = 0.0,
           sigma: float | None = None, what: str = "The results") -> Assigned:
    """The assigned value and σ_pt for one material × analyte.

    Without ``reference``: x_pt = x*, σ_pt = s* (or ``sigma`` when the round fixes it for fitness for
    purpose), u(x_pt) = 1.25 s*/√p (ISO 13528 §7.7.3).  With ``reference``: x_pt is that value with its
    stated standard uncertainty, σ_pt is ``sigma`` or else s* of the results.
    """
    if sigma is not None and not (math.isfinite(sigma) and sigma > 0):
        raise ProficiencyError(Message("σ_pt must be a positive number, not {sigma}.", sigma=sigma))
    if reference is not None:
        if not math.isfinite(reference):
            raise ProficiencyError(Message("The reference value must be a finite number, not {value}.",
                                           value=reference))
        if not (math.isfinite(reference_uncertainty) and reference_uncertainty >= 0):
            raise ProficiencyError(Message("The reference value's uncertainty must be zero or positive, "
                                           "not {value}.", value=reference_uncertainty))
        if sigma is not None:
            return Assigned(reference, sigma, reference_uncertainty, "reference", 0)
        robust = algorithm_a(values, what)
        return Assigned(reference, robust.sd, reference_uncertainty, "reference", robust.count)
    robust = algorithm_a(values, what)
    uncertainty = 1.25 * robust.sd / math.sqrt(robust.count)
    return Assigned(robust.mean, sigma if sigma is not None else robust.sd, uncertainty, "algorithm-a",
                    robust.count)


def outcome(z: float) -> str:
    """ISO 13528 §9.4.1: |z| ≤ 2 satisfactory, 2 < |z| < 3 questionable, |z| ≥ 3 unsatisfactory."""
    size = abs(z)
    return SATISFACTORY if size <= 2.0 else QUESTIONABLE if size < 3.0 else UNSATISFACTORY


def score(value: float, assigned: Assigned) -> Score:
    """One lab's result scored against the assigned value: z, or z′ when u(x_pt) > 0.3 σ_pt."""
    x = float(value)
    if not math.isfinite(x):
        raise ProficiencyError(Message("A result must be a finite number, not {value}.", value=value))
    if assigned.uses_z_prime:
        z = (x - assigned.value) / math.sqrt(assigned.sigma ** 2 + assigned.uncertainty ** 2)
        return Score(x, z, "z'", outcome(z))
    z = (x - assigned.value) / assigned.sigma
    return Score(x, z, "z", outcome(z))

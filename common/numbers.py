"""Whether a JSON number is one float64 holds: the one test for a value that will be read as a float.

``math.isfinite`` raises OverflowError on an integer past float64's range (JSON ``1`` followed by 400 zeros, which
Python's json reads as an int): a check written with it crashes on the very value it should refuse.
"""

from __future__ import annotations

import math
import sys
from typing import Any

FLOAT_MAX = sys.float_info.max


def finite_number(value: Any) -> bool:
    """An int or float (not a bool) that float64 holds as a finite number; an int is compared, never converted."""
    if type(value) is float:
        return math.isfinite(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return -FLOAT_MAX <= value <= FLOAT_MAX
    return False

"""canonical.dumps writes a long list a piece at a time (the window's worker keeps yielding Python's lock):
the same bytes as the one-call encoder, whatever the nesting."""

from __future__ import annotations

import random

from labnet.protocol import canonical


def value(rng: random.Random, depth: int):
    r = rng.random()
    if depth >= 3 or r < 0.4:
        return rng.choice([1, -5, 2.5, 1e-7, "é\u2028x\"\\", None, True, False, 12345678901, 0.1 + 0.2, "", "ß"])
    if r < 0.7:
        return [value(rng, depth + 1) for _ in range(rng.choice([0, 3, 257, 300]))]
    return {f"k{rng.randint(0, 50)}é": value(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def test_pieces_make_the_bytes_of_one_call():
    rng = random.Random(23)
    pieced = 0
    for _ in range(300):
        doc = {"receipt": {"records": [value(rng, 1) for _ in range(rng.choice([1, 400]))], "b": value(rng, 0)},
               "a": value(rng, 0), "z": [{"id": str(i), "n": i} for i in range(rng.choice([2, 1000]))]}
        pieced += canonical._long_list_in(doc, 3)
        assert canonical.dumps(doc) == canonical._ENCODER.encode(doc).encode("utf-8")
    assert pieced > 100     # the piecewise path was taken, not only the one call

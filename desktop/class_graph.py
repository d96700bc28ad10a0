"""The seizure graph of one chemical class, reduced to what can be read, and its layout (numpy, no Qt).

Run on the worker (``tasks.run``), never on the GUI thread.  A class of 11,000 seizures drawn whole is a
hairball that took minutes to lay out; here at most ``MAX_DRAWN`` seizures are drawn: the class's main hub
(the seizure linked to the most others) and the seizures reached from it breadth first, hubs first, each
with the link that reached it (a tree) plus the strongest other links among them, up to ``MAX_EDGES``.  The
rest is counted, not drawn.  Memory is O(links of the class) for the graph and O(``BLOCK`` × drawn) for the
layout: there is no n × n array.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MAX_DRAWN = 300      # seizures drawn; past this a force layout is unreadable anyway
MAX_EDGES = 900      # seizure-to-seizure links drawn
LABELLED = 20        # at most this many hubs are named; the others are dots
BLOCK = 256          # rows of the repulsion computed at once (memory a few BLOCK × n arrays)


@dataclass
class ClassGraph:
    labels: list[str]        # the drawn seizures
    pos: np.ndarray          # (drawn, 2) positions in [-1, 1]²
    edges: np.ndarray        # (m, 3) int: drawn seizure a, drawn seizure b, profile links between them
    degree: np.ndarray       # for each drawn seizure: the seizures it is linked to in the whole class
    seizures: int            # seizures in the whole class
    seizure_links: int       # linked pairs of seizures in the whole class
    links: int               # profile links in the class

    @property
    def not_drawn(self) -> int:
        return self.seizures - len(self.labels)


def seizure_edges(seizure: list[str], pairs: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Seizures (sorted) and edges (a, b, profile links) from each record's seizure and the class's record
    pairs (k × 2 indices into ``seizure``); a link within a seizure is no edge."""
    nodes, inverse = np.unique(np.asarray(seizure, dtype=object).astype(str), return_inverse=True)
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    a, b = inverse[pairs[:, 0]], inverse[pairs[:, 1]]
    keep = a != b
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    key, count = np.unique(lo * len(nodes) + hi, return_counts=True)
    edges = np.column_stack([key // len(nodes), key % len(nodes), count]).astype(np.int64)
    return nodes.tolist(), edges.reshape(-1, 3)


def reduce(n: int, edges: np.ndarray, limit: int = MAX_DRAWN, edge_limit: int = MAX_EDGES
           ) -> tuple[np.ndarray, np.ndarray]:
    """The seizures to draw (indices, at most ``limit``) and the edges among them to draw (renumbered to
    positions in the first array, at most ``edge_limit`` plus the tree that holds them together)."""
    degree = np.bincount(edges[:, :2].ravel(), minlength=n) if len(edges) else np.zeros(n, dtype=np.int64)
    if n <= limit and len(edges) <= edge_limit:
        return np.arange(n), edges
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    weight = np.concatenate([edges[:, 2], edges[:, 2]])
    hub = int(np.lexsort((np.arange(n), -degree))[0])     # the most connected; ties: the first seizure
    order, tree = [hub], []
    seen = np.zeros(n, dtype=bool)
    seen[hub] = True
    frontier = np.array([hub])
    while len(order) < limit and len(frontier):
        out = np.isin(src, frontier) & ~seen[dst]
        new, parent, w = dst[out], src[out], weight[out]
        # each new seizure once, reached by its strongest link; hubs (then the strongest link) first
        first = np.lexsort((parent, -w, new))
        new, parent, w = new[first], parent[first], w[first]
        unique = np.r_[True, new[1:] != new[:-1]]
        new, parent, w = new[unique], parent[unique], w[unique]
        rank = np.lexsort((new, -w, -degree[new]))[:limit - len(order)]
        new, parent, w = new[rank], parent[rank], w[rank]
        order.extend(new.tolist())
        tree.extend(zip(parent.tolist(), new.tolist(), w.tolist()))
        seen[new] = True
        frontier = new
    drawn = np.array(order, dtype=np.int64)
    position = np.full(n, -1, dtype=np.int64)
    position[drawn] = np.arange(len(drawn))
    tree_edges = np.array(tree, dtype=np.int64).reshape(-1, 3)
    among = edges[(position[edges[:, 0]] >= 0) & (position[edges[:, 1]] >= 0)]
    strongest = among[np.lexsort((among[:, 1], among[:, 0], -among[:, 2]))][:edge_limit]
    chosen = np.concatenate([tree_edges, strongest])
    lo, hi = np.minimum(chosen[:, 0], chosen[:, 1]), np.maximum(chosen[:, 0], chosen[:, 1])
    _, unique = np.unique(lo * n + hi, return_index=True)
    chosen = np.column_stack([position[lo[unique]], position[hi[unique]], chosen[unique, 2]])
    return drawn, chosen.reshape(-1, 3)


def layout(n: int, edges: np.ndarray, iterations: int = 120, seed: int = 7,
           check: Callable[[], None] | None = None) -> np.ndarray:
    """Fruchterman–Reingold, deterministic for a seed, positions in [-1, 1]².

    Repulsion is computed ``BLOCK`` rows at a time and attraction over the edge list (vectorised), so
    memory is O(BLOCK · n + edges); ``check`` is called every iteration (the task's Cancel).
    """
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.zeros((1, 2))
    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + np.random.default_rng(seed).normal(0, 0.05, (n, 2))
    k = 1.0 / np.sqrt(n)
    temperature = 0.2
    a, b = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        if check is not None:
            check()
        force = np.empty_like(pos)
        x, y = pos[:, 0], pos[:, 1]
        for r0 in range(0, n, BLOCK):
            dx = x[r0:r0 + BLOCK, None] - x[None, :]
            dy = y[r0:r0 + BLOCK, None] - y[None, :]
            push = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)     # |d| ≥ 1e-3, as in Fruchterman–Reingold
            force[r0:r0 + BLOCK, 0] = (dx * push).sum(axis=1)
            force[r0:r0 + BLOCK, 1] = (dy * push).sum(axis=1)
        d = pos[a] - pos[b]
        length = np.maximum(np.sqrt((d ** 2).sum(axis=1)), 1e-3)
        pull = d * (length / k)[:, None]
        for axis in (0, 1):
            force[:, axis] -= np.bincount(a, pull[:, axis], minlength=n)
            force[:, axis] += np.bincount(b, pull[:, axis], minlength=n)
        length = np.maximum(np.sqrt((force ** 2).sum(axis=1)), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    pos -= pos.mean(axis=0)
    return pos / max(np.abs(pos).max(), 1e-9)


def class_graph(cls: dict, limit: int = MAX_DRAWN, edge_limit: int = MAX_EDGES, seed: int = 7,
                check: Callable[[], None] | None = None) -> ClassGraph:
    """The drawable graph of one class (``cls["records"]``, ``cls["pairs"]``: k × 2 record indices)."""
    seizure = [r["seizure_reference"] or r["lab_sample_number"] for r in cls["records"]]
    nodes, edges = seizure_edges(seizure, cls["pairs"])
    if check is not None:
        check()
    degree = np.bincount(edges[:, :2].ravel(), minlength=len(nodes)) if len(edges) else np.zeros(len(nodes), int)
    drawn, shown = reduce(len(nodes), edges, limit, edge_limit)
    pos = layout(len(drawn), shown[:, :2], seed=seed, check=check)
    return ClassGraph([nodes[k] for k in drawn.tolist()], pos, shown, degree[drawn], len(nodes), len(edges),
                      len(cls["pairs"]))

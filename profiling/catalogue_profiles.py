"""The catalogue's profiling results as a matrix, kept in a cache that follows the change log.

Reading a million stored peak tables (JSON text) takes several seconds, so
the matrix of one drug type over its target list is kept in
``<data folder>/cache/profiles-<drug>.npz`` together with the change-log
sequence number it reflects, the catalogue's id and the target list.  On the
next use only the profiling results changed since that number are read again
(added, updated or deleted); a cache from another catalogue, another target
list or one older than a fifth of its rows in changes is rebuilt.  The cache
holds nothing that is not in the catalogue, so deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from labnet.catalogue.record_reads import RecordReads
from labnet.catalogue.records import PROFILING_RESULT

from .targets import TargetList, load_target_list, profile_matrix

CACHE_DIR = "cache"
_INFO = ("id", "lab_sample_number", "seizure_reference", "seizure_country", "seizure_date",
         *PROFILING_RESULT.physical_fields, "form")


@dataclass
class CatalogueProfiles:
    drug_type: str
    targets: TargetList
    ids: np.ndarray                 # record ids (str), one per row
    values: np.ndarray              # n × k peak areas
    rejected: list[tuple[str, str]]
    seq: int

    def index_of(self, record_id: str) -> int | None:
        hits = np.flatnonzero(self.ids == record_id)
        return int(hits[0]) if len(hits) else None


def _cache_path(cat, drug_type: str) -> Path:
    return Path(cat.data_dir) / CACHE_DIR / f"profiles-{drug_type}.npz"


def _fingerprint(cat, targets: TargetList) -> str:
    return hashlib.sha256(json.dumps([cat.catalogue_id, list(targets.targets)]).encode()).hexdigest()


def _read_rows(cat, drug_type: str, ids: list[str] | None = None) -> list[tuple[str, Any]]:
    return RecordReads(cat).peaks(drug_type, ids)


def load_profiles(cat, drug_type: str, targets: TargetList | None = None, *, use_cache: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> CatalogueProfiles:
    """The drug type's profiles from the catalogue (through the cache when it can be brought up to date)."""
    targets = targets or load_target_list(drug_type, cat.data_dir)
    seq = cat.last_change_seq()
    path = _cache_path(cat, drug_type)
    fingerprint = _fingerprint(cat, targets)
    if use_cache and path.exists():
        try:
            with np.load(path, allow_pickle=False) as cached:
                ok = str(cached["fingerprint"]) == fingerprint
                # Ids are stored as ASCII bytes: a third of the size of numpy's UTF-32 text, quicker to load.
                ids, values, cached_seq = cached["ids"].astype(str), cached["values"], int(cached["seq"])
                rejected = json.loads(str(cached["rejected"]))
        except (OSError, ValueError, KeyError):
            ok = False
        if ok and cached_seq == seq:
            return CatalogueProfiles(drug_type, targets, ids, values, [tuple(r) for r in rejected], seq)
        if ok and cached_seq < seq:
            changed = {c.record_id for c in cat.changes_since(cached_seq) if c.kind == "profiling_result"}
            if len(changed) <= max(1000, len(ids) // 5):
                keep = ~np.isin(ids, list(changed))
                fresh = profile_matrix(_read_rows(cat, drug_type, sorted(changed)), targets)
                rejected = [r for r in rejected if r[0] not in changed] + fresh.rejected
                new_ids = np.concatenate([ids[keep].astype(str), np.array(fresh.labels, dtype=str)])
                result = CatalogueProfiles(drug_type, targets, new_ids, np.vstack([values[keep], fresh.values]),
                                           [tuple(r) for r in rejected], seq)
                _save(path, result, fingerprint)
                return result
    matrix = profile_matrix(_read_rows(cat, drug_type), targets)
    result = CatalogueProfiles(drug_type, targets, np.array(matrix.labels, dtype=str), matrix.values,
                               matrix.rejected, seq)
    if use_cache:
        _save(path, result, fingerprint)
    return result


def _save(path: Path, profiles: CatalogueProfiles, fingerprint: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.stem + ".tmp.npz")
    np.savez(temporary, ids=np.char.encode(profiles.ids.astype(str), "ascii"), values=profiles.values, seq=profiles.seq,
             fingerprint=fingerprint, rejected=json.dumps(profiles.rejected))
    os.replace(temporary, path)


def record_info(cat, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The fields the linkage views show, for these profiling results."""
    return {row[0]: dict(zip(_INFO, row)) for row in RecordReads(cat).profiling_fields(ids, _INFO)}

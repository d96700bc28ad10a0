"""Drug profiling: pretreatment of target-compound profiles, comparison
metrics, calibration of the link threshold, and linkage into chemical
classes (numpy; no Qt here, checked by import-linter).

The public API, by task (``docs/profiling.md`` explains the method):

- target lists and profiles: ``load_target_list``, ``available_drug_types``,
  ``TargetList``, ``profile_matrix``;
- pretreatment and metrics: ``PRETREATMENTS``, ``pretreat``, ``ReferenceStats``,
  ``METRICS``, ``Comparator``, ``pair_scores``;
- calibration: ``evaluate`` → ``Evaluation`` (AUC table, best combination),
  ``auc``, ``roc_curve``, ``threshold_at_fpr``, ``LikelihoodRatio``;
- methods: ``ComparisonMethod``, ``save_method``, ``load_method``, ``list_methods``;
- linkage: ``links_among``, ``links_against``, ``top_similar``, ``chemical_classes``;
- tablets: ``compare_tablets``, ``Tolerances``;
- on the catalogue or a file: ``catalogue_population``, ``file_population``,
  ``calibrate``, ``save_calibrated_method``, ``link_catalogue``,
  ``stored_links``, ``similar_profiles``, ``load_profiles``.
"""

from .calibration import Evaluation, LikelihoodRatio, auc, evaluate, roc_curve, threshold_at_fpr
from .catalogue_profiles import load_profiles, record_info
from .linkage import chemical_classes, links_against, links_among, top_similar
from .method import ComparisonMethod, list_methods, load_method, save_method
from .metrics import METRICS, Comparator, pair_scores
from .pretreat import PRETREATMENTS, ReferenceStats, pretreat
from .tablets import Tolerances, compare_tablets
from .targets import TargetList, available_drug_types, load_target_list, profile_matrix
from .workflows import (
                        LinkReport,
                        calibrate,
                        catalogue_population,
                        file_population,
                        link_catalogue,
                        save_calibrated_method,
                        similar_profiles,
                        stored_links,
)

__all__ = [
    "Evaluation", "LikelihoodRatio", "auc", "evaluate", "roc_curve", "threshold_at_fpr",
    "load_profiles", "record_info", "chemical_classes", "links_against", "links_among", "top_similar",
    "ComparisonMethod", "list_methods", "load_method", "save_method", "METRICS", "Comparator", "pair_scores",
    "PRETREATMENTS", "ReferenceStats", "pretreat", "Tolerances", "compare_tablets",
    "TargetList", "available_drug_types", "load_target_list", "profile_matrix",
    "LinkReport", "calibrate", "catalogue_population", "file_population", "link_catalogue",
    "save_calibrated_method", "similar_profiles", "stored_links",
]

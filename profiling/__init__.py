"""Drug profiling: pretreatment of target-compound profiles, comparison
metrics, calibration of the link threshold, and linkage into chemical
classes (numpy; no Qt here, checked by import-linter)."""

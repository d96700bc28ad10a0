"""The LabNet desktop application (Qt for Python).

The only package that may import Qt: catalogue/, profiling/ and sync/ stay
headless, and import-linter checks it (see pyproject.toml).
"""

"""The Qt binding must not leak or steal references (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtWidgets import QPushButton


def test_calls_returning_none_or_bool_keep_reference_counts(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(5000):
        button.setVisible(False)   # returns None
        button.isVisible()         # returns False
    # A few references come and go with the interpreter's own work; thousands
    # lost means the binding is broken and the application would abort.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(False) - false_before) < 100

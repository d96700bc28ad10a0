"""Arabic sentences inside the linkage plots, which are laid out left to right (issue 22): the overlay's title
reads right to left with its Latin sample numbers in place, and a likelihood ratio below one is a fraction in the
view's digits ("١/٢٠٠", not "1/٢٠٠")."""

from __future__ import annotations

import numpy as np
import pytest

from labnet.desktop import i18n
from labnet.desktop.i18n import fill, isolate


@pytest.fixture
def arabic(qapp):
    i18n.install(qapp, "ar")   # conftest puts English back before the next test
    return qapp


def test_the_overlays_title_reads_right_to_left(qtbot, arabic):
    from labnet.desktop.linkage_common import plot_widget
    from labnet.desktop.linkage_shared import draw_pair

    plot = plot_widget()
    qtbot.addWidget(plot)
    plot.resize(800, 400)
    plot.show()
    legend = plot.addLegend()
    title = fill("{a} و {b}: الدرجة {score:.4g}", a=isolate("FDL-2024-000170"), b=isolate("FDL-2025-000171"),
                 score=0.07593)   # the Similar profiles tab's title as the Arabic translation writes it
    draw_pair(plot, legend, ("cocaine", "tropacocaine"), "value", (np.array([1.0, 2.0]), "FDL-2024-000170"),
              (np.array([1.5, 1.0]), "FDL-2025-000171"), title)
    document = plot.getPlotItem().titleLabel.item.document()
    text = document.toPlainText()
    layout = document.firstBlock().layout()
    assert layout.lineCount() == 1, text

    def x(fragment: str) -> float:   # where the fragment's first character is drawn
        return layout.lineAt(0).cursorToX(text.index(fragment))[0]

    # First in reading order, the first sample number stands rightmost, then "و", the second, then the score.
    assert x("FDL-2024") > x("و") > x("FDL-2025") > x("الدرجة"), text


def test_a_likelihood_ratio_below_one_in_the_views_digits(arabic):
    from labnet.desktop.linkage_common import lr_text

    assert lr_text(1 / 200) == "١/٢٠٠"
    i18n.install(arabic, "en")
    assert lr_text(1 / 200) == "1/200"


def test_a_title_not_yet_translated_stays_left_to_right(arabic):
    from labnet.desktop.plot_axes import sentence

    english = fill("{a} and {b}: score {score:.4g}", a=isolate("FDL-1"), b=isolate("مختبر"), score=0.5)
    assert sentence(english) == english
    assert sentence("الدرجة ٠٫٥") == "\u2067الدرجة ٠٫٥\u2069"

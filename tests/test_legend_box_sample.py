"""The overlay's legend (issue 22): each bar series' sample is its colour box alone, with no stray "-" to its left
(pyqtgraph's line sample, drawn from x = 0 under a box that starts at x = 2)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage, QPainter

from labnet.desktop.plot_axes import BoxSample


def painted(sample: pg.ItemSample) -> QImage:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    sample.paint(painter)
    painter.end()
    return image


def test_a_bar_series_sample_is_its_box_alone(qapp):
    bars = pg.BarGraphItem(x=np.arange(2), height=[1.0, 2.0], width=0.38, brush="#2a6f97")
    left_of_box = [(x, 11) for x in (0, 1)]
    assert any(painted(pg.ItemSample(bars)).pixelColor(x, y).alpha() for x, y in left_of_box)   # pyqtgraph's "-"
    box = painted(BoxSample(bars))
    assert not any(box.pixelColor(x, y).alpha() for x, y in left_of_box)
    assert box.pixelColor(10, 10).name() == "#2a6f97"   # the box in the series' colour


def test_the_overlays_legend_draws_box_samples(qtbot, tmp_path):
    from labnet.catalogue.store import Catalogue
    from labnet.desktop.linkage_page import LinkagePage
    from labnet.desktop.linkage_shared import draw_pair
    from labnet.desktop.tasks import Tasks

    tasks = Tasks(lambda: Catalogue.open(tmp_path / "lab", user="amina"), synchronous=True)
    try:
        page = LinkagePage(tasks)
        qtbot.addWidget(page)
        tab = page.similar_tab
        draw_pair(tab.plot, tab.legend, ("cocaine", "tropacocaine"), "value", (np.array([1.0, 2.0]), "GH-1"),
                  (np.array([1.5, 1.0]), "KE-1"), "GH-1 and KE-1")
        samples = [sample for sample, _ in tab.legend.items]
        assert len(samples) == 2 and all(type(sample) is BoxSample for sample in samples)
    finally:
        tasks.shutdown()

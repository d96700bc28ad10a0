"""``labnet screenshots --language L`` draws the network views too, against the demo hub (issue 22)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow   # the demo network and every view: about a minute


def test_the_screenshots_cover_the_network_views_in_a_language(tmp_path, monkeypatch):
    from labnet.desktop.screenshots import render_screenshots

    monkeypatch.delenv("LABNET_PASSPHRASE", raising=False)
    written = {path.name for path in render_screenshots(tmp_path, language="ar")}
    wanted = {f"{name}-ar.png" for name in ("network", "network-link", "sharing-policy", "first-run", "hub-console",
                                             "linkage-calibration", "linkage-similar", "linkage-classes",
                                             "dashboard", "pt-form", "pt-scores", "hub-console-pt",
                                             "hub-console-pt-new", "exchange")}
    assert wanted <= written, wanted - written
    for name in wanted:
        image = QImage(str(tmp_path / name))
        assert image.width() >= 600 and image.height() >= 400, name

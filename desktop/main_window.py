"""The LabNet main window: navigation on the left, one page per area."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class PageInfo:
    key: str  # stable identifier, used in object names (not translated)
    title: str
    description: str


class MainWindow(QMainWindow):
    """The main window; for now each area is a placeholder page."""

    def __init__(self, catalogue_path: Path, user: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue_path = Path(catalogue_path)
        self.user = user
        self.setWindowTitle(self.tr("LabNet — {path}").format(path=self.catalogue_path))
        self.resize(1024, 680)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setFixedWidth(200)
        self.navigation.setStyleSheet(
            # No focus outline: the selection highlight already shows where you are.
            "QListWidget { background: palette(window); padding-top: 8px; outline: 0; }"
            "QListWidget::item { padding: 8px 14px; }"
        )
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        for page in self.page_infos():
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
            self.pages.addWidget(self._placeholder_page(page))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(divider)
        layout.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)

        self.catalogue_label = QLabel(self.tr("Catalogue: {path}").format(path=self.catalogue_path))
        self.catalogue_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.catalogue_label.setContentsMargins(8, 2, 8, 2)
        self.user_label = QLabel(self.tr("Acting as: {user}").format(user=user))
        self.user_label.setContentsMargins(8, 2, 8, 2)
        self.statusBar().addWidget(self.catalogue_label, stretch=1)
        self.statusBar().addPermanentWidget(self.user_label)

    def page_infos(self) -> list[PageInfo]:
        # Literal self.tr() calls so that Qt's lupdate finds every string.
        return [
            PageInfo(
                "dashboard",
                self.tr("Dashboard"),
                self.tr(
                    "An overview of the laboratory: reference samples nearing expiry or "
                    "retest, training requalifications due, recent profiling results, and "
                    "what is waiting to be sent to the network."
                ),
            ),
            PageInfo(
                "reference-samples",
                self.tr("Reference samples"),
                self.tr(
                    "The inventory of reference standards (ISO/IEC 17025 §6.4 and §6.5): "
                    "substance, CAS number, certified purity and certificate, lot, expiry "
                    "and retest dates, storage and status, and the usage log that forms "
                    "each sample's chain of custody."
                ),
            ),
            PageInfo(
                "training",
                self.tr("Training"),
                self.tr(
                    "Training and competence records for each member of staff "
                    "(ISO/IEC 17025 §6.2): courses, supervised practice, competence "
                    "assessments, proficiency tests with their z-scores, authorisations "
                    "and requalification dates."
                ),
            ),
            PageInfo(
                "profiling-results",
                self.tr("Profiling results"),
                self.tr(
                    "Chemical and physical profiles of seizures: target compounds and their "
                    "peak areas, composition, tablet characteristics and packaging, and the "
                    "reference samples used."
                ),
            ),
            PageInfo(
                "linkage",
                self.tr("Linkage"),
                self.tr(
                    "Comparing profiles to link seizures: pretreatment and comparison "
                    "metric, calibration on linked and unlinked pairs, the link threshold, "
                    "and the chemical classes that result."
                ),
            ),
            PageInfo(
                "network",
                self.tr("Network"),
                self.tr(
                    "Taking part in the regional network: enrolment with the hub, the "
                    "sharing policy and a preview of exactly what leaves the laboratory, "
                    "sealed bundles, receipts and bulletins."
                ),
            ),
            PageInfo(
                "settings",
                self.tr("Settings"),
                self.tr(
                    "The data folder, users and their roles, keys and passphrases, and the "
                    "audit log."
                ),
            ),
        ]

    def _placeholder_page(self, page: PageInfo) -> QWidget:
        widget = QWidget()
        widget.setObjectName(f"page-{page.key}")
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)

        heading = QLabel(page.title)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAccessibleName(page.title)

        description = QLabel(page.description)
        description.setWordWrap(True)
        description.setMaximumWidth(640)

        note = QLabel(self.tr("This part of LabNet is not available yet in this version."))
        note_font = QFont(note.font())
        note_font.setItalic(True)  # a note, not content; italic rather than grey keeps it readable
        note.setFont(note_font)

        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)
        return widget

"""The look of LabNet: Fusion with light or dark colours following the system,
and a few shared widgets (headings, notes, cards) so every page agrees.

Colours come from the palette, so the same style sheet works in both schemes;
the scheme follows the system when it changes while LabNet runs.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from labnet.desktop.i18n import bidi

ACCENT_LIGHT = "#1f5f9e"
ACCENT_DARK = "#5c9ded"

_LIGHT = {
    "window": "#f3f4f6", "base": "#ffffff", "alternate": "#f5f8fb", "text": "#1d2430",
    "muted": "#5a6372", "button": "#f7f8fa", "mid": "#c9ced6", "highlight": ACCENT_LIGHT,
    "highlighted_text": "#ffffff", "link": ACCENT_LIGHT, "card": "#ffffff", "border": "#dde1e7",
    "nav": "#e9ecf0", "tooltip": "#ffffdc",
}
_DARK = {
    "window": "#25272b", "base": "#1c1d20", "alternate": "#232529", "text": "#e6e8eb",
    "muted": "#a2a9b4", "button": "#30333a", "mid": "#4a4e57", "highlight": "#2f6cb5",
    "highlighted_text": "#ffffff", "link": ACCENT_DARK, "card": "#2c2f35", "border": "#3b3f47",
    "nav": "#1f2124", "tooltip": "#3a3d44",
}


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt before 6.5
        return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


_forced: str | None = None  # "light" or "dark" when not following the system (screenshots)


def colours() -> dict[str, str]:
    if _forced:
        return _DARK if _forced == "dark" else _LIGHT
    return _DARK if is_dark() else _LIGHT


# Settings → Appearance: light, dark, or as the system (Qt 6.5+ QStyleHints.colorScheme, followed as it changes).
THEMES = ("system", "light", "dark")
THEME_SETTING = "appearance/theme"


def chosen_theme(settings: QSettings | None = None) -> str:
    value = (settings if settings is not None else QSettings()).value(THEME_SETTING, "system")
    return value if value in THEMES else "system"


def choose_theme(theme: str, settings: QSettings | None = None, app: QApplication | None = None) -> None:
    """Remember ``theme`` and apply it at once."""
    if theme not in THEMES:
        raise ValueError(f"no theme {theme!r}")  # internal: the settings page offers only THEMES
    (settings if settings is not None else QSettings()).setValue(THEME_SETTING, theme)
    app = app or QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, None if theme == "system" else theme)


def apply_style(app: QApplication, scheme: str | None = None) -> None:
    """Fusion, coloured for the system's light or dark scheme, now and when it changes.

    ``scheme`` ("light" or "dark") overrides the system (Settings → Appearance, screenshots).
    """
    global _forced
    _forced = scheme
    if app.styleSheet():
        # Never replace the style under a style sheet (a theme chosen again in Settings): Qt 6.11 then crashes in a
        # QWizard that has been polished (the first-run or import wizard) when the next sheet is set
        # (tests/test_theme_with_wizard.py).  Without a sheet the style is replaced safely; the sheet comes back below.
        app.setStyleSheet("")
    app.setStyle("Fusion")
    _apply_palette(app)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not app.property("labnet_style_connected"):
        hints.colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))
        app.setProperty("labnet_style_connected", True)


def _apply_palette(app: QApplication) -> None:
    c = colours()
    p = QPalette()
    roles = QPalette.ColorRole
    for role, key in ((roles.Window, "window"), (roles.Base, "base"), (roles.AlternateBase, "alternate"),
                      (roles.Text, "text"), (roles.WindowText, "text"), (roles.Button, "button"),
                      (roles.ButtonText, "text"), (roles.Highlight, "highlight"),
                      (roles.HighlightedText, "highlighted_text"), (roles.Link, "link"),
                      (roles.ToolTipBase, "tooltip"), (roles.ToolTipText, "text"),
                      (roles.PlaceholderText, "muted"), (roles.Mid, "mid")):
        p.setColor(role, QColor(c[key]))
    disabled = QColor(c["muted"])
    disabled.setAlpha(150)
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(roles.BrightText, QColor("#ffffff"))
    app.setPalette(p)
    app.setStyleSheet(style_sheet(c))


def style_sheet(c: dict[str, str]) -> str:
    return f"""
    QListWidget#navigation {{
        background: {c['nav']}; border: none; outline: 0; padding-top: 10px;
        font-size: 10.5pt;
    }}
    QListWidget#navigation::item {{ padding: 9px 18px; border-left: 3px solid transparent; color: {c['text']}; }}
    QListWidget#navigation::item:hover {{ background: {c['border']}; }}
    QListWidget#navigation::item:selected {{
        background: {c['base']}; color: {c['text']}; border-left: 3px solid {c['highlight']}; font-weight: bold;
    }}
    QFrame#card {{ background: {c['card']}; border: 1px solid {c['border']}; border-radius: 6px; }}
    QLabel[role="muted"] {{ color: {c['muted']}; }}
    QLabel[role="count"] {{ color: {c['muted']}; }}
    QLabel[role="error"] {{ color: {'#ff8a80' if c is _DARK else '#b3261e'}; }}
    QLabel[role="big-number"] {{ font-size: 22pt; font-weight: bold; }}
    QLabel[tone="alert"] {{ color: {'#ff8a80' if c is _DARK else '#b3261e'}; }}
    QLabel[tone="warning"] {{ color: {'#ffcc80' if c is _DARK else '#8a5300'}; }}
    QLabel[tone="ok"] {{ color: {'#9ad29a' if c is _DARK else '#2e6b30'}; }}
    QTableView {{ gridline-color: {c['border']}; selection-background-color: {c['highlight']}; }}
    QHeaderView::section {{
        background: {c['button']}; padding: 5px 6px; border: none;
        border-right: 1px solid {c['border']}; border-bottom: 1px solid {c['mid']}; font-weight: bold;
    }}
    QToolButton[role="action"] {{ padding: 4px 10px; }}
    QToolButton[role="primary"] {{
        padding: 4px 14px; background: {c['highlight']}; color: {c['highlighted_text']};
        border: 1px solid {c['highlight']}; border-radius: 3px; font-weight: bold;
    }}
    QToolButton[role="primary"]:disabled {{ background: {c['mid']}; border-color: {c['mid']}; }}
    QToolButton#filter-status {{ padding: 3px 22px 3px 8px; }}
    QPushButton[role="link"], QToolButton[role="link"] {{
        border: none; background: transparent; color: {c['link']}; text-align: left; padding: 2px 0;
    }}
    QPushButton[role="link"]:hover, QToolButton[role="link"]:hover {{ text-decoration: underline; }}
    QStatusBar {{ border-top: 1px solid {c['border']}; }}
    QStatusBar QLabel {{ padding: 0 6px; }}
    """


def heading(text: str, scale: float = 1.55, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(text: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(bidi(text), parent)   # a page's description names standards: "ISO/IEC 17025 §6.4"
    label.setProperty("role", "muted")
    label.setWordWrap(wrap)
    return label


def set_tone(label: QLabel, tone: str | None) -> None:
    """Colour a label as an alert, a warning or good news (re-polished so the sheet applies)."""
    label.setProperty("tone", tone or "")
    label.style().unpolish(label)
    label.style().polish(label)


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(6)
    return frame, layout

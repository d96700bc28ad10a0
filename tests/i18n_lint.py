"""Finds user-visible text in desktop/ that would escape Qt's translation.

A static check over the source (so it covers windows no test opens):

- text given to a widget (``QLabel("…")``, ``setText("…")``, ``addAction("…")``,
  ``style.heading("…")`` …) must come from ``self.tr``, ``translate`` or
  ``catalogue_text``, not be a bare literal or an f-string with words in it;
- ``self.tr`` and ``translate`` take literals (``pyside6-lupdate`` cannot read a
  variable or an f-string; placeholders are filled by ``.format`` after);
- the marking functions keep their names (lupdate does not follow ``QT_TRANSLATE_NOOP as _``).

Literals without letters ("—", "·", "%") and a few names that are the same in
every language are allowed.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Calls whose arguments are shown to the user.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle",
    "setLabelText", "addItem", "addItems", "insertItem", "setItemText", "addAction", "addMenu", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "addRow", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "showMessage", "setAccessibleName", "setAccessibleDescription", "addButton",
    "setSubTitle", "setButtonText", "setInformativeText", "setDetailedText", "setSpecialValueText",
    "setCancelButtonText", "information", "warning", "critical", "question", "about", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "getText", "getItem", "setNoDataText", "setSectionText",
}
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QTableWidgetItem", "QListWidgetItem", "QStandardItem", "QProgressDialog", "QMessageBox", "QCommandLinkButton",
    # LabNet's own widget helpers (desktop/style.py and friends)
    "heading", "muted", "_selectable", "ErrorLine",
}
FILE_DIALOGS = {"getOpenFileName", "getSaveFileName", "getExistingDirectory"}
TRANSLATORS = {"tr", "translate"}
SAME_IN_EVERY_LANGUAGE = {"LabNet", "OK", "AUC", "ROC", "FPR", "CAS", "URL", "QR", "USB", "ID", "SHA-256"}
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a symbol or a unit letter


@dataclass(frozen=True)
class Escape:
    path: str
    line: int
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}"


def _has_words(text: str) -> bool:
    text = re.sub(r"\{[^{}]*\}", "", text)  # placeholders are not words
    return any(word not in SAME_IN_EVERY_LANGUAGE for word in _WORD.findall(text)) and \
        text.strip() not in SAME_IN_EVERY_LANGUAGE


def _untranslated(node: ast.AST) -> str | None:
    """Why ``node`` is untranslated text, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_words(node.value):
        return f"the literal {node.value!r}"
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if _has_words(literal):
            return f"an f-string with the words {literal!r}"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _untranslated(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            if why := _untranslated(element):
                return why
    return None


def _is_logging(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logging")


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def escapes_in(path: Path, root: Path) -> list[Escape]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    exempt = {n for n, line in enumerate(source.splitlines(), 1) if "# i18n:" in line}  # says why, on the line
    found: list[Escape] = []
    rel = str(path.relative_to(root))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP", "translate", "tr") and alias.asname:
                    found.append(Escape(rel, node.lineno, f"{alias.name} imported as {alias.asname}: lupdate "
                                                          "finds the texts only under the real name"))
            continue
        if not isinstance(node, ast.Call) or node.lineno in exempt or _is_logging(node):
            continue
        name = _name(node.func)
        if name in TRANSLATORS:
            texts = node.args[1:2] if name == "translate" else node.args[:1]
            for arg in texts:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    found.append(Escape(rel, node.lineno, f"{name}() is given {ast.unparse(arg)!r}, not a literal: "
                                                          "lupdate cannot extract it"))
        elif name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
            shown = node.args[1:2] + node.args[3:4] if name in FILE_DIALOGS else node.args  # caption, filter
            for arg in [*shown, *(k.value for k in node.keywords if k.arg in ("text", "title", "toolTip"))]:
                if why := _untranslated(arg):
                    found.append(Escape(rel, node.lineno, f"{name}() shows {why} untranslated"))
    return found


def escapes(root: Path) -> list[Escape]:
    skip = {"screenshots.py", "catalogue_texts.py"}  # a developer tool; the generated list of core words
    return [e for path in sorted((root / "desktop").rglob("*.py")) if path.name not in skip
            for e in escapes_in(path, root)]
